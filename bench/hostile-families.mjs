// The hostile input families, one list shared by the linearity tests (tests/**/*linearity*.test.ts,
// which check that each family's CPU time grows linearly) and the throughput bench
// (bench/hostile.bench.mjs, which prints each family's MB/s of CPU on 1 MB). Plain JavaScript so
// both can import it: the tests run it against src/, the bench against dist/.
//
// A family is `{ group, name, build, run }`: `build(size)` returns exactly `size` UTF-16 code
// units of input, `run(input)` does the work. `run` comes from the API handed to
// `hostileFamilies`, so the same list drives the source and the built package.

/** `unit` repeated to exactly `size` characters. */
export function repeatTo(unit, size) {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * `unit` repeated whole, after as many spaces as make exactly `size` characters: every size ends
 * the same way. (A cut unit at the end can change the cost: `pic.twitter.com/Ab12Cd34Ef` cut to
 * `pic.twitter.com/` at 64 KB is read far faster than cut anywhere else.)
 */
export function repeatWhole(unit, size) {
  const count = Math.floor(size / unit.length);
  return ' '.repeat(size - count * unit.length) + unit.repeat(count);
}

const signature = ' — Name (@h) February 7, 2024';

/** Pieces of embeds and near-embeds that the fuzz tests glue in any order. */
export const FUZZ_TEXT_TOKENS = [
  '(@',
  '@',
  ')',
  '— ',
  '–',
  ' - ',
  '--',
  'pic.twitter.com/',
  'https://t.co/',
  't.co/',
  'word',
  '\n',
  '\n\n\n',
  ' ',
  '\u00a0',
  'February 7, 2024',
  '7. Februar 2024',
  'A post shared by ',
  '(@a)',
  '(@user@mastodon.social)',
  '…',
  '#tag',
  '$TSLA',
  'Name',
  'Jane Doe',
  'abc123',
  // The other platforms' flattened forms, and the pieces the body rules look at.
  'Posted by ',
  ' on ',
  'Thursday, September 3, 2020',
  'Post by @',
  'View on Threads',
  'View on Mastodon',
  '@lena.park ',
  '♬ ',
  ' by u/',
  'name_1',
  ' in ',
  'Eastvale',
  'pic.twitter.com/Ab12Cd34Ef',
  ':',
  '.',
  ',',
  ' -',
];
/** HTML pieces the fuzz tests add to the text tokens. */
export const FUZZ_HTML_TOKENS = [
  '<blockquote class="twitter-tweet">',
  '</blockquote>',
  '<p>',
  '</p>',
  '&mdash;',
  '&amp;',
  '&#',
  '<a href="https://twitter.com/a/status/1">',
  '<a href="https://x.com/jack/status/20?s=20">',
  '</a>',
  '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/Cabc/">',
  '<script async src="https://platform.twitter.com/widgets.js"></script>',
  '<br>',
  '<!--',
  '-->',
  '<',
  '>',
  '"',
  "'",
  '=',
];

/** Flattened-text families: [name, build, options]. */
const TEXT = [
  ['"(@" repeated', (n) => repeatTo('(@', n)],
  ['"(@a) " repeated', (n) => repeatTo('(@a) ', n)],
  ['"— (@a) " repeated', (n) => repeatTo('— (@a) ', n)],
  ['"pic.twitter.com/" repeated', (n) => repeatTo('pic.twitter.com/', n)],
  ['"wordhttps://t.co/" repeated', (n) => repeatTo('wordhttps://t.co/', n)],
  ['"(@a) February 7, 2024 " repeated', (n) => repeatTo('(@a) February 7, 2024 ', n)],
  ['one long word, then a signature', (n) => repeatTo('a', n - signature.length) + signature],
  ['blank lines', (n) => repeatTo('\n', n)],
  ['"— " repeated', (n) => repeatTo('— ', n)],
  ['"@a " repeated', (n) => repeatTo('@a ', n)],
  ['signature lines with empty bodies', (n) => repeatTo('— Name (@h) February 7, 2024\n', n)],
  ['one paragraph, a signature every 300 chars', (n) => repeatTo(`${'word '.repeat(54)}${signature} `, n)],
  ['"#a" and "$A" repeated', (n) => repeatTo('#a$A', n)],
  ['"A post shared by " repeated', (n) => repeatTo('A post shared by ', n)],
  ['lines ending in a media link', (n) => repeatTo('Happy new year pic.twitter.com/sk3H5LOX92\n', n)],
  ['one long line ending in a media link', (n) => `${repeatTo('word ', n - 26)}pic.twitter.com/sk3H5LOX92`],
  [
    'short paragraphs above cut posts',
    (n) => repeatTo(`${'A short one.\n\n'.repeat(30)}he is reportedly… pic.twitter.com/x\n\n${signature}\n\n`, n),
  ],
  ['lead-ins above posts', (n) => repeatTo(`They wrote:\n\nFirst.\n\nSecond${signature}\n\n`, n)],
  ['posts continued after their signature', (n) => repeatTo(`Hey all -\n${signature}\nMore to say.\nAnd more.\n`, n)],
  ['dangling bodies with nothing after', (n) => repeatTo(`Hey all,${signature}\n`, n)],
  ['"Posted by " repeated', (n) => repeatTo('Posted by ', n)],
  // Glued paragraphs (Readability's textContent): seams like `season.Ferry` in every word, with and without posts.
  ['glued seams "end.Start " repeated', (n) => repeatTo('end.Start ', n)],
  [
    'glued paragraphs, a post glued to each',
    (n) =>
      repeatTo(
        `The ferry ran late.Council met today.${'Word after word '.repeat(30)}pic.twitter.com/Ab12Cd34Ef${signature}Next paragraph.`,
        n,
      ),
  ],
  [
    'one glued run longer than a post before each signature',
    (n) => repeatTo(`${'one two three four. '.repeat(40)}Body text${signature}`, n),
  ],
  [
    'glued runs with wide whitespace and seams before each signature',
    (n) => repeatTo(`${'One two.  Three four.Five six. '.repeat(60)}Body text${signature}`, n),
  ],
  [
    'glued lead-ins ("said:Tonight") before each signature',
    (n) => repeatTo(`${'They said:Tonight we go. '.repeat(40)}Body text${signature}`, n),
  ],
  [
    'one glued run of sentences, a signature at the end',
    (n) => `${repeatTo('Word one. ', n - `Body text${signature}`.length)}Body text${signature}`,
  ],
  ['Facebook attributions on one long line', (n) => repeatTo('Text Posted by City of Aldergrove on Thursday, September 3, 2020 ', n)],
  ['"View on Threads" repeated', (n) => repeatTo('View on Threads', n)],
  ['"Post by @a" then footers', (n) => repeatTo('Post by @a\nView on Mastodon\n', n)],
  ['spaces before footers', (n) => repeatTo(`${' '.repeat(200)}View on Threads`, n)],
  ['"♬" repeated', (n) => repeatTo('♬', n)],
  ['posts in another script than the article', (n) => repeatTo(`Ελληνικό κείμενο εδώ.\n\nOne line\n\nTwo line${signature}\n\n`, n)],
  [
    'a long paragraph in another script above each post',
    (n) => repeatTo(`${'Ελληνικό κείμενο '.repeat(300)}\n\nTwo line${signature}\n\n`, n),
  ],
  ['" by u/" repeated', (n) => repeatTo(' by u/', n)],
  ['Reddit lines', (n) => repeatTo('Park day by u/eastvale_parks in Eastvale\n', n)],
  ['TikTok caption lines', (n) => repeatTo('@lena.park Sunrise #travel ♬ original sound\n', n)],
  ['TikTok widgets broken onto lines', (n) => repeatTo('@lena.park\n\nSunrise #travel\n\n♬ original sound\n', n)],
  ['long lines, each under a "♬" line', (n) => repeatTo(`${'w '.repeat(290)}\n♬ s\n`, n)],
  ['" @a · " repeated', (n) => repeatTo(' @a · ', n)],
  ['header cards back to back', (n) => repeatTo('Ann Lee @annlee · May 1, 2024 Ferry on time. ', n)],
  ['header cards, each above a long paragraph', (n) => repeatTo(`Ann Lee @annlee · May 1, 2024\n${'word '.repeat(300)}\n\n`, n)],
  ['HTML: unclosed tweet blockquotes', (n) => repeatTo('<blockquote class="twitter-tweet"><p>', n), { format: 'html' }],
  ['HTML: status links', (n) => repeatTo('<a href="https://twitter.com/a/status/1">', n), { format: 'html' }],
  ['HTML: "&mdash; (@a)" repeated', (n) => repeatTo('&mdash; (@a) ', n), { format: 'html' }],
];

/** One closed tweet embed: HTML families without an embed marker of their own open with it, so every pass runs over the hostile part. */
export const LEAD =
  '<blockquote class="twitter-tweet"><p lang="en">Lead</p>&mdash; A (@a) <a href="https://twitter.com/a/status/20">May 1, 2024</a></blockquote>\n';

/** LEAD, then `unit` repeated to exactly `size` characters in all. */
const afterLead =
  (unit, opening = '') =>
  (size) =>
    LEAD + opening + repeatTo(unit, size - LEAD.length - opening.length);

/** An embed found at the bottom of deeply nested markup. */
export const FINAL_EMBED =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Found at the bottom.</p>&mdash; Deep Desk (@deepdesk) <a href="https://twitter.com/deepdesk/status/1755259323123712345">February 7, 2024</a></blockquote>';

/** `<div>`×k, an embed, `</div>`×k, padded at the front with spaces to exactly `size` characters. */
export function embedAfterDeepNesting(size) {
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

/** HTML families: [name, build]. */
const HTML = [
  // Nesting and unmatched end tags.
  ['<div> ×N (deep nesting)', afterLead('<div>')],
  ['<div class="embed-twitter"> ×N (nested would-be CMS wrappers)', afterLead('<div class="embed-twitter">')],
  [
    '<div><span> ×N, then </b> ×N',
    (n) => {
      const half = Math.floor((n - LEAD.length) / 2);
      return LEAD + repeatTo('<div><span>', half) + repeatTo('</b>', n - LEAD.length - half);
    },
  ],
  ['</div> ×N with nothing open', afterLead('</div>')],
  ['an embed at the end of deeply nested divs', embedAfterDeepNesting],

  // Embed roots that never close, one family per platform form.
  ['unclosed <blockquote class="twitter-tweet"> repeated', (n) => repeatTo('<blockquote class="twitter-tweet"><p>', n)],
  ['unclosed <blockquote class="instagram-media"> repeated', (n) => repeatTo('<blockquote class="instagram-media">', n)],
  [
    'unclosed <div class="fb-post" data-href=…> repeated',
    (n) => repeatTo('<div class="fb-post" data-href="https://www.facebook.com/a/posts/1">', n),
  ],
  ['unclosed <amp-twitter data-tweetid="20"> repeated', (n) => repeatTo('<amp-twitter data-tweetid="20">', n)],
  ['unclosed <iframe src="…youtube.com/embed/…"> repeated', (n) => repeatTo('<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ">', n)],
  [
    'unclosed <blockquote class="bluesky-embed"> repeated',
    (n) => repeatTo('<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:a/app.bsky.feed.post/3a">', n),
  ],
  [
    'unclosed <blockquote class="mastodon-embed"> repeated',
    (n) => repeatTo('<blockquote class="mastodon-embed" data-embed-url="https://m.example/@a/1/embed">', n),
  ],
  [
    'unclosed <blockquote class="text-post-media"> repeated',
    (n) => repeatTo('<blockquote class="text-post-media" data-text-post-permalink="https://www.threads.net/@a/post/C1">', n),
  ],
  [
    'unclosed <blockquote class="tiktok-embed"> repeated',
    (n) => repeatTo('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/1" data-video-id="1">', n),
  ],
  [
    'unclosed <blockquote class="reddit-embed-bq"> repeated',
    (n) => repeatTo('<blockquote class="reddit-embed-bq"><a href="https://www.reddit.com/r/a/comments/1/">', n),
  ],
  [
    'unclosed <iframe src="…linkedin.com/embed/…"> repeated',
    (n) => repeatTo('<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:1">', n),
  ],
  [
    'unclosed <script data-telegram-post> repeated',
    (n) => repeatTo('<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="a/1">', n),
  ],
  ['unclosed <lite-youtube videoid> repeated', (n) => repeatTo('<lite-youtube videoid="dQw4w9WgXcQ">', n)],
  ['closed <iframe data-tweet-id="…"></iframe> repeated', (n) => repeatTo('<iframe data-tweet-id="1755259323123712345"></iframe>', n)],

  // One embed root that never closes, holding thousands of siblings or levels: its fragment (up
  // to 256 KB) is parsed and read, so the readers and the parser must stay linear inside it.
  ...UNCLOSED_ROOTS.flatMap((root) =>
    CONTENT_UNITS.map((unit) => [`${root} then ${unit} ×N`, (n) => root + repeatTo(unit, n - root.length)]),
  ),

  // Status links and classless blockquotes.
  ['one unclosed <blockquote>, then status links repeated', afterLead('<a href="https://twitter.com/a/status/1">', '<blockquote>')],
  ['unclosed <blockquote><a href="…/status/1"> repeated', (n) => repeatTo('<blockquote><a href="https://twitter.com/a/status/1">', n)],
  [
    'closed classless blockquotes with a status link, back to back',
    (n) => repeatTo('<blockquote><a href="https://twitter.com/a/status/1">x</a></blockquote>', n),
  ],
  ['closed tweet blockquotes, back to back', (n) => repeatTo(LEAD, n)],
  ['unclosed CMS wrappers holding a bare status URL', (n) => repeatTo('<div class="embed-twitter">https://twitter.com/a/status/1 ', n)],

  // Attributes.
  ['<div a="x" a="x" … (megabytes of attributes)', afterLead('a="x" ', '<div ')],
  [
    '<blockquote class="twitter-tweet" a="x" … (attributes on an embed root)',
    (n) => {
      const opening = '<blockquote class="twitter-tweet" ';
      return opening + repeatTo('a="x" ', n - opening.length);
    },
  ],
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

/** Link, mention and tag scanning (twitter-text's entity extraction): [name, unit repeated]. */
const ENTITY_UNITS = [
  ['at signs', '@'],
  ['hash signs', '#'],
  ['dollar signs', '$'],
  ['fullwidth signs', '＠＃'],
  ['protocols', 'http://'],
  ['protocols with dots', 'http://.'],
  ['letters (one long word)', 'a'],
  ['glued t.co links', 'wordhttps://t.co/'],
  ['dotted labels without TLD', 'a.'],
  ['domains with a slash', 'a.com/'],
  ['open parentheses after a link', 'https://a.co/('],
  ['"www." repeated', 'www.'],
  ['"@a@" repeated', '@a@'],
  ['"#a#" repeated', '#a#'],
  ['hyphenated labels', 'a-'],
  ['CJK labels', '日本.'],
  ['underscored labels', 'a_b.'],
  ['mention then at sign', '@a'],
  ['hashtag then hash', '#a'],
  ['retweet prefixes', 'RT:@'],
  ['cashtag look-alikes', ' $AB.C'],
  ['digits hashtag', '#1'],
  ['open parentheses in path', 'x.com/('],
  ['nested parentheses', 'x.com/a(b(c'],
  ['query without end', 'x.com?!'],
  ['trailing periods', 'x.com/a.'],
  ['punycode labels', 'xn--a.'],
  ['ellipses', 'a.co…'],
  ['pic links glued', 'xpic.twitter.com/'],
  ['email look-alikes', 'a.b@c.'],
];

/** Date matching: units repeated into long digit runs, endless month names, dots, spaces, half-dates. */
export const DATE_UNITS = ['1', '٧', 'February ', 'February 7, ', '7 de ', '. ', ' ', '\u200f', 'a', '3:04 PM · ', '2024-'];

const CONVERT_POST = 'Ferry back on time today, thank you crew! pic.twitter.com/Xa12Bc34De — Ana Lowry (@analowry) May 3, 2024';
const CONVERT_TWEET =
  '<blockquote class="twitter-tweet"><p lang="en">Back on time</p>&mdash; Ana Lowry (@analowry) <a href="https://twitter.com/analowry/status/1786301234567890123">May 3, 2024</a></blockquote>';
const CONVERT_UNCLOSED =
  '<blockquote class="twitter-tweet"><p lang="en">Back on time</p>&mdash; Ana Lowry (@analowry) <a href="https://twitter.com/analowry/status/1786301234567890123">May 3, 2024</a>';
const WIDGET = '<script async src="https://platform.twitter.com/widgets.js"></script>';

/** Article conversion: [name, format, build]. */
const CONVERT = [
  ['text paragraphs with an embed each', 'text', (n) => repeatTo(`The council met again.\n\n${CONVERT_POST}\n\n`, n)],
  ['text embeds back to back', 'text', (n) => repeatTo(`${CONVERT_POST}\n`, n)],
  ['HTML tweets with scripts back to back', 'html', (n) => repeatTo(`${CONVERT_TWEET}\n${WIDGET}\n`, n)],
  [
    'HTML posts flattened into <p>s, back to back (tens of thousands of embeds)',
    'html',
    (n) => repeatTo('<p>Back on time — Ana Lowry (@analowry) May 3, 2024</p>\n', n),
  ],
  [
    'HTML flattened posts holding an unclosed <iframe>',
    'html',
    (n) => repeatTo('<p>Back on time <iframe> today — Ana Lowry (@analowry) May 3, 2024</p>\n', n),
  ],
  ['HTML tweets each alone in a <p>', 'html', (n) => repeatTo(`<p>Intro.</p><p>${CONVERT_TWEET}</p>${WIDGET}`, n)],
  ['HTML tweets in a growing run of wrappers', 'html', (n) => repeatTo(`<div class="embed"><p>${CONVERT_TWEET}</p></div>`, n)],
  ['one HTML tweet after deep nesting', 'html', (n) => `${CONVERT_TWEET}${repeatTo('<div>', n - CONVERT_TWEET.length)}`],
  // The Markdown writer: many blocks, and nesting far past what it renders.
  ['HTML paragraphs without embeds', 'html', (n) => repeatTo('<p>The council met <em>again</em> at <a href="/x">noon</a>.</p>\n', n)],
  ['HTML nested <div>s', 'html', (n) => repeatTo('<div>deep ', n)],
  ['HTML nested lists', 'html', (n) => repeatTo('<ul><li>deep ', n)],
  ['HTML nested blockquotes', 'html', (n) => repeatTo('<blockquote><p>deep ', n)],
  ['HTML nested links and emphasis', 'html', (n) => repeatTo('<a href="/x"><em><strong>deep ', n)],
  ['HTML table cells, unclosed', 'html', (n) => repeatTo('<table><tr><td>cell ', n)],
  // The embed never closes, so its range runs to the end of the page over every stray end tag.
  [
    'an unclosed tweet, then stray end tags to the end of the page',
    'html',
    (n) => CONVERT_UNCLOSED + repeatTo('</span>', n - CONVERT_UNCLOSED.length),
  ],
];
const CONVERT_MODES = [
  ['remove', { embeds: 'remove' }],
  ['marker', { embeds: 'marker' }],
  ['keep as markdown', { embeds: 'keep', output: 'markdown' }],
];

/**
 * Families whose output is itself about as large as the input: every unit is a whole embed (one
 * record per 50–300 bytes), each read from its own parsed fragment. They run near the 1 MB/s floor
 * (0.9–2 MB/s of CPU, depending on the machine's load), and the bench names them instead of holding
 * them to it.
 */
export const LARGE_OUTPUT_FAMILIES = new Set([
  'html: closed <iframe data-tweet-id="…"></iframe> repeated',
  'html: closed classless blockquotes with a status link, back to back',
  'html: closed tweet blockquotes, back to back',
  ...['remove', 'marker', 'keep as markdown'].flatMap((mode) => [
    `convert: HTML tweets with scripts back to back, ${mode}`,
    `convert: HTML posts flattened into <p>s, back to back (tens of thousands of embeds), ${mode}`,
    `convert: HTML tweets each alone in a <p>, ${mode}`,
    `convert: HTML tweets in a growing run of wrappers, ${mode}`,
  ]),
]);

const markdownPost =
  '> Ferry back [pic.twitter.com/Rk4TfW2mQz](https://t.co/Rk4TfW2mQz)\n>\n> — Marrick Ports (@MarrickPorts) [November 3, 2023](https://twitter.com/MarrickPorts/status/1720512345678901234)\n\n';

/** Hostile Markdown (read as Markdown), and text that quotes its blocks with `> ` (read as text). */
const MARKDOWN = [
  ['">" repeated', (n) => repeatTo('>', n)],
  ['"> " lines', (n) => repeatTo('> \n', n)],
  ['10,000 nested quote levels, then a post', (n) => repeatTo(`${'>'.repeat(10_000)} Body — Jane (@jane) May 1, 2024\n`, n)],
  ['"[" repeated', (n) => repeatTo('[', n)],
  ['"](" repeated', (n) => repeatTo('](', n)],
  ['"[a](" repeated (unclosed links)', (n) => repeatTo('[a](', n)],
  ['"[a](u \\"" repeated (unclosed titles)', (n) => repeatTo('[a](u "', n)],
  ['"[a](u (" repeated', (n) => repeatTo('[a](u (', n)],
  ['"[a][" repeated', (n) => repeatTo('[a][', n)],
  ['"![" repeated', (n) => repeatTo('![', n)],
  ['nested images', (n) => repeatTo('![', n / 2) + repeatTo('](x)', n - n / 2)],
  ['backslashes', (n) => repeatTo('\\', n)],
  ['"\\[" repeated', (n) => repeatTo('\\[', n)],
  ['"<http:" repeated (unclosed autolinks)', (n) => repeatTo('<http:', n)],
  ['"*_~`" repeated', (n) => repeatTo('*_~`', n)],
  ['"&amp" repeated', (n) => repeatTo('&amp', n)],
  ['reference definitions', (n) => repeatTo('[a]: https://example.org/a\n[a]\n', n)],
  ['unclosed "[a]: <" definitions', (n) => repeatTo('[a]: <', n)],
  ['a link text spanning quote lines', (n) => `> [${repeatTo('>\n> word\n', n - 40)}](https://t.co/x)`.slice(0, n).padEnd(n, ' ')],
  ['posts back to back', (n) => repeatTo(markdownPost, n)],
  ['"1. > " repeated', (n) => repeatTo('1. > ', n)],
  ['"- - " repeated', (n) => repeatTo('- - ', n)],
  // Text that quotes its blocks (html-to-text), read as text.
  ['quoted text: "> word [https://t.co/x]" lines', (n) => repeatTo('> word [https://t.co/x]\n', n), 'text'],
  ['quoted text: one line of "[https://t.co/x] "', (n) => `> a\n> ${repeatTo('[https://t.co/x] ', n - 6)}`, 'text'],
  ['quoted text: one long word, then brackets', (n) => `> a\n> ${repeatTo('w', n / 2 - 6)}${repeatTo(' [https://t.co/x', n / 2)}`, 'text'],
  ['quoted text: " * > " list items', (n) => repeatTo(' * > ', n), 'text'],
];

/**
 * Every hostile family, bound to `api` (the package's exports: extractEmbeds, extractEntities,
 * convertArticle, matchDateAt, parseDate; from src/ or from dist/).
 */
export function hostileFamilies(api) {
  const families = [];
  const add = (group, name, build, run) => families.push({ group, name: `${group}: ${name}`, build, run });

  for (const [name, build, options] of TEXT) {
    add(options?.format === 'html' ? 'text (html)' : 'text', name, build, (input) => api.extractEmbeds(input, options));
  }
  for (const [name, build] of HTML) {
    add('html', name, build, (input) => api.extractEmbeds(input, { format: 'html' }));
  }
  for (const [name, unit] of ENTITY_UNITS) {
    const build = (n) => repeatTo(unit, n);
    add('entities', `${name} (${JSON.stringify(unit)})`, build, (input) => api.extractEntities(input));
    add('entities', `${name} (${JSON.stringify(unit)}) with gluedUrls`, build, (input) => api.extractEntities(input, { gluedUrls: true }));
  }
  for (const unit of DATE_UNITS) {
    const build = (n) => repeatTo(unit, n);
    add('dates', `matchDateAt at every offset of ${JSON.stringify(unit)}`, build, (input) => {
      for (let i = 0; i < input.length; i += 1) api.matchDateAt(input, i);
    });
    add('dates', `parseDate on ${JSON.stringify(unit)}`, build, (input) => api.parseDate(input));
  }
  for (const [name, format, build] of CONVERT) {
    for (const [mode, options] of CONVERT_MODES) {
      add('convert', `${name}, ${mode}`, build, (input) => api.convertArticle(input, { ...options, format }));
    }
  }
  for (const [name, build, format = 'markdown'] of MARKDOWN) {
    add('markdown', name, build, (input) => api.extractEmbeds(input, { format }));
  }
  for (const token of FUZZ_TEXT_TOKENS) {
    add(
      'fuzz tokens',
      `text ${JSON.stringify(token)} repeated`,
      (n) => repeatWhole(token, n),
      (input) => api.extractEmbeds(input, { format: 'text' }),
    );
  }
  for (const token of FUZZ_HTML_TOKENS) {
    add(
      'fuzz tokens',
      `html ${JSON.stringify(token)} repeated`,
      (n) => repeatWhole(token, n),
      (input) => api.extractEmbeds(input, { format: 'html' }),
    );
  }
  return families;
}
