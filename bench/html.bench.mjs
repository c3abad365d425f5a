// Throughput of extractEmbeds on full HTML article pages, against cheerio.load (cheerio's default
// loader, parse5) on the same pages in the same run. Run with `npm run bench` (builds first).
// Prints tables; never fails (targets are marked PASS or ABOVE).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { extractEmbeds } from '../dist/index.js';
import { MONTHS, WORDS, prng } from './generator-parts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const MB = 1024 * 1024;
const HTML = { format: 'html' };

// --- deterministic pages -----------------------------------------------------------------------

const FIRST = ['Jane', 'Omar', 'Li', 'Maria', 'Tom', 'Aisha', 'Pedro', 'Yuki', 'Sam', 'Ngozi', 'Priya', 'Ewan'];
const LAST = ['Doe', 'Haddad', 'Wei', 'Garcia', 'Baker', 'Khan', 'Silva', 'Tanaka', 'Okafor', 'Lennox', 'Rivera'];
const SECTIONS = ['news', 'politics', 'business', 'sport', 'culture', 'opinion', 'world', 'science', 'travel', 'money'];
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** Loader scripts publishers paste after an embed, by platform. */
const LOADERS = {
  twitter: '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
  instagram: '<script async src="//www.instagram.com/embed.js"></script>',
  tiktok: '<script async src="https://www.tiktok.com/embed.js"></script>',
  reddit: '<script async src="https://embed.reddit.com/widgets.js" charset="UTF-8"></script>',
  bluesky: '<script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>',
  facebook:
    '<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/en_GB/sdk.js#xfbml=1&amp;version=v19.0"></script>',
};

/**
 * The embed elements of the invented fixtures (`fixtures/html/*.html`, look-alikes and hostile
 * ones left out): each record's source range is cut out of its fixture, so a snippet is the
 * publisher markup (with its CMS wrapper), nothing of the fixture's surrounding article.
 */
function fixtureSnippets() {
  const dir = join(root, 'fixtures', 'html');
  const snippets = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.html') && !/^(neg|hostile)-/.test(f))
    .sort()) {
    const page = readFileSync(join(dir, file), 'utf8');
    const seen = new Set();
    for (const record of extractEmbeds(page, HTML)) {
      const markup = page.slice(record.source.start, record.source.end);
      if (seen.has(markup)) continue;
      seen.add(markup);
      // How many records the snippet yields on its own: the sanity figure for the spliced pages.
      const records = extractEmbeds(markup, HTML).length;
      if (records > 0) snippets.push({ markup, platform: record.platform, records });
    }
  }
  return snippets;
}

function pageBuilder(seed) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const token = (n, alphabet = ALNUM) => Array.from({ length: n }, () => pick(alphabet)).join('');
  const words = (min, max) => Array.from({ length: int(min, max) }, () => pick(WORDS)).join(' ');
  const title = (min, max) => {
    const w = words(min, max);
    return w[0].toUpperCase() + w.slice(1);
  };
  const slug = () => words(3, 7).replace(/ /g, '-');
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const date = () => `${int(1, 28)} ${pick(MONTHS)} ${int(2012, 2025)}`;

  const site = `${pick(['marlow', 'kestrel', 'harbour', 'lowden', 'corran', 'eastbrook'])}${pick(['courier', 'gazette', 'herald', 'post', 'times'])}`;
  const origin = `https://www.${site}.example`;
  const href = (section = pick(SECTIONS)) => `${origin}/${section}/${int(2015, 2025)}/${slug()}`;

  const sentence = () => {
    const w = Array.from({ length: int(8, 26) }, () => pick(WORDS));
    w[0] = w[0][0].toUpperCase() + w[0].slice(1);
    if (rand() < 0.25) w.splice(int(1, w.length - 1), 0, `${name()},`);
    if (rand() < 0.15) w.splice(int(1, w.length - 1), 0, `— ${pick(WORDS)} ${pick(WORDS)} —`);
    if (rand() < 0.15) w.splice(int(1, w.length - 1), 0, `“${pick(WORDS)} ${pick(WORDS)}”`);
    if (rand() < 0.1) w.splice(int(1, w.length - 1), 0, `(${pick(WORDS)} ${pick(WORDS)})`);
    if (rand() < 0.12) w.splice(int(1, w.length - 1), 0, `<a href="${href()}">${pick(WORDS)} ${pick(WORDS)}</a>`);
    if (rand() < 0.08) w.splice(int(1, w.length - 1), 0, `<em>${pick(WORDS)}</em>`);
    if (rand() < 0.05) w.splice(int(1, w.length - 1), 0, `<strong>${pick(WORDS)}</strong>`);
    if (rand() < 0.08) w.splice(int(1, w.length - 1), 0, `${pick(LAST)}&rsquo;s`, 'caf&eacute;', '&amp;');
    return `${w.join(' ')}${rand() < 0.1 ? '?' : '.'}`;
  };
  const paragraph = () => `<p>${Array.from({ length: int(2, 6) }, sentence).join(' ')}</p>`;

  const css = (size) => {
    const rules = [];
    let length = 0;
    while (length < size) {
      const block = `.${token(2)}-${pick(WORDS)}__${pick(WORDS)}{margin:0 0 ${int(0, 32)}px;padding:${int(0, 24)}px ${int(0, 24)}px;color:#${token(6, HEX)};font:${int(12, 28)}px/${(1.2 + rand() / 2).toFixed(2)} Georgia,serif}`;
      const rule = rand() < 0.1 ? `@media (min-width:${pick([480, 768, 1024, 1280])}px){${block}}` : block;
      rules.push(rule);
      length += rule.length;
    }
    return rules.join('\n');
  };
  const script = (size) => {
    const lines = [];
    let length = 0;
    while (length < size) {
      const line = pick([
        () =>
          `var ${token(3)}=function(${token(1)},${token(1)}){return ${token(1)}&&${token(1)}.${pick(WORDS)}?${token(1)}.${pick(WORDS)}(${int(0, 999)}):null};`,
        () => `window.${token(4)}=window.${token(4)}||[];${token(4)}.push({event:"${pick(WORDS)}_${pick(WORDS)}",value:${int(0, 99999)}});`,
        () =>
          `if(document.querySelector(".${pick(WORDS)}-${pick(WORDS)}")){${token(3)}("${pick(WORDS)}",{${pick(WORDS)}:${rand() < 0.5}});}`,
        () => `for(var i=0;i<${int(2, 64)};i++){${token(2)}[i]=(${token(2)}[i]<<${int(1, 7)})^0x${token(4, HEX)};}`,
      ])();
      lines.push(line);
      length += line.length;
    }
    return lines.join('\n');
  };
  const state = (size) => {
    const items = [];
    let length = 0;
    while (length < size) {
      const item = JSON.stringify({
        id: token(12),
        section: pick(SECTIONS),
        title: title(4, 10),
        url: href(),
        image: `https://i.${site}.example/${token(16)}.jpg`,
        published: `${int(2015, 2025)}-0${int(1, 9)}-1${int(0, 9)}T${int(10, 23)}:${int(10, 59)}:00Z`,
        flags: { live: rand() < 0.1, premium: rand() < 0.2 },
      });
      items.push(item);
      length += item.length + 1;
    }
    return `{"config":{"edition":"uk","adUnit":"/1234567/${site}","consent":true},"navigation":[${items.join(',')}]}`;
  };
  const adSlot = (kind) => {
    const id = `div-gpt-ad-${token(10, '0123456789')}-${int(0, 9)}`;
    const frame =
      rand() < 0.5
        ? `<iframe src="https://ads.adnet.example/serve?slot=${id}&amp;sz=300x250&amp;c=${token(12)}" width="300" height="250" scrolling="no" frameborder="0" title="Advertisement"></iframe>`
        : '';
    return `<div class="ad-slot ad-slot--${kind}" id="${id}" data-ad-unit="/1234567/${site}/${pick(SECTIONS)}" data-sizes="[[300,250],[728,90]]"><span class="ad-label">Advertisement</span>${frame}<script>googletag.cmd.push(function(){googletag.display("${id}");});</script></div>`;
  };
  const image = (cls) => {
    const file = token(20);
    const srcset = [320, 640, 960, 1280, 1920].map((w) => `https://i.${site}.example/img/${file}/${w}.jpg ${w}w`).join(', ');
    return `<figure class="${cls}"><picture><source type="image/webp" srcset="${srcset.replace(/\.jpg/g, '.webp')}"><img src="https://i.${site}.example/img/${file}/640.jpg" srcset="${srcset}" sizes="(min-width: 1024px) 640px, 100vw" alt="${title(4, 9)}" width="640" height="360" loading="lazy"></picture><figcaption>${title(6, 16)}. <span class="credit">Photograph: ${name()}</span></figcaption></figure>`;
  };
  const linkList = (n, section) =>
    `<ul>${Array.from({ length: n }, () => `<li><a href="${href(section)}">${title(2, 5)}</a></li>`).join('')}</ul>`;
  const card = () =>
    `<div class="card card--${pick(SECTIONS)}"><a class="card__link" href="${href()}">${image('card__image')}<h3 class="card__title">${title(5, 12)}</h3><p class="card__standfirst">${title(10, 24)}.</p></a><time class="card__time" datetime="2024-0${int(1, 9)}-1${int(0, 9)}">${date()}</time></div>`;

  /** A whole page of about `size` characters; `embeds` are spliced between body paragraphs. */
  const page = (size, embeds = []) => {
    const section = pick(SECTIONS);
    const headline = title(6, 14);
    const url = href(section);
    const author = name();
    const head = [
      '<!DOCTYPE html>',
      `<html lang="en-GB" class="no-js">`,
      '<head>',
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${headline} | The ${site}</title>`,
      `<meta name="description" content="${title(12, 30)}.">`,
      `<link rel="canonical" href="${url}">`,
      `<meta property="og:title" content="${headline}"><meta property="og:type" content="article"><meta property="og:url" content="${url}"><meta property="og:image" content="https://i.${site}.example/og/${token(16)}.jpg">`,
      `<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@${site}">`,
      ...['https://i.', 'https://ads.adnet.example', 'https://fonts.'].map(
        (host) => `<link rel="preconnect" href="${host}${host.endsWith('.') ? `${site}.example` : ''}">`,
      ),
      `<link rel="stylesheet" href="/static/css/main.${token(8, HEX)}.css">`,
      `<style>${css(int(2, Math.max(2, Math.round(size / KB / 7))) * KB)}</style>`,
      `<script>${script(int(1, 6) * KB)}</script>`,
      `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: '2024-02-07T09:00:00Z', author: [{ '@type': 'Person', name: author }], publisher: { '@type': 'Organization', name: site } })}</script>`,
      `<script>window.__PRELOADED_STATE__=${state(int(2, Math.max(2, Math.round(size / KB / 5))) * KB)};</script>`,
      '</head>',
      `<body class="article-page section-${section}">`,
      '<a class="skip-link" href="#main">Skip to main content</a>',
      adSlot('leaderboard'),
      `<header class="site-header"><a class="site-logo" href="/"><svg viewBox="0 0 200 40" aria-label="The ${site}"><path d="M${Array.from({ length: 40 }, () => `${int(0, 200)} ${int(0, 40)}`).join(' L')}Z"/></svg></a>`,
      `<nav class="main-nav" aria-label="Main"><ul>${SECTIONS.map((s) => `<li class="main-nav__item"><a href="${origin}/${s}">${s}</a>${linkList(int(2, 8), s)}</li>`).join('')}</ul></nav></header>`,
      `<div class="ticker"><strong>Breaking</strong> ${linkList(int(3, 6))}</div>`,
      '<main id="main">',
      '<article class="story" itemscope itemtype="https://schema.org/NewsArticle">',
      `<header class="story-header"><p class="kicker"><a href="${origin}/${section}">${section}</a></p><h1 class="headline" itemprop="headline">${headline}</h1><p class="standfirst">${title(12, 30)}.</p>`,
      `<p class="byline">By <a rel="author" href="${origin}/profile/${author.toLowerCase().replace(' ', '-')}">${author}</a> <time datetime="2024-02-07T09:00:00Z">${date()}</time></p>`,
      `<div class="share-tools"><a class="share share--x" href="https://twitter.com/intent/tweet?url=${encodeURIComponent(url)}&amp;text=${encodeURIComponent(headline)}">Share on X</a> <a class="share share--facebook" href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}">Share on Facebook</a> <a class="share share--email" href="mailto:?subject=${encodeURIComponent(headline)}">Email</a></div></header>`,
      image('lead-image'),
      '<div class="story-body" itemprop="articleBody">',
    ].join('\n');
    const tail = [
      '</div>',
      `<footer class="story-footer"><ul class="tags">${Array.from({ length: int(3, 8) }, () => `<li><a href="${origin}/topic/${pick(WORDS)}">${pick(WORDS)}</a></li>`).join('')}</ul></footer>`,
      '</article>',
      `<aside class="most-read"><h2>Most read</h2><ol>${Array.from({ length: 10 }, () => `<li><a href="${href()}">${title(5, 12)}</a></li>`).join('')}</ol></aside>`,
      `<section class="related"><h2>More on this story</h2>${Array.from({ length: int(2, Math.max(2, Math.round(size / KB / 20))) }, card).join('\n')}</section>`,
      `<div class="newsletter"><form action="/newsletters/signup" method="post"><label for="nl-email">Get the morning briefing</label><input id="nl-email" type="email" name="email" placeholder="you@example.com"><button type="submit">Sign up</button></form></div>`,
      `<div id="comments" class="comments" data-comments-id="${token(24)}"></div>`,
      '</main>',
      `<footer class="site-footer">${SECTIONS.slice(0, 4)
        .map((s) => `<div class="site-footer__col"><h3>${s}</h3>${linkList(int(6, 12), s)}</div>`)
        .join('')}`,
      `<p class="social">Follow us: <a href="https://twitter.com/${site}">X</a> <a href="https://www.facebook.com/${site}">Facebook</a> <a href="https://www.instagram.com/${site}/">Instagram</a></p>`,
      `<p>&copy; The ${site} ${int(2020, 2025)}. All rights reserved.</p></footer>`,
      ...Array.from(
        { length: int(2, 5) },
        () => `<script src="/static/js/${pick(['vendor', 'app', 'ads', 'consent', 'metrics'])}.${token(8, HEX)}.js" defer></script>`,
      ),
      `<script>${script(int(1, 8) * KB)}</script>`,
      '</body>',
      '</html>',
    ].join('\n');

    // Body paragraphs (now and then a subhead, a pull quote or a mid-article ad) up to the size.
    const body = [];
    const embedsLength = embeds.reduce((sum, e) => sum + e.length, 0);
    let length = head.length + tail.length + embedsLength;
    while (length < size) {
      const r = rand();
      const part =
        r < 0.06
          ? `<h2>${title(3, 8)}</h2>`
          : r < 0.09
            ? `<blockquote class="pullquote"><p>“${title(8, 20)}”</p></blockquote>`
            : r < 0.13
              ? adSlot('mpu')
              : r < 0.15
                ? image('inline-image')
                : paragraph();
      body.push(part);
      length += part.length + 1;
    }
    for (const embed of embeds) body.splice(int(1, body.length - 1), 0, embed);
    return `${head}\n${body.join('\n')}\n${tail}`;
  };

  return { page, int, rand };
}

/** `count` pages of 50–300 KB; with `snippets`, 1–6 fixture embeds spliced into each. */
function pageSet(count, seed, snippets) {
  const { page, int } = pageBuilder(seed);
  const pages = [];
  let planted = 0;
  let expected = 0;
  let next = 0;
  for (let k = 0; k < count; k++) {
    const size = int(50, 290) * KB;
    const embeds = [];
    if (snippets !== undefined) {
      for (let e = int(1, 6); e > 0; e--) {
        const snippet = snippets[next++ % snippets.length];
        embeds.push(`${snippet.markup}\n${LOADERS[snippet.platform] ?? ''}`);
        planted += 1;
        expected += snippet.records;
      }
    }
    pages.push(page(size, embeds));
  }
  return { pages, planted, expected };
}

// --- measurement -------------------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median time of fn over all pages (one timed run = every page once), after one warm-up run. */
function timeSet(fn, pages, iterations) {
  const runAll = () => {
    let out = 0;
    for (const p of pages) out += fn(p);
    return out;
  };
  let result = runAll();
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    result = runAll();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

/** Median of three timings of fn(input) after one warm-up call, in ms, and the last result. */
function timeOne(fn, input, runs = 3) {
  let result = fn(input);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn(input);
    times.push(performance.now() - t0);
  }
  return { ms: median(times), result };
}

const ours = (page) => extractEmbeds(page, HTML).length;
const parse5 = (page) => (cheerio.load(page).root().children().length > 0 ? 1 : 0);

// --- run ---------------------------------------------------------------------------------------

let cheerioVersion = 'unknown';
try {
  cheerioVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'cheerio', 'package.json'), 'utf8')).version;
} catch {
  // Reported as unknown.
}

console.log(`embedsift html benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`);
console.log(`baseline: cheerio ${cheerioVersion} load(page) (default loader, parse5) on the same pages\n`);

const snippets = fixtureSnippets();
const EMBED_OR_POST = /\(@|\/status(?:es)?\/[0-9]/;
const sets = [
  { name: 'with embeds', ...pageSet(24, 11, snippets), target: 0.2, iterations: 7 },
  { name: 'embed-free', ...pageSet(24, 12), target: 0.1, iterations: 7 },
];
for (const p of sets[1].pages) {
  if (EMBED_OR_POST.test(p)) throw new Error('bench bug: an embed-free page holds "(@" or a status URL');
}

const rows = [];
for (const set of sets) {
  const chars = set.pages.reduce((sum, p) => sum + p.length, 0);
  const sizes = set.pages.map((p) => p.length);
  const a = timeSet(ours, set.pages, set.iterations);
  const b = timeSet(parse5, set.pages, set.iterations);
  const ratio = a.ms / b.ms;
  rows.push({
    pages: set.name,
    count: set.pages.length,
    'size (KB)': `${Math.round(Math.min(...sizes) / KB)}–${Math.round(Math.max(...sizes) / KB)}`,
    'total (MB)': (chars / MB).toFixed(2),
    'embeds planted': set.planted,
    'records expected': set.expected,
    'records found': a.result,
    'extractEmbeds (MB/s)': (chars / MB / (a.ms / 1000)).toFixed(1),
    'cheerio.load (MB/s)': (chars / MB / (b.ms / 1000)).toFixed(1),
    'time ratio': `${ratio.toFixed(3)}×`,
    target: `≤ ${set.target}×`,
    status: ratio <= set.target ? 'PASS' : 'ABOVE',
  });
}
console.table(rows);
console.log('time ratio = median time of extractEmbeds(page, { format: "html" }) ÷ median time of cheerio.load(page), same pages.');

// --- hostile inputs (information only) ---------------------------------------------------------

const repeatTo = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const LEAD =
  '<blockquote class="twitter-tweet"><p lang="en">Lead</p>&mdash; A (@a) <a href="https://twitter.com/a/status/20">May 1, 2024</a></blockquote>\n';
const FINAL_EMBED =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Found at the bottom.</p>&mdash; Deep Desk (@deepdesk) <a href="https://twitter.com/deepdesk/status/1755259323123712345">February 7, 2024</a></blockquote>';
const size = (n) => (n >= MB ? `${n / MB} MB` : `${n / KB} KB`);

const hostile = [
  ...[256 * KB, MB].map((n) => ({ input: `<div> ×N, no marker (one regex pass)`, n, build: () => repeatTo('<div>', n) })),
  ...[256 * KB, MB].map((n) => ({
    input: `<div> ×N after one tweet (full walk)`,
    n,
    build: () => LEAD + repeatTo('<div>', n - LEAD.length),
  })),
  ...[256 * KB, MB].map((n) => ({
    input: 'unclosed <blockquote class="twitter-tweet"> repeated',
    n,
    build: () => repeatTo('<blockquote class="twitter-tweet"><p>', n),
  })),
  {
    input: 'one 2 MB attribute value on a tweet blockquote',
    n: 2 * MB,
    build: () => {
      const tail = `">${FINAL_EMBED.slice('<blockquote class="twitter-tweet">'.length)}`;
      const open = '<blockquote class="twitter-tweet" data-x="';
      return open + 'x'.repeat(2 * MB - open.length - tail.length) + tail;
    },
  },
  {
    input: '<div a="x" a="x" … (2 MB of attributes) after one tweet',
    n: 2 * MB,
    build: () => `${LEAD}<div ${repeatTo('a="x" ', 2 * MB - LEAD.length - 5)}`,
  },
  {
    input: 'an embed at the end of 10,000 nested divs',
    n: 0,
    build: () => `${'<div>'.repeat(10_000)}${FINAL_EMBED}${'</div>'.repeat(10_000)}`,
    cheerio: true,
  },
  // Many embeds in one page: growth from 1 MB to 2 MB (linear ≈ 2×).
  ...[MB, 2 * MB].map((n) => ({ input: 'closed tweet blockquotes back to back', n, build: () => repeatTo(LEAD, n), runs: 1 })),
];

const hostileRows = [];
for (const item of hostile) {
  const input = item.build();
  const a = timeOne((s) => extractEmbeds(s, HTML), input, item.runs ?? 3);
  const row = {
    input: item.input,
    size: size(item.n || input.length).replace(/^(\d+\.\d)\d+/, '$1'),
    'extractEmbeds (ms)': a.ms.toFixed(1),
    records: a.result.length,
    'cheerio.load (ms)': '',
  };
  if (item.cheerio) row['cheerio.load (ms)'] = timeOne((s) => cheerio.load(s), input, 1).ms.toFixed(1);
  hostileRows.push(row);
}

// parse5 is quadratic on deep nesting: load 256 KB of <div> in a child process capped at 30 s,
// and fall back to 64 KB in this process when the cap is hit.
const CHEERIO_CAP_MS = 30_000;
const nestingLoad = (n) =>
  `import(${JSON.stringify(import.meta.resolve('cheerio'))}).then(({load})=>{const s='<div>'.repeat(${n / 5});` +
  `const t=performance.now();load(s);console.log(performance.now()-t)})`;
let nestingNote = '';
try {
  const ms = Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', nestingLoad(256 * KB)], {
      encoding: 'utf8',
      timeout: CHEERIO_CAP_MS,
    }).trim(),
  );
  hostileRows.push({
    input: '<div> ×N (cheerio.load, fresh process)',
    size: '256 KB',
    'extractEmbeds (ms)': '',
    records: '',
    'cheerio.load (ms)': ms.toFixed(1),
  });
} catch {
  const ms = Number(execFileSync(process.execPath, ['--input-type=module', '-e', nestingLoad(64 * KB)], { encoding: 'utf8' }).trim());
  hostileRows.push({
    input: '<div> ×N (cheerio.load, fresh process)',
    size: '64 KB',
    'extractEmbeds (ms)': '',
    records: '',
    'cheerio.load (ms)': ms.toFixed(1),
  });
  nestingNote = `cheerio.load on 256 KB of <div> nesting exceeded the ${CHEERIO_CAP_MS / 1000} s cap and was stopped; the figure is for 64 KB.`;
}

console.log('\nhostile inputs (information only; extractEmbeds is the median of 3 runs after a warm-up unless one run is noted):');
console.table(hostileRows);
if (nestingNote) console.log(nestingNote);
console.log('closed tweet blockquotes back to back: one timed run each.');
