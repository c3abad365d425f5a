export { twitter } from './platform.js';
export { parseTweetUrl, twitterHosts } from './status-url.js';
export { tweetIdTime } from './snowflake.js';
export { twitterStatusTrackingParameters } from './canonical-rule.js';
