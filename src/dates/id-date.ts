import { platformNamed } from '../platforms/index.js';
import type { EmbedRecord } from '../schema/index.js';
import { recordDate } from './record-date.js';

/**
 * A record dated by the time its post id encodes (Twitter and Mastodon snowflakes, Bluesky TIDs,
 * TikTok video ids), once its id is known: `publishedAt` becomes the id's instant (`datePrecision`
 * `id`) on the written day when there is one. `agrees` is false when the id's time falls on no
 * time zone's version of the written day (publishedAt then follows the id). A record whose id
 * carries no time comes back as it is.
 *
 * @example
 * datedById({ ...record, platform: 'twitter', id: '1755259323123712345' }).record.datePrecision; // 'id'
 */
export function datedById(record: EmbedRecord): { record: EmbedRecord; agrees: boolean } {
  if (record.id === null || record.datePrecision === 'id') return { record, agrees: true };
  const time = platformNamed(record.platform).postTime?.(record.id) ?? null;
  if (time === null) return { record, agrees: true };
  // Read against the date the record already has: its local reading, else its publishedAt. The
  // local reading itself stays as it was.
  const { publishedAt, datePrecision, agrees } = recordDate({ written: record.publishedAtLocal ?? record.publishedAt, idTime: time });
  return { record: { ...record, publishedAt, datePrecision }, agrees };
}
