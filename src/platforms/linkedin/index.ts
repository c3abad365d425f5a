export { linkedin, linkedinHtml } from './platform.js';
