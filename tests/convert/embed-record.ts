// Shared by the convert tests: an invented record at a span, and a platform by name.
import { htmlPlatforms, type PlatformInfo } from '../../src/platforms/index.js';
import type { EmbedRecord } from '../../src/schema/index.js';

export const platform = (name: string): PlatformInfo => htmlPlatforms.find((p) => p.name === name)!;
export const record = (start: number, end: number, fields: Partial<EmbedRecord> = {}): EmbedRecord => ({
  platform: 'twitter',
  id: null,
  url: null,
  author: { name: 'Ana Lowry', handle: 'analowry', url: null },
  text: 'Ferry back on time',
  lang: null,
  publishedAt: null,
  datePrecision: null,
  publishedAtLocal: null,
  dateText: null,
  links: [],
  mentions: [],
  hashtags: [],
  cashtags: [],
  source: { format: 'text', start, end, markup: 'signature' },
  ...fields,
});
