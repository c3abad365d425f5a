export { reddit } from './platform.js';
