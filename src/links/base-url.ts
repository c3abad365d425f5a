import { describeValue } from '../kit/index.js';

/** The part of the WHATWG `URL` class used here (typed locally: the parse path has no DOM or Node types). */
interface PlatformUrl {
  readonly href: string;
  readonly protocol: string;
}

type UrlClass = new (url: string, base?: string) => PlatformUrl;

const { URL: WhatwgUrl } = globalThis as unknown as { URL: UrlClass };

/** A scheme at the start, after the spaces and controls the URL parser strips. */
const SCHEME = /^[\u0000-\u0020]*[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * Whether a link as written carries its own scheme (`https://…`, `mailto:…`), so no base changes
 * it. `//host/path`, `/path`, `path` and `?query` are relative.
 *
 * @example
 * isAbsoluteUrl('https://t.co/x'); // true
 * isAbsoluteUrl('//t.co/x'); // false
 * isAbsoluteUrl('/jack/status/20'); // false
 */
export function isAbsoluteUrl(written: string): boolean {
  return SCHEME.test(written);
}

/**
 * Resolves a relative link against an absolute base with the WHATWG URL parser (what a browser
 * does with an `href`); a link that is already absolute is returned as written, not normalised.
 * Null when the link cannot be resolved (the parser rejects it). Never throws.
 *
 * @example
 * resolveUrl('/jack/status/20', 'https://news.example/world/story.html'); // 'https://news.example/jack/status/20'
 * resolveUrl('//t.co/x', 'http://news.example/'); // 'http://t.co/x'
 * resolveUrl('https://t.co/X', 'https://news.example/'); // 'https://t.co/X'
 */
export function resolveUrl(written: string, base: string): string | null {
  if (isAbsoluteUrl(written)) return written;
  try {
    return new WhatwgUrl(written, base).href;
  } catch {
    return null;
  }
}

/**
 * The base URL of a document, as the HTML standard freezes it: the `<base href>` resolved against
 * the document's own URL (`baseUrl`); the document's URL when there is no `<base href>`, or when
 * it does not parse or is a `data:` or `javascript:` URL; null when neither gives an absolute URL.
 *
 * @example
 * documentBaseUrl('/amp/', 'https://news.example/world/story'); // 'https://news.example/amp/'
 * documentBaseUrl(null, 'https://news.example/world/story'); // 'https://news.example/world/story'
 * documentBaseUrl('https://cdn.example/', null); // 'https://cdn.example/'
 * documentBaseUrl('/amp/', null); // null
 */
export function documentBaseUrl(baseHref: string | null, baseUrl: string | null): string | null {
  if (baseHref === null) return baseUrl;
  try {
    const frozen = baseUrl === null ? new WhatwgUrl(baseHref) : new WhatwgUrl(baseHref, baseUrl);
    if (frozen.protocol === 'data:' || frozen.protocol === 'javascript:') return baseUrl;
    return frozen.href;
  } catch {
    return baseUrl;
  }
}

/**
 * Checks a `baseUrl` option: undefined, or an absolute URL the WHATWG parser accepts (returned
 * as it serialises it). Anything else is a programming error and throws a `TypeError` naming the
 * caller.
 *
 * @example
 * checkBaseUrl('https://news.example/story', 'extractEmbeds'); // 'https://news.example/story'
 * checkBaseUrl('/story', 'extractEmbeds'); // throws TypeError
 */
export function checkBaseUrl(baseUrl: unknown, caller: string): string | undefined {
  if (baseUrl === undefined) return undefined;
  if (typeof baseUrl === 'string' && isAbsoluteUrl(baseUrl)) {
    try {
      return new WhatwgUrl(baseUrl).href;
    } catch {
      // falls through to the error
    }
  }
  throw new TypeError(
    `${caller}: options.baseUrl must be an absolute URL such as 'https://news.example/story', got ${describeValue(baseUrl)}`,
  );
}
