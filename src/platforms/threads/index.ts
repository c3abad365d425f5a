export { threads, threadsHtml } from './platform.js';
