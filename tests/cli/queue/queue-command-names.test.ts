// isQueueCommand: only the first argument names a queue command.
import { describe, expect, it } from 'vitest';
import { isQueueCommand } from '../../../src/cli/queue/queue-command-names.js';

describe('isQueueCommand', () => {
  it('is true when the first argument is enqueue, work or status', () => {
    expect(isQueueCommand(['enqueue', 'extract', '--queue', 'redis://127.0.0.1:6379', 'a.jsonl'])).toBe(true);
    expect(isQueueCommand(['work', '--queue', 'redis://127.0.0.1:6379', '-o', 'out'])).toBe(true);
    expect(isQueueCommand(['status'])).toBe(true);
  });

  it('is false for the other commands, an empty line, and a queue word later on', () => {
    expect(isQueueCommand(['extract', 'status', 'work'])).toBe(false);
    expect(isQueueCommand(['--queue', 'work'])).toBe(false);
    expect(isQueueCommand(['Work'])).toBe(false);
    expect(isQueueCommand([])).toBe(false);
  });
});
