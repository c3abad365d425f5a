/** The base32-sortable alphabet of atproto TIDs, digit value = index. */
const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';
/** A TID: 13 characters, the first one keeping the top bit zero. */
const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;
/** 2023-01-01T00:00:00Z: no Bluesky post is older; a smaller time means the key is not a TID. */
const FIRST_TIME = 1_672_531_200_000;
/** 2100-01-01T00:00:00Z: a later time means the key is not a TID. */
const LAST_TIME = 4_102_444_800_000;

/**
 * The creation time a Bluesky post's record key encodes when it is a TID (13 base32-sortable
 * characters: microseconds since the Unix epoch above a 10-bit clock id), in Unix milliseconds;
 * null for any other key, or a time before 2023 or after 2099.
 *
 * @example
 * new Date(blueskyTidTime('3la7vvjpoxj2w') ?? 0).toISOString(); // '2024-11-05T18:56:54.248Z'
 */
export function blueskyTidTime(rkey: string): number | null {
  if (!TID.test(rkey)) return null;
  let value = 0n;
  for (let i = 0; i < rkey.length; i++) value = (value << 5n) | BigInt(ALPHABET.indexOf(rkey.charAt(i)));
  const time = Number((value >> 10n) / 1000n);
  return time >= FIRST_TIME && time < LAST_TIME ? time : null;
}
