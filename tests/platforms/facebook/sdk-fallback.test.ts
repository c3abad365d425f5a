import { isTag, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractHtmlEmbeds } from '../../../src/html/html-embeds.js';
import { parseFacebookUrl } from '../../../src/platforms/facebook/platform.js';
import { readSdkFallback } from '../../../src/platforms/facebook/sdk-fallback.js';

const POST = 'https://www.facebook.com/KelmoorHarbour/posts/5412873390017723';
const PAGE = 'https://www.facebook.com/KelmoorHarbour/';

function quoteOf(inner: string): Element {
  const root = parseDocument(`<blockquote cite="${POST}" class="fb-xfbml-parse-ignore">${inner}</blockquote>`).children.find(isTag);
  return root as Element;
}
const read = (inner: string) => readSdkFallback(quoteOf(inner), parseFacebookUrl, parseFacebookUrl(POST));

describe('readSdkFallback', () => {
  // Invented frames in the shapes the SDK writes: the words around the links vary with the locale
  // and are never read; the order of name and date varies too.
  it.each([
    ['Posted by <a href="PAGE">Kelmoor Harbour</a> on&nbsp;<a href="POST">Thursday, September 3, 2020</a>', 'Thursday, September 3, 2020'],
    [
      '<a href="PAGE">Kelmoor Harbour</a> tarafından&nbsp;<a href="POST">3 Eylül 2020 Perşembe</a> tarihinde paylaşıldı',
      '3 Eylül 2020 Perşembe',
    ],
    ['投稿者: <a href="PAGE">Kelmoor Harbour</a> 投稿日時: <a href="POST">2020年9月3日木曜日</a>', '2020年9月3日木曜日'],
    [
      'Gepostet von <a href="PAGE">Kelmoor Harbour</a> am&nbsp;<a href="POST">Donnerstag, 3. September 2020</a>',
      'Donnerstag, 3. September 2020',
    ],
    ['تم النشر بواسطة ‏<a href="PAGE">Kelmoor Harbour</a>‏ في ‏<a href="POST">الخميس، ٣ سبتمبر ٢٠٢٠</a>‏', 'الخميس، ٣ سبتمبر ٢٠٢٠'],
    [
      'Opublikowane przez <a href="PAGE">Kelmoor Harbour</a> w dniu <a href="POST?__tn__=K">czwartek, 3 września 2020</a>',
      'czwartek, 3 września 2020',
    ],
    ['<a href="POST">Thursday, September 3, 2020</a> · <a href="PAGE">Kelmoor Harbour</a>', 'Thursday, September 3, 2020'],
  ])('reads text, author and date by structure: %s', (frame, dateText) => {
    const inner = `<p>Ramp closed until <a href="https://kelmoor.example/ferry">further notice</a>.</p>${frame.replace('PAGE', PAGE).replace('POST', POST)}`;
    expect(read(inner)).toEqual({
      text: 'Ramp closed until further notice.',
      links: [{ url: 'https://kelmoor.example/ferry', text: 'further notice' }],
      name: 'Kelmoor Harbour',
      dateText,
    });
  });

  it('takes a person’s button link as the author', () => {
    expect(
      read(`<p>Thanks all!</p>Publiée par <a href="#" role="button">Mira Ovens</a> sur&nbsp;<a href="${POST}">Lundi 18 janvier 2021</a>`),
    ).toMatchObject({
      name: 'Mira Ovens',
      dateText: 'Lundi 18 janvier 2021',
    });
  });

  it('does not take a video’s title link, before the text, for the date', () => {
    const fields = read(
      `<a href="${POST}">Ramp repairs, day two</a><p>Work continues.</p>Posted by <a href="${PAGE}">Kelmoor Harbour</a> on Friday, September 4, 2020`,
    );
    expect(fields).toEqual({ text: 'Work continues.', links: [], name: 'Kelmoor Harbour' });
  });

  it('reads two links as name then date when neither links to the post', () => {
    expect(
      read(
        `<p>Hi.</p>Posted by <a href="${PAGE}">Kelmoor Harbour</a> on <a href="https://graph.facebook.com/1/posts/2">Thursday, September 3, 2020</a>`,
      ),
    ).toMatchObject({
      name: 'Kelmoor Harbour',
      dateText: 'Thursday, September 3, 2020',
    });
  });

  it('leaves name and date out of a fallback with no attribution', () => {
    expect(read('<p>Only the text survived.</p>')).toEqual({ text: 'Only the text survived.', links: [] });
  });
});

describe('the SDK locale as the records’ language', () => {
  const page = (locale: string, inner: string) =>
    `<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/${locale}/sdk.js#xfbml=1&amp;version=v18.0"></script><div class="fb-post" data-href="${POST}"><blockquote cite="${POST}" class="fb-xfbml-parse-ignore">${inner}</blockquote></div>`;

  it('gives lang and reads the date in it', () => {
    const [record] = extractHtmlEmbeds(
      page(
        'tr_TR',
        `<p>Yol kapalı.</p><a href="${PAGE}">Kelmoor Limanı</a> tarafından <a href="${POST}">3 Eylül 2020 Perşembe</a> tarihinde paylaşıldı`,
      ),
    ).embeds;
    expect(record).toMatchObject({
      lang: 'tr-TR',
      author: { name: 'Kelmoor Limanı' },
      dateText: '3 Eylül 2020 Perşembe',
      publishedAt: '2020-09-03',
    });
  });

  it('leaves lang null on a page without the SDK', () => {
    const html = page('en_US', '<p>Road closed.</p>').replace(/<script[^>]*><\/script>/, '');
    expect(extractHtmlEmbeds(html).embeds[0]?.lang).toBeNull();
  });

  it('gives no other platform’s record the SDK locale', () => {
    const html = `${page('de_DE', '<p>Straße gesperrt.</p>')}<blockquote class="twitter-tweet"><p>Hi</p>&mdash; Ana (@ana) <a href="https://twitter.com/ana/status/1752781230456789012">January 31, 2024</a></blockquote>`;
    expect(extractHtmlEmbeds(html).embeds.map((record) => record.lang)).toEqual(['de-DE', null]);
  });
});
