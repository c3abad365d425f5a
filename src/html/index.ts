export { flattenHtml } from './flatten-html.js';
export type { FlatHtml } from './flatten-html.js';
export { looksLikeHtml } from './looks-like-html.js';
