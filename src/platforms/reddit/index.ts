export { readBylineLine, reddit } from './platform.js';
