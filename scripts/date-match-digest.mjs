// Reads a large generated set of written dates with a built copy of embedsift and prints how many
// were read and a digest of every result, so two builds can be shown to read dates identically:
//
//   node scripts/date-match-digest.mjs [dist dir] [--out results.txt]
//
// The dates are written from the month and weekday spellings of tests/dates/fixtures/hand-spellings.json
// (the hand-written tables as they were before CLDR's names were read from Intl), in every layout of
// every language, in several cases, with and without dots, weekdays (right and wrong), a time and a
// surrounding sentence. Each is read three ways: parseDate with every language, parseDate with its own
// language, and matchDateAt inside a sentence.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : undefined;
const dist = resolve(args.find((arg, index) => !arg.startsWith('--') && index !== outAt + 1) ?? 'dist');
const { dateLocales, matchDateAt, parseDate } = await import(pathToFileURL(resolve(dist, 'index.js')).href);
const tables = JSON.parse(readFileSync(new URL('../tests/dates/fixtures/hand-spellings.json', import.meta.url), 'utf8'));

/** Writes a date in one layout of the pattern language (see `DateLocale.patterns`), optional items in or out. */
function render(pattern, day, month, year, spelling, withOptional) {
  const items = [];
  for (const item of pattern.split(' ')) {
    if (item === '') continue;
    if (item === 'D') items.push(String(day));
    else if (item === 'N') items.push(String(month + 1));
    else if (item === 'Y') items.push(String(year));
    else if (item === 'M') items.push(spelling);
    else if (item.startsWith('[') && item.endsWith(']')) {
      if (withOptional) items.push(item.slice(1, -1).split('|')[0]);
    } else items.push(item.split('|')[0]);
  }
  return items.join(' ');
}

/** Case and dot variants of a spelling. */
function variants(spelling) {
  const found = new Set([spelling, spelling.toUpperCase(), spelling.toLowerCase()]);
  if (spelling.endsWith('.')) found.add(spelling.slice(0, -1));
  else found.add(`${spelling}.`);
  return [...found];
}

const lines = [];
let count = 0;
const read = (text, code) => {
  count++;
  const all = parseDate(text);
  const own = parseDate(text, { locales: [code] });
  const sentence = `Posted ${text}. More`;
  const at = matchDateAt(sentence, 7);
  lines.push(`${text}\t${JSON.stringify(all)}\t${JSON.stringify(own)}\t${JSON.stringify(at)}`);
};

for (const locale of dateLocales) {
  const table = tables[locale.code];
  const monthPatterns = locale.patterns.filter((pattern) => pattern.split(' ').includes('M'));
  for (let month = 0; month < 12; month++) {
    const year = 2020 + (month % 5);
    const day = month % 2 === 0 ? 28 : 3;
    const date = new Date(Date.UTC(year, month, day));
    const weekday = date.getUTCDay();
    for (const spelling of table.months[month]) {
      for (const written of variants(spelling)) {
        for (const pattern of monthPatterns) {
          for (const withOptional of [true, false]) {
            const text = render(pattern, day, month, year, written, withOptional);
            read(text, locale.code);
            read(`${text} 15:04`, locale.code);
            if (table.weekdays) {
              for (const [index, weekdaySpellings] of table.weekdays.entries()) {
                if (index !== weekday && index !== (weekday + 1) % 7) continue;
                for (const weekdaySpelling of weekdaySpellings) {
                  read(`${weekdaySpelling}, ${text}`, locale.code);
                  read(`${text} ${weekdaySpelling}`, locale.code);
                }
              }
            }
          }
        }
      }
    }
  }
}

const digest = createHash('sha256').update(lines.join('\n')).digest('hex');
const matched = lines.filter((line) => !line.split('\t')[1].startsWith('null')).length;
console.log(`${count} date strings, ${matched} read with every language; sha256 ${digest}`);
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
