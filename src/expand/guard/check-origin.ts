import type { GuardPolicy } from './guard-policy.js';

/**
 * The port a request goes to: the explicit port, else 80 for `http:` and 443 for `https:`.
 * `protocol` is written as `URL#protocol` writes it, with the colon. `null` for other schemes
 * without a port.
 *
 * @example
 * effectivePort('https:', ''); // 443
 * effectivePort('http:', '8080'); // 8080
 */
export function effectivePort(protocol: string, port: string | number): number | null {
  if (port !== '' && port !== 0) return Number(port);
  if (protocol === 'http:') return 80;
  if (protocol === 'https:') return 443;
  return null;
}

/**
 * Checks the scheme and port of a target: `null` if allowed, otherwise the reason in words. Only
 * `http:` and `https:` pass; the port (explicit or default) must be in `policy.allowedPorts`
 * unless that is `'all'`. Pure.
 *
 * @example
 * checkOrigin('ftp:', '', defaultGuardPolicy); // 'scheme ftp: is not http or https'
 * checkOrigin('http:', '8080', defaultGuardPolicy); // 'port 8080 is not allowed (allowedPorts: 80, 443)'
 * checkOrigin('https:', '', defaultGuardPolicy); // null
 */
export function checkOrigin(protocol: string, port: string | number, policy: GuardPolicy): string | null {
  if (protocol !== 'http:' && protocol !== 'https:') return `scheme ${protocol} is not http or https`;
  const number = effectivePort(protocol, port);
  if (number === null || !Number.isInteger(number) || number < 1 || number > 65535) {
    return `port ${String(port)} is not a valid port`;
  }
  if (policy.allowedPorts === 'all' || policy.allowedPorts.includes(number)) return null;
  return `port ${number} is not allowed (allowedPorts: ${policy.allowedPorts.join(', ')})`;
}
