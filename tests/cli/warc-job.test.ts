import { describe, expect, it } from 'vitest';
import { loadWarcio, runWarcJob } from '../../src/cli/warc-job.js';
import { runJob } from './run-job.js';
import { httpResponse, warcFile } from './warc-writer.js';

const PAGE =
  '<html><body><p>The harbour reopened.</p><blockquote class="twitter-tweet"><p>Ferry at dawn</p>&mdash; Port of Eastvale (@EastvalePort) ' +
  '<a href="https://twitter.com/EastvalePort/status/1765012345678901234">March 5, 2024</a></blockquote></body></html>';

const archive = (gzip: boolean) =>
  warcFile(
    [
      { type: 'warcinfo', block: 'software: test\r\n' },
      {
        type: 'response',
        uri: 'https://news.example/harbour',
        id: '<urn:uuid:0a1b2c3d-0000-4000-8000-000000000001>',
        block: httpResponse({ 'Content-Type': 'text/html; charset=utf-8' }, PAGE),
      },
      { type: 'response', uri: 'https://news.example/logo.png', block: httpResponse({ 'Content-Type': 'image/png' }, 'PNG') },
    ],
    gzip,
  );

describe('runWarcJob', () => {
  it.each([false, true])('gives one line per HTML response record (gzip %s), with its URI, id and records', async (gzip) => {
    const run = await runJob(runWarcJob, ['extract', '--from', 'warc'], { 'crawl.warc': archive(gzip) });
    const lines = run.output
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; url: string; embeds: { id: string }[] });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.url).toBe('https://news.example/harbour');
    expect(lines[0]?.id).toBe('<urn:uuid:0a1b2c3d-0000-4000-8000-000000000001>');
    expect(lines[0]?.embeds.map((embed) => embed.id)).toEqual(['1765012345678901234']);
  });

  it('loads the WARC parser and reader from the optional warcio package', async () => {
    const warcio = await loadWarcio();
    expect(typeof warcio.WARCParser).toBe('function');
    expect(typeof warcio.AsyncIterReader).toBe('function');
  });
});
