import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * What one queue job reads: a byte range of a JSONL file (whole lines, numbered from `firstLine`
 * across the corpus), a few whole files (one article each), one WARC file, or a range of rows of a
 * Parquet file (`rowStart` included, `rowEnd` not; rows counted in the file from 0).
 *
 * @example
 * const input: QueueInput = { kind: 'lines', file: '/data/corpus.jsonl', start: 0, end: 65536, firstLine: 1 };
 */
export const queueInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lines'),
    file: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    firstLine: z.number().int().positive(),
  }),
  z.object({ kind: z.literal('files'), files: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal('warc'), file: z.string().min(1) }),
  z.object({
    kind: z.literal('rows'),
    file: z.string().min(1),
    rowStart: z.number().int().nonnegative(),
    rowEnd: z.number().int().positive(),
  }),
]);

/** See {@link queueInputSchema}. */
export type QueueInput = z.infer<typeof queueInputSchema>;

/**
 * The data of one queue job: the command and its flags (as given to `embedsift enqueue`, without
 * the input operands), and the input.
 *
 * @example
 * const data: QueueJobData = { v: 1, command: 'extract', args: ['--from', 'jsonl'], input: { kind: 'warc', file: '/data/a.warc.gz' } };
 */
export const queueJobDataSchema = z.object({
  v: z.literal(1),
  command: z.enum(['extract', 'convert']),
  args: z.array(z.string()),
  input: queueInputSchema,
});

/** See {@link queueJobDataSchema}. */
export type QueueJobData = z.infer<typeof queueJobDataSchema>;

/**
 * The job id of the `index`-th job (0-based) of a corpus: its number, then a hash of its data, so
 * that enqueuing the same corpus again adds no job twice (BullMQ keeps one job per id) while
 * another corpus on the same queue gets other ids.
 *
 * @example
 * jobIdOf(16, data); // '000017-3f9a0c1b'
 */
export function jobIdOf(index: number, data: QueueJobData): string {
  const hash = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 8);
  return `${String(index + 1).padStart(6, '0')}-${hash}`;
}

/**
 * The name of a job's output file in the output directory: `part-<job id>.jsonl`. Listing them
 * in name order gives the corpus's order.
 *
 * @example
 * partFileName('000017-3f9a0c1b'); // 'part-000017-3f9a0c1b.jsonl'
 */
export function partFileName(jobId: string): string {
  return `part-${jobId}.jsonl`;
}
