/**
 * The parity check of the platform registry: every platform supplies every facet, has HTML and
 * text fixtures, and is found end to end in them. `parity.test.ts` runs it on the registry, and on
 * copies with a facet or a fixture taken away to show that it fails then.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markerPattern, proxyMarkers } from '../../src/html/index.js';
import type { EmbedRecord } from '../../src/index.js';
import type { KnownHtmlPlatform } from '../../src/platforms/index.js';
import { fixturesRoot } from '../fixtures/load-fixtures.js';

/** The two input kinds a platform must have fixtures of. */
export type FixtureKind = 'html' | 'text';

/** One fixture input: its path (for messages) and its content. */
export interface FixtureInput {
  path: string;
  content: string;
}

/** For each fixture kind, the fixtures whose labels hold a record of a platform, by platform name. */
export type FixtureIndex = Record<FixtureKind, Map<string, FixtureInput[]>>;

/** Reads a platform's records from a fixture input; the real extractor in the tests. */
export type Extract = (input: string, options: { format: FixtureKind }) => readonly Pick<EmbedRecord, 'platform'>[];

const EXTENSION: Record<FixtureKind, string> = { html: '.html', text: '.txt' };

/** Indexes `fixtures/html` and `fixtures/text` by the platforms their `.json` labels name. */
export function indexFixtures(root: string = fixturesRoot): FixtureIndex {
  const index: FixtureIndex = { html: new Map(), text: new Map() };
  for (const kind of ['html', 'text'] as const) {
    const dir = join(root, kind);
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()) {
      const labels = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { embeds: { platform?: string }[] };
      const names = new Set(labels.embeds.map((embed) => embed.platform).filter((name) => name !== undefined));
      if (names.size === 0) continue;
      const path = join(kind, file.replace(/\.json$/, EXTENSION[kind]));
      const input = { path, content: readFileSync(join(root, path), 'utf8') };
      for (const name of names) {
        const list = index[kind].get(name) ?? [];
        list.push(input);
        index[kind].set(name, list);
      }
    }
  }
  return index;
}

/** What a facet must hold, by facet: a check that says what is wrong, or null. */
const FACETS: Record<string, (value: unknown) => string | null> = {
  name: (value) => (typeof value === 'string' && /^[a-z][a-z0-9-]*$/.test(value) ? null : 'a lowercase name'),
  label: (value) => (typeof value === 'string' && value.trim() !== '' ? null : 'a label for converted output'),
  hosts: (value) => (isStrings(value) ? null : 'a list of hosts (may be empty)'),
  shortHosts: (value) => (isStrings(value) ? null : 'a list of short-link hosts (may be empty)'),
  parsePermalink: (value) => (typeof value === 'function' ? null : 'a permalink (status-URL) reader'),
  profileUrl: (value) => (typeof value === 'function' ? null : 'a profile URL maker'),
  text: (value) => textProblem(value),
  html: (value) => htmlProblem(value),
};

/** The facets every platform must supply, in the order they are checked. */
export const requiredFacets: readonly string[] = Object.keys(FACETS);

/**
 * What is wrong with a platform's facets, one message each; empty when it supplies every facet.
 * A platform is given as it would be registered, so a JavaScript object that TypeScript did not
 * check is caught too.
 */
export function facetProblems(platform: KnownHtmlPlatform): string[] {
  const problems: string[] = [];
  const record = platform as unknown as Record<string, unknown>;
  const who = typeof record.name === 'string' ? record.name : '(unnamed)';
  for (const [facet, check] of Object.entries(FACETS)) {
    if (!(facet in record) || record[facet] === undefined) {
      problems.push(`${who}: facet "${facet}" is missing`);
      continue;
    }
    const wrong = check(record[facet]);
    if (wrong !== null) problems.push(`${who}: facet "${facet}" must be ${wrong}`);
  }
  return problems;
}

/**
 * What is wrong with a platform's fixtures: none of a kind, a fixture where the extractor finds no
 * record of it, or an HTML fixture where none of its own markers occurs (the pre-scan would skip
 * the page if no other platform's marker were on it); an embed proxy's marker (embedly's iframe,
 * which wraps any platform's post) counts as the platform's own.
 */
export function fixtureProblems(platform: KnownHtmlPlatform, fixtures: FixtureIndex, extract: Extract): string[] {
  const problems: string[] = [];
  for (const kind of ['html', 'text'] as const) {
    const inputs = fixtures[kind].get(platform.name) ?? [];
    if (inputs.length === 0) problems.push(`${platform.name}: no ${kind} fixture labels a record of it (fixtures/${kind}/)`);
    for (const input of inputs) {
      if (kind === 'html' && !markerPattern([platform], proxyMarkers).test(input.content)) {
        problems.push(`${platform.name}: none of its html.markers occurs in ${input.path}`);
      }
      const found = extract(input.content, { format: kind });
      if (!found.some((record) => record.platform === platform.name))
        problems.push(`${platform.name}: extractEmbeds finds no record of it in ${input.path}`);
    }
  }
  return problems;
}

/** Every problem of a registry: duplicate names, then each platform's facets and fixtures. */
export function parityProblems(registry: readonly KnownHtmlPlatform[], fixtures: FixtureIndex, extract: Extract): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const platform of registry) {
    if (seen.has(platform.name)) problems.push(`${platform.name}: registered twice`);
    seen.add(platform.name);
    const facets = facetProblems(platform);
    for (const problem of facets) problems.push(problem);
    if (facets.length === 0) {
      for (const problem of fixtureProblems(platform, fixtures, extract)) problems.push(problem);
    }
  }
  return problems;
}

function isStrings(value: unknown): boolean {
  return Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
}

function textProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'an object of text forms ({} when it has none)';
  const forms = value as Record<string, unknown>;
  for (const key of ['signatureSuffixes', 'sharedByPhrases', 'widgetPhrases', 'postedByPhrases', 'schemelessPermalinkHosts']) {
    if (forms[key] !== undefined && !isStrings(forms[key])) return `text forms whose ${key} is a list of strings`;
  }
  if (forms.isSignatureHandle !== undefined && typeof forms.isSignatureHandle !== 'function')
    return 'text forms whose isSignatureHandle is a function';
  return null;
}

function htmlProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'an object of HTML forms';
  const forms = value as Record<string, unknown>;
  if (!isStrings(forms.markers) || (forms.markers as string[]).length === 0) return 'HTML forms with at least one marker';
  for (const marker of forms.markers as string[]) {
    try {
      new RegExp(marker, 'i');
    } catch {
      return `HTML forms whose markers are regex sources ("${marker}" is not)`;
    }
  }
  if (typeof forms.matchElement !== 'function' || typeof forms.readEmbed !== 'function')
    return 'HTML forms with matchElement and readEmbed';
  // Optional: lowercase words joined into one pattern, and tag names; never an empty string.
  for (const key of ['wrapperClassWords', 'blockElements']) {
    if (forms[key] !== undefined && !(isStrings(forms[key]) && (forms[key] as string[]).every((word) => /^[a-z0-9-]+$/.test(word))))
      return `HTML forms whose ${key} is a list of lowercase words (letters, digits, "-")`;
  }
  return null;
}
