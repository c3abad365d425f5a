export { bluesky } from './platform.js';
