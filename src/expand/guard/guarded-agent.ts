import type { Socket } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { BlockedTargetError } from '../errors/blocked-target-error.js';
import { checkAddress } from './check-address.js';
import { checkOrigin } from './check-origin.js';
import { type GuardPolicy, resolveGuardPolicy } from './guard-policy.js';
import { parseIpLiteral, type IpLiteral } from './ip-literal.js';
import { pickAddresses } from './pick-addresses.js';
import { lookupWithTimeout, systemLookup, type HostLookup } from './resolve-host.js';
import { checkOptionKeys } from '../../kit/index.js';

/** Connect errors after which the next resolved address (other family) is tried. */
const retryableCodes = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Options of {@link createGuardedAgent} and {@link createGuardedConnector}: a partial
 * {@link GuardPolicy} (defaults: public addresses only, ports 80 and 443) plus connection settings.
 *
 * @example
 * const options: GuardedAgentOptions = { allowedPorts: [443], connectTimeoutMs: 3_000 };
 */
export interface GuardedAgentOptions extends Partial<GuardPolicy> {
  /** Deadline of the DNS lookup, and separately of each connection attempt (TCP + TLS); default 5 000. */
  connectTimeoutMs?: number;
  /** undici `headersTimeout`, passed to the Agent. */
  headersTimeoutMs?: number;
  /** undici `bodyTimeout`, passed to the Agent. */
  bodyTimeoutMs?: number;
  /** Connections per origin, passed to the Agent. */
  connections?: number;
  /** Resolver; default `node:dns/promises` `lookup` with `all: true`. Injectable for tests. */
  lookup?: (hostname: string) => Promise<Array<{ address: string; family: 4 | 6 }>>;
}

/** The option names of {@link createGuardedAgent}, checked against {@link GuardedAgentOptions} by the compiler. */
const guardedAgentOptionKeys = Object.keys({
  allowPrivateNetworks: true,
  allowedPorts: true,
  connectTimeoutMs: true,
  headersTimeoutMs: true,
  bodyTimeoutMs: true,
  connections: true,
  lookup: true,
} satisfies Record<keyof GuardedAgentOptions, true>);

/**
 * An undici connector that enforces the SSRF guard on every connection, redirects included:
 *
 * 1. the scheme must be http or https and the port allowed;
 * 2. a literal-IP host (undici never calls a lookup hook for those) is checked directly;
 * 3. a name is resolved here (`lookup`, all addresses) and **every** answer is checked: if any is
 *    refused the connection is refused (see `pickAddresses`);
 * 4. the socket is opened to the checked address itself (pinned), so a second DNS answer cannot
 *    swap in another address (DNS rebinding); TLS still sends the name as SNI and verifies the
 *    certificate against it, and the Host header is untouched.
 *
 * Refusals are {@link BlockedTargetError}s passed to undici before any socket exists; undici's
 * `request` rejects with that error, its `fetch` with `TypeError('fetch failed')` whose `cause` it
 * is (`isBlockedTargetError` handles both). With `allowPrivateNetworks: true` only step 1 applies
 * and undici connects as usual.
 *
 * @example
 * const agent = new Agent({ connect: createGuardedConnector({ connectTimeoutMs: 3_000 }) });
 */
export function createGuardedConnector(options: GuardedAgentOptions = {}): buildConnector.connector {
  checkOptionKeys(options, guardedAgentOptionKeys, 'createGuardedConnector');
  const policy = resolveGuardPolicy(options);
  const timeoutMs = options.connectTimeoutMs ?? 5_000;
  const lookup: HostLookup = options.lookup ?? systemLookup;
  const connect = buildConnector({ timeout: timeoutMs });

  const connectOnce = (connectOptions: buildConnector.Options): Promise<Socket> =>
    new Promise((resolve, reject) => {
      connect(connectOptions, (error, socket) => {
        if (error === null) resolve(socket);
        else reject(error);
      });
    });

  const guardedConnect = async (target: buildConnector.Options): Promise<Socket> => {
    const { protocol, hostname, port } = target;
    const url = `${protocol}//${target.host ?? hostname}`;
    const originReason = checkOrigin(protocol, port, policy);
    if (originReason !== null) throw new BlockedTargetError(originReason, { url });
    if (policy.allowPrivateNetworks === true) return connectOnce(target);

    const literal = parseIpLiteral(hostname);
    let addresses: IpLiteral[];
    if (literal !== null) {
      const reason = checkAddress(literal.address, policy);
      if (reason !== null) throw new BlockedTargetError(reason, { url, address: literal.address });
      addresses = [literal];
    } else {
      const answers = await lookupWithTimeout(lookup, hostname, timeoutMs);
      const picked = pickAddresses(hostname, answers, policy);
      if (!picked.ok) {
        throw new BlockedTargetError(picked.reason, picked.address === undefined ? { url } : { url, address: picked.address });
      }
      addresses = picked.addresses;
    }

    // SNI carries the name without a trailing dot (RFC 6066); an IP literal sends no SNI.
    const servername = target.servername || (literal === null ? hostname.replace(/\.$/, '') : undefined);
    let lastError: unknown;
    for (const address of addresses) {
      try {
        return await connectOnce({ ...target, hostname: address.address, servername });
      } catch (error) {
        lastError = error;
        if (!retryableCodes.has((error as { code?: unknown } | null)?.code as string)) break;
      }
    }
    throw lastError;
  };

  return (target, callback) => {
    guardedConnect(target).then(
      (socket) => callback(null, socket),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  };
}

/**
 * An undici `Agent` whose every connection goes through {@link createGuardedConnector}: use it as
 * the `dispatcher` of `fetch`/`request`. Redirects followed by undici open new connections, so
 * each hop is checked too.
 *
 * @example
 * import { fetch } from 'undici';
 * const agent = createGuardedAgent({ connectTimeoutMs: 3_000 });
 * await fetch('https://t.co/abc', { dispatcher: agent, redirect: 'manual' });
 */
export function createGuardedAgent(options: GuardedAgentOptions = {}): Agent {
  checkOptionKeys(options, guardedAgentOptionKeys, 'createGuardedAgent');
  const agentOptions: Agent.Options = { connect: createGuardedConnector(options) };
  if (options.headersTimeoutMs !== undefined) agentOptions.headersTimeout = options.headersTimeoutMs;
  if (options.bodyTimeoutMs !== undefined) agentOptions.bodyTimeout = options.bodyTimeoutMs;
  if (options.connections !== undefined) agentOptions.connections = options.connections;
  return new Agent(agentOptions);
}
