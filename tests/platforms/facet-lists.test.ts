import { describe, expect, it } from 'vitest';
import { facetList, htmlPlatforms, platforms } from '../../src/platforms/index.js';

describe('facetList', () => {
  it('lists one facet over the platforms in registry order, then the general strings', () => {
    expect(facetList(platforms, (platform) => platform.mediaHosts)).toEqual(['pic.twitter.com', 'pic.x.com']);
    expect(facetList(htmlPlatforms, (platform) => platform.html.wrapperClassWords, ['embed', 'social'])).toEqual([
      'tweet',
      'twitter',
      'instagram',
      'embed',
      'social',
    ]);
    expect(facetList(htmlPlatforms, (platform) => platform.html.blockElements)).toEqual(['amp-twitter', 'amp-instagram']);
  });

  it('skips platforms that do not supply an optional facet, and repeats what is listed twice', () => {
    const twitter = platforms[0];
    expect(facetList(platforms.slice(0, 0), (platform) => platform.hosts)).toEqual([]);
    expect(facetList([twitter], () => undefined, ['bit.ly'])).toEqual(['bit.ly']);
    expect(facetList([twitter, twitter], (platform) => platform.shortHosts)).toEqual(['t.co', 't.co']);
  });
});
