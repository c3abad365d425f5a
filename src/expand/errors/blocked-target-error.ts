import { EmbedsiftError, hasBrand } from './embedsift-error.js';

const blockedTargetBrand = Symbol.for('embedsift.blocked-target-error');

/** How deep {@link isBlockedTargetError} follows `.cause` links before giving up. */
const maxCauseDepth = 16;

/**
 * Details of a {@link BlockedTargetError}.
 *
 * @example
 * const details: BlockedTargetDetails = { url: 'http://10.0.0.1/', address: '10.0.0.1' };
 */
export interface BlockedTargetDetails {
  /** The URL or origin that was refused. */
  url?: string;
  /** The IP address that was refused (a literal host or a resolved address). */
  address?: string;
  /** The error that led to this one. */
  cause?: unknown;
}

/**
 * The SSRF guard refused a request: its scheme, port or (resolved) address is not allowed. Thrown
 * by `checkTarget` callers and by the guarded connector, before any socket is opened. Code
 * `EMBEDSIFT_BLOCKED_TARGET`.
 *
 * @example
 * new BlockedTargetError('127.0.0.1 is a loopback address', { url: 'http://localhost/', address: '127.0.0.1' });
 * // message: 'Blocked http://localhost/: 127.0.0.1 is a loopback address'
 */
export class BlockedTargetError extends EmbedsiftError {
  /** Why, in words: `'127.0.0.1 is a loopback address'`, `'port 8080 is not allowed (allowedPorts: 80, 443)'`. */
  readonly reason: string;
  /** The URL or origin that was refused, when known. */
  readonly url?: string;
  /** The IP address that was refused, when the reason is an address. */
  readonly address?: string;

  constructor(reason: string, details: BlockedTargetDetails = {}) {
    const target = details.url ?? details.address;
    super(target === undefined ? `Blocked: ${reason}` : `Blocked ${target}: ${reason}`, {
      code: 'EMBEDSIFT_BLOCKED_TARGET',
      cause: details.cause,
    });
    this.name = 'BlockedTargetError';
    this.reason = reason;
    if (details.url !== undefined) this.url = details.url;
    if (details.address !== undefined) this.address = details.address;
    Object.defineProperty(this, blockedTargetBrand, { value: true });
  }
}

/**
 * Whether a value is a {@link BlockedTargetError} or has one in its `.cause` chain: undici's
 * `fetch` rejects with `TypeError('fetch failed', { cause })`, its `request` with the error itself.
 * Cross-realm: checks a `Symbol.for` brand, not `instanceof`. Use {@link findBlockedTargetError}
 * to get at the error itself.
 *
 * @example
 * try { await fetch(url, { dispatcher: createGuardedAgent() }); }
 * catch (err) { if (isBlockedTargetError(err)) console.log('refused'); }
 */
export function isBlockedTargetError(value: unknown): value is BlockedTargetError {
  return findBlockedTargetError(value) !== undefined;
}

/**
 * The {@link BlockedTargetError} that is `value` or sits in its `.cause` chain, else `undefined`.
 * Follows at most 16 links and stops on cycles.
 *
 * @example
 * findBlockedTargetError(new TypeError('fetch failed', { cause: blocked }))?.address; // '10.0.0.1'
 */
export function findBlockedTargetError(value: unknown): BlockedTargetError | undefined {
  const seen = new Set<unknown>();
  let current = value;
  for (let depth = 0; depth <= maxCauseDepth; depth++) {
    if (hasBrand(current, blockedTargetBrand)) return current as BlockedTargetError;
    if (typeof current !== 'object' || current === null || seen.has(current)) return undefined;
    seen.add(current);
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
