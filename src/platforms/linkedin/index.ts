export { linkedin } from './platform.js';
