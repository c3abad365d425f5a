import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliPath, generatedCorpus, parseJsonl, root, runCli } from './run-built-cli.js';

describe('failures and signals', () => {
  it('a worker thread that dies: its lines get error lines, every other line is parsed, exit 1', async () => {
    const { jsonl, articles } = generatedCorpus(2000);
    const input = jsonl.replace('"id":"a1234"', '"id":"a1234","x":"CRASH-HERE"');
    const { code, stdout, stderr } = await runCli(['extract', '--from', 'jsonl', '--workers', '2'], input, {
      EMBEDSIFT_TEST_WORKER_CRASH: 'CRASH-HERE',
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/worker thread died/);
    const lines = parseJsonl(stdout);
    expect(lines).toHaveLength(articles.length);
    const failed = lines.filter((line) => typeof line.error === 'string');
    expect(failed.length).toBeGreaterThan(0);
    for (const line of failed) expect(line.error).toMatch(/^not parsed: worker thread died/);
    expect(failed.map((line) => line.line)).toContain(1234);
    lines.forEach((line, i) => {
      if (typeof line.error === 'string') expect(line.line).toBe(i + 1);
      else expect(line.id).toBe(`a${i + 1}`);
    });
  });

  it('stdout closed early (| head -1): exits 0 quietly', async () => {
    const { jsonl } = generatedCorpus(3000);
    const result = await new Promise<{ code: number | null; stderr: string; first: string }>((resolve) => {
      const child = spawn(process.execPath, [cliPath, 'extract', '--from', 'jsonl', '--workers', '2'], { cwd: root });
      let stderr = '';
      let first = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', (chunk: Buffer) => {
        first = chunk.toString().split('\n')[0] ?? '';
        child.stdout.destroy();
      });
      child.stdin.on('error', () => {});
      child.stdin.end(jsonl);
      child.on('close', (code) => resolve({ code, stderr, first }));
    });
    expect(JSON.parse(result.first)).toMatchObject({ id: 'a1' });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('SIGINT: stops reading, writes the lines in flight as whole lines, exits 130', async () => {
    const { jsonl } = generatedCorpus(400);
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cliPath, 'extract', '--from', 'jsonl', '--workers', '2'], { cwd: root });
      let stdout = '';
      let stderr = '';
      let sent = false;
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (!sent && stdout.includes('\n')) {
          sent = true; // once: a second SIGINT quits at once, by design
          child.kill('SIGINT');
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdin.on('error', () => {});
      child.stdin.write(jsonl); // stdin stays open: without SIGINT the run would never end
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/interrupted/);
    const lines = parseJsonl(result.stdout);
    expect(lines.length).toBeGreaterThan(0);
    lines.forEach((line, i) => {
      expect(line.id).toBe(`a${i + 1}`);
    });
  });

  it('--progress prints progress on stderr when it is not a terminal; silent otherwise', async () => {
    const { jsonl } = generatedCorpus(50);
    const shown = await runCli(['extract', '--from', 'jsonl', '--progress', '-'], jsonl);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toMatch(/^embedsift: 50 articles · [\d,]+\/s · [\d,]+ embeds · 0 errors\n$/m);
    const quiet = await runCli(['extract', '--from', 'jsonl', '-'], jsonl);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(shown.stdout);
    const silenced = await runCli(['extract', '--from', 'jsonl', '--no-progress', '-'], jsonl);
    expect(silenced.stderr).toBe('');
  });

  it('--progress with a FILE input shows the percentage done', async () => {
    const shown = await runCli(['extract', '--progress', 'fixtures/articles/seed-style-article.txt']);
    expect(shown.stderr).toMatch(/^embedsift: 1 articles · .* · 100%\n$/m);
  });
});
