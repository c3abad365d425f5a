export { extractHtmlEmbeds } from './html-embeds.js';
export type { HtmlExtraction } from './html-embeds.js';
export { findEmbedMarkers, markerPattern } from './embed-markers.js';
export { locateEmbeds } from './locate-embeds.js';
export type { LocatedEmbed } from './locate-embeds.js';
export { flattenHtml } from './flatten-html.js';
export type { FlatHtml } from './flatten-html.js';
export { looksLikeHtml } from './looks-like-html.js';
export { baseHref } from './base-element.js';
