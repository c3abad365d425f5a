export { facebook, parseFacebookUrl } from './platform.js';
