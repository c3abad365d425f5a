import { describe, expect, it } from 'vitest';
import { parseIpLiteral } from '../../../src/expand/guard/ip-literal.js';

describe('parseIpLiteral', () => {
  it.each([
    ['127.0.0.1', 4, '127.0.0.1'],
    ['2130706433', 4, '127.0.0.1'],
    ['0x7f.1', 4, '127.0.0.1'],
    ['017700000001', 4, '127.0.0.1'],
    ['127.1', 4, '127.0.0.1'],
    ['0xA9FEA9FE', 4, '169.254.169.254'],
    ['10.1', 4, '10.0.0.1'],
    ['8.8.8.8.', 4, '8.8.8.8'],
    ['::1', 6, '::1'],
    ['[::1]', 6, '::1'],
    ['[::ffff:127.0.0.1]', 6, '::ffff:7f00:1'],
    ['[::FFFF:7F00:1]', 6, '::ffff:7f00:1'],
    ['[0:0:0:0:0:0:0:1]', 6, '::1'],
    ['fe80::1%eth0', 6, 'fe80::1'],
    ['[fe80::1%25eth0]', 6, 'fe80::1'],
    ['[fe80::1%eth0]', 6, 'fe80::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', 6, '2001:db8::1'],
  ])('%s is IPv%d %s', (host, family, address) => {
    expect(parseIpLiteral(host)).toEqual({ family, address });
  });

  it.each([
    '',
    't.co',
    'localhost',
    'example.com',
    '127.0.0.1.example.com',
    '1.2.3.4.5',
    '256.256.256.256',
    '[127.0.0.1]',
    '[::1',
    '::1]',
    '[]',
    '[::1]:80',
    '127.0.0.1:80',
    'fe80::1%',
    '%eth0',
    '[not:an:ip]',
    'xn--nxasmq6b',
    '0x7f.1.example',
  ])('%j is not an IP literal', (host) => {
    expect(parseIpLiteral(host)).toBeNull();
  });
});
