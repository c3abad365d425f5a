import type { DateLocale } from '../types.js';
import { ar } from './ar.js';
import { bg } from './bg.js';
import { bn } from './bn.js';
import { ca } from './ca.js';
import { cs } from './cs.js';
import { da } from './da.js';
import { de } from './de.js';
import { el } from './el.js';
import { en } from './en.js';
import { es } from './es.js';
import { fa } from './fa.js';
import { fi } from './fi.js';
import { fil } from './fil.js';
import { fr } from './fr.js';
import { he } from './he.js';
import { hi } from './hi.js';
import { hr } from './hr.js';
import { hu } from './hu.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { ms } from './ms.js';
import { nb } from './nb.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { sk } from './sk.js';
import { sl } from './sl.js';
import { sr } from './sr.js';
import { sv } from './sv.js';
import { th } from './th.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { ur } from './ur.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

/**
 * Every registered date language, in the order they are tried. When several read the same text
 * to the same date, the first one names the match's `locale` (so `7 februari 2024` reports `nl`
 * unless `locales: ['sv']` is asked). Adding a language is one file and one line here. Each file
 * is a `cldrLocale`: its months and weekdays are CLDR's names from the runtime's `Intl.DateTimeFormat`
 * for the file's `cldr` tags plus the spellings the file writes packed (see `spellings`), built on
 * first read of `months` or `weekdays` (docs/dates.md).
 *
 * @example
 * dateLocales.map((locale) => locale.code); // ['en', 'de', 'fr', …]
 */
export const dateLocales: readonly DateLocale[] = Object.freeze([
  en,
  de,
  fr,
  es,
  pt,
  it,
  nl,
  ca,
  sv,
  da,
  nb,
  fi,
  pl,
  cs,
  ru,
  uk,
  tr,
  el,
  ro,
  hu,
  id,
  ja,
  zh,
  ko,
  ar,
  he,
  ms,
  fil,
  vi,
  th,
  hi,
  bn,
  ur,
  fa,
  sk,
  sl,
  hr,
  sr,
  bg,
]);
