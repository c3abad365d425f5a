import { describe, expect, it } from 'vitest';
import { twitter, twitterStatusTrackingParameters } from '../../../src/platforms/twitter/index.js';

describe('twitter platform facets', () => {
  it('reads permalinks on every host and makes profile URLs', () => {
    expect(twitter.parsePermalink('https://fxtwitter.com/EastvalePort/status/1765012345678901234')?.id).toBe('1765012345678901234');
    expect(twitter.profileUrl('EastvalePort')).toBe('https://twitter.com/EastvalePort');
    expect(twitter.shortHosts).toEqual(['t.co']);
    expect(twitter.mediaHosts).toEqual(['pic.twitter.com', 'pic.x.com']);
  });

  it('knows its signature handles and suffixes', () => {
    expect(twitter.text.isSignatureHandle?.('EastvalePort')).toBe(true);
    expect(twitter.text.isSignatureHandle?.('a_handle_far_too_long')).toBe(false);
    expect(twitter.text.isSignatureHandle?.('lena.park')).toBe(false);
    expect(twitter.text.signatureSuffixes).toContain('auf twitter');
  });

  it('states the longest post by date, in date order: 140 until November 2017, then 280', () => {
    const lengths = twitter.text.postLimit?.lengths ?? [];
    expect(lengths.map((step) => step.length)).toEqual([140, 140, 280]);
    expect(lengths.map((step) => step.since)).toEqual([...lengths.map((step) => step.since)].sort());
    expect(twitter.text.postLimit?.linkWeight).toBe(23);
  });

  it('reads the time of a snowflake id and none of an old sequential one', () => {
    expect(twitter.postTime?.('1765012345678901234')).toBe(Date.UTC(2024, 2, 5, 13, 51, 50, 210));
    expect(twitter.postTime?.('20')).toBeNull();
  });

  it("names the share sheet's and referrer's tags of its status URLs", () => {
    expect(twitter.permalinkTrackingParameters).toBe(twitterStatusTrackingParameters);
    expect([...twitterStatusTrackingParameters].sort()).toEqual(['ref_src', 'ref_url', 's', 't']);
  });
});
