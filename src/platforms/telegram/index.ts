export { telegram, telegramHtml } from './platform.js';
