export { readCaptionLine, tiktok } from './platform.js';
export { tiktokIdTime } from './video-id-time.js';
