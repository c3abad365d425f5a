import { describe, expect, it } from 'vitest';
import { sdkLocale } from '../../../src/platforms/facebook/sdk-locale.js';

describe('sdkLocale', () => {
  it.each([
    ['https://connect.facebook.net/tr_TR/sdk.js#xfbml=1&version=v18.0', 'tr-TR'],
    ['//connect.facebook.net/ja_JP/sdk.js', 'ja-JP'],
    ['https://connect.facebook.net/de_DE/all.js#xfbml=1', 'de-DE'],
    ['https://connect.facebook.net/en_GB/sdk/debug.js', 'en-GB'],
    ['https://connect.facebook.net/ar_AR/sdk.js', 'ar'],
    ['https://connect.facebook.net/es_LA/sdk.js', 'es-419'],
  ])('reads the locale of %s', (src, tag) => {
    expect(sdkLocale(`<p>Story.</p><script async defer src="${src}"></script>`)).toBe(tag);
  });

  it('is null without the SDK loader, or for its other scripts', () => {
    expect(sdkLocale('<p>No SDK.</p>')).toBeNull();
    expect(sdkLocale('<script src="https://connect.facebook.net/signals/config/123"></script>')).toBeNull();
    expect(sdkLocale('<script src="https://connect.facebook.net/en_US/fbevents.js"></script>')).toBeNull();
  });
});
