/** Brand shared by every copy of embedsift (ESM and CJS builds, other realms): a registry symbol. */
const embedsiftErrorBrand = Symbol.for('embedsift.error');

/**
 * Options of an {@link EmbedsiftError}: a machine-readable `code` and the standard `cause`.
 *
 * @example
 * const options: EmbedsiftErrorOptions = { code: 'EMBEDSIFT_BLOCKED_TARGET', cause: dnsError };
 */
export interface EmbedsiftErrorOptions {
  /** Machine-readable code, `EMBEDSIFT_*`; default `EMBEDSIFT_ERROR`. */
  code?: string;
  /** The error that led to this one. */
  cause?: unknown;
}

/**
 * Base class of the errors embedsift throws on purpose. Test for it with {@link isEmbedsiftError},
 * which also recognises errors from another copy of the library (ESM next to CJS, another realm),
 * where `instanceof` fails.
 *
 * @example
 * throw new EmbedsiftError('expansion failed', { code: 'EMBEDSIFT_EXPAND_FAILED', cause: err });
 */
export class EmbedsiftError extends Error {
  /** Machine-readable code, `EMBEDSIFT_*`. */
  readonly code: string;

  constructor(message: string, options: EmbedsiftErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EmbedsiftError';
    this.code = options.code ?? 'EMBEDSIFT_ERROR';
    Object.defineProperty(this, embedsiftErrorBrand, { value: true });
  }
}

/**
 * Whether a value is an {@link EmbedsiftError}, from this or any other copy of embedsift: checks a
 * `Symbol.for` brand, not `instanceof`.
 *
 * @example
 * try { await expand(url); } catch (err) { if (isEmbedsiftError(err)) console.log(err.code); }
 */
export function isEmbedsiftError(value: unknown): value is EmbedsiftError {
  return hasBrand(value, embedsiftErrorBrand);
}

/**
 * Whether a value is an object carrying the given brand symbol set to `true`.
 *
 * @example
 * hasBrand(new EmbedsiftError('x'), Symbol.for('embedsift.error')); // true
 */
export function hasBrand(value: unknown, brand: symbol): boolean {
  return (typeof value === 'object' || typeof value === 'function') && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
