export { mastodon } from './platform.js';
