import type { CanonicalUrlRule } from '../types.js';

/**
 * Query parameters removed from Twitter / X status URLs only (share-sheet and referrer tags).
 *
 * @example
 * twitterStatusTrackingParameters.includes('s'); // true
 */
export const twitterStatusTrackingParameters: readonly string[] = ['s', 't', 'ref_src', 'ref_url'];

const CANONICAL_HOSTS = new Set(['twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'x.com', 'www.x.com', 'mobile.x.com']);
const STATUS_PATH = /^\/(?:[A-Za-z0-9_]{1,15}|i(?:\/web)?)\/status(?:es)?\/[0-9]{1,20}(?:\/|$)/;

/**
 * Twitter's canonical-URL rule: a status URL on twitter.com or x.com loses its share-sheet tags.
 *
 * @example
 * twitterCanonicalRule.appliesTo('x.com', '/jack/status/20'); // true
 */
export const twitterCanonicalRule: CanonicalUrlRule = {
  appliesTo: (hostname, pathname) => CANONICAL_HOSTS.has(hostname) && STATUS_PATH.test(pathname),
  dropParameters: twitterStatusTrackingParameters,
};
