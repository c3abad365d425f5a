export { threads } from './platform.js';
