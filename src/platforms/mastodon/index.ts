export { mastodon, mastodonHtml } from './platform.js';
export { mastodonIdTime } from './snowflake.js';
