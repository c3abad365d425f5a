/**
 * twitter-text's language-neutral conformance suite (extract.yml, tlds.yml), read at test time from
 * ../shared/conformance/twitter-text beside this repository and run case by case through
 * extractEntities. Expected indices in the suite count Unicode code points; embedsift's count UTF-16
 * code units, so expected indices are mapped to UTF-16 before comparing.
 *
 * A clone without ../shared beside it skips the suite with a warning and a skipped test that says
 * why; with EMBEDSIFT_REQUIRE_SHARED=1 (set by .ci/run) a missing suite fails instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractEntities, type Entity } from '../../src/entities/index.js';

const suiteDir = new URL('../../../shared/conformance/twitter-text/', import.meta.url);

function loadSuite(name: string): Record<string, unknown[]> {
  const doc = parse(readFileSync(fileURLToPath(new URL(name, suiteDir)), 'utf8')) as { tests?: Record<string, unknown[]> };
  if (!doc.tests) throw new Error(`${name} has no tests`);
  return doc.tests;
}

const suitePath = fileURLToPath(suiteDir);
const present = existsSync(suitePath);
const required = process.env.EMBEDSIFT_REQUIRE_SHARED === '1';

if (!present && required) {
  describe('twitter-text conformance', () => {
    it(`needs ${suitePath} (EMBEDSIFT_REQUIRE_SHARED=1)`, () => {
      throw new Error(`${suitePath} is missing; EMBEDSIFT_REQUIRE_SHARED=1 makes the conformance suite required`);
    });
  });
} else if (!present) {
  console.warn(`twitter-text conformance suite skipped: ${suitePath} not found (put ../shared beside the repository to run it)`);
  describe.skip('twitter-text conformance', () => {
    it(`skipped: ${suitePath} not found beside the repository`, () => {});
  });
}

const extract = present ? loadSuite('extract.yml') : {};
const tlds = present ? loadSuite('tlds.yml') : {};

interface Case<E> {
  description: string;
  text: string;
  expected: E;
}

function section<E>(tests: Record<string, unknown[]>, name: string): Case<E>[] {
  const cases = tests[name];
  if (!Array.isArray(cases) || cases.length === 0) throw new Error(`conformance section ${name} is missing or empty`);
  return cases as Case<E>[];
}

/** Maps a code-point index of `text` to its UTF-16 index. */
function utf16Index(text: string, codePointIndex: number): number {
  let units = 0;
  let points = 0;
  for (const ch of text) {
    if (points === codePointIndex) return units;
    units += ch.length;
    points++;
  }
  if (points === codePointIndex) return units;
  throw new Error(`code point index ${codePointIndex} is outside the text`);
}

type Kind = 'mentions' | 'hashtags' | 'cashtags' | 'urls';

const values = (text: string, kind: Kind): string[] => extractEntities(text)[kind].map((e) => e.value);

/** Checks values and indices, and that every entity slices out of the text as documented. */
function checkIndexed(text: string, kind: Kind, expected: Array<{ value: string; indices: [number, number] }>): void {
  const actual = extractEntities(text)[kind];
  const wanted: Entity[] = expected.map(({ value, indices }) => ({
    value,
    start: utf16Index(text, indices[0]),
    end: utf16Index(text, indices[1]),
  }));
  expect(actual).toEqual(wanted);
  const sigil = kind === 'mentions' ? /^[@＠]/ : kind === 'hashtags' ? /^[#＃]/ : kind === 'cashtags' ? /^\$/ : /^/;
  for (const e of actual) expect(text.slice(e.start, e.end).replace(sigil, '')).toBe(e.value);
}

/** Defines every conformance test (only when the suite is present). */
function defineConformanceTests(): void {
  const plainSections: Array<[string, Kind]> = [
    ['mentions', 'mentions'],
    ['hashtags', 'hashtags'],
    ['hashtags_from_astral', 'hashtags'],
    ['cashtags', 'cashtags'],
    ['urls', 'urls'],
    ['tco_urls_with_params', 'urls'],
  ];

  for (const [name, kind] of plainSections) {
    describe(`extract.yml ${name}`, () => {
      for (const c of section<string[] | null>(extract, name)) {
        it(c.description, () => {
          expect(values(c.text, kind)).toEqual(c.expected ?? []);
        });
      }
    });
  }

  const indexedSections: Array<[string, Kind, string]> = [
    ['mentions_with_indices', 'mentions', 'screen_name'],
    ['hashtags_with_indices', 'hashtags', 'hashtag'],
    ['cashtags_with_indices', 'cashtags', 'cashtag'],
    ['urls_with_indices', 'urls', 'url'],
    ['urls_with_directional_markers', 'urls', 'url'],
  ];

  for (const [name, kind, key] of indexedSections) {
    describe(`extract.yml ${name}`, () => {
      for (const c of section<Array<Record<string, unknown>> | null>(extract, name)) {
        it(c.description, () => {
          const expected = (c.expected ?? []).map((e) => ({
            value: String(e[key]),
            indices: e.indices as [number, number],
          }));
          checkIndexed(c.text, kind, expected);
        });
      }
    });
  }

  // extractEntities reports no list references: the mentions of these cases are the entries whose
  // list_slug is empty, exactly as twitter-text's extractMentionedScreenNamesWithIndices filters them.
  describe('extract.yml mentions_or_lists_with_indices (mentions part)', () => {
    for (const c of section<Array<{ screen_name: string; list_slug: string; indices: [number, number] }>>(
      extract,
      'mentions_or_lists_with_indices',
    )) {
      it(c.description, () => {
        const expected = c.expected.filter((e) => e.list_slug === '').map((e) => ({ value: e.screen_name, indices: e.indices }));
        checkIndexed(c.text, 'mentions', expected);
      });
    }
  });

  describe('tlds.yml', () => {
    for (const name of ['country', 'generic']) {
      describe(name, () => {
        for (const c of section<string[]>(tlds, name)) {
          it(c.description, () => {
            expect(values(c.text, 'urls')).toEqual(c.expected);
          });
        }
      });
    }
  });
}

if (present) defineConformanceTests();
