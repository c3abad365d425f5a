const TAG =
  /<\/?(?:!doctype|html|head|body|p|div|span|a|br|blockquote|figure|iframe|script|article|section|img|amp-[a-z]+|h[1-6]|ul|ol|li|table|em|strong|b|i)(?=[\s/>])/iy;
const SNIFF_LENGTH = 65536;

/**
 * Whether input is HTML rather than plain text, from its first 64 KB: it is when it opens with a
 * tag or holds at least two tags of common HTML elements. Linear: every `<` is looked at once.
 *
 * @example
 * looksLikeHtml('<p>Hello</p>'); // true
 * looksLikeHtml('Prices rose 3% (<5% expected) — Jane (@jane) May 1, 2024'); // false
 */
export function looksLikeHtml(input: string): boolean {
  const sniff = input.length > SNIFF_LENGTH ? input.slice(0, SNIFF_LENGTH) : input;
  let tags = 0;
  let lt = sniff.indexOf('<');
  while (lt !== -1) {
    TAG.lastIndex = lt;
    if (TAG.test(sniff)) {
      tags++;
      if (tags >= 2 || sniff.slice(0, lt).trim() === '') return true;
    }
    lt = sniff.indexOf('<', lt + 1);
  }
  return false;
}
