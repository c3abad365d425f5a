/** A JSON Schema node, as z.toJSONSchema writes it. */
export type JsonSchema = Record<string, unknown>;
/** The named objects of the record, in reference order. */
export function namedObjects(record: JsonSchema, diagnostic: JsonSchema): Array<[string, JsonSchema]>;
/** docs/record-reference.md. */
export function renderReference(objects: Array<[string, JsonSchema]>): string;
/** src/schema/record-types.ts. */
export function renderTypes(objects: Array<[string, JsonSchema]>): string;
