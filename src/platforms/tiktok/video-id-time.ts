import { decimalIdTime, type IdTimeLayout } from '../id-time.js';

/** Seconds in the top 32 of 64 bits; none before TikTok's launch as Douyin (2016-09-01). */
const TIKTOK_IDS: IdTimeLayout = { shift: 32n, unitMs: 1000, bits: 64n, firstTime: Date.UTC(2016, 8, 1) };

/**
 * The creation time a TikTok video id encodes (seconds since the Unix epoch in its top 32 bits),
 * in Unix milliseconds (whole seconds); null for anything that is not a 64-bit decimal id of a
 * time between TikTok's launch and 2099.
 *
 * @example
 * new Date(tiktokIdTime('7301234567890123456') ?? 0).toISOString(); // '2023-11-14T08:39:03.000Z'
 */
export function tiktokIdTime(id: string): number | null {
  return decimalIdTime(id, TIKTOK_IDS);
}
