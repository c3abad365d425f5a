import { describe, expect, it } from 'vitest';
import { markerPieces, quotePieces } from '../../src/convert/embed-replacements.js';
import { record } from './embed-record.js';

const embeds = [
  record(0, 40, { id: '1765012345678901234', text: 'Ferry at dawn' }),
  record(20, 60, { id: '1765012345678901299', author: { name: 'Ana Lowry', handle: 'ana_*', url: null } }),
];
const unit = { start: 0, end: 60, records: [0, 1] };

describe('markerPieces', () => {
  it('gives one marker per record, separated, each owning its record', () => {
    expect(markerPieces(unit, embeds, '[{id}]', { separator: ' ' })).toEqual([
      { text: '[1765012345678901234]', records: [0] },
      { text: ' ', records: [] },
      { text: '[1765012345678901299]', records: [1] },
    ]);
  });

  it('escapes each field, then the whole marker', () => {
    const pieces = markerPieces({ start: 20, end: 60, records: [1] }, embeds, '<@{handle}>', {
      separator: ' ',
      escapeField: (field) => field.replace(/\*/g, '\\*'),
      escapeMarker: (marker) => marker.replace(/</g, '&lt;'),
    });
    expect(pieces).toEqual([{ text: '&lt;@ana_\\*>', records: [1] }]);
  });
});

describe('quotePieces', () => {
  it('gives one blockquote per record, read from the embed text', () => {
    const text = 'Ferry at dawn\n— Ana Lowry (@analowry) March 5, 2024';
    const [piece] = quotePieces({ start: 0, end: text.length, records: [0] }, [record(0, text.length, { text: 'Ferry at dawn' })], text);
    expect(piece?.records).toEqual([0]);
    expect(piece?.text.startsWith('> Ferry at dawn')).toBe(true);
  });
});
