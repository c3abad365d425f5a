/** src/convert/embed-marker.ts on its own (split from the converter's parts test). */
import { describe, expect, it } from 'vitest';
import { defaultMarker } from '../../src/convert/index.js';
import { renderMarker } from '../../src/convert/embed-marker.js';
import { escapeHtml } from '../../src/convert/escape-html.js';
import { record } from './embed-record.js';

describe('markers', () => {
  it('the default marker leaves out null handle and id', () => {
    expect(defaultMarker(record(0, 1, { id: '1786301234567890123' }))).toBe('[embed twitter @analowry 1786301234567890123]');
    expect(defaultMarker(record(0, 1))).toBe('[embed twitter @analowry]');
    expect(defaultMarker(record(0, 1, { platform: 'youtube', id: 'Xk3pQ9LmN2a', author: { name: null, handle: null, url: null } }))).toBe(
      '[embed youtube Xk3pQ9LmN2a]',
    );
    expect(defaultMarker(record(0, 1, { platform: 'instagram', author: { name: null, handle: null, url: null } }))).toBe(
      '[embed instagram]',
    );
  });

  it('a template string replaces known fields only', () => {
    expect(renderMarker('{platform}:{id}:{nope}', record(0, 1, { id: '5' }), 3)).toBe('twitter:5:{nope}');
    expect(renderMarker('#{index}', record(0, 1), 3)).toBe('#4');
  });

  it('field escaping applies to template fields and default fields, not to literal template text', () => {
    const hostile = record(0, 1, { author: { name: '<b>x</b>', handle: 'a_b', url: null } });
    expect(renderMarker('<{name}>', hostile, 0, escapeHtml)).toBe('<&lt;b&gt;x&lt;/b&gt;>');
    expect(defaultMarker(hostile, (value) => value.replace(/_/g, '\\_'))).toBe('[embed twitter @a\\_b]');
  });
});
