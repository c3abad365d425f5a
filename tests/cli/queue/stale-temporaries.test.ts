// Temporary part files left by workers that died: the worker that holds a job removes its
// predecessors' files; a sweep removes only the files of jobs the queue says no worker holds, and
// keeps those of active jobs, unknown jobs, other files, and any file whose job cannot be read.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type JobLookup,
  removeJobTemporaries,
  staleJobCheck,
  sweepTemporaries,
  temporaryPathOf,
} from '../../../src/cli/queue/stale-temporaries.js';

const root = mkdtempSync(join(tmpdir(), 'embedsift-stale-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let directory = '';
beforeEach(() => {
  directory = mkdtempSync(join(root, 'case-'));
});

function touch(name: string): string {
  writeFileSync(join(directory, name), 'half a part');
  return name;
}

/** A queue that knows the given jobs in the given states. */
function queueOf(states: Record<string, string>): JobLookup {
  return {
    getJob: async (id) => (states[id] === undefined ? undefined : { getState: async () => states[id] as string }),
  };
}

describe('temporaryPathOf', () => {
  it('is a dot file beside the part, with this process id and a random tail', () => {
    const path = temporaryPathOf('/out/part-000001-3f9a0c1b.jsonl');
    expect(path).toMatch(new RegExp(`^/out/\\.part-000001-3f9a0c1b\\.jsonl\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    expect(temporaryPathOf('/out/part-000001-3f9a0c1b.jsonl')).not.toBe(path);
  });
});

describe('removeJobTemporaries', () => {
  it("removes the job's own leftovers, from any process, and nothing else", () => {
    const part = join(directory, 'part-000002-0badcafe.jsonl');
    const mine = [touch('.part-000002-0badcafe.jsonl.4242-9c1e07aa.tmp'), touch('.part-000002-0badcafe.jsonl.77-00000001.tmp')];
    const others = [
      touch('.part-000020-0badcafe.jsonl.4242-9c1e07aa.tmp'),
      touch('part-000002-0badcafe.jsonl'),
      touch('.part-000002-0badcafe.jsonl.notes'),
    ];
    expect(removeJobTemporaries(part).sort()).toEqual(mine.sort());
    expect(readdirSync(directory).sort()).toEqual(others.sort());
  });

  it('a missing directory removes nothing and does not throw', () => {
    expect(removeJobTemporaries(join(directory, 'gone', 'part-000001-0badcafe.jsonl'))).toEqual([]);
  });
});

describe('sweepTemporaries with staleJobCheck', () => {
  it('removes the files of waiting, delayed, completed and failed jobs; keeps active and unknown jobs and other files', async () => {
    const states = {
      '000001-aaaaaaaa': 'completed',
      '000002-aaaaaaaa': 'failed',
      '000003-aaaaaaaa': 'waiting',
      '000004-aaaaaaaa': 'delayed',
      '000005-aaaaaaaa': 'active',
    };
    const stale = ['000001', '000002', '000003', '000004'].map((n) => touch(`.part-${n}-aaaaaaaa.jsonl.101-0000000a.tmp`));
    const kept = [
      touch('.part-000005-aaaaaaaa.jsonl.101-0000000a.tmp'),
      touch('.part-000099-aaaaaaaa.jsonl.101-0000000a.tmp'),
      touch('part-000001-aaaaaaaa.jsonl'),
      touch('.part-000001-aaaaaaaa.jsonl.tmp'),
      touch('notes.tmp'),
    ];
    const removed = await sweepTemporaries(directory, staleJobCheck(queueOf(states), 1000));
    expect(removed.sort()).toEqual(stale.sort());
    expect(readdirSync(directory).sort()).toEqual(kept.sort());
  });

  it('a job that cannot be read (Redis failed, or no answer in time) keeps its file', async () => {
    const name = touch('.part-000001-aaaaaaaa.jsonl.101-0000000a.tmp');
    const failing: JobLookup = { getJob: async () => Promise.reject(new Error('connection lost')) };
    expect(await sweepTemporaries(directory, staleJobCheck(failing, 1000))).toEqual([]);
    const silent: JobLookup = { getJob: () => new Promise(() => undefined) };
    expect(await sweepTemporaries(directory, staleJobCheck(silent, 50))).toEqual([]);
    expect(existsSync(join(directory, name))).toBe(true);
  });

  it('only files listed before the check are removed', async () => {
    touch('.part-000001-aaaaaaaa.jsonl.101-0000000a.tmp');
    let late = '';
    const removed = await sweepTemporaries(directory, async () => {
      // A worker starts the job again while the sweep asks: its new file is not touched.
      late ||= touch('.part-000001-aaaaaaaa.jsonl.202-0000000b.tmp');
      return true;
    });
    expect(removed).toEqual(['.part-000001-aaaaaaaa.jsonl.101-0000000a.tmp']);
    expect(readdirSync(directory)).toEqual([late]);
  });
});
