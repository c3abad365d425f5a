/**
 * Every registered platform supplies every facet, has invented HTML and text fixtures, and is
 * found end to end in them; the schema's platform enum is the registry's names. The later tests
 * run the same check on copies of the registry and of the fixture index with one facet or one
 * fixture taken away, and expect it to fail, so the first cannot pass by accident.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { platformNameSchema } from '../../src/schema/index.js';
import { htmlPlatforms, type KnownHtmlPlatform, platformNamed, platformNames } from '../../src/platforms/index.js';
import {
  type Extract,
  type FixtureIndex,
  facetProblems,
  fixtureProblems,
  indexFixtures,
  parityProblems,
  requiredFacets,
} from './parity-check.js';

const fixtures = indexFixtures();
const extract: Extract = (input, options) => extractEmbeds(input, options);
const findsEverything: Extract = () => htmlPlatforms.map((platform) => ({ platform: platform.name }));
/** A registered platform with its HTML forms, as the HTML reader sees it. */
const htmlPlatformNamed = (name: string): KnownHtmlPlatform => htmlPlatforms.find((platform) => platform.name === name)!;

/** A copy of a platform without one facet, as a plugin that forgot it would register. */
function without(platform: KnownHtmlPlatform, facet: string): KnownHtmlPlatform {
  const copy: Record<string, unknown> = { ...platform };
  delete copy[facet];
  return copy as unknown as KnownHtmlPlatform;
}

/** A copy of the fixture index where a platform has no fixture of one kind. */
function withoutFixtures(index: FixtureIndex, name: string, kind: 'html' | 'text'): FixtureIndex {
  const copy: FixtureIndex = { html: new Map(index.html), text: new Map(index.text) };
  copy[kind].delete(name);
  return copy;
}

describe('the platform registry', () => {
  for (const platform of htmlPlatforms) {
    it(`${platform.name} supplies every facet, has HTML and text fixtures, and is found in them`, () => {
      expect(facetProblems(platform)).toEqual([]);
      expect(fixtures.html.get(platform.name)?.length ?? 0).toBeGreaterThan(0);
      expect(fixtures.text.get(platform.name)?.length ?? 0).toBeGreaterThan(0);
      expect(fixtureProblems(platform, fixtures, extract)).toEqual([]);
    });
  }

  it('holds each name once, and the schema enum is its names in its order', () => {
    expect(new Set(platformNames).size).toBe(htmlPlatforms.length);
    expect(platformNameSchema.options).toEqual(htmlPlatforms.map((platform) => platform.name));
    for (const name of platformNames) expect(platformNamed(name).name).toBe(name);
  });
});

describe('the parity check fails', () => {
  const youtube = htmlPlatformNamed('youtube');

  for (const facet of requiredFacets) {
    it(`when a platform lacks its "${facet}" facet`, () => {
      const registry = htmlPlatforms.map((platform) => (platform === youtube ? without(youtube, facet) : platform));
      const name = facet === 'name' ? '(unnamed)' : 'youtube';
      expect(facetProblems(without(youtube, facet))).toEqual([`${name}: facet "${facet}" is missing`]);
      // On the whole registry only the broken platform is reported (an extractor that finds every
      // platform everywhere stands in for the real one, which the first tests run).
      expect(parityProblems(registry, fixtures, findsEverything)).toEqual([`${name}: facet "${facet}" is missing`]);
    });
  }

  it('when a facet is supplied empty: HTML forms with no marker', () => {
    const broken = { ...youtube, html: { ...youtube.html, markers: [] } };
    expect(facetProblems(broken)).toEqual(['youtube: facet "html" must be HTML forms with at least one marker']);
  });

  it('when an optional HTML facet is not a list of lowercase words', () => {
    const twitter = htmlPlatformNamed('twitter');
    const shouting = { ...twitter, html: { ...twitter.html, wrapperClassWords: ['Tweet'] } };
    expect(facetProblems(shouting)).toEqual([
      'twitter: facet "html" must be HTML forms whose wrapperClassWords is a list of lowercase words (letters, digits, "-")',
    ]);
    const pattern = { ...twitter, html: { ...twitter.html, blockElements: ['amp-.*'] } };
    expect(facetProblems(pattern)).toEqual([
      'twitter: facet "html" must be HTML forms whose blockElements is a list of lowercase words (letters, digits, "-")',
    ]);
  });

  it('when a platform has no text fixture, or no HTML fixture', () => {
    expect(fixtureProblems(youtube, withoutFixtures(fixtures, 'youtube', 'text'), extract)).toEqual([
      'youtube: no text fixture labels a record of it (fixtures/text/)',
    ]);
    expect(fixtureProblems(youtube, withoutFixtures(fixtures, 'youtube', 'html'), extract)).toEqual([
      'youtube: no html fixture labels a record of it (fixtures/html/)',
    ]);
  });

  it('when its markers do not occur in its HTML fixtures (the pre-scan would skip them)', () => {
    const tiktok = htmlPlatformNamed('tiktok');
    const broken = { ...tiktok, html: { ...tiktok.html, markers: ['tiktok-embed-v9'] } };
    const problems = fixtureProblems(broken, fixtures, extract);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.startsWith('tiktok: none of its html.markers occurs in html/'))).toBe(true);
  });

  it('when the extractor finds no record of it in a fixture', () => {
    const telegram = htmlPlatformNamed('telegram');
    // Telegram's fixtures, read by an extractor that finds only YouTube, as a reader that lost
    // the platform would.
    const problems = fixtureProblems(telegram, fixtures, (input, options) =>
      extract(input, options).filter((record) => record.platform === 'youtube'),
    );
    expect(problems).toContain('telegram: extractEmbeds finds no record of it in text/telegram-post-url-line.txt');
    expect(problems.some((problem) => /^telegram: extractEmbeds finds no record of it in html\//.test(problem))).toBe(true);
  });

  it('when a platform is registered twice', () => {
    expect(parityProblems([youtube, youtube], fixtures, extract)).toEqual(['youtube: registered twice']);
  });
});
