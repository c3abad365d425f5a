/**
 * Names a value for the message of a programming error (`got number 42`, `got "xml"`, `got an
 * array`), short enough for one line: long strings are cut.
 *
 * @example
 * describeValue(42); // 'number 42'
 * describeValue('xml'); // '"xml"'
 * describeValue(null); // 'null'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') return JSON.stringify(value.length > 30 ? `${value.slice(0, 30)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return (value as object).constructor?.name ?? 'object';
  return typeof value;
}
