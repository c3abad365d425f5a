import { describe, expect, it } from 'vitest';
import { twitterCanonicalRule, twitterStatusTrackingParameters } from '../../../src/platforms/twitter/canonical-rule.js';

describe('twitterCanonicalRule', () => {
  it('applies to status paths on twitter.com and x.com, mobile and www included', () => {
    expect(twitterCanonicalRule.appliesTo('x.com', '/EastvalePort/status/1765012345678901234')).toBe(true);
    expect(twitterCanonicalRule.appliesTo('mobile.twitter.com', '/i/web/status/1765012345678901234')).toBe(true);
    expect(twitterCanonicalRule.appliesTo('www.twitter.com', '/EastvalePort/statuses/20/photo/1')).toBe(true);
  });

  it('leaves other paths and other hosts alone', () => {
    expect(twitterCanonicalRule.appliesTo('x.com', '/EastvalePort')).toBe(false);
    expect(twitterCanonicalRule.appliesTo('x.com', '/search?q=status')).toBe(false);
    expect(twitterCanonicalRule.appliesTo('fxtwitter.com', '/EastvalePort/status/20')).toBe(false);
    expect(twitterCanonicalRule.appliesTo('x.com', '/a_handle_far_too_long/status/20')).toBe(false);
  });

  it('drops the share-sheet and referrer tags', () => {
    expect(twitterCanonicalRule.dropParameters).toBe(twitterStatusTrackingParameters);
    expect([...twitterStatusTrackingParameters].sort()).toEqual(['ref_src', 'ref_url', 's', 't']);
  });
});
