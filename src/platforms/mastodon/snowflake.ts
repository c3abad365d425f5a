import { decimalIdTime, type IdTimeLayout } from '../id-time.js';

/** Milliseconds above a 16-bit sequence; none before Mastodon's first release (2016-03-16). */
const MASTODON_IDS: IdTimeLayout = { shift: 16n, unitMs: 1, bits: 63n, firstTime: Date.UTC(2016, 2, 16) };

/**
 * The creation time a Mastodon status id encodes (milliseconds since the Unix epoch above a 16-bit
 * sequence), in Unix milliseconds; null for the small sequential ids of servers older than
 * Mastodon 2.0, ids of more than 63 bits, and anything that is not a decimal id. Mastodon gives a
 * post fetched from another server an id made from its publication time, so the time holds for
 * remote posts too.
 *
 * @example
 * new Date(mastodonIdTime('111183663194853769') ?? 0).toISOString(); // '2023-10-05T17:47:43.886Z'
 */
export function mastodonIdTime(id: string): number | null {
  return decimalIdTime(id, MASTODON_IDS);
}
