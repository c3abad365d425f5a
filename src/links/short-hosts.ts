import { facetList, platforms } from '../platforms/index.js';

/**
 * Link shorteners that belong to no platform (news sites' and general ones). The platforms' own
 * shorteners (`t.co`, `youtu.be`, …) are their `shortHosts`, in the registry. (Written as one
 * space-separated string: 45 quoted items cost the browser bundle more than the split does.)
 *
 * @example
 * generalShortLinkHosts.includes('bit.ly'); // true
 */
export const generalShortLinkHosts: readonly string[] = (
  'bit.ly bitly.com j.mp ow.ly buff.ly dlvr.it trib.al tinyurl.com goo.gl is.gd v.gd ' +
  'shorturl.at rebrand.ly cutt.ly tiny.cc wp.me amzn.to spoti.fi apple.co g.co bbc.in ' +
  'nyti.ms wapo.st cnn.it reut.rs on.ft.com econ.st politi.co hill.cm abcn.ws nbcnews.to ' +
  'cbsn.ws bloom.bg ti.me thkpr.gs aje.io ift.tt msft.it ln.is snip.ly shar.es sco.lt ' +
  'po.st flip.it dld.bz'
).split(' ');

/**
 * Hosts of link shorteners whose links appear in social posts: every platform's `shortHosts`, then
 * {@link generalShortLinkHosts}. A link on one of these hosts (or a subdomain) is classified
 * `short`. `pic.twitter.com` and `pic.x.com` are `media`, not here.
 *
 * @example
 * shortLinkHosts.includes('bit.ly'); // true
 * shortLinkHosts.includes('t.co'); // true
 */
export const shortLinkHosts: readonly string[] = facetList(platforms, (platform) => platform.shortHosts, generalShortLinkHosts);

/**
 * Hosts that serve a post's attached photo or video link (`pic.twitter.com/<slug>`): every
 * platform's `mediaHosts`.
 *
 * @example
 * mediaLinkHosts.includes('pic.x.com'); // true
 */
export const mediaLinkHosts: readonly string[] = facetList(platforms, (platform) => platform.mediaHosts);
