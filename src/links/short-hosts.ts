/**
 * Hosts of link shorteners whose links appear in social posts. A link on one of these hosts (or a
 * subdomain) is classified `short`. `pic.twitter.com` and `pic.x.com` are `media`, not here.
 *
 * @example
 * shortLinkHosts.includes('bit.ly'); // true
 */
export const shortLinkHosts: readonly string[] = [
  't.co',
  'bit.ly',
  'bitly.com',
  'j.mp',
  'ow.ly',
  'buff.ly',
  'dlvr.it',
  'trib.al',
  'fb.me',
  'lnkd.in',
  'tinyurl.com',
  'goo.gl',
  'youtu.be',
  'is.gd',
  'v.gd',
  'shorturl.at',
  'rebrand.ly',
  'cutt.ly',
  'tiny.cc',
  'wp.me',
  'amzn.to',
  'spoti.fi',
  'apple.co',
  'g.co',
  'bbc.in',
  'nyti.ms',
  'wapo.st',
  'cnn.it',
  'reut.rs',
  'on.ft.com',
  'econ.st',
  'politi.co',
  'hill.cm',
  'abcn.ws',
  'nbcnews.to',
  'cbsn.ws',
  'bloom.bg',
  'ti.me',
  'thkpr.gs',
  'aje.io',
  'ift.tt',
  'instagr.am',
  'msft.it',
  'ln.is',
  'snip.ly',
  'shar.es',
  'sco.lt',
  'po.st',
  'flip.it',
  'dld.bz',
  'vm.tiktok.com',
];

/**
 * Hosts that serve a tweet's attached photo or video link (`pic.twitter.com/<slug>`).
 *
 * @example
 * mediaLinkHosts.includes('pic.x.com'); // true
 */
export const mediaLinkHosts: readonly string[] = ['pic.twitter.com', 'pic.x.com'];
