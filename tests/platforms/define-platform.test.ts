import { describe, expect, it } from 'vitest';
import { definePlatform } from '../../src/platforms/index.js';

describe('definePlatform', () => {
  it('returns the definition unchanged, with its literal name', () => {
    const definition = {
      name: 'murmur' as const,
      label: 'Murmur',
      hosts: ['murmur.social'],
      shortHosts: [],
      parsePermalink: () => null,
      profileUrl: (handle: string) => `https://murmur.social/@${handle}`,
      text: {},
      html: { markers: ['murmur-embed'], matchElement: () => null, readEmbed: () => ({}) },
    };
    const murmur = definePlatform(definition);
    expect(murmur).toBe(definition);
    const name: 'murmur' = murmur.name;
    expect(name).toBe('murmur');
    expect(murmur.profileUrl('lena')).toBe('https://murmur.social/@lena');
  });
});
