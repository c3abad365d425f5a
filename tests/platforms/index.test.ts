import { describe, expect, it } from 'vitest';
import { htmlPlatforms, platformNamed, platformNames, platforms, publicPlatforms } from '../../src/platforms/index.js';

describe('the platform list', () => {
  it('has unique names and every platform answers null for a foreign URL', () => {
    const names = platforms.map((platform) => platform.name);
    expect(new Set(names).size).toBe(names.length);
    for (const platform of platforms) {
      expect(platform.parsePermalink('https://example.com/nothing/here')).toBeNull();
      expect(platform.parsePermalink('%%%')).toBeNull();
    }
  });
});

describe('platformNames and platformNamed', () => {
  it('lists the names in registry order and finds each platform by its name', () => {
    expect(platformNames).toEqual(platforms.map((platform) => platform.name));
    expect(platformNames.slice(0, 3)).toEqual(['twitter', 'bluesky', 'mastodon']);
    for (const platform of platforms) expect(platformNamed(platform.name)).toBe(platform);
  });

  it('exports each platform with its HTML forms publicly, in registry order', () => {
    expect(publicPlatforms).toBe(htmlPlatforms);
    expect(publicPlatforms.map((platform) => platform.name)).toEqual(platformNames);
    for (const [k, platform] of platforms.entries()) {
      const pub = publicPlatforms[k]!;
      expect(pub.parsePermalink).toBe(platform.parsePermalink);
      expect(pub.text).toBe(platform.text);
      expect(pub.html.markers.length).toBeGreaterThan(0);
    }
    expect(platformNamed('youtube').label).toBe('YouTube');
  });
});

describe('htmlPlatforms', () => {
  it('keeps the HTML forms apart from the registry: a platform of `platforms` holds none', () => {
    for (const platform of platforms) expect('html' in platform).toBe(false);
    expect(htmlPlatforms.find((platform) => platform.name === 'twitter')?.html.blockElements).toEqual(['amp-twitter']);
  });
});
