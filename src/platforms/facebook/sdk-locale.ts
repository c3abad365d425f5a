/** The SDK loader's URL, `connect.facebook.net/<locale>/sdk.js` (or the older `all.js`), with its locale. */
const SDK_SCRIPT = /connect\.facebook\.net\/([a-z]{2,3}_[A-Z]{2})\/(?:sdk|all)(?:\/debug)?\.js/;

/**
 * The locale a page loads Facebook's SDK in, from the loader's own URL, as a language tag; null
 * when the page loads no SDK. The SDK writes the fallback's frame and the date line of every
 * `fb-post` on the page in that locale.
 *
 * @example
 * sdkLocale('<script src="https://connect.facebook.net/tr_TR/sdk.js#xfbml=1&version=v18.0"></script>'); // 'tr-TR'
 * sdkLocale('<script src="https://connect.facebook.net/ar_AR/sdk.js"></script>'); // 'ar' (`AR` is no region there)
 * sdkLocale('<p>No SDK here</p>'); // null
 */
export function sdkLocale(html: string): string | null {
  const match = SDK_SCRIPT.exec(html);
  if (match === null) return null;
  const locale = match[1] ?? '';
  return NOT_REGIONS.get(locale) ?? locale.replace('_', '-');
}

/** Facebook locales whose second half is no region: Arabic for all regions, Latin-American Spanish. */
const NOT_REGIONS = new Map([
  ['ar_AR', 'ar'],
  ['es_LA', 'es-419'],
]);
