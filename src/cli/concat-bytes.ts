/**
 * Joins byte pieces into one new array of `total` bytes (their summed length), with a loop (no
 * spread of a data-sized list into a call).
 *
 * @example
 * concatBytes([Uint8Array.of(1), Uint8Array.of(2, 3)], 3); // Uint8Array [1, 2, 3]
 */
export function concatBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  const whole = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
