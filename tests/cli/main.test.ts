// The `embedsift` command's entry (dist/cli.js as built; `npm test` builds first): the exit code
// of the run is the process's.
import { describe, expect, it } from 'vitest';
import { parseJsonl, runCli } from './run-built-cli.js';

const line = `${JSON.stringify({ id: 'a1', text: 'Ferry at dawn\n— Port of Eastvale (@EastvalePort) March 5, 2024' })}\n`;

describe('embedsift (dist/cli.js)', () => {
  it('exits 0 after writing every result', async () => {
    const run = await runCli(['extract', '--from', 'jsonl', '--workers', '0', '--no-progress'], line);
    expect(run.code).toBe(0);
    expect(parseJsonl(run.stdout).map((item) => item.id)).toEqual(['a1']);
  });

  it('exits 2 on a usage error, with the message on stderr and nothing on stdout', async () => {
    const run = await runCli(['extract', '--workers', 'many']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--workers must be a whole number');
  });
});
