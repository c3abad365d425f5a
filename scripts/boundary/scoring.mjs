// The official scorer's matching and field checks (../shared/eval/score.mjs), mirrored line for
// line so that a fold's records are scored exactly as the scorer scores a build. Keep in step with it.
export const norm = (s) => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
export const stripUrls = (s) =>
  norm(
    norm(s)
      .replace(/(?:https?:\/\/|www\.|pic\.twitter\.com\/|pic\.x\.com\/)\S*/gi, ' ')
      .replace(/\b\S+\.\S+\/\S+/g, ' '),
  );
const normUrl = (u) =>
  norm(u)
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^(www|mobile|m)\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .replace(/^x\.com\//i, 'twitter.com/')
    .replace(/^pic\.x\.com\//i, 'pic.twitter.com/')
    .replace(/^([^/]+)/, (h) => h.toLowerCase());
const ENTITY_LINK =
  /^(?:twitter\.com|instagram\.com|bsky\.app|threads\.net)\/(?:hashtag\/[^/]+|explore\/tags\/[^/]+|search|profile\/[^/]+|[A-Za-z0-9_.]{1,30})$/i;
const contentLinks = (urls) =>
  urls
    .map(normUrl)
    .filter((u) => u && !ENTITY_LINK.test(u))
    .sort();
const normHandle = (h) => norm(h).replace(/^@/, '').toLowerCase() || null;
export const LABELLED = new Set(['twitter', 'instagram', 'facebook', 'bluesky', 'mastodon', 'threads']);
export const normPlatform = (p) => ({ x: 'twitter' })[norm(p).toLowerCase()] ?? norm(p).toLowerCase();

export function similarity(a, b) {
  a = a.slice(0, 3000);
  b = b.slice(0, 3000);
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - prev[b.length] / Math.max(a.length, b.length);
}

export const FIELDS = [
  ['platform', () => true, (g, p) => normPlatform(g.platform) === normPlatform(p.platform)],
  ['handle', (g) => g.handle, (g, p) => normHandle(g.handle) === normHandle(p.author?.handle)],
  ['author_name', (g) => g.author_name, (g, p) => norm(g.author_name) === norm(p.author?.name)],
  ['date', (g) => g.date, (g, p) => typeof p.publishedAt === 'string' && p.publishedAt.slice(0, 10) === g.date],
  ['text_exact', (g) => g.text != null, (g, p) => stripUrls(g.text) === stripUrls(p.text)],
  ['text_90', (g) => g.text != null, (g, p) => similarity(stripUrls(g.text), stripUrls(p.text)) >= 0.9],
  [
    'links',
    (g) => Array.isArray(g.links),
    (g, p) => {
      const want = contentLinks(g.links).join(' ');
      const got = contentLinks((p.links ?? []).map((l) => (typeof l === 'string' ? l : l.url))).join(' ');
      return want === got;
    },
  ],
  ['url', (g) => g.url, (g, p) => normUrl(g.url) === normUrl(p.url ?? '')],
  ['id', (g) => g.id, (g, p) => String(g.id) === String(p.id ?? '')],
];

function pairScore(g, p) {
  const text = similarity(stripUrls(g.text ?? ''), stripUrls(p.text ?? ''));
  const sameHandle = g.handle && normHandle(g.handle) === normHandle(p.author?.handle);
  const sameUrl = g.url && p.url && normUrl(g.url) === normUrl(p.url);
  const sameId = g.id && p.id != null && String(g.id) === String(p.id) && normPlatform(g.platform) === normPlatform(p.platform);
  if (sameUrl || sameId) return 2 + text;
  if (text >= 0.5) return text + (sameHandle ? 1 : 0);
  if (sameHandle && (!g.text || text >= 0.2)) return 0.5 + text;
  return 0;
}

/** Pairs gold and predicted records as the scorer does: `{ matched: [[gold, pred]], missed, extra }`. */
export function matchDoc(gold, pred) {
  const pairs = [];
  gold.forEach((g, i) => {
    pred.forEach((p, j) => {
      const s = pairScore(g, p);
      if (s > 0) pairs.push([s, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const gi = new Set(),
    pj = new Set(),
    matched = [];
  for (const [, i, j] of pairs) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    matched.push([gold[i], pred[j]]);
  }
  return { matched, missed: gold.filter((_, i) => !gi.has(i)), extra: pred.filter((_, j) => !pj.has(j)) };
}

/** Empty running totals for {@link addDoc}. */
export function newTotals() {
  return { gold: 0, pred: 0, tp: 0, fields: Object.fromEntries(FIELDS.map(([n]) => [n, [0, 0]])) };
}

/** Adds one document's records (already filtered to labelled platforms) to the totals. */
export function addDoc(totals, gold, pred) {
  const { matched } = matchDoc(gold, pred);
  totals.gold += gold.length;
  totals.pred += pred.length;
  totals.tp += matched.length;
  for (const [g, p] of matched) {
    for (const [name, applies, correct] of FIELDS) {
      if (!applies(g)) continue;
      totals.fields[name][1]++;
      if (correct(g, p)) totals.fields[name][0]++;
    }
  }
}

/** F1, precision, recall, per-field accuracy and their mean, as the scorer prints them. */
export function summarise(totals) {
  const precision = totals.pred ? totals.tp / totals.pred : totals.gold ? 0 : 1;
  const recall = totals.gold ? totals.tp / totals.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accs = Object.fromEntries(Object.entries(totals.fields).map(([n, [h, t]]) => [n, t ? h / t : null]));
  const scored = Object.values(accs).filter((v) => v != null);
  const fields = scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : 0;
  return { precision, recall, f1, fields, accs };
}
