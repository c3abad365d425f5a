export { convertArticle } from './convert-article.js';
export type { ConvertOptions, ConvertResult, EmbedMode, MarkerFunction, OutputForm, Placement } from './convert-options.js';
export { defaultMarker } from './embed-marker.js';
export { markdownBlockquote } from './markdown-blockquote.js';
export { escapeMarkdown } from './markdown/index.js';
