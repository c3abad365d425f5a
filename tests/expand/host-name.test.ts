import { describe, expect, it } from 'vitest';
import { defaultExpandHosts } from '../../src/expand/default-hosts.js';
import { isHostName } from '../../src/expand/host-name.js';

describe('isHostName', () => {
  it.each([
    't.co',
    'bit.ly',
    'BIT.LY',
    'on.ft.com',
    'my_host.example',
    'xn--bcher-kva.de',
    '[::1]',
    '[2001:db8::1]',
    '[::ffff:192.0.2.1]',
    '192.0.2.1',
  ])('accepts %j', (host) => {
    expect(isHostName(host)).toBe(true);
  });

  it.each(['', ' t.co', 'bit.ly:80', 'https://t.co/', 't.co/x', 'user@t.co', 't.co?x', 'bücher.de', '::1', '[::1]:80', '*.t.co', 'a b'])(
    'rejects %j',
    (host) => {
      expect(isHostName(host)).toBe(false);
    },
  );

  it('accepts every default host', () => {
    for (const host of defaultExpandHosts) expect(isHostName(host)).toBe(true);
  });

  it('accepts what URL writes as a link’s hostname', () => {
    for (const url of ['https://BIT.ly/x', 'http://bücher.de/', 'http://[::1]:8080/', 'http://192.0.2.1/', 'https://a_b.example/']) {
      expect(isHostName(new URL(url).hostname)).toBe(true);
    }
  });
});
