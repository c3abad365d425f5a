/**
 * The `charset` parameter of a `Content-Type` value (`text/html; charset="Shift_JIS"` →
 * `'Shift_JIS'`), unquoted, or null when there is none. Reads only the parameter, as the HTML
 * standard's transport-layer hint needs it; the label is not checked here.
 *
 * @example
 * charsetParameter('text/html; charset=windows-1252'); // 'windows-1252'
 * charsetParameter('text/html;Charset="utf-8"'); // 'utf-8'
 * charsetParameter('text/html'); // null
 */
export function charsetParameter(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType.slice(0, 1024));
  const value = match?.[1] ?? match?.[2] ?? '';
  return value === '' ? null : value;
}
