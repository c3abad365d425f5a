import { definePlatform } from '../define-platform.js';
import { tweetIdTime } from './snowflake.js';
import { parseTweetUrl, twitterHosts, twitterStatusTrackingParameters } from './status-url.js';

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

/**
 * Twitter / X. Handles are 1–15 letters, digits or underscores; X and Twitter are one platform.
 *
 * @example
 * twitter.parsePermalink('https://x.com/jack/status/20')?.id; // '20'
 */
export const twitter = definePlatform({
  name: 'twitter',
  label: 'Twitter',
  hosts: twitterHosts,
  shortHosts: ['t.co'],
  mediaHosts: ['pic.twitter.com', 'pic.x.com'],
  parsePermalink: parseTweetUrl,
  profileUrl: (handle) => `https://twitter.com/${handle}`,
  text: {
    isSignatureHandle: (handle) => HANDLE.test(handle),
    truncatedLength: 280,
    // 140 characters until the limit doubled on 7 November 2017; a link counts as its t.co link,
    // 23, except the media and the quoted post a tweet ends with since 19 September 2016.
    postLimit: {
      lengths: [
        { since: '2006-03-21', length: 140, endLinkWeight: 23 },
        { since: '2016-09-19', length: 140, endLinkWeight: 0 },
        { since: '2017-11-07', length: 280, endLinkWeight: 0 },
      ],
      linkWeight: 23,
    },
    signatureSuffixes: ['on twitter', 'on x', 'auf twitter', 'sur twitter', 'en twitter', 'no twitter', 'su twitter'],
    schemelessPermalinkHosts: ['twitter.com', 'x.com'],
    // Substack's tweet card and the rendered widget: `7:49 PM ∙ Jan 31, 2024`, `3:04 PM · Feb 7, 2024`.
    footerCard: { footerMarks: ['\u2219', '\u00b7'] },
  },
  postTime: tweetIdTime,
  permalinkTrackingParameters: twitterStatusTrackingParameters,
});
