export { readBylineLine, reddit, redditHtml } from './platform.js';
