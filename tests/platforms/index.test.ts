import { describe, expect, it } from 'vitest';
import { platformNamed, platformNames, platforms, publicPlatforms } from '../../src/platforms/index.js';

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

  it('exports the same objects publicly', () => {
    expect(publicPlatforms).toBe(platforms);
    expect(platformNamed('youtube').label).toBe('YouTube');
  });
});
