export { EmbedsiftError, isEmbedsiftError, type EmbedsiftErrorOptions } from './embedsift-error.js';
export {
  BlockedTargetError,
  findBlockedTargetError,
  isBlockedTargetError,
  type BlockedTargetDetails,
} from './blocked-target-error.js';
