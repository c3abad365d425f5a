import { describe, expect, it } from 'vitest';
import { generalShortLinkHosts, mediaLinkHosts, shortLinkHosts } from '../../src/links/short-hosts.js';
import { platforms } from '../../src/platforms/index.js';

describe('shortLinkHosts', () => {
  it("is every platform's own shorteners, then the general ones", () => {
    const own = platforms.flatMap((platform) => platform.shortHosts);
    expect(own).toEqual(['t.co', 'instagr.am', 'fb.me', 'vm.tiktok.com', 'youtu.be', 'lnkd.in']);
    expect(shortLinkHosts).toEqual([...own, ...generalShortLinkHosts]);
    expect(new Set(shortLinkHosts).size).toBe(shortLinkHosts.length);
  });
});

describe('mediaLinkHosts', () => {
  it("is every platform's media-link hosts (Twitter's pic hosts)", () => {
    expect(mediaLinkHosts).toEqual(['pic.twitter.com', 'pic.x.com']);
  });
});
