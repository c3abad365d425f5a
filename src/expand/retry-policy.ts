/**
 * The delay before retry number `attempt` (0 for the first retry): exponential backoff with full
 * jitter, a uniformly random delay between 0 and `min(maxMs, baseMs × 2^attempt)`.
 *
 * @example
 * backoffDelay(0, 250, 4000, () => 0.5); // 125
 * backoffDelay(10, 250, 4000, () => 1); // 4000
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}

/**
 * Reads a `Retry-After` header (delay in seconds, or an HTTP date) as milliseconds from `now`;
 * null when absent or unreadable. A date in the past gives 0.
 *
 * @example
 * parseRetryAfter('2'); // 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')); // 5000
 * parseRetryAfter('soon'); // null
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^[0-9]{1,10}$/.test(text)) return Number(text) * 1000;
  if (text.length > 64 || !/^[A-Za-z]{3},/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/**
 * Whether an HTTP status is worth retrying: 5xx (except 501, which means "method not supported")
 * and 429.
 *
 * @example
 * isRetryableStatus(503); // true
 * isRetryableStatus(404); // false
 */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599 && status !== 501);
}

/**
 * Whether a status carries a `Retry-After` we honour (429 Too Many Requests, 503 Service Unavailable).
 *
 * @example
 * honoursRetryAfter(429); // true
 */
export function honoursRetryAfter(status: number): boolean {
  return status === 429 || status === 503;
}
