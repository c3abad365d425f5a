export { entityFields, readBodyEntities } from './body-entities.js';
export { extractTextEmbeds } from './text-embeds.js';
export type { TextExtraction } from './text-embeds.js';
export { cutText, cutTextDiagnostic, droppedRecordsDiagnostic, unlimitedRecords } from './record-limits.js';
export type { RecordLimits } from './record-limits.js';
