import { describe, expect, it } from 'vitest';
import { linkedin } from '../../../src/platforms/linkedin/index.js';

const ID = '7101234567890123456';

describe('linkedin.parsePermalink', () => {
  it.each([
    [`https://www.linkedin.com/feed/update/urn:li:activity:${ID}/`, `https://www.linkedin.com/feed/update/urn:li:activity:${ID}/`],
    [`https://www.linkedin.com/feed/update/urn:li:share:${ID}`, `https://www.linkedin.com/feed/update/urn:li:share:${ID}/`],
    [
      `https://www.linkedin.com/feed/update/urn:li:ugcPost:${ID}/?utm_source=share&utm_medium=member_desktop`,
      `https://www.linkedin.com/feed/update/urn:li:ugcPost:${ID}/`,
    ],
    [
      `https://www.linkedin.com/posts/eastvale-council_parks-activity-${ID}-AbCd/`,
      `https://www.linkedin.com/posts/eastvale-council_parks-activity-${ID}-AbCd/`,
    ],
    [
      `https://www.linkedin.com/posts/eastvale-council_parks-activity-${ID}-AbCd?utm_source=share`,
      `https://www.linkedin.com/posts/eastvale-council_parks-activity-${ID}-AbCd`,
    ],
  ])('reads %s', (input, url) => {
    expect(linkedin.parsePermalink(input)).toEqual({ id: ID, url, handle: null });
  });

  it.each([
    `https://www.linkedin.com/embed/feed/update/urn:li:share:${ID}`,
    'https://www.linkedin.com/in/jane-doe/',
    'https://www.linkedin.com/company/eastvale-council/',
    'https://www.linkedin.com/feed/update/urn:li:activity:123/',
    `https://www.linkedin.com/feed/update/urn:li:comment:${ID}/`,
    `https://www.linkedin.com/posts/eastvale-council_parks-${ID}/`,
    'https://lnkd.in/dAbC123',
    `https://notlinkedin.com/feed/update/urn:li:activity:${ID}/`,
  ])('rejects %s', (url) => {
    expect(linkedin.parsePermalink(url)).toBeNull();
  });

  it('builds profile URLs', () => {
    expect(linkedin.profileUrl('jane-doe')).toBe('https://www.linkedin.com/in/jane-doe/');
  });
});
