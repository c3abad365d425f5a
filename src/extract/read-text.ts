import { extractQuotedTextEmbeds, hasQuoteLines } from '../markdown/index.js';
import { extractTextEmbeds, type RecordLimits, type TextExtraction } from '../text/index.js';

/**
 * Reads flattened text, as `format: 'text'` does: text that quotes its blocks with `> `
 * (html-to-text) with the markers taken off, any other text as it is.
 *
 * @example
 * const { embeds } = readText('Met with @IsraeliPM pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024', defaultParseLimits);
 * embeds[0]?.author.handle; // 'SecBlinken'
 */
export function readText(text: string, limits: RecordLimits): TextExtraction {
  // A quote line holds a '>': the native search spares most texts the line regex.
  return text.includes('>') && hasQuoteLines(text) ? extractQuotedTextEmbeds(text, limits) : extractTextEmbeds(text, limits);
}
