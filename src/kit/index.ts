/**
 * The ground floor: small tools that every other folder may use and that import nothing of ours
 * (argument checks for the public entry points).
 */
export { describeValue } from './describe-value.js';
export { checkOptionKeys, nearestKey } from './option-keys.js';
