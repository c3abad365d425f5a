import { checkAddress } from './check-address.js';
import type { GuardPolicy } from './guard-policy.js';
import { parseIpLiteral, type IpLiteral } from './ip-literal.js';

/**
 * The outcome of screening a host's resolved addresses: the addresses to try, in order, or the
 * first refused address and why.
 *
 * @example
 * const refused: PickedAddresses = { ok: false, reason: '10.0.0.1 is a private address', address: '10.0.0.1' };
 */
export type PickedAddresses = { ok: true; addresses: IpLiteral[] } | { ok: false; reason: string; address?: string };

/**
 * Screens every address a name resolved to. **If any address is refused, the whole host is
 * refused**: a name that mixes public and private answers is a DNS-rebinding or shadowing trick,
 * and refusing it is simpler to reason about than quietly dropping answers. Otherwise returns the
 * addresses to try: the first of each family, in resolver order (at most two connection attempts,
 * so an unreachable IPv6 path falls back to IPv4). Pure.
 *
 * @example
 * pickAddresses('a.test', [{ address: '93.184.215.14', family: 4 }, { address: '10.0.0.1', family: 4 }], defaultGuardPolicy);
 * // { ok: false, reason: 'a.test resolves to 10.0.0.1: 10.0.0.1 is a private address', address: '10.0.0.1' }
 */
export function pickAddresses(hostname: string, answers: ReadonlyArray<{ address: string }>, policy: GuardPolicy): PickedAddresses {
  if (answers.length === 0) return { ok: false, reason: `${hostname} resolves to no address` };
  const picked: IpLiteral[] = [];
  for (const answer of answers) {
    const reason = checkAddress(answer.address, policy);
    if (reason !== null) {
      return { ok: false, reason: `${hostname} resolves to ${answer.address}: ${reason}`, address: answer.address };
    }
    const literal = parseIpLiteral(answer.address) as IpLiteral;
    if (!picked.some((seen) => seen.family === literal.family)) picked.push(literal);
  }
  return { ok: true, addresses: picked };
}
