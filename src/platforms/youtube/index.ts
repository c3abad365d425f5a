export { youtube, youtubeHtml } from './platform.js';
