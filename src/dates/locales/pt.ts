import type { DateLocale } from '../types.js';

/**
 * Portuguese: `29 de outubro de 2017`, `7 de fev. de 2024`, `10 de março de 2020`,
 * `7 de fevereiro de 2024 às 15:04`, `7/2/2024` (day first).
 *
 * @example
 * parseDate('7 de fev. de 2024', { locales: ['pt'] })?.iso; // '2024-02-07'
 */
export const pt: DateLocale = {
  code: 'pt',
  name: 'Portuguese',
  months: [
    ['janeiro', 'jan.'],
    ['fevereiro', 'fev.'],
    ['março', 'mar.'],
    ['abril', 'abr.'],
    ['maio', 'mai.'],
    ['junho', 'jun.'],
    ['julho', 'jul.'],
    ['agosto', 'ago.'],
    ['setembro', 'set.'],
    ['outubro', 'out.'],
    ['novembro', 'nov.'],
    ['dezembro', 'dez.'],
  ],
  patterns: ['D [de] M [de] Y', 'D / N / Y'],
  weekdays: [
    ['domingo', 'dom.'],
    ['segunda-feira', 'segunda', 'seg.'],
    ['terça-feira', 'terça', 'ter.'],
    ['quarta-feira', 'quarta', 'qua.'],
    ['quinta-feira', 'quinta', 'qui.'],
    ['sexta-feira', 'sexta', 'sex.'],
    ['sábado', 'sáb.'],
  ],
  daySuffixes: ['º'],
  timeConnectors: ['às'],
};
