import { definePlatform } from '../define-platform.js';
import type { PlatformHtmlForms, PostRef } from '../types.js';
import { hostMatches, splitUrl } from '../url-parts.js';

const POST = /^([A-Za-z0-9_]{3,64})\/([0-9]{1,12})$/;

function parseTelegramUrl(input: string): PostRef | null {
  const parts = splitUrl(input);
  if (parts === null || !hostMatches(parts.host, ['t.me', 'telegram.me'])) return null;
  // t.me/s/<channel>/<id> is the web preview of the same post.
  const path = parts.path.startsWith('/s/') ? parts.path.slice(2) : parts.path;
  const match = POST.exec(path.slice(1).replace(/\/+$/, ''));
  if (match === null) return null;
  return { id: match[2] ?? '', url: `${parts.origin}/${match[1]}/${match[2]}`, handle: match[1] ?? null };
}

/**
 * Telegram. The embed is the widget script with `data-telegram-post="<channel>/<id>"`; the
 * permalink is `https://t.me/<channel>/<id>` (also read from the web preview `t.me/s/<channel>/<id>`).
 *
 * @example
 * telegram.parsePermalink('https://t.me/eastvale_news/4512')?.handle; // 'eastvale_news'
 */
export const telegram = definePlatform({
  name: 'telegram',
  label: 'Telegram',
  hosts: ['t.me', 'telegram.me'],
  shortHosts: [],
  parsePermalink: parseTelegramUrl,
  profileUrl: (handle) => `https://t.me/${handle}`,
  text: {},
});

/**
 * Telegram's embed markup: the widget script with `data-telegram-post="<channel>/<id>"`.
 *
 * @example
 * telegramHtml.matchElement(htmlTag('script', new Map([['data-telegram-post', 'eastvale_news/4512']]))); // { markup: 'telegram' }
 */
export const telegramHtml: PlatformHtmlForms = {
  widgetScripts: ['telegram.org/js/telegram-widget.js'],
  markers: ['telegram-post'],
  matchElement: (tag) =>
    tag.name === 'script' && POST.test(tag.attributes.get('data-telegram-post') ?? '') ? { markup: 'telegram' } : null,
  readEmbed(root) {
    const match = POST.exec(root.attribs['data-telegram-post'] ?? '');
    if (match === null) return { text: null };
    return { id: match[2] ?? null, url: `https://t.me/${match[1]}/${match[2]}`, handle: match[1] ?? null, text: null };
  },
};
