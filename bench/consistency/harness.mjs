// The consistency harness: the HTML reader teaches the text reader. For each page and each
// flattener, the embeds the HTML reader finds on the page are the labels; those the flattener kept
// whole (body, handle and date all still in its output) must be found by the text reader on the
// flattened page with the same platform, handle, date, links and body text (whitespace collapsed).
// Pure: pages and the extractor come in, counts come out; nothing is read or written here.

/** Fields compared on each matched pair, in the order they are printed. */
export const FIELDS = ['platform', 'handle', 'name', 'date', 'text', 'links', 'url', 'id'];

const collapse = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
const URLISH = /(?:https?:\/\/|www\.|pic\.twitter\.com\/|pic\.x\.com\/)\S*|\S+\.\S+\/\S*/giu;
/** Letters and digits only, lowercased, URLs dropped: what survives every flattener's syntax. */
const fingerprint = (text) =>
  (text ?? '')
    .replace(URLISH, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
const words = (text) =>
  new Set(
    (text ?? '')
      .replace(URLISH, ' ')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

function normUrl(url) {
  return collapse(url)
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^(?:www|mobile|m)\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/^x\.com\//i, 'twitter.com/')
    .replace(/^pic\.x\.com\//i, 'pic.twitter.com/')
    .replace(/^([^/]+)/, (host) => host.toLowerCase());
}
const ENTITY_LINK =
  /^(?:twitter\.com|instagram\.com|bsky\.app|threads\.net)\/(?:hashtag\/[^/]+|explore\/tags\/[^/]+|search|profile\/[^/]+|[A-Za-z0-9_.]{1,30})$/i;
const LINKISH = /^(?:https?:\/\/|www\.|pic\.(?:twitter|x)\.com\/)|^[^\s/]+\.[a-z]{2,}\//i;

/** The content links of a record (profile and hashtag links dropped), each as the set of URLs that name it. */
function contentLinks(record) {
  const links = [];
  for (const link of record.links ?? []) {
    if (link.kind === 'profile' || link.kind === 'hashtag' || ENTITY_LINK.test(normUrl(link.url))) continue;
    const names = new Set([normUrl(link.url)]);
    if (link.expandedUrl) names.add(normUrl(link.expandedUrl));
    // A link's visible URL (`pic.twitter.com/…` over a t.co href) names it too: text keeps only that.
    if (LINKISH.test(link.text ?? '') && !/…$/.test(link.text)) names.add(normUrl(link.text));
    links.push(names);
  }
  return links;
}

function sameLinks(gold, pred) {
  const want = contentLinks(gold);
  const got = contentLinks(pred);
  if (want.length !== got.length) return false;
  return want.every((names, index) => [...got[index]].some((name) => names.has(name)));
}

const lower = (text) => (text == null ? null : String(text).toLowerCase());
const day = (record) => (typeof record.publishedAt === 'string' ? record.publishedAt.slice(0, 10) : null);

const CHECKS = {
  platform: [() => true, (g, p) => g.platform === p.platform],
  handle: [(g) => g.author?.handle, (g, p) => lower(g.author.handle) === lower(p.author?.handle)],
  name: [(g) => g.author?.name, (g, p) => collapse(g.author.name) === collapse(p.author?.name)],
  date: [
    (g) => g.dateText ?? g.publishedAt,
    (g, p) => (day(g) !== null && day(g) === day(p)) || (g.dateText != null && collapse(g.dateText) === collapse(p.dateText)),
  ],
  text: [(g) => g.text != null, (g, p) => collapse(g.text) === collapse(p.text)],
  links: [() => true, sameLinks],
  url: [(g) => g.url, (g, p) => p.url != null && normUrl(g.url) === normUrl(p.url)],
  id: [(g) => g.id, (g, p) => String(g.id) === String(p.id ?? '')],
};

/** Text collapsed and without backslashes: Markdown writers escape `_` in a link's text. */
const bare = (text) => collapse(text).replaceAll('\\', '');

/**
 * Whether a flattener kept an HTML record whole: its body (letters and digits, URLs aside; a body
 * of links alone, as written), its `@handle` and its written date all still stand in the flattened
 * output. A record with neither
 * text nor handle (an id-only iframe) is never kept: no flattened form can carry it.
 */
export function keptWhole(record, flat) {
  if (record.text == null && record.author?.handle == null) return false;
  const print = fingerprint(record.text);
  if (!flat.fingerprint.includes(print)) return false;
  // A body of links alone (nothing left once URLs are dropped) must still stand in the output.
  if (print === '' && record.text != null && !bare(flat.collapsed).includes(bare(record.text))) return false;
  if (record.author?.handle != null && !flat.lower.includes(`@${record.author.handle.toLowerCase()}`)) return false;
  if (record.dateText != null && !flat.collapsed.includes(collapse(record.dateText))) return false;
  return true;
}

function similarity(a, b) {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const word of x) if (y.has(word)) shared += 1;
  return shared / (x.size + y.size - shared);
}

function pairScore(gold, pred) {
  if (gold.id != null && pred.id != null && String(gold.id) === String(pred.id)) return 3;
  const text = similarity(gold.text, pred.text);
  const sameHandle = gold.author?.handle != null && lower(gold.author.handle) === lower(pred.author?.handle);
  // A record without text (a signature whose body the flattener dropped, read as a media-only
  // post) is paired by its handle and day: it has no text to compare.
  const textless = !pred.text && day(gold) !== null && day(gold) === day(pred);
  if (sameHandle && (gold.text == null || text >= 0.2 || textless)) return 1 + text;
  return text >= 0.5 ? text : 0;
}

/** Greedy best-first matching of gold and predicted records: [[goldIndex, predIndex], …]. */
function match(gold, pred) {
  const pairs = [];
  gold.forEach((g, i) => {
    pred.forEach((p, j) => {
      const score = pairScore(g, p);
      if (score > 0) pairs.push([score, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const usedGold = new Set();
  const usedPred = new Set();
  const matched = [];
  for (const [, i, j] of pairs) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    matched.push([i, j]);
  }
  return matched;
}

/** Empty counts of one flattener. */
function emptyCounts(name) {
  return {
    name,
    pages: 0,
    failed: 0,
    embeds: 0,
    kept: 0,
    matched: 0,
    falsePositives: 0,
    fields: Object.fromEntries(FIELDS.map((f) => [f, [0, 0]])),
    misses: [],
  };
}

/**
 * Runs every flattener over every page and compares. `pages` is `[{ name, html }]`; `extract` is
 * `extractEmbeds`; `flatteners` as in flatteners.mjs; `readerFormat(flattener)` names the format
 * the flattened text is read as. Returns one counts object per flattener (see `summarise`).
 */
export function measureConsistency(pages, extract, flatteners, readerFormat) {
  const results = flatteners.map((f) => emptyCounts(f.name));
  for (const page of pages) {
    const gold = extract(page.html, { format: 'html' });
    const cache = {};
    flatteners.forEach((flattener, index) => {
      const counts = results[index];
      counts.pages += 1;
      counts.embeds += gold.length;
      let text;
      try {
        text = flattener.flatten(page.html, cache);
      } catch {
        text = null;
      }
      if (typeof text !== 'string') {
        counts.failed += 1;
        return;
      }
      const flat = { fingerprint: fingerprint(text), lower: text.toLowerCase(), collapsed: collapse(text) };
      const kept = gold.map((record) => keptWhole(record, flat));
      const pred = extract(text, { format: readerFormat(flattener) });
      const pairs = match(gold, pred);
      const matchedGold = new Set();
      const matchedPred = new Set();
      for (const [i, j] of pairs) {
        matchedPred.add(j);
        if (!kept[i]) continue; // found in a partly kept embed: neither right nor wrong
        matchedGold.add(i);
        counts.matched += 1;
        for (const field of FIELDS) {
          const [applies, correct] = CHECKS[field];
          if (!applies(gold[i])) continue;
          counts.fields[field][1] += 1;
          if (correct(gold[i], pred[j])) counts.fields[field][0] += 1;
          else counts.misses.push({ page: page.name, field, want: pick(gold[i], field), got: pick(pred[j], field) });
        }
      }
      counts.kept += kept.filter(Boolean).length;
      counts.falsePositives += pred.filter((_, j) => !matchedPred.has(j)).length;
      gold.forEach((record, i) => {
        if (kept[i] && !matchedGold.has(i))
          counts.misses.push({
            page: page.name,
            field: 'missed',
            want: `@${record.author?.handle ?? ''} ${collapse(record.text).slice(0, 80)}`,
            got: null,
          });
      });
      pred.forEach((record, j) => {
        if (!matchedPred.has(j))
          counts.misses.push({
            page: page.name,
            field: 'extra',
            want: null,
            got: `@${record.author?.handle ?? ''} ${collapse(record.text).slice(0, 80)}`,
          });
      });
    });
  }
  return results;
}

function pick(record, field) {
  switch (field) {
    case 'handle':
      return record.author?.handle ?? null;
    case 'name':
      return record.author?.name ?? null;
    case 'date':
      return `${record.dateText ?? ''} ${record.publishedAt ?? ''}`.trim();
    case 'links':
      return contentLinks(record).map((names) => [...names].join('|'));
    default:
      return record[field] ?? null;
  }
}

/**
 * The agreement of one flattener's counts: precision, recall and F1 of the kept embeds (a
 * prediction matched to a partly kept embed counts neither way), and each field's accuracy over
 * the matched pairs (null where no pair has the field).
 */
export function summarise(counts) {
  const predicted = counts.matched + counts.falsePositives;
  const precision = predicted === 0 ? (counts.kept === 0 ? 1 : 0) : counts.matched / predicted;
  const recall = counts.kept === 0 ? 1 : counts.matched / counts.kept;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fields = Object.fromEntries(
    Object.entries(counts.fields).map(([field, [hit, total]]) => [field, total === 0 ? null : hit / total]),
  );
  return {
    name: counts.name,
    pages: counts.pages,
    failed: counts.failed,
    embeds: counts.embeds,
    kept: counts.kept,
    matched: counts.matched,
    falsePositives: counts.falsePositives,
    precision,
    recall,
    f1,
    fields,
  };
}
