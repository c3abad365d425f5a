export { checkEncodingOption, decodeDocument, isBytes, withDecodingDiagnostics } from './decode-document.js';
export type { DecodedDocument, DecodeOptions, EncodingSource } from './decode-document.js';
export { charsetParameter } from './charset-parameter.js';
export { labelToName } from './encoding-labels.js';
