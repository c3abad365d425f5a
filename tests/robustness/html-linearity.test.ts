/**
 * Hostile HTML must not make extraction super-linear: deep nesting, unmatched end tags, embed
 * elements that never close, megabytes of attributes, runaway comments and scripts. Each family
 * is timed on 256 KB and 1 MB (see `timing.ts`); linear time gives a ratio near 4.
 *
 * A page without any embed marker is never walked (one regex pass decides), so families that
 * have no marker of their own open with one closed tweet embed (`LEAD`): that makes every pass
 * run over the hostile part, the marker scan, the tag walk, fragment parsing and, since the
 * lead holds `(@`, the flattening of the page for the text scanner.
 */
import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { BIG, MAX_RATIO, bestOfThree, expectLinear, ratioOf, repeatTo } from './timing.js';

const html = { format: 'html' } as const;
const run = (input: string): unknown => extractEmbeds(input, html);

const LEAD =
  '<blockquote class="twitter-tweet"><p lang="en">Lead</p>&mdash; A (@a) <a href="https://twitter.com/a/status/20">May 1, 2024</a></blockquote>\n';

/** LEAD, then `unit` repeated to exactly `size` characters in all. */
const afterLead =
  (unit: string, opening = '') =>
  (size: number): string =>
    LEAD + opening + repeatTo(unit, size - LEAD.length - opening.length);

const FINAL_EMBED =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Found at the bottom.</p>&mdash; Deep Desk (@deepdesk) <a href="https://twitter.com/deepdesk/status/1755259323123712345">February 7, 2024</a></blockquote>';

/** `<div>`×k, an embed, `</div>`×k, padded at the front with spaces to exactly `size` characters. */
function embedAfterDeepNesting(size: number): string {
  const depth = Math.floor((size - FINAL_EMBED.length) / '<div></div>'.length);
  const body = `${'<div>'.repeat(depth)}${FINAL_EMBED}${'</div>'.repeat(depth)}`;
  return ' '.repeat(size - body.length) + body;
}

/** Unclosed embed roots of each platform whose reader walks its content. */
const UNCLOSED_ROOTS = [
  '<blockquote class="twitter-tweet"><p lang="en">Lead',
  '<div class="twitter-tweet-rendered">',
  '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cabc/">',
  '<div class="fb-post" data-href="https://www.facebook.com/a/posts/1"><blockquote>',
  '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:a/app.bsky.feed.post/3a">',
  '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/1" data-video-id="1"><section>',
  '<blockquote class="reddit-embed-bq">',
  '<blockquote class="text-post-media">',
  '<blockquote class="mastodon-embed">',
];
/** What fills them: sibling paragraphs, nested levels, links, nested self-closed tags. */
const CONTENT_UNITS = ['<p>x', '<div>', '<a href="https://t.co/x">x</a>', '<span/>'];

function contentFamilies(): [string, (size: number) => string][] {
  return UNCLOSED_ROOTS.flatMap((root) =>
    CONTENT_UNITS.map((unit): [string, (size: number) => string] => [`${root} then ${unit} ×N`, (n) => root + repeatTo(unit, n - root.length)]),
  );
}

const families: [name: string, build: (size: number) => string][] = [
  // Nesting and unmatched end tags.
  ['<div> ×N (deep nesting)', afterLead('<div>')],
  ['<div class="embed-twitter"> ×N (nested would-be CMS wrappers)', afterLead('<div class="embed-twitter">')],
  ['<div><span> ×N, then </b> ×N', (n) => {
    const half = Math.floor((n - LEAD.length) / 2);
    return LEAD + repeatTo('<div><span>', half) + repeatTo('</b>', n - LEAD.length - half);
  }],
  ['</div> ×N with nothing open', afterLead('</div>')],
  ['an embed at the end of deeply nested divs', embedAfterDeepNesting],

  // Embed roots that never close, one family per platform form.
  ['unclosed <blockquote class="twitter-tweet"> repeated', (n) => repeatTo('<blockquote class="twitter-tweet"><p>', n)],
  ['unclosed <blockquote class="instagram-media"> repeated', (n) => repeatTo('<blockquote class="instagram-media">', n)],
  ['unclosed <div class="fb-post" data-href=…> repeated', (n) => repeatTo('<div class="fb-post" data-href="https://www.facebook.com/a/posts/1">', n)],
  ['unclosed <amp-twitter data-tweetid="20"> repeated', (n) => repeatTo('<amp-twitter data-tweetid="20">', n)],
  ['unclosed <iframe src="…youtube.com/embed/…"> repeated', (n) => repeatTo('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ">', n)],
  ['unclosed <blockquote class="bluesky-embed"> repeated', (n) => repeatTo('<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:a/app.bsky.feed.post/3a">', n)],
  ['unclosed <blockquote class="mastodon-embed"> repeated', (n) => repeatTo('<blockquote class="mastodon-embed" data-embed-url="https://m.example/@a/1/embed">', n)],
  ['unclosed <blockquote class="text-post-media"> repeated', (n) => repeatTo('<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@a/post/C1">', n)],
  ['unclosed <blockquote class="tiktok-embed"> repeated', (n) => repeatTo('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/1" data-video-id="1">', n)],
  ['unclosed <blockquote class="reddit-embed-bq"> repeated', (n) => repeatTo('<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/a/comments/1/">', n)],
  ['unclosed <iframe src="…linkedin.com/embed/…"> repeated', (n) => repeatTo('<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:1">', n)],
  ['unclosed <script data-telegram-post> repeated', (n) => repeatTo('<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="a/1">', n)],
  ['unclosed <lite-youtube videoid> repeated', (n) => repeatTo('<lite-youtube videoid="dQw4w9WgXcQ">', n)],

  // One embed root that never closes, holding thousands of siblings or levels: its fragment (up
  // to 256 KB) is parsed and read, so the readers and the parser must stay linear inside it.
  ...contentFamilies(),

  // Status links and classless blockquotes.
  ['one unclosed <blockquote>, then status links repeated', afterLead('<a href="https://twitter.com/a/status/1">', '<blockquote>')],
  ['unclosed <blockquote><a href="…/status/1"> repeated', (n) => repeatTo('<blockquote><a href="https://twitter.com/a/status/1">', n)],
  ['closed classless blockquotes with a status link, back to back', (n) => repeatTo('<blockquote><a href="https://twitter.com/a/status/1">x</a></blockquote>', n)],
  // Linear to 1 MB, but not beyond: addFlattenedPosts (src/html/html-embeds.ts) checks each
  // flattened post against every HTML record with embeds.some(), O(records²); from about 2 MB of
  // back-to-back embeds that term dominates (the hostile table of bench/html.bench.mjs shows it).
  ['closed tweet blockquotes, back to back', (n) => repeatTo(LEAD, n)],
  ['unclosed CMS wrappers holding a bare status URL', (n) => repeatTo('<div class="embed-twitter">https://twitter.com/a/status/1 ', n)],

  // Attributes.
  ['<div a="x" a="x" … (megabytes of attributes)', afterLead('a="x" ', '<div ')],
  ['<blockquote class="twitter-tweet" a="x" … (attributes on an embed root)', (n) => {
    const opening = '<blockquote class="twitter-tweet" ';
    return opening + repeatTo('a="x" ', n - opening.length);
  }],
  ['one attribute value running to the end', afterLead('x', '<div title="')],
  ['quotes not after "=" in a tag', afterLead(' "x', '<div')],

  // Entities, comments, raw text.
  ['"&" and "&amp;" repeated', afterLead('&&amp;')],
  ['"&nbsp;" and near misses repeated inside a would-be wrapper', afterLead('&nbsp;&nbsp&#160&#x', '<div class="embed-twitter">')],
  ['entity-like names without ";" repeated', afterLead(`&${'a'.repeat(30)} `)],
  ['unclosed <!-- repeated', afterLead('<!--<p>')],
  ['unclosed <script> repeated', afterLead('<script>')],
  ['<script> then near-miss "</scrip" repeated', afterLead('</scrip', '<script>')],
  ['stray "<" and "</" repeated', afterLead('< </ <1 ')],
];

describe('extractEmbeds (html) time grows linearly with input size', () => {
  it.each(families)('%s', (_name, build) => expectLinear(run, build), 60_000);
});

describe('thousands of embeds stay linear beyond 1 MB', () => {
  // Checking flattened-text posts against the embeds found was once O(records²): invisible at
  // 1 MB, 12 s at 4 MB. Compare 1 MB with 4 MB of closed tweets back to back.
  it('1 MB → 4 MB of closed tweet blockquotes', () => {
    const small = repeatTo(LEAD, BIG);
    const big = repeatTo(LEAD, 4 * BIG);
    run(small); // warm-up
    const smallMs = bestOfThree(run, small);
    const bigMs = bestOfThree(run, big);
    const ratio = ratioOf(bigMs, smallMs);
    expect(ratio, `4 MB took ${bigMs.toFixed(1)} ms, 1 MB took ${smallMs.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
  }, 120_000);
});

describe('hostile HTML still yields its embeds', () => {
  it('finds the embed at the end of 1 MB of nested divs', () => {
    const page = embedAfterDeepNesting(BIG);
    expect(page.length).toBe(BIG);
    const records = extractEmbeds(page, html);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ platform: 'twitter', id: '1755259323123712345', author: { handle: 'deepdesk' } });
  });

  it('finds the embed after 10,000 nested divs', () => {
    const page = `${'<div>'.repeat(10_000)}${FINAL_EMBED}${'</div>'.repeat(10_000)}`;
    expect(extractEmbeds(page, html)).toHaveLength(1);
  });
});
