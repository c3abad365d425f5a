import { describe, expect, it } from 'vitest';
import { admitLink, isAdmitted, readGuardPolicy } from '../../src/expand/expand-policy.js';

describe('admitLink', () => {
  it('takes up a link on the hosts in its canonical form (scheme-less read as https, fragment dropped)', () => {
    const verdict = admitLink('bit.ly/3abcXYZ#top', ['bit.ly']);
    expect(isAdmitted(verdict)).toBe(true);
    if (!isAdmitted(verdict)) return;
    expect(verdict.canonical).toBe('https://bit.ly/3abcXYZ');
    expect(verdict.url.host).toBe('bit.ly');
  });

  it('takes up a subdomain of a host and anything with hosts "all"', () => {
    expect(isAdmitted(admitLink('https://www.bit.ly/x', ['bit.ly']))).toBe(true);
    expect(isAdmitted(admitLink('https://news.example.org/story', 'all'))).toBe(true);
  });

  it('skips a link off the hosts, with the host in the reason', () => {
    expect(admitLink('https://news.example.org/story', ['t.co'])).toEqual({
      url: 'https://news.example.org/story',
      status: 'skipped',
      expandedUrl: null,
      hops: [],
      reason: 'news.example.org is not one of the hosts to expand',
    });
  });

  it.each([
    [42, 'not a string (number)'],
    ['   ', 'invalid URL: empty string'],
    ['ftp://t.co/abc', 'not an http or https URL (ftp:)'],
    ['https://exa mple.com/x', 'invalid URL "https://exa mple.com/x"'],
  ])('fails %j without a request: %s', (input, reason) => {
    const verdict = admitLink(input, 'all');
    expect(isAdmitted(verdict)).toBe(false);
    expect(verdict).toMatchObject({ status: 'failed', expandedUrl: null, hops: [], reason });
  });

  it('reads host:port without a scheme as a host, not as a scheme', () => {
    const verdict = admitLink('t.co:8443/abc', ['t.co']);
    expect(isAdmitted(verdict) && verdict.canonical).toBe('https://t.co:8443/abc');
  });
});

describe('readGuardPolicy', () => {
  it('defaults to no private networks and ports 80 and 443', () => {
    expect(readGuardPolicy({}, 'test')).toEqual({ allowPrivateNetworks: false, allowedPorts: [80, 443] });
  });

  it('keeps a predicate and copies the ports frozen', () => {
    const ports = [443, 8443];
    const predicate = (address: string) => address === '127.0.0.1';
    const policy = readGuardPolicy({ allowPrivateNetworks: predicate, allowedPorts: ports }, 'test');
    ports.push(22);
    expect(policy.allowPrivateNetworks).toBe(predicate);
    expect(policy.allowedPorts).toEqual([443, 8443]);
    expect(Object.isFrozen(policy.allowedPorts)).toBe(true);
    expect(readGuardPolicy({ allowedPorts: 'all' }, 'test').allowedPorts).toBe('all');
  });

  it.each([
    [{ allowPrivateNetworks: 'yes' }, TypeError, 'createExpander: options.allowPrivateNetworks must be a boolean or a function'],
    [{ allowedPorts: 443 }, TypeError, "createExpander: options.allowedPorts must be an array of ports or 'all'"],
    [{ allowedPorts: [443, 70000] }, RangeError, 'createExpander: options.allowedPorts must hold ports from 1 to 65535, got number 70000'],
  ])('refuses %j', (options, type, message) => {
    expect(() => readGuardPolicy(options, 'createExpander')).toThrow(type);
    expect(() => readGuardPolicy(options, 'createExpander')).toThrow(message);
  });
});
