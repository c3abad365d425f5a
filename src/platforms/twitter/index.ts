export { twitterHtml } from './html.js';
export { twitter } from './platform.js';
export { parseTweetUrl, twitterStatusTrackingParameters } from './status-url.js';
