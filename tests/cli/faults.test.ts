// Fault injection on the built command (issue 12, rows F2 and F7, SIGTERM): a full disk, an
// output file that stops taking bytes part way, inputs that cannot be read or fail part way, and
// SIGTERM in the middle of a run. Each checks that nothing finished is lost, the exit status, and
// the message.
import { spawn, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath, generatedCorpus, parseJsonl, root, runCli } from './run-built-cli.js';

const work = mkdtempSync(join(tmpdir(), 'embedsift-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const linux = process.platform === 'linux';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the command with stdout sent to `stdoutFd` (a file or device), stdin closed. */
function runToFd(args: string[], stdoutFd: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, stdio: ['ignore', stdoutFd, 'pipe'] as StdioOptions });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr }));
  });
}

/** Writes a corpus file of `count` articles and returns its path and articles. */
function corpusFile(name: string, count: number): { path: string; jsonl: string; ids: string[] } {
  const { jsonl, articles } = generatedCorpus(count);
  const path = join(work, name);
  writeFileSync(path, jsonl);
  return { path, jsonl, ids: articles.map((article) => article.id) };
}

describe.skipIf(!existsSync('/dev/full'))('a full disk: stdout on /dev/full (ENOSPC)', () => {
  it.each([
    ['--jsonl, 2 workers', ['extract', '--from', 'jsonl', '--workers', '2']],
    ['--jsonl, --workers 0', ['extract', '--from', 'jsonl', '--workers', '0']],
    ['whole files', ['extract', '--workers', '1']],
  ])('%s: exit 4, the message names stdout, the device and the line', async (_name, args) => {
    const { path } = corpusFile('full.jsonl', 200);
    const full = openSync('/dev/full', 'w');
    try {
      const run = await runToFd([...args, path], full);
      expect(run.code).toBe(4);
      expect(run.stderr).toMatch(
        /^embedsift: cannot write to stdout \(\/dev\/full\): ENOSPC: no space left on device.*; the output is whole up to line 0 /m,
      );
    } finally {
      closeSync(full);
    }
  });
});

describe.skipIf(!linux)('an output file that stops taking bytes part way (file size limit, EFBIG)', () => {
  it.each([['2'], ['0']])(
    '--workers %s: every line before the cut is there, in order; the message names the last whole line',
    async (workers) => {
      const { path, ids } = corpusFile('limit.jsonl', 3000);
      const out = join(work, `limited-${workers}.jsonl`);
      // `ulimit -f` caps the size of files the process writes; with SIGXFSZ ignored, the write that
      // crosses it writes what fits and the next fails with EFBIG, as a disk filling up would.
      const script = `trap '' XFSZ; ulimit -f 256; exec "$0" "$@" > '${out}'`;
      const run = await new Promise<Run>((resolve, reject) => {
        const child = spawn(
          '/bin/sh',
          ['-c', script, process.execPath, cliPath, 'extract', '--from', 'jsonl', '--workers', workers, path],
          { cwd: root },
        );
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal, stdout: '', stderr }));
      });
      expect(run.code).toBe(4);
      const match =
        /^embedsift: cannot write to stdout \((.+)\): EFBIG: .*; the output is whole up to line (\d+) \(anything after it is a cut line\)$/m.exec(
          run.stderr,
        );
      expect(match?.[1]).toBe(out);
      const whole = Number(match?.[2]);
      expect(whole).toBeGreaterThan(10);
      expect(whole).toBeLessThan(ids.length);
      const written = readFileSync(out, 'utf8');
      const lines = written.split('\n');
      expect(lines.length).toBe(whole + 1); // the whole lines, then the cut one (maybe empty)
      lines.slice(0, whole).forEach((line, i) => {
        expect((JSON.parse(line) as { id: string }).id).toBe(ids[i]);
      });
    },
  );
});

describe('an input that cannot be read', () => {
  it('--jsonl: a directory between two files: both files are written, exit 3, the message names the path', async () => {
    const first = corpusFile('first.jsonl', 30);
    const third = corpusFile('third.jsonl', 20);
    const folder = join(work, 'a-folder');
    mkdirSync(folder, { recursive: true });
    for (const workers of ['2', '0']) {
      const run = await runCli(['extract', '--from', 'jsonl', '--workers', workers, first.path, folder, third.path]);
      expect(run.code).toBe(3);
      expect(run.stderr).toBe(`embedsift: cannot read ${folder}: is a directory\n`);
      const lines = parseJsonl(run.stdout);
      expect(lines.map((line) => line.id)).toEqual([...first.ids, ...third.ids]);
    }
  });

  it('whole files: a missing file and a directory get error items in their place, the others are parsed, exit 3', async () => {
    const folder = join(work, 'another-folder');
    mkdirSync(folder, { recursive: true });
    const missing = join(work, 'no-such-article.txt');
    const article = 'fixtures/articles/seed-style-article.txt';
    const run = await runCli(['extract', article, folder, missing, article]);
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(`embedsift: cannot read ${folder}: is a directory\nembedsift: cannot read ${missing}: no such file\n`);
    const documents = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(documents.map((document) => document.file)).toEqual([article, folder, missing, article]);
    expect(documents[0]?.embeds).toEqual(documents[3]?.embeds);
    expect((documents[0]?.embeds as unknown[]).length).toBeGreaterThan(0);
    expect(documents[1]).toEqual({ file: folder, error: 'cannot read: is a directory' });
    expect(documents[2]).toEqual({ file: missing, error: 'cannot read: no such file' });
  });

  it.skipIf(!linux)(
    '--jsonl: stdin that fails part way (a socket reset by its peer): the lines before it are written, exit 3, the message names the line',
    async () => {
      const { jsonl, articles } = generatedCorpus(40);
      const cut = jsonl.indexOf('{"id":"a31"') + 20; // inside line 31
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as { port: number }).port;
      const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
      const client = connect(port, '127.0.0.1');
      await once(client, 'connect');
      const peer = await accepted;
      const run = new Promise<Run>((resolve, reject) => {
        const child = spawn(process.execPath, [cliPath, 'extract', '--from', 'jsonl', '--workers', '1'], {
          cwd: root,
          stdio: [client, 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          // Lines 1–30 came out (the idle flush): the child has read every byte sent and waits for
          // more, so the reset now reaches it as a failed read (sent earlier, the kernel would drop
          // the unread bytes and the child could see a plain end of input).
          if (stdout.split('\n').length === 31) peer.resetAndDestroy();
        });
        child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
      });
      client.destroy(); // the child holds its own copy of the socket
      peer.write(jsonl.slice(0, cut));
      const result = await run;
      server.close();
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(
        /^embedsift: cannot read stdin: .*ECONNRESET.* \(after \d+ bytes; input lines up to 30 were read; line 31 was cut short and got no output line; the rest of it was not read\)$/m,
      );
      expect(parseJsonl(result.stdout).map((line) => line.id)).toEqual(articles.slice(0, 30).map((article) => article.id));
    },
  );
});

/** Starts the command with stdin left open, sends `signal` once the output holds `after`, and collects the run. */
function stopMidRun(args: string[], input: string, signal: NodeJS.Signals, after = '\n'): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!sent && stdout.includes(after)) {
        sent = true; // once: a second signal quits at once, by design
        child.kill(signal);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, exitSignal) => resolve({ code, signal: exitSignal, stdout, stderr }));
    child.stdin.on('error', () => {});
    child.stdin.write(input); // stdin stays open: without the signal the run would never end
  });
}

describe('SIGTERM in the middle of a run', () => {
  it.each([['2'], ['0']])('--jsonl, --workers %s: the finished lines are written whole and in order, exit 143', async (workers) => {
    const { jsonl } = generatedCorpus(400);
    const run = await stopMidRun(['extract', '--from', 'jsonl', '--workers', workers], jsonl, 'SIGTERM');
    expect(run.signal).toBeNull();
    expect(run.code).toBe(143);
    expect(run.stderr).toMatch(/embedsift: terminated \(SIGTERM\); writing the lines in flight/);
    const lines = parseJsonl(run.stdout);
    expect(lines.length).toBeGreaterThan(0);
    lines.forEach((line, i) => {
      expect(line.id).toBe(`a${i + 1}`);
    });
    expect(run.stderr).toMatch(new RegExp(`embedsift: stopped by SIGTERM; the output is whole up to line ${lines.length}\n$`));
  });

  it.each([['1'], ['0']])(
    'whole files, --workers %s: the files read before it are written, the JSON array is closed, exit 143',
    async (workers) => {
      const article = 'fixtures/articles/seed-style-article.txt';
      // The last operand is stdin, left open: the run is surely in the middle when the signal comes.
      const run = await stopMidRun(
        ['extract', '--workers', workers, article, article, article, '-'],
        'unfinished article',
        'SIGTERM',
        '"file"',
      );
      expect(run.code).toBe(143);
      const documents = JSON.parse(run.stdout) as Record<string, unknown>[];
      expect(documents.length).toBeGreaterThan(0);
      for (const document of documents) expect(document.file).toBe(article);
      expect(run.stderr).toMatch(/embedsift: stopped by SIGTERM; the output is whole up to line \d+\n$/);
    },
  );

  it('SIGINT goes through the same path: exit 130 and the same final message', async () => {
    const { jsonl } = generatedCorpus(400);
    const run = await stopMidRun(['extract', '--from', 'jsonl', '--workers', '2'], jsonl, 'SIGINT');
    expect(run.code).toBe(130);
    const lines = parseJsonl(run.stdout);
    expect(run.stderr).toMatch(new RegExp(`embedsift: stopped by SIGINT; the output is whole up to line ${lines.length}\n$`));
  });
});
