export { bluesky, blueskyHtml } from './platform.js';
export { blueskyTidTime } from './tid.js';
