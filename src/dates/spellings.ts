/**
 * Expands the packed spelling lists of the locale files (`months`, `weekdays`): one entry per
 * month or weekday, separated by `|`; the spellings of an entry separated by `,`; and
 * `Jan(uary)` standing for a full name followed by its dotted abbreviation (`January`, `Jan.`),
 * the most common pair. One string per list keeps the date languages small in a browser bundle.
 *
 * @example
 * spellings('Jan(uary)|May|Sept(ember),Sep.'); // [['January', 'Jan.'], ['May'], ['September', 'Sept.', 'Sep.']]
 */
export function spellings(packed: string): string[][] {
  return packed.split('|').map((entry) =>
    entry.split(',').flatMap((spelling) => {
      const open = spelling.indexOf('(');
      if (open < 0 || !spelling.endsWith(')')) return [spelling];
      const head = spelling.slice(0, open);
      return [head + spelling.slice(open + 1, -1), `${head}.`];
    }),
  );
}
