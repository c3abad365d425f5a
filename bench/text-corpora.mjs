// The deterministic text corpora of the text and peer benchmarks: invented news prose from a
// seeded PRNG (the same characters on every run, nothing read from disk or the network).
import { MONTHS, WORDS, prng } from './generator-parts.mjs';

const FIRST = ['Jane', 'Omar', 'Li', 'Maria', 'Tom', 'Aisha', 'Pedro', 'Yuki', 'Sam', 'Ngozi', 'Secretary', 'Mayor'];
const LAST = ['Doe', 'Haddad', 'Wei', 'Garcia', 'Baker', 'Khan', 'Silva', 'Tanaka', 'Okafor', 'Blinken', 'Rivera'];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function corpusBuilder(seed) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const token = (n, alphabet = ALNUM) => Array.from({ length: n }, () => pick(alphabet)).join('');

  const sentence = () => {
    const words = Array.from({ length: int(8, 24) }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    if (rand() < 0.2) words.splice(int(1, words.length - 1), 0, `${pick(FIRST)} ${pick(LAST)},`);
    // Real articles are not ASCII: em-dash asides, curly quotes and apostrophes, accents.
    if (rand() < 0.15) words.splice(int(1, words.length - 1), 0, `— ${pick(WORDS)} ${pick(WORDS)} —`);
    if (rand() < 0.15) words.splice(int(1, words.length - 1), 0, `“${pick(WORDS)} ${pick(WORDS)}”`);
    if (rand() < 0.1) words.splice(int(1, words.length - 1), 0, `${pick(LAST)}’s`, 'café');
    return `${words.join(' ')}${rand() < 0.1 ? '?' : '.'}`;
  };
  const paragraph = () => Array.from({ length: int(2, 6) }, sentence).join(' ');

  const handle = () => token(int(3, 15), `${ALNUM}_`);
  const embed = () => {
    const body = Array.from({ length: int(6, 30) }, () => pick(WORDS));
    const extras = [`@${handle()}`, `#${pick(WORDS)}`, `pic.twitter.com/${token(10)}`, `https://t.co/${token(10)}`];
    for (const extra of extras) if (rand() < 0.6) body.splice(int(0, body.length), 0, extra);
    const date = `${pick(MONTHS)} ${int(1, 28)}, ${int(2012, 2025)}`;
    return `${body.join(' ')}\n\n— ${pick(FIRST)} ${pick(LAST)} (@${handle()}) ${date}`;
  };

  return { paragraph, embed, int };
}

/** ~size characters of embed-free article text: paragraphs of English-ish sentences. */
export function embedFreeCorpus(size, seed) {
  const { paragraph } = corpusBuilder(seed);
  const parts = [];
  let length = 0;
  while (length < size) {
    const p = paragraph();
    parts.push(p);
    length += p.length + 2;
  }
  return { text: parts.join('\n\n'), planted: 0 };
}

/** ~size characters of article text with a signed tweet embed at least every 3 KB. */
export function embedDenseCorpus(size, seed) {
  const { paragraph, embed } = corpusBuilder(seed);
  const parts = [];
  let length = 0;
  let sinceEmbed = 0;
  let planted = 0;
  while (length < size) {
    const p = paragraph();
    if (sinceEmbed + p.length > 2500) {
      const e = embed();
      parts.push(e);
      length += e.length + 2;
      sinceEmbed = 0;
      planted += 1;
    }
    parts.push(p);
    length += p.length + 2;
    sinceEmbed += p.length + 2;
  }
  return { text: parts.join('\n\n'), planted };
}
