export { extractHtmlEmbeds } from './html-embeds.js';
export { markerPattern } from './embed-markers.js';
export { flattenHtml } from './flatten-html.js';
export { looksLikeHtml } from './looks-like-html.js';
export { proxyMarkers } from './proxy-iframes.js';
export { baseHref } from './base-element.js';
