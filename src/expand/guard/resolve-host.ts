import { lookup as dnsLookup } from 'node:dns/promises';
import { errors } from 'undici';

/**
 * A resolver: every address a host name resolves to. The guard's default is
 * {@link systemLookup}; tests inject their own.
 *
 * @example
 * const fake: HostLookup = async () => [{ address: '127.0.0.1', family: 4 }];
 */
export type HostLookup = (hostname: string) => Promise<Array<{ address: string; family: 4 | 6 }>>;

/**
 * Resolves a name with the system resolver (`node:dns/promises` `lookup`, `all: true`, resolver
 * order), the way `net.connect` would, so `/etc/hosts` and the OS configuration apply.
 *
 * @example
 * await systemLookup('localhost'); // [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]
 */
export const systemLookup: HostLookup = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/**
 * Runs a lookup with a deadline: rejects with undici's `ConnectTimeoutError` (code
 * `UND_ERR_CONNECT_TIMEOUT`) when it takes longer than `timeoutMs`, so a hung resolver surfaces
 * like any other connect timeout.
 *
 * @example
 * await lookupWithTimeout(systemLookup, 't.co', 5_000);
 */
export async function lookupWithTimeout(
  lookup: HostLookup,
  hostname: string,
  timeoutMs: number,
): Promise<Array<{ address: string; family: 4 | 6 }>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new errors.ConnectTimeoutError(`DNS lookup of ${hostname} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    timer.unref?.();
  });
  try {
    return await Promise.race([lookup(hostname), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
