import { findRawTextEnd, parseAttributes, readTagAt } from '../kit/index.js';
import { htmlPlatforms, type PlatformInfo } from '../platforms/index.js';
import type { EmbedRecord } from '../schema/index.js';
import type { Cut } from './splice-cuts.js';
import { isWidgetScript } from './widget-scripts.js';

/** How much of an inline script is searched for a loader's URL: the SDK snippets are a few hundred characters. */
const LOADER_SCAN = 4096;
/** A URL written in a script, with or without a scheme. */
const SCRIPT_URL = /(?:https?:)?\/\/[A-Za-z0-9.-]+(?::\d+)?\/[^\s"'`<>\\]*/g;

/**
 * The page-level setup of the platforms whose embeds are cut, which would be left behind with
 * nothing to render: Facebook's `<div id="fb-root"></div>` and its SDK script
 * (`connect.facebook.net/*\/sdk.js`) wherever they stand, and an inline script that loads a cut
 * platform's widget script (the `(function(d, s, id) { … js.src = "…/sdk.js" … })` snippets of
 * Facebook and Twitter). Returned as `remove` cuts merged into `cuts` (sorted and disjoint; one
 * that overlaps an embed's cut is dropped). One pass over the page's `<script` and `<div` tags.
 *
 * @example
 * const html = '<div id="fb-root"></div>\n<script async src="https://connect.facebook.net/en_US/sdk.js"></script>\n<div class="fb-post" …>…</div>';
 * withSdkLoaderCuts(html, embedCuts, records); // embedCuts plus two removals before the post
 */
export function withSdkLoaderCuts(html: string, cuts: readonly Cut[], embeds: readonly EmbedRecord[]): Cut[] {
  const cutPlatforms = new Set<string>();
  for (const cut of cuts) for (const record of cut.records) cutPlatforms.add(embeds[record]?.platform ?? '');
  const owners = htmlPlatforms.filter((platform) => cutPlatforms.has(platform.name));
  if (owners.length === 0) return [...cuts];
  const loaders = loaderRanges(html, owners, cutPlatforms.has('facebook'));
  if (loaders.length === 0) return [...cuts];
  const merged: Cut[] = [];
  let k = 0;
  for (const loader of loaders) {
    while (k < cuts.length && (cuts[k] as Cut).end <= loader.start) merged.push(cuts[k++] as Cut);
    const next = cuts[k];
    if (next !== undefined && next.start < loader.end) continue;
    merged.push({ start: loader.start, end: loader.end, kind: 'remove', pieces: [], records: [] });
  }
  while (k < cuts.length) merged.push(cuts[k++] as Cut);
  return merged;
}

function loaderRanges(html: string, owners: readonly PlatformInfo[], facebook: boolean): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  const facebookPlatform = owners.filter((platform) => platform.name === 'facebook');
  const pattern = facebook ? /<(?:script|div)[\s/>]/gi : /<script[\s/>]/gi;
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    const start = match.index;
    const tag = readTagAt(html, start);
    if (tag === null || tag.kind !== 'open') continue;
    const attributes = parseAttributes(html.slice(start, tag.end));
    if (tag.name === 'div') {
      pattern.lastIndex = tag.end;
      if (attributes.get('id') !== 'fb-root') continue;
      const close = /^\s*<\/div\s*>/i.exec(html.slice(tag.end, tag.end + 256));
      if (close !== null) ranges.push({ start, end: tag.end + close[0].length });
      continue;
    }
    const end = findRawTextEnd(html, tag.end, 'script').end;
    pattern.lastIndex = end;
    const src = attributes.get('src');
    if (src !== undefined) {
      if (facebookPlatform.some((platform) => isWidgetScript(src, platform))) ranges.push({ start, end });
      continue;
    }
    const body = html.slice(tag.end, Math.min(end, tag.end + LOADER_SCAN));
    if (loadsWidget(body, owners)) ranges.push({ start, end });
  }
  return ranges;
}

/** Whether an inline script's text names a widget script of one of `owners` (and so loads it). */
function loadsWidget(body: string, owners: readonly PlatformInfo[]): boolean {
  if (!/createElement|\.src\s*=/.test(body)) return false;
  for (const match of body.matchAll(SCRIPT_URL)) {
    if (owners.some((platform) => isWidgetScript(match[0], platform))) return true;
  }
  return false;
}
