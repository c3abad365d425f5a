/** Twitter's snowflake epoch (2010-11-04T01:42:54.657Z), in Unix milliseconds. */
const TWITTER_EPOCH = 1288834974657n;
/** The last status id before snowflakes: smaller ids are sequential and carry no time. */
const FIRST_SNOWFLAKE = 29700859247n;

/**
 * The creation time a tweet's status id encodes (41-bit millisecond timestamp above 22 bits), in
 * Unix milliseconds, or null for pre-snowflake ids and anything that is not an id.
 *
 * @example
 * new Date(tweetIdTime('1755259323123712345') ?? 0).toISOString(); // '2024-02-07T15:56:48.430Z'
 */
export function tweetIdTime(id: string): number | null {
  if (!/^[0-9]{1,20}$/.test(id)) return null;
  const value = BigInt(id);
  if (value < FIRST_SNOWFLAKE || value >= 1n << 63n) return null;
  return Number((value >> 22n) + TWITTER_EPOCH);
}
