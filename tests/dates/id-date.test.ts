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
