export { twitterHtml } from './html.js';
export { twitter } from './platform.js';
export { parseTweetUrl } from './status-url.js';
export { twitterStatusTrackingParameters } from './canonical-rule.js';
