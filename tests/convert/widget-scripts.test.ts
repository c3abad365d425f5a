/** src/convert/widget-scripts.ts on its own (split from the converter's parts test). */
import { describe, expect, it } from 'vitest';
import { isWidgetScript, widgetScriptEnd } from '../../src/convert/widget-scripts.js';
import { platform } from './embed-record.js';

describe('widget scripts', () => {
  it.each([
    ['twitter', 'https://platform.twitter.com/widgets.js', true],
    ['twitter', '//platform.twitter.com/widgets.js', true],
    ['twitter', 'HTTPS://PLATFORM.X.COM/widgets.js?v=2', true],
    ['twitter', 'https://platform.twitter.com/widgets.js.evil.example/x.js', false],
    ['twitter', '/static/js/site.js', false],
    ['instagram', '//www.instagram.com/embed.js', true],
    ['instagram', '//platform.instagram.com/en_US/embeds.js', true],
    ['facebook', 'https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v18.0', true],
    ['facebook', 'https://connect.facebook.net/sdk.js', false],
    ['bluesky', 'https://embed.bsky.app/static/embed.js', true],
    ['tiktok', 'https://www.tiktok.com/embed.js', true],
    ['threads', 'https://www.threads.com/embed.js', true],
    ['reddit', 'https://embed.reddit.com/widgets.js', true],
    ['mastodon', 'https://social.example/embed.js', true],
    ['mastodon', 'https://social.example/js/embed.js', false],
    ['youtube', 'https://www.youtube.com/iframe_api', false],
  ])('%s: %s → %s', (name, src, expected) => {
    expect(isWidgetScript(src, platform(name))).toBe(expected);
  });

  it('finds the script after whitespace, only for the owning platform', () => {
    const html = `x\n  <script async src="https://platform.twitter.com/widgets.js"></script>y`;
    expect(widgetScriptEnd(html, 1, [platform('twitter')])).toBe(html.length - 1);
    expect(widgetScriptEnd(html, 1, [platform('instagram')])).toBe(-1);
    expect(widgetScriptEnd('x <p>', 1, [platform('twitter')])).toBe(-1);
  });
});
