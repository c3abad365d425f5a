// The flatteners real pipelines run on scraped pages, each as a function of one HTML page that
// returns the flattened text (or null when the tool gives nothing for the page). Used by the
// consistency harness (bench/consistency.mjs); all of them are devDependencies.
import { Readability } from '@mozilla/readability';
import { convert } from 'html-to-text';
import { parseHTML } from 'linkedom';
import { NodeHtmlMarkdown } from 'node-html-markdown';
import TurndownService from 'turndown';

/** Readability's article of a page (`{ content, textContent }`), or null; a fragment is wrapped in a page first. */
function readable(html) {
  const page = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head><title></title></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  return new Readability(document).parse();
}

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
const nodeHtmlMarkdown = new NodeHtmlMarkdown();

/**
 * One entry per flattener: `name`, `markdown` (whether its output is Markdown, so the Markdown
 * reader applies), `describe` (the shape in one line) and `flatten(html, cache)`, where `cache`
 * is a per-page object the flatteners share (Readability runs once per page).
 */
export const FLATTENERS = [
  {
    name: 'html-to-text',
    markdown: false,
    describe: 'html-to-text 10, defaults: 80-column wrap, links as `text [url]`, quotes as `> `',
    flatten: (html) => convert(html),
  },
  {
    name: 'html-to-text-nowrap',
    markdown: false,
    describe: 'html-to-text, no wrap, hrefs dropped',
    flatten: (html) => convert(html, { wordwrap: false, selectors: [{ selector: 'a', options: { ignoreHref: true } }] }),
  },
  {
    name: 'readability-turndown',
    markdown: true,
    describe: '@mozilla/readability on linkedom, then turndown (atx headings, fenced code, `-` lists)',
    flatten: (html, cache) => {
      const article = (cache.readability ??= readable(html));
      return article?.content ? turndown.turndown(article.content) : null;
    },
  },
  {
    name: 'node-html-markdown',
    markdown: true,
    describe: 'node-html-markdown on the whole page',
    flatten: (html) => nodeHtmlMarkdown.translate(html),
  },
  {
    name: 'readability-text',
    markdown: false,
    describe: "@mozilla/readability's textContent (paragraphs glued, no line breaks)",
    flatten: (html, cache) => {
      const article = (cache.readability ??= readable(html));
      return article?.textContent ?? null;
    },
  },
];
