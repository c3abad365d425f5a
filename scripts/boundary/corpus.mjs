// The labelled documents the boundary model learns from and is judged on: the dev text corpus,
// and the dev HTML pages flattened to text (training only), each tagged with its site so that
// cross-validation can hold out whole sites.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { convert } from 'html-to-text';

/** Where the shared corpus lives (override with EMBEDSIFT_CORPUS). */
export const CORPUS = process.env.EMBEDSIFT_CORPUS ?? '/work/shared/corpus/dev';

/**
 * The site a labelled document came from: the host of its URL, or of the extractor fixture it was
 * stored as (`owner/repo:fixtures/host/….html@commit`), without `www.`.
 */
export function siteOf(source, fallback) {
  const text = String(source ?? '');
  const fixture = /fixtures\/([^/@\s]+)/.exec(text);
  let host = fixture ? fixture[1].replace(/\.html$/, '').replace(/--.*$/, '') : null;
  if (host === null) {
    try {
      host = new URL(text.split(/\s/)[0]).hostname;
    } catch {
      host = fallback;
    }
  }
  return host
    .toLowerCase()
    .replace(/^(www|m|mobile)\./, '')
    .replace(/\.$/, '');
}

/** The dev text corpus: `[{ name, site, text, gold }]`, sorted by name. */
export function textDocuments(dir = join(CORPUS, 'text')) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const labels = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/, '.json')), 'utf8'));
      return { name: file, site: siteOf(labels.source, file), text: readFileSync(join(dir, file), 'utf8'), gold: labels.embeds ?? [] };
    });
}

/**
 * The dev HTML pages flattened as a scraper does (block text, no hrefs, quote markers taken off),
 * with the HTML labels: the posts' bodies and the article's paragraphs around them, for training.
 */
export function htmlDocuments(dir = join(CORPUS, 'html')) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const labels = JSON.parse(readFileSync(join(dir, file.replace(/\.html$/, '.json')), 'utf8'));
      const flat = convert(readFileSync(join(dir, file), 'utf8'), {
        wordwrap: false,
        selectors: [
          { selector: 'a', options: { ignoreHref: true } },
          { selector: 'img', format: 'skip' },
        ],
      }).replace(/^(?:> ?)+/gm, '');
      return { name: file, site: siteOf(labels.source, file), text: flat, gold: (labels.embeds ?? []).filter((g) => g.text != null) };
    });
}

/**
 * Ten folds grouped by site: sites sorted by size (then name) go one by one to the fold with the
 * fewest documents so far. Returns a Map site → fold.
 */
export function siteFolds(documents, folds = 10) {
  const sizes = new Map();
  for (const doc of documents) sizes.set(doc.site, (sizes.get(doc.site) ?? 0) + 1);
  const sites = [...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const load = new Array(folds).fill(0);
  const foldOf = new Map();
  for (const [site, size] of sites) {
    let best = 0;
    for (let k = 1; k < folds; k++) if (load[k] < load[best]) best = k;
    foldOf.set(site, best);
    load[best] += size;
  }
  return foldOf;
}
