export { extractTextEmbeds } from './text-embeds.js';
export type { TextExtraction } from './text-embeds.js';
export { scanSignatures } from './signature-scanner.js';
export type { ScanOptions, Signature, SignatureScan } from './signature-scanner.js';
export { bodyStarts } from './post-bodies.js';
export { cutText, cutTextDiagnostic, droppedRecordsDiagnostic, unlimitedRecords } from './record-limits.js';
export type { RecordLimits } from './record-limits.js';
