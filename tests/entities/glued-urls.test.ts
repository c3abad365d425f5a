/**
 * The `gluedUrls` option (links glued to a word or to another link in scraped text, truncated
 * links) and realistic tweet texts in both modes.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities, type Entities } from '../../src/entities/index.js';
import { createScanContext } from '../../src/entities/scan-context.js';
import { mediaLinkHosts } from '../../src/links/index.js';

// As the text and Markdown readers call it: with the registry's media hosts.
const glued = (text: string): Entities => extractEntities(text, { gluedUrls: true, gluedHosts: mediaLinkHosts });
const urlsOf = (entities: Entities): string[] => entities.urls.map((u) => u.value);
const valuesOf = (entities: Entities, kind: keyof Entities): string[] => entities[kind].map((e) => e.value);

describe('gluedUrls: links glued to the previous word', () => {
  it('starts a URL at the protocol glued to a word', () => {
    const text = 'meetinghttps://t.co/lav5U0u7bi';
    expect(glued(text).urls).toEqual([{ value: 'https://t.co/lav5U0u7bi', start: 7, end: 30 }]);
  });

  it('reads the whole code point before the link: a letter outside the BMP glues, a lone surrogate does not', () => {
    const text = 'see \u{1d400}https://t.co/lav5U0u7bi';
    expect(glued(text).urls).toEqual([{ value: 'https://t.co/lav5U0u7bi', start: 6, end: 29 }]);
    expect(createScanContext('see \u{1d400}https://t.co/x', true).gluedStarts?.[6]).toBe(1);
    expect(createScanContext('see \udc00https://t.co/x', true).gluedStarts).toBeUndefined();
    expect(createScanContext('see \ud835https://t.co/x', true).gluedStarts).toBeUndefined();
  });

  it('is off by default (twitter-text finds nothing there)', () => {
    expect(extractEntities('meetinghttps://t.co/lav5U0u7bi').urls).toEqual([]);
    expect(extractEntities('meetinghttps://t.co/lav5U0u7bi', { gluedUrls: false }).urls).toEqual([]);
  });

  it('recognises pic.twitter.com and pic.x.com glued after a word', () => {
    expect(glued('textpic.twitter.com/abc').urls).toEqual([{ value: 'pic.twitter.com/abc', start: 4, end: 23 }]);
    expect(urlsOf(glued('Wowpic.x.com/AbCdEf123'))).toEqual(['pic.x.com/AbCdEf123']);
    expect(urlsOf(glued('in Jerusalem todaypic.twitter.com/EQsKUijoL0'))).toEqual(['pic.twitter.com/EQsKUijoL0']);
  });

  it('takes the scheme-less hosts from gluedHosts only: the registry gives the media hosts, the default none', () => {
    expect(mediaLinkHosts).toEqual(['pic.twitter.com', 'pic.x.com']);
    expect(urlsOf(extractEntities('todaypic.twitter.com/EQsKUijoL0', { gluedUrls: true }))).toEqual(['todaypic.twitter.com/EQsKUijoL0']);
    expect(urlsOf(extractEntities('see theimg.murmur.social/Ab12', { gluedUrls: true, gluedHosts: ['img.murmur.social'] }))).toEqual([
      'img.murmur.social/Ab12',
    ]);
    // A dot in a host is literal, not any character.
    expect(urlsOf(extractEntities('theimgXmurmur.social/Ab12', { gluedUrls: true, gluedHosts: ['img.murmur.social'] }))).toEqual([
      'theimgXmurmur.social/Ab12',
    ]);
  });

  it('without the option the glued word stays part of the host', () => {
    expect(urlsOf(extractEntities('in Jerusalem todaypic.twitter.com/EQsKUijoL0'))).toEqual(['todaypic.twitter.com/EQsKUijoL0']);
  });

  it('works after letters of any script and after digits', () => {
    expect(urlsOf(glued('Новостиhttps://t.co/abc'))).toEqual(['https://t.co/abc']);
    expect(urlsOf(glued('2024https://t.co/abc'))).toEqual(['https://t.co/abc']);
    expect(urlsOf(glued('HTTPS://T.CO/ABC'))).toEqual(['HTTPS://T.CO/ABC']);
  });
});

describe('gluedUrls: links glued to another link', () => {
  it('splits two glued t.co links', () => {
    const text = 'https://t.co/abchttps://t.co/def';
    expect(glued(text).urls).toEqual([
      { value: 'https://t.co/abc', start: 0, end: 16 },
      { value: 'https://t.co/def', start: 16, end: 32 },
    ]);
    // twitter-text reads one URL and cuts it to the t.co slug.
    expect(urlsOf(extractEntities(text))).toEqual(['https://t.co/abchttps']);
  });

  it('splits a pic.twitter.com link glued to a t.co link', () => {
    expect(glued('pic.twitter.com/abcDEF1234https://t.co/x').urls).toEqual([
      { value: 'pic.twitter.com/abcDEF1234', start: 0, end: 26 },
      { value: 'https://t.co/x', start: 26, end: 40 },
    ]);
  });

  it('splits a t.co link glued to a pic.twitter.com link', () => {
    expect(urlsOf(glued('https://t.co/abc123pic.twitter.com/XyZ'))).toEqual(['https://t.co/abc123', 'pic.twitter.com/XyZ']);
  });

  it('ends a host at a glued protocol', () => {
    expect(urlsOf(glued('example.comhttps://t.co/x'))).toEqual(['example.com', 'https://t.co/x']);
  });

  it('splits three links in a row', () => {
    expect(urlsOf(glued('Watch:https://t.co/aaahttps://t.co/bbbhttps://t.co/ccc'))).toEqual([
      'https://t.co/aaa',
      'https://t.co/bbb',
      'https://t.co/ccc',
    ]);
  });

  it('keeps URLs embedded after punctuation inside a URL', () => {
    expect(urlsOf(glued('http://www.foo.com?referer=https://t.co/abcde'))).toEqual(['http://www.foo.com?referer=https://t.co/abcde']);
    expect(urlsOf(glued('https://web.archive.org/web/2020/https://example.com/a'))).toEqual([
      'https://web.archive.org/web/2020/https://example.com/a',
    ]);
    expect(urlsOf(glued('https://twitter.com/i/web/status/1?s=20pic.twitter.com/x'))).toEqual([
      'https://twitter.com/i/web/status/1?s=20',
      'pic.twitter.com/x',
    ]);
  });
});

describe('gluedUrls: truncated links', () => {
  it('stops a URL before the ellipsis', () => {
    expect(glued('https://example.com/long…').urls).toEqual([{ value: 'https://example.com/long', start: 0, end: 24 }]);
    expect(urlsOf(glued('Read more: https://www.nytimes.com/2024/03/03/world/middleeast/gaza-talks…'))).toEqual([
      'https://www.nytimes.com/2024/03/03/world/middleeast/gaza-talks',
    ]);
    expect(urlsOf(glued('https://t.co/abc…'))).toEqual(['https://t.co/abc']);
  });

  it('drops a link whose host was truncated', () => {
    expect(urlsOf(glued('see https://www.nyti… for more'))).toEqual([]);
  });

  it('a host followed by an ellipsis keeps only the host', () => {
    expect(urlsOf(glued('see nytimes.com… for more'))).toEqual(['nytimes.com']);
  });
});

describe('gluedUrls: other entities end where a glued link starts', () => {
  it('hashtags', () => {
    const e = glued('#Breakinghttps://t.co/x');
    expect(valuesOf(e, 'hashtags')).toEqual(['Breaking']);
    expect(urlsOf(e)).toEqual(['https://t.co/x']);
    expect(valuesOf(glued('#tagpic.twitter.com/abc'), 'hashtags')).toEqual(['tag']);
  });

  it('mentions', () => {
    const e = glued('cc @userhttps://t.co/x');
    expect(e.mentions).toEqual([{ value: 'user', start: 3, end: 8 }]);
    expect(urlsOf(e)).toEqual(['https://t.co/x']);
    // twitter-text drops a mention followed by "://"
    expect(extractEntities('cc @userhttps://t.co/x').mentions).toEqual([]);
  });

  it('cashtags', () => {
    const e = glued('$TSLAhttps://t.co/y');
    expect(valuesOf(e, 'cashtags')).toEqual(['TSLA']);
    expect(urlsOf(e)).toEqual(['https://t.co/y']);
  });
});

describe('realistic tweet texts', () => {
  it('an embed with a mention and a photo link', () => {
    const text = 'Met with @IsraeliPM Netanyahu in Jerusalem today to discuss the hostages … pic.twitter.com/EQsKUijoL0';
    for (const e of [extractEntities(text), glued(text)]) {
      expect(e.mentions).toEqual([{ value: 'IsraeliPM', start: 9, end: 19 }]);
      expect(urlsOf(e)).toEqual(['pic.twitter.com/EQsKUijoL0']);
      expect(e.hashtags).toEqual([]);
      expect(e.cashtags).toEqual([]);
    }
  });

  it('a scraped blockquote with its byline', () => {
    const text = 'Met with @IsraeliPM Netanyahu in Jerusalem todaypic.twitter.com/EQsKUijoL0— Antony Blinken (@SecBlinken) March 5, 2024';
    const e = glued(text);
    expect(valuesOf(e, 'mentions')).toEqual(['IsraeliPM', 'SecBlinken']);
    expect(urlsOf(e)).toEqual(['pic.twitter.com/EQsKUijoL0']);
  });

  it('German hashtags with umlauts and ß', () => {
    const text = 'Großartiger Abend in #München mit @FCBayern! #MiaSanMia #Fußball https://t.co/AbC123xyz';
    const e = extractEntities(text);
    expect(valuesOf(e, 'hashtags')).toEqual(['München', 'MiaSanMia', 'Fußball']);
    expect(valuesOf(e, 'mentions')).toEqual(['FCBayern']);
    expect(urlsOf(e)).toEqual(['https://t.co/AbC123xyz']);
  });

  it('Arabic hashtags with underscores and digits', () => {
    const text = 'مؤتمر صحفي اليوم #السعودية #رؤية_2030 https://t.co/Xyz12AbC';
    const e = extractEntities(text);
    expect(valuesOf(e, 'hashtags')).toEqual(['السعودية', 'رؤية_2030']);
    expect(urlsOf(e)).toEqual(['https://t.co/Xyz12AbC']);
  });

  it('Japanese hashtags ending at full-width punctuation', () => {
    const text = '東京で会議中 #東京オリンピック #がんばれ日本！ https://t.co/abcDEF12';
    const e = extractEntities(text);
    expect(valuesOf(e, 'hashtags')).toEqual(['東京オリンピック', 'がんばれ日本']);
    expect(urlsOf(e)).toEqual(['https://t.co/abcDEF12']);
  });

  it('cashtags, and dollar amounts that are not', () => {
    const text = '$TSLA closes up 5% while $AAPL dips; $BRK.B flat. Not cashtags: $100, US$5, $TOOLONGX';
    const e = extractEntities(text);
    expect(e.cashtags).toEqual([
      { value: 'TSLA', start: 0, end: 5 },
      { value: 'AAPL', start: 25, end: 30 },
      { value: 'BRK.B', start: 37, end: 43 },
    ]);
  });

  it('indices are UTF-16 and slice the entities out, after emoji too', () => {
    const text = '🚀🚀 @elonmusk says #Mars2030 $TSLA 👉 https://t.co/AbCd1234';
    const e = extractEntities(text);
    const slices = [...e.mentions, ...e.hashtags, ...e.cashtags, ...e.urls].map((x) => text.slice(x.start, x.end));
    expect(slices).toEqual(['@elonmusk', '#Mars2030', '$TSLA', 'https://t.co/AbCd1234']);
  });

  it('e-mail addresses are neither mentions nor URLs', () => {
    const e = extractEntities('Write to press@example.org or john.doe.gov@mail.com');
    expect(e.mentions).toEqual([]);
    expect(e.urls).toEqual([]);
  });

  it('a hashtag inside a URL is part of the URL', () => {
    const e = extractEntities('see https://example.com/page#section and #real');
    expect(urlsOf(e)).toEqual(['https://example.com/page#section']);
    expect(valuesOf(e, 'hashtags')).toEqual(['real']);
  });

  it('list references are not mentions', () => {
    expect(valuesOf(extractEntities('follow @nytimes/world and @AP'), 'mentions')).toEqual(['AP']);
  });
});

describe('extractEntities argument checks', () => {
  it('throws a TypeError for a non-string, as extractEmbeds does', () => {
    expect(() => extractEntities(42 as unknown as string)).toThrow(/text must be a string, got number/);
    expect(() => extractEntities(null as unknown as string)).toThrow(TypeError);
  });
});
