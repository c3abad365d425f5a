export { extractEntities } from './extract-entities.js';
export type { Entities, Entity, ExtractEntitiesOptions } from './types.js';
