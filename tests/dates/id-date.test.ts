import { describe, expect, it } from 'vitest';
import { datedById } from '../../src/dates/index.js';
import type { EmbedRecord } from '../../src/schema/index.js';

const record: EmbedRecord = {
  platform: 'twitter',
  id: null,
  url: null,
  author: { name: 'Port of Marrick', handle: 'MarrickPorts', url: 'https://twitter.com/MarrickPorts' },
  text: 'Ferries resume at 06:00.',
  lang: null,
  publishedAt: '2024-02-07',
  datePrecision: 'day',
  publishedAtLocal: null,
  dateText: 'February 7, 2024',
  links: [],
  mentions: [],
  hashtags: [],
  cashtags: [],
  source: { format: 'text', start: 0, end: 70, markup: 'signature' },
};

describe('datedById', () => {
  it("dates a record by its status id's time, on the written day", () => {
    const { record: dated, agrees } = datedById({ ...record, id: '1755259323123712345' });
    expect(agrees).toBe(true);
    expect(dated).toMatchObject({ publishedAt: '2024-02-07T15:56:48.430Z', datePrecision: 'id', dateText: 'February 7, 2024' });
  });

  it('reads the id against the local reading, which it keeps, and keeps the fields in place', () => {
    // Status 1853874145448689664 was posted at 2024-11-05T18:56:54.248Z.
    const local = { ...record, id: '1853874145448689664', publishedAt: '2024-11-05', publishedAtLocal: '2024-11-05T12:56' };
    const { record: dated, agrees } = datedById(local);
    expect(agrees).toBe(true);
    expect(dated).toEqual({ ...local, publishedAt: '2024-11-05T12:56:54.248-06:00', datePrecision: 'id' });
    expect(Object.keys(dated)).toEqual(Object.keys(record));
  });

  it('keeps a record already dated by its id', () => {
    const dated = { ...record, id: '1755259323123712345', publishedAt: '2024-02-07T15:56:48.430Z', datePrecision: 'id' } as const;
    expect(datedById(dated)).toEqual({ record: dated, agrees: true });
  });

  it('says when the id falls on no version of the written day', () => {
    const { record: dated, agrees } = datedById({ ...record, id: '1755259323123712345', publishedAt: '2024-01-20' });
    expect(agrees).toBe(false);
    expect(dated.publishedAt).toBe('2024-02-07T15:56:48.430Z');
  });

  it('keeps a record whose id carries no time, or that has no id', () => {
    expect(datedById(record).record).toBe(record);
    const youtube = { ...record, platform: 'youtube', id: 'dQw4w9WgXcQ' } as const;
    expect(datedById(youtube).record).toBe(youtube);
    const old = { ...record, id: '20' };
    expect(datedById(old).record).toBe(old);
  });
});
