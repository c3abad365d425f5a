// The queue job's data schema, its id (number, then a hash of the data) and its part file name.
import { describe, expect, it } from 'vitest';
import { jobIdOf, partFileName, type QueueJobData, queueJobDataSchema } from '../../../src/cli/queue/queue-job.js';

const lines: QueueJobData = {
  v: 1,
  command: 'extract',
  args: ['--from', 'jsonl'],
  input: { kind: 'lines', file: '/data/wire-2024.jsonl', start: 0, end: 65536, firstLine: 1 },
};

describe('queueJobDataSchema', () => {
  it('accepts the three inputs: a byte range of lines, whole files, one WARC file', () => {
    expect(queueJobDataSchema.parse(lines)).toEqual(lines);
    const files = { ...lines, args: ['--to', 'jsonl'], input: { kind: 'files', files: ['/data/a.html', '/data/b.html'] } };
    expect(queueJobDataSchema.safeParse(files).success).toBe(true);
    const warc = { ...lines, command: 'convert', input: { kind: 'warc', file: '/data/crawl.warc.gz' } };
    expect(queueJobDataSchema.safeParse(warc).success).toBe(true);
  });

  it('rejects another version, an unknown command or input, an empty file list, a bad range', () => {
    expect(queueJobDataSchema.safeParse({ ...lines, v: 2 }).success).toBe(false);
    expect(queueJobDataSchema.safeParse({ ...lines, command: 'expand' }).success).toBe(false);
    expect(queueJobDataSchema.safeParse({ ...lines, input: { kind: 'dir', file: '/data' } }).success).toBe(false);
    expect(queueJobDataSchema.safeParse({ ...lines, input: { kind: 'files', files: [] } }).success).toBe(false);
    expect(queueJobDataSchema.safeParse({ ...lines, input: { ...lines.input, start: -1 } }).success).toBe(false);
    expect(queueJobDataSchema.safeParse({ ...lines, input: { ...lines.input, firstLine: 0 } }).success).toBe(false);
    expect(queueJobDataSchema.safeParse({ ...lines, input: { ...lines.input, end: 1.5 } }).success).toBe(false);
    expect(queueJobDataSchema.safeParse(null).success).toBe(false);
  });
});

describe('jobIdOf', () => {
  it('is the 1-based number, six digits, then eight hex digits of the data hash', () => {
    expect(jobIdOf(0, lines)).toMatch(/^000001-[0-9a-f]{8}$/);
    expect(jobIdOf(16, lines)).toMatch(/^000017-[0-9a-f]{8}$/);
    expect(jobIdOf(1_234_566, lines)).toMatch(/^1234567-[0-9a-f]{8}$/);
  });

  it('is the same for the same job and differs when the data differs', () => {
    const copy: QueueJobData = JSON.parse(JSON.stringify(lines));
    expect(jobIdOf(4, copy)).toBe(jobIdOf(4, lines));
    const hash = (data: QueueJobData) => jobIdOf(0, data).slice(7);
    const others: QueueJobData[] = [
      { ...lines, command: 'convert' },
      { ...lines, args: ['--from', 'jsonl', '--strict'] },
      { ...lines, input: { kind: 'lines', file: '/data/wire-2025.jsonl', start: 0, end: 65536, firstLine: 1 } },
      { ...lines, input: { kind: 'lines', file: '/data/wire-2024.jsonl', start: 65536, end: 131072, firstLine: 251 } },
    ];
    const hashes = new Set([hash(lines), ...others.map(hash)]);
    expect(hashes.size).toBe(others.length + 1);
  });
});

describe('partFileName', () => {
  it('names part-<job id>.jsonl, so that name order is job order', () => {
    expect(partFileName('000017-3f9a0c1b')).toBe('part-000017-3f9a0c1b.jsonl');
    const names = [jobIdOf(10, lines), jobIdOf(1, lines), jobIdOf(2, lines)].map(partFileName).sort();
    expect(names.map((name) => name.slice(5, 11))).toEqual(['000002', '000003', '000011']);
  });
});
