export { isLetterOrDigit, isNumbered } from './paragraph-features.js';
export { handRulesModel } from './boundary-model.js';
export type { BoundaryModel } from './boundary-model.js';
export { boundaryModel } from './boundary-weights.js';
export { walkBody } from './body-walk.js';
export type { BodyBoundary, BodyTrace, BoundaryOptions } from './body-walk.js';
