export { mastodon } from './platform.js';
export { mastodonIdTime } from './snowflake.js';
