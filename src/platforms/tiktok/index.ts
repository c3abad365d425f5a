export { tiktok } from './platform.js';
