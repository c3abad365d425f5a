/**
 * Escapes text for HTML text or attribute content: `&`, `<`, `>`, `"` and `'`, so no record field
 * or marker can open a tag or end an attribute.
 *
 * @example
 * escapeHtml('[embed twitter @<img src=x onerror=alert(1)>]'); // '[embed twitter @&lt;img src=x onerror=alert(1)&gt;]'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
