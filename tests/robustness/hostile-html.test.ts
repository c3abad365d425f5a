/** Hostile HTML still yields the embeds it holds (the linearity of the same inputs is in html-linearity.test.ts). */
import { describe, expect, it } from 'vitest';
import { FINAL_EMBED, embedAfterDeepNesting } from '../../bench/hostile-families.mjs';
import { extractEmbeds } from '../../src/index.js';

const html = { format: 'html' } as const;

describe('hostile HTML still yields its embeds', () => {
  it('finds the embed at the end of 1 MB of nested divs', () => {
    const page = embedAfterDeepNesting(1024 * 1024);
    expect(page.length).toBe(1024 * 1024);
    const records = extractEmbeds(page, html);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ platform: 'twitter', id: '1755259323123712345', author: { handle: 'deepdesk' } });
  });

  it('finds the embed after 10,000 nested divs', () => {
    const page = `${'<div>'.repeat(10_000)}${FINAL_EMBED}${'</div>'.repeat(10_000)}`;
    expect(extractEmbeds(page, html)).toHaveLength(1);
  });
});
