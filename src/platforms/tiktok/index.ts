export { readCaptionLine, tiktok } from './platform.js';
