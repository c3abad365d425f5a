export { telegram } from './platform.js';
