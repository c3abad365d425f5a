export { instagramHtml } from './html.js';
export { instagram } from './platform.js';
export { instagramSharedByPhrases, instagramWidgetPhrases } from './shared-by-phrases.js';
