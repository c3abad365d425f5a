export { youtube } from './platform.js';
