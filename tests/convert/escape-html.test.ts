import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/convert/escape-html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that could open a tag or end an attribute', () => {
    expect(escapeHtml(`[embed twitter @<img src=x onerror="alert('1')">] & more`)).toBe(
      '[embed twitter @&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;] &amp; more',
    );
  });

  it('leaves other text as it is, entities included once', () => {
    expect(escapeHtml('Hafen — geöffnet 🚢')).toBe('Hafen — geöffnet 🚢');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('')).toBe('');
  });
});
