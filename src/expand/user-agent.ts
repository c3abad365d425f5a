/**
 * The version of embedsift this build belongs to (kept equal to package.json by a test).
 *
 * @example
 * libraryVersion; // '0.1.0'
 */
export const libraryVersion = '0.1.0';

/**
 * The home page named in the default User-Agent, so that site operators can find who is calling.
 *
 * @example
 * libraryHomepage; // 'https://www.npmjs.com/package/embedsift'
 */
const libraryHomepage = 'https://www.npmjs.com/package/embedsift';

/**
 * The default `User-Agent` header: the library, its version and its home page. It does not claim
 * to be a browser; t.co answers such clients with a refresh page, which the expander reads.
 *
 * @example
 * defaultUserAgent; // 'embedsift/0.1.0 (+https://www.npmjs.com/package/embedsift)'
 */
export const defaultUserAgent = `embedsift/${libraryVersion} (+${libraryHomepage})`;
