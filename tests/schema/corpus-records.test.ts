/**
 * Every record embedsift gives over both dev corpora (../shared/corpus/dev/text and …/html, read at
 * test time beside this repository) keeps the documented record grammar: `publishedAt` is a day or
 * RFC 3339 with seconds and an offset (UTC written `Z`), `datePrecision` says which, a zone-less
 * time lives only in `publishedAtLocal`, and `lang` is a BCP 47 tag or null, never `""`.
 *
 * A clone without ../shared beside it skips with a warning and a skipped test that says why; with
 * EMBEDSIFT_REQUIRE_SHARED=1 (set by .ci/run) a missing corpus fails instead.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/extract/index.js';
import {
  embedRecordSchema,
  languageTagPattern,
  localDateTimePattern,
  publishedAtPattern,
  type EmbedRecord,
} from '../../src/schema/index.js';

const corpusRoot = fileURLToPath(new URL('../../../shared/corpus/dev/', import.meta.url));
const corpora = ['text', 'html'].map((name) => join(corpusRoot, name));
const present = corpora.every((dir) => existsSync(dir));
const required = process.env.EMBEDSIFT_REQUIRE_SHARED === '1';

/** The problems of one record's date and language fields, as sentences; empty when it keeps the grammar. */
function grammarProblems(record: EmbedRecord): string[] {
  const problems: string[] = [];
  const { publishedAt, datePrecision, publishedAtLocal, lang } = record;
  if (lang === '') problems.push('lang is ""');
  if (lang !== null && !languageTagPattern.test(lang)) problems.push(`lang ${lang} is not a BCP 47 tag`);
  if ((publishedAt === null) !== (datePrecision === null)) problems.push(`publishedAt ${publishedAt} with datePrecision ${datePrecision}`);
  if (publishedAt !== null && !publishedAtPattern.test(publishedAt)) problems.push(`publishedAt ${publishedAt} is outside the grammar`);
  if (publishedAt !== null && (publishedAt.length === 10) !== (datePrecision === 'day'))
    problems.push(`publishedAt ${publishedAt} is not a ${datePrecision}`);
  if (publishedAt !== null && publishedAt.includes('.') !== (datePrecision === 'id'))
    problems.push(`publishedAt ${publishedAt} has milliseconds only for id: ${datePrecision}`);
  if (datePrecision === 'minute' && publishedAt?.slice(16, 19) !== ':00') problems.push(`minute precision with seconds: ${publishedAt}`);
  if (publishedAtLocal !== null && !localDateTimePattern.test(publishedAtLocal))
    problems.push(`publishedAtLocal ${publishedAtLocal} is outside the grammar`);
  if (publishedAtLocal !== null && publishedAt?.slice(0, 10) !== publishedAtLocal.slice(0, 10) && datePrecision !== 'id')
    problems.push(`publishedAtLocal ${publishedAtLocal} is not on ${publishedAt}`);
  if (!embedRecordSchema.safeParse(record).success) problems.push('the record does not parse with embedRecordSchema');
  return problems;
}

if (!present && required) {
  describe('dev corpora records', () => {
    it(`needs ${corpusRoot} (EMBEDSIFT_REQUIRE_SHARED=1)`, () => {
      throw new Error(`${corpusRoot} is missing; EMBEDSIFT_REQUIRE_SHARED=1 makes the dev corpora required`);
    });
  });
} else if (!present) {
  console.warn(`dev corpora records test skipped: ${corpusRoot} not found (put ../shared beside the repository to run it)`);
  describe.skip('dev corpora records', () => {
    it(`skipped: ${corpusRoot} not found beside the repository`, () => {});
  });
} else {
  describe('dev corpora records', () => {
    it.each(corpora)('every record in %s keeps the date grammar and has no empty lang', (dir) => {
      const problems: string[] = [];
      const precisions = new Set<string | null>();
      let count = 0;
      for (const file of readdirSync(dir)
        .filter((name) => /\.(txt|md|html)$/.test(name))
        .sort()) {
        const format = file.endsWith('.html') ? 'html' : file.endsWith('.md') ? 'markdown' : 'text';
        for (const record of extractEmbeds(readFileSync(join(dir, file), 'utf8'), { format })) {
          count++;
          precisions.add(record.datePrecision);
          for (const problem of grammarProblems(record)) problems.push(`${file} ${record.platform} ${record.source.markup}: ${problem}`);
        }
      }
      expect(count, 'records read').toBeGreaterThan(100);
      expect(precisions.size, 'records of several precisions').toBeGreaterThanOrEqual(3);
      expect(problems).toEqual([]);
    });
  });
}

describe('grammarProblems', () => {
  const base: EmbedRecord = {
    platform: 'bluesky',
    id: null,
    url: null,
    author: { name: 'Corran County Health', handle: 'health.corrancounty.gov', url: 'https://bsky.app/profile/health.corrancounty.gov' },
    text: 'Heat warning extended to Tuesday.',
    lang: null,
    publishedAt: '2024-07-20',
    datePrecision: 'day',
    publishedAtLocal: '2024-07-20T18:00',
    dateText: 'Jul 20, 2024 at 18:00',
    links: [],
    mentions: [],
    hashtags: [],
    cashtags: [],
    source: { format: 'text', start: 0, end: 80, markup: 'signature' },
  };

  it('accepts a record in the grammar', () => {
    expect(grammarProblems(base)).toEqual([]);
  });

  it.each([
    ['a zone-less time in publishedAt', { publishedAt: '2024-07-20T18:00' }],
    ['UTC written +00:00', { publishedAt: '2024-07-20T18:00:00+00:00', datePrecision: 'second' }],
    ['a day with a time precision', { datePrecision: 'minute' }],
    ['milliseconds without id precision', { publishedAt: '2024-07-20T18:00:00.000Z', datePrecision: 'second' }],
    ['an empty lang', { lang: '' }],
    ['a precision without a date', { publishedAt: null }],
  ] as const)('finds %s', (_name, change) => {
    expect(grammarProblems({ ...base, ...change } as EmbedRecord)).not.toEqual([]);
  });
});
