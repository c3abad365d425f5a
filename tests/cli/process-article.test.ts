import { describe, expect, it } from 'vitest';
import { processArticle } from '../../src/cli/process-article.js';
import { configOf } from './parsed-options.js';

const ARTICLE = 'The harbour reopened.\n\nFerry at dawn\n— Port of Eastvale (@EastvalePort) March 5, 2024\n\nCrews worked all night.';
const HTML =
  '<p>Read more</p><blockquote class="twitter-tweet"><p>Ferry at dawn</p>&mdash; Port of Eastvale (@EastvalePort) <a href="/EastvalePort/status/1765012345678901234">March 5, 2024</a></blockquote>';

describe('processArticle', () => {
  it('extracts records and diagnostics', () => {
    const result = processArticle(ARTICLE, 'text', configOf(['extract']), null);
    expect(result.format).toBe('text');
    expect(result.embeds).toHaveLength(1);
    expect(result.output).toBeUndefined();
  });

  it('converts with the configured embeds mode and marker', () => {
    const result = processArticle(ARTICLE, 'text', configOf(['convert', '--embeds', 'marker', '--marker', '[{handle}]']), null);
    expect(result.output).toContain('[EastvalePort]');
    expect(result.output).not.toContain('Ferry at dawn');
  });

  it('resolves relative links against the base URL it is given', () => {
    const result = processArticle(HTML, 'auto', configOf(['extract']), 'https://twitter.com/');
    expect(result.format).toBe('html');
    expect(result.embeds).toMatchObject([
      { id: '1765012345678901234', url: 'https://twitter.com/EastvalePort/status/1765012345678901234' },
    ]);
  });
});
