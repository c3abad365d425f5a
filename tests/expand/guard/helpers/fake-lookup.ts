import { vi } from 'vitest';

/** One resolver answer. @example const answer: Answer = { address: '127.0.0.1', family: 4 }; */
export type Answer = { address: string; family: 4 | 6 };

/** An IPv4 answer. @example v4('10.0.0.1') */
export const v4 = (address: string): Answer => ({ address, family: 4 });
/** An IPv6 answer. @example v6('fd00::1') */
export const v6 = (address: string): Answer => ({ address, family: 6 });

/**
 * A fake resolver for the guard's `lookup` option: a fixed answer per name, or a list of answers
 * handed out one per call (the last one repeats). Unknown names reject like getaddrinfo, with
 * code `ENOTFOUND`. Never touches the network.
 *
 * @example
 * const lookup = fakeLookup({ 'rebind.test': [[v4('127.0.0.1')], [v4('127.0.0.2')]] });
 */
export function fakeLookup(table: Record<string, Answer[] | Answer[][]>) {
  const calls = new Map<string, number>();
  return vi.fn(async (hostname: string): Promise<Answer[]> => {
    const entry = table[hostname];
    if (entry === undefined) {
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    }
    const call = calls.get(hostname) ?? 0;
    calls.set(hostname, call + 1);
    if (Array.isArray(entry[0])) return (entry as Answer[][])[Math.min(call, entry.length - 1)] as Answer[];
    return entry as Answer[];
  });
}
