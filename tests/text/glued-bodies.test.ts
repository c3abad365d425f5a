import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { GLUED_WINDOW, gluedBodyStart } from '../../src/text/glued-bodies.js';
import { gluedSeams } from '../../src/text/glued-seams.js';

const signature = ' — Priya Vandermeer (@PVandermeerCllr) May 14, 2024';
// A platform that states no limit by date: the rules fall back on the longest post, 320.
const blueskySignature = ' — Priya Vandermeer (@pvandermeer.bsky.social) May 14, 2024';
const prose = 'The committee heard from residents about the closure for most of the evening and took notes';
const read = (text: string) => extractEmbeds(text, { format: 'text' });

describe('gluedBodyStart', () => {
  it('starts after a lead-in glued to the post', () => {
    const text = `The council met on Tuesday.Members argued for an hour.Then the mayor said:Tonight we keep the bridge open${signature}`;
    expect(gluedBodyStart(text, gluedSeams(text), 0, text.indexOf(' —'), false)).toBe(text.indexOf('Tonight'));
  });

  it('starts after the last wide whitespace (the page kept its block boundaries as two spaces)', () => {
    const text = `${prose}. ${prose}.  ${prose}. The vote is on Friday.  Bridge stays open.No change for cyclists${signature}`;
    expect(gluedBodyStart(text, gluedSeams(text), 0, text.indexOf(' —'), true)).toBe(text.indexOf('Bridge'));
  });

  it("keeps an all-caps label glued to its colon: it is the post's own", () => {
    const text = `Harbour notes.Council met.Nobody came.ALERT:Ferry cancelled tonight${signature}`;
    expect(gluedBodyStart(text, gluedSeams(text), 0, text.indexOf(' —'), false)).toBeNull();
  });

  it('returns null for a run no longer than a post with no glued lead-in', () => {
    const text = `Bridge stays open.No change.For now${signature}`;
    expect(gluedBodyStart(text, gluedSeams(text), 0, text.indexOf(' —'), false)).toBeNull();
  });

  it('in a run longer than a post with no seam that fits, starts after the last spaced lead-in', () => {
    const text = `${prose}. ${prose}. ${prose}, and the mayor wrote late on Tuesday evening: Bridge stays open for everyone${signature}`;
    expect(gluedBodyStart(text, gluedSeams(text), 0, text.indexOf(' —'), true)).toBe(text.indexOf('Bridge'));
  });

  it("keeps a spaced label of the post's own (`ALERT: Ferry`) and a lead-in from which the rest does not fit", () => {
    const label = `${prose}. ${prose}. ${prose}. ALERT: Ferry cancelled tonight${signature}`;
    expect(gluedBodyStart(label, gluedSeams(label), 0, label.indexOf(' —'), true)).toBe(label.indexOf('ALERT'));
    const far = `${prose} as follows: ${prose}. ${prose}. ${prose}. ${prose}. Ferry cancelled tonight${signature}`;
    expect(gluedBodyStart(far, gluedSeams(far), 0, far.indexOf(' —'), true)).toBe(far.indexOf('Ferry'));
  });

  it("starts after the article's bridge between two posts (`and the mayor: Bridge …`)", () => {
    const text = `and the mayor: Bridge stays open for now${signature}`;
    expect(gluedBodyStart(text, gluedSeams(text), 0, text.indexOf(' —'), false, true)).toBe(text.indexOf('Bridge'));
    // Not where the run does not follow a post, nor for a one-word label or a colon after a sentence.
    expect(gluedBodyStart(text, gluedSeams(text), 0, text.indexOf(' —'), false, false)).toBeNull();
    const label = `Update: Bridge stays open for now${signature}`;
    expect(gluedBodyStart(label, gluedSeams(label), 0, label.indexOf(' —'), false, true)).toBeNull();
    const sentence = `Bridge stays open. Reason given: Repairs are done${signature}`;
    expect(gluedBodyStart(sentence, gluedSeams(sentence), 0, sentence.indexOf(' —'), false, true)).toBeNull();
  });

  it(`reads no further back than ${GLUED_WINDOW} characters`, () => {
    const text = `Opening words:Then ${'word '.repeat(GLUED_WINDOW)}end${signature}`;
    expect(gluedBodyStart(text, gluedSeams(text), 0, text.indexOf(' —'), true)).toBeNull();
  });
});

describe('a glued document read as text', () => {
  it("starts a post after the article's bridge that follows the previous post", () => {
    const text = `The council met on Tuesday.Members argued for an hour.Two members posted at once.First the deputy:Bridge stays open for now${signature} and the mayor: Bridge closes at ten tonight — Ana Lowry (@analowry) May 14, 2024`;
    expect(read(text).map((embed) => embed.text)).toEqual(['Bridge stays open for now', 'Bridge closes at ten tonight']);
  });

  it("starts the body after the article's glued lead-in and restores the post's own break", () => {
    const text = `The council met on Tuesday.Members argued for an hour about the bridge.Then the vote came:Tonight we voted to keep the old bridge open.It stays for cyclists too${signature}The mayor did not comment.`;
    const [embed] = read(text);
    expect(embed?.text).toBe('Tonight we voted to keep the old bridge open. It stays for cyclists too');
    expect(embed?.author.handle).toBe('PVandermeerCllr');
    const start = embed?.source.start ?? -1;
    expect(text.slice(start, start + 7)).toBe('Tonight');
  });

  it('cuts a run longer than a post at the last seam, not at an earlier one from which the rest would fit', () => {
    const text = `${prose}.${prose}.${prose}.${prose}.Quick update from the council.Bridge stays open for now, details tomorrow${blueskySignature}`;
    // Three copies of the prose and the post would fit in 320 characters (no limit by date): they are the article's.
    expect(read(text)[0]?.text).toBe('Bridge stays open for now, details tomorrow');
  });

  it('keeps the article paragraph above a heading glued to the post out of the body', () => {
    // The heading stays (`Weeklove`: no break is left between it and the post to cut at).
    const text = `${prose}.${prose}.${prose}.The ferry timetable changes again next week, so check it before you travel.Posts Of The Weeklove this bridge${signature}`;
    const body = read(text)[0]?.text ?? '';
    expect(body).not.toContain('ferry timetable');
    expect(body.endsWith('love this bridge')).toBe(true);
  });

  it('takes the text after two spaces whole, with the seams inside it restored', () => {
    const text = `${prose}. ${prose}.  ${prose}.  Bridge stays open.No change for cyclists${signature}  Next paragraph of the article.`;
    expect(read(text)[0]?.text).toBe('Bridge stays open. No change for cyclists');
  });

  it('claims only the last sentence when no seam is in reach and sentences are spaced', () => {
    const head = 'Opening.Second part.Third part.Fourth part.';
    const text = `${head} ${prose}. ${prose}. ${prose}. ${prose}. Bridge stays open. For now${blueskySignature}`;
    expect(read(text)[0]?.text).toBe('For now');
  });

  it('cuts a run longer than its post could be on its date at the earliest sentence from which the rest fits (Twitter, 2014: 140)', () => {
    const head = 'Opening.Second part.Third part.Fourth part.';
    const board = 'The harbour board blamed the thick fog over the estuary for the delays, as it did all of last week.';
    const post = 'Ferry left two hours late this morning. Nobody told the passengers why.';
    const text = `${head} ${prose}. ${board} ${post} — Ana Ruiz (@anaruizharbour) October 6, 2014`;
    expect(read(text)[0]?.text).toBe(post);
    // In 2018 (280) the board's sentence fits too, and nothing tells it from the post's.
    const later = `${head} ${prose}. ${prose}. ${board} ${post} — Ana Ruiz (@anaruizharbour) October 6, 2018`;
    expect(read(later)[0]?.text).toBe(`${prose}. ${board} ${post}`);
  });

  it('under a dated limit, passes over a seam from which the rest would be too long', () => {
    const board = 'The harbour board blamed the thick fog over the estuary for the delays, as it did on every day of last week.';
    const post = 'Ferry left two hours late this morning. Nobody told the passengers why.';
    const text = `Opening.Second part.Third part.${prose}.${board} ${post} — Ana Ruiz (@anaruizharbour) October 6, 2014`;
    expect(read(text)[0]?.text).toBe(post);
    // Without a limit by date (a Bluesky post), the whole run fits in the longest post.
    const bluesky = text.replace('(@anaruizharbour)', '(@anaruiz.bsky.social)');
    expect(read(bluesky)[0]?.text).toContain(board);
  });

  it('counts a link inside the text 23 and the media a post ends with as its date counted them', () => {
    const head = 'Opening.Second part.Third part.Fourth part.';
    const post = 'Ferry left two hours late this morning, see https://t.co/Ab12Cd34Ef for the timetable.';
    const sorry = 'The board said sorry to everyone who waited.';
    // 2015: the media link counts 23 too, and the sentence before does not fit.
    const before = `${head} ${prose}. ${sorry} ${post} pic.twitter.com/Xy98Zw76Vu — Ana Ruiz (@anaruizharbour) March 3, 2015`;
    expect(read(before)[0]?.text).toBe(`${post} pic.twitter.com/Xy98Zw76Vu`);
    // 2017: the media no longer counts, and it fits.
    const after = before.replace('March 3, 2015', 'March 3, 2017');
    expect(read(after)[0]?.text).toBe(`${sorry} ${post} pic.twitter.com/Xy98Zw76Vu`);
  });

  it('after the previous post on its line, cuts a run longer than its post could be, though shorter than 320', () => {
    const board = 'The harbour board blamed the thick fog over the estuary for the delays, as it did all of last week.';
    const post = 'Ferry left two hours late this morning. Nobody told the passengers why.';
    const text = `Nothing moved.${signature}  ${board} ${post} — Ana Ruiz (@anaruizharbour) October 6, 2014  The board met again.`;
    expect(read(text).map((embed) => embed.text)).toEqual(['Nothing moved.', post]);
    // A paragraph on its own line is one the flattener kept whole (a translated post may be longer).
    const kept = `Nothing moved.${signature}\n\n${board} ${post} — Ana Ruiz (@anaruizharbour) October 6, 2014`;
    expect(read(kept)[1]?.text).toBe(`${board} ${post}`);
  });

  it('leaves a run no longer than a post whole in a document that does not show the glued shape', () => {
    const text = `Short intro. Bridge stays open. Details tomorrow${signature}`;
    expect(read(text)[0]?.text).toBe('Short intro. Bridge stays open. Details tomorrow');
  });
});
