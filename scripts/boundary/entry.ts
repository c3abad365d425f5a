// The parse-path pieces the boundary scripts need, bundled by load-reader.mjs for Node.
export { extractTextEmbeds } from '../../src/text/text-embeds.js';
export { unlimitedRecords } from '../../src/text/record-limits.js';
export { BOUNDARY_FEATURES, boundaryModel, handRulesModel } from '../../src/text/boundary-model/index.js';
