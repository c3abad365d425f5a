import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliFlags } from '../../src/cli/parse-arguments.js';
import { root, runCli } from './run-built-cli.js';

const FLAGS = [
  '--from',
  '--to',
  '--output',
  '--format',
  '--embeds',
  '--marker',
  '--jsonl',
  '--id-field',
  '--text-field',
  '--html-field',
  '--max-line-bytes',
  '--max-file-bytes',
  '--max-records',
  '--max-links',
  '--max-text-length',
  '--strict',
  '--expand',
  '--max-hops',
  '--total-timeout-ms',
  '--timeout-ms',
  '--timeout',
  '--concurrency',
  '--per-host',
  '--retries',
  '--user-agent',
  '--hosts',
  '--allow-private-networks',
  '--allowed-ports',
  '--cache',
  '--cache-timeout-ms',
  '--cache-timeout',
  '--workers',
  '--shard',
  '--shard-count',
  '--progress',
  '--no-progress',
  '--help',
  '--version',
  '--url-field',
  '--base-url',
  '--encoding',
];

describe('embedsift --help and --version', () => {
  it('--help lists every flag and both commands, exit 0', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const flag of FLAGS) expect(stdout, flag).toMatch(new RegExp(`(^|[\\s,])${flag}(?![\\w-])`, 'm'));
    expect(stdout).toContain('embedsift extract');
    expect(stdout).toContain('embedsift convert');
  });

  it('every flag parse-arguments.ts defines is in --help and in this list', async () => {
    const { stdout } = await runCli(['--help']);
    for (const [name, flag] of Object.entries(cliFlags)) {
      expect(FLAGS, name).toContain(`--${name}`);
      expect(stdout, name).toMatch(new RegExp(`(^|[\\s,])--${name}(?![\\w-])`, 'm'));
      if ('short' in flag) expect(stdout, name).toContain(`-${flag.short}, --${name}`);
    }
    expect(Object.keys(cliFlags)).toHaveLength(FLAGS.length);
  });

  it('every flag listed in --help is accepted', { timeout: 240_000 }, async () => {
    // Any flag from the help text is accepted (exit code is not 2 for "unknown option")…
    for (let at = 0; at < FLAGS.length; at += 4) {
      const batch = FLAGS.slice(at, at + 4);
      const runs = await Promise.all(batch.map((flag) => runCli(['extract', flag])));
      for (const [i, { stderr }] of runs.entries()) expect(stderr, batch[i]).not.toMatch(/Unknown option/);
    }
  });

  it('--version prints package.json version', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const { code, stdout } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${pkg.version}\n`);
    expect((await runCli(['-v'])).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('usage errors exit 2 with a message and a hint', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown flag', ['extract', '--bogus'], /Unknown option '--bogus'/],
    ['no command', [], /missing command/],
    ['unknown command', ['extrakt'], /unknown command 'extrakt'/],
    ['bad --format', ['extract', '--format', 'pdf'], /--format must be one of auto, text, html/],
    ['bad --from', ['extract', '--from', 'pdf'], /--from must be one of auto, html, text, markdown, jsonl, warc/],
    ['bad --to', ['extract', '--to', 'xml'], /--to must be one of json, jsonl, md, markdown/],
    ['--to md with --from jsonl', ['extract', '--from', 'jsonl', '--to', 'md'], /--to md is not available with --from jsonl/],
    ['--to json with --from jsonl', ['extract', '--from', 'jsonl', '--to', 'json'], /use --to jsonl/],
    ['--jsonl contradicting --from', ['extract', '--jsonl', '--from', 'html'], /--jsonl contradicts --from html/],
    ['-o FORMAT and --to', ['extract', '-o', 'md', '--to', 'json'], /contradicts --to json/],
    ['-o with nothing', ['extract', '-o', ''], /-o needs a FILE name/],
    ['--id-field without --from jsonl', ['extract', '--id-field', 'key'], /--id-field needs --from jsonl/],
    ['--timeout and --timeout-ms', ['extract', '--expand', '--timeout', '5s', '--timeout-ms', '5000'], /name the same limit/],
    ['--timeout-ms 5s', ['extract', '--expand', '--timeout-ms', '5s'], /--timeout-ms must be a whole number from 1 to 3600000/],
    ['--cache-timeout-ms 0', ['extract', '--expand', '--cache-timeout-ms', '0'], /--cache-timeout-ms must be a whole number/],
    ['--shard-count without --shard auto', ['extract', '--shard-count', '4'], /--shard-count needs --shard auto/],
    ['--shard-count with k/n', ['extract', '--shard', '1/4', '--shard-count', '4'], /--shard k\/n gives the count itself/],
    ['--shard 0/4', ['extract', '--shard', '0/4'], /--shard must be k\/n/],
    ['--shard 5/4', ['extract', '--shard', '5/4'], /--shard must be k\/n/],
    ['--shard x', ['extract', '--shard', 'two'], /--shard must be k\/n/],
    ['--workers -1', ['extract', '--workers', '-1'], /--workers/],
    ['--workers many', ['extract', '--workers', 'many'], /--workers must be a whole number/],
    ['--workers 1000', ['extract', '--workers', '1000'], /--workers must be a whole number from 0 to 256/],
    ['--max-line-bytes junk', ['extract', '--from', 'jsonl', '--max-line-bytes', '12 parsecs'], /--max-line-bytes must be a byte size/],
    ['--max-records junk', ['extract', '--max-records', 'many'], /--max-records must be a whole number/],
    ['--max-links -1', ['extract', '--max-links', '-1'], /--max-links/],
    [
      '--max-text-length 2e9',
      ['extract', '--max-text-length', '2000000000'],
      /--max-text-length must be a whole number from 0 to 1000000000/,
    ],
    ['--max-file-bytes with --from jsonl', ['extract', '--from', 'jsonl', '--max-file-bytes', '1M'], /--max-file-bytes bounds whole files/],
    [
      '--max-line-bytes with whole files',
      ['extract', '--from', 'html', '--max-line-bytes', '1M'],
      /--max-line-bytes needs --from jsonl or --from warc/,
    ],
    ['--max-file-bytes junk', ['extract', '--max-file-bytes', 'big'], /--max-file-bytes must be a byte size/],
    ['--embeds with extract', ['extract', '--embeds', 'remove'], /belongs to the convert command/],
    ['--timeout without --expand', ['extract', '--timeout', '5s'], /--timeout needs --expand/],
    ['--timeout-ms without --expand', ['extract', '--timeout-ms', '5000'], /--timeout-ms needs --expand/],
    ['--cache without --expand', ['extract', '--cache', '/tmp/x'], /--cache needs --expand/],
    ['--timeout nonsense', ['extract', '--expand', '--timeout', 'soon'], /--timeout must be a duration/],
    ['--cache-timeout nonsense', ['extract', '--expand', '--cache-timeout', 'soon'], /--cache-timeout must be a duration/],
    ['--hosts with a port', ['extract', '--expand', '--hosts', 'bit.ly:80'], /--hosts must be a comma-separated list/],
    [
      '--allowed-ports 99999',
      ['extract', '--expand', '--allowed-ports', '80,99999'],
      /--allowed-ports must be a whole number from 1 to 65535/,
    ],
    ['--progress and --no-progress', ['extract', '--progress', '--no-progress'], /contradict/],
    ['stdin twice', ['extract', '-', '-'], /stdin \('-'\) can be read only once/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Run 'embedsift --help' for usage.");
  });
});
