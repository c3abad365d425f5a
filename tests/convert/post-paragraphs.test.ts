/** src/convert/post-paragraphs.ts on its own (split from the converter's parts test). */
import { describe, expect, it } from 'vitest';
import { postParagraphs } from '../../src/convert/post-paragraphs.js';
import { record } from './embed-record.js';

describe('postParagraphs', () => {
  it('splits on the source’s blank lines when they agree with the text', () => {
    const text = 'One two. Three.';
    expect(postParagraphs(record(0, 1, { text }), 'One\ntwo.\n\n\nThree. — Ana (@analowry) May 3, 2024')).toEqual(['One two.', 'Three.']);
  });

  it('falls back to one paragraph when the source does not match the text', () => {
    expect(postParagraphs(record(0, 1, { text: 'Hello there' }), 'View this post\n\nHello there')).toEqual(['Hello there']);
    expect(postParagraphs(record(0, 1, { text: null }), 'x\n\ny')).toEqual([]);
  });
});
