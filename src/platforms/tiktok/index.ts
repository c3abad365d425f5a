export { readCaptionLine, tiktok, tiktokHtml } from './platform.js';
export { tiktokIdTime } from './video-id-time.js';
