/**
 * What the SSRF guard lets through. The scheme rule (http and https only) always applies.
 *
 * @example
 * const policy: GuardPolicy = { allowPrivateNetworks: (a) => a === '127.0.0.1', allowedPorts: 'all' };
 */
export interface GuardPolicy {
  /**
   * `false` (default): block every address that is not public (loopback, RFC 1918, CGNAT,
   * link-local, unique-local, multicast, reserved…). `true`: allow every address (the port and
   * scheme rules still apply). A function: called with each address that is NOT public, in
   * canonical form (`'127.0.0.1'`, `'::1'`), and its family; return `true` to allow it.
   */
  allowPrivateNetworks: boolean | ((address: string, family: 4 | 6) => boolean);
  /** Ports a request may go to; default `[80, 443]`. `'all'` lifts the port rule. */
  allowedPorts: readonly number[] | 'all';
}

/**
 * The default policy: public addresses only, ports 80 and 443 only. Frozen.
 *
 * @example
 * checkTarget('http://10.0.0.1/', defaultGuardPolicy); // '10.0.0.1 is a private address'
 */
export const defaultGuardPolicy: GuardPolicy = Object.freeze({
  allowPrivateNetworks: false,
  allowedPorts: Object.freeze([80, 443]),
});

/**
 * Fills a partial policy (for example the options of `createGuardedAgent`) with the defaults and
 * checks it: `allowedPorts` must be `'all'` or integers from 1 to 65535.
 *
 * @throws {TypeError} on an invalid `allowedPorts` or `allowPrivateNetworks`.
 * @example
 * resolveGuardPolicy({ allowedPorts: [8080] }); // { allowPrivateNetworks: false, allowedPorts: [8080] }
 */
export function resolveGuardPolicy(options: Partial<GuardPolicy> = {}): GuardPolicy {
  const allowPrivateNetworks = options.allowPrivateNetworks ?? defaultGuardPolicy.allowPrivateNetworks;
  const allowedPorts = options.allowedPorts ?? defaultGuardPolicy.allowedPorts;
  if (typeof allowPrivateNetworks !== 'boolean' && typeof allowPrivateNetworks !== 'function') {
    throw new TypeError('allowPrivateNetworks must be a boolean or a function');
  }
  if (allowedPorts !== 'all') {
    if (!Array.isArray(allowedPorts)) throw new TypeError("allowedPorts must be an array of ports or 'all'");
    for (const port of allowedPorts) {
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new TypeError(`allowedPorts: ${String(port)} is not a port (1-65535)`);
      }
    }
  }
  return {
    allowPrivateNetworks,
    allowedPorts: allowedPorts === 'all' ? 'all' : Object.freeze([...allowedPorts]),
  };
}
