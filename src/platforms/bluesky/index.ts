export { bluesky } from './platform.js';
export { blueskyTidTime } from './tid.js';
