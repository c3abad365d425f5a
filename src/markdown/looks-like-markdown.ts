/** Limits (an enum, so that bundlers write the numbers in place). */
enum Limit {
  SNIFF_LENGTH = 65536,
}
/** An inline link or image whose destination is a web URL: `](http…` or `](<http…`. */
const INLINE_LINK = /\]\(<?https?:\/\//g;
/** A line that opens a blockquote, then text. */
const QUOTE_LINE = /^ {0,3}>[ \t]?\S/gm;
/** A reference definition of a web URL on a line of its own. */
const DEFINITION = /^ {0,3}\[[^\]\n]{1,100}\]:[ \t]*<?https?:\/\//gm;

/**
 * Whether text (not HTML) is Markdown, from its first 64 KB. Conservative, so that flattened
 * plain text is never taken for Markdown: it is when it holds Markdown's link syntax with a web
 * destination (`[text](https://…)` or a reference definition `[1]: https://…`) at least twice,
 * or once together with two blockquote lines; plain-text flatteners write neither.
 *
 * @example
 * looksLikeMarkdown('> Hi [pic.twitter.com/x](https://t.co/x)\n>\n> — Jane (@jane) [May 1, 2024](https://x.com/jane/status/1)'); // true
 * looksLikeMarkdown('Hi pic.twitter.com/x — Jane (@jane) May 1, 2024'); // false
 */
export function looksLikeMarkdown(input: string): boolean {
  const sniff = input.length > Limit.SNIFF_LENGTH ? input.slice(0, Limit.SNIFF_LENGTH) : input;
  const links = count(sniff, INLINE_LINK, 2) + count(sniff, DEFINITION, 2);
  if (links >= 2) return true;
  return links === 1 && count(sniff, QUOTE_LINE, 2) >= 2;
}

/** How many matches of a global regex the text holds, counting up to `limit`. */
function count(text: string, pattern: RegExp, limit: number): number {
  pattern.lastIndex = 0;
  let found = 0;
  while (found < limit && pattern.exec(text) !== null) found++;
  pattern.lastIndex = 0;
  return found;
}

/**
 * Whether flattened text quotes its blocks with `> ` (as html-to-text writes a blockquote): at
 * least two lines of its first 64 KB open with `>`. Such text is read with the quote markers
 * taken off (see `projectMarkdown(input, 'quoted-text')`).
 *
 * @example
 * hasQuoteLines('> Ferry back\n> — Ana (@ana) May 3, 2024'); // true
 */
export function hasQuoteLines(input: string): boolean {
  const sniff = input.length > Limit.SNIFF_LENGTH ? input.slice(0, Limit.SNIFF_LENGTH) : input;
  return count(sniff, QUOTE_LINE, 2) >= 2;
}
