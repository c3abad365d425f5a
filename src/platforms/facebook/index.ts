export { facebook, facebookHtml, parseFacebookUrl } from './platform.js';
