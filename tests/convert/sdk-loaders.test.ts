/**
 * Converting HTML with remove or marker takes the page-level SDK setup of the platforms whose
 * embeds were cut: Facebook's fb-root and SDK script, and inline loader snippets. Other scripts stay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../../src/convert/index.js';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../../fixtures/html', name), 'utf8');

const FB_POST =
  '<div class="fb-post" data-href="https://www.facebook.com/harbourfirerescue/posts/7382097697688735"><blockquote cite="https://www.facebook.com/harbourfirerescue/posts/7382097697688735" class="fb-xfbml-parse-ignore"><p>Crews are at the boatyard.</p>Posted by <a href="https://www.facebook.com/harbourfirerescue/">Harbour Fire &amp; Rescue</a> on&nbsp;<a href="https://www.facebook.com/harbourfirerescue/posts/7382097697688735">Thursday, September 3, 2020</a></blockquote></div>';
const FB_LOADER =
  '<script>(function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = "//connect.facebook.net/en_GB/sdk.js#xfbml=1&version=v3.2"; fjs.parentNode.insertBefore(js, fjs); }(document, "script", "facebook-jssdk"));</script>';
const TWEET =
  '<blockquote class="twitter-tweet"><p lang="en">Back on time</p>&mdash; Ana Lowry (@analowry) <a href="https://twitter.com/analowry/status/1786301234567890123">May 3, 2024</a></blockquote>';
const TWITTER_LOADER =
  '<script>window.twttr = (function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0], t = window.twttr || {}; if (d.getElementById(id)) return t; js = d.createElement(s); js.id = id; js.src = "https://platform.twitter.com/widgets.js"; fjs.parentNode.insertBefore(js, fjs); return t; }(document, "script", "twitter-wjs"));</script>';

describe('convertArticle on HTML: SDK setup of cut platforms', () => {
  it.each(['remove', 'marker'] as const)('%s: the Facebook fixture loses fb-root and the SDK script', (embeds) => {
    const { output } = convertArticle(fixture('facebook-fb-post-english.html'), { embeds });
    expect(output).not.toContain('fb-root');
    expect(output).not.toContain('connect.facebook.net');
    expect(output).toContain('<p>Smoke could be seen for miles after a fire broke out at a boatyard on Thursday.</p>\n');
    expect(output).toContain('<script src="/static/js/site.js" defer></script>');
  });

  it('an inline SDK loader snippet goes, a site script stays; no blank lines are left', () => {
    const html = `<p>A</p>\n<div id="fb-root"></div>\n${FB_LOADER}\n${FB_POST}\n<p>B</p>\n<script>window.site={a:1};</script>`;
    expect(convertArticle(html, { embeds: 'remove' }).output).toBe('<p>A</p>\n<p>B</p>\n<script>window.site={a:1};</script>');
  });

  it("Twitter's inline loader goes with the tweets; Facebook's setup stays when no Facebook embed was cut", () => {
    const html = `${TWITTER_LOADER}\n<p>A</p>\n${TWEET}\n<div id="fb-root"></div>\n${FB_LOADER}\n<p>B</p>`;
    const { output } = convertArticle(html, { embeds: 'remove' });
    expect(output).not.toContain('twttr');
    expect(output).toContain('<div id="fb-root"></div>');
    expect(output).toContain('facebook-jssdk');
  });

  it('keep leaves the page as it was, and a page without embeds keeps its fb-root', () => {
    const html = fixture('facebook-fb-post-english.html');
    expect(convertArticle(html, { embeds: 'keep' }).output).toBe(html);
    const plugins = fixture('neg-facebook-page-plugins.html');
    expect(convertArticle(plugins, { embeds: 'remove' }).output).toContain('fb-root');
  });

  it('the Markdown output has no trace of them either', () => {
    const { output } = convertArticle(`<div id="fb-root"></div>${FB_LOADER}${FB_POST}<p>B</p>`, { embeds: 'keep', output: 'markdown' });
    expect(output).not.toMatch(/fb-root|facebook-jssdk|sdk\.js/);
    expect(output).toMatch(/^> Crews are at the boatyard\./);
  });
});
