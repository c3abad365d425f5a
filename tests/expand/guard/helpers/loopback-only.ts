/**
 * Spies on `net.connect` and `tls.connect` (which undici's connector calls through the module
 * objects) that record every socket and throw on any host that is not a loopback address, so a
 * guard bug fails the test instead of sending a packet off the machine.
 */
import net from 'node:net';
import tls from 'node:tls';
import { vi, type MockInstance } from 'vitest';

/**
 * The spies installed by {@link spyOnConnects}. Restore them with `vi.restoreAllMocks()`.
 *
 * @example
 * expect(spies.netConnect.mock.calls[0]?.[0]).toMatchObject({ host: '127.0.0.1' });
 */
export interface ConnectSpies {
  netConnect: MockInstance;
  tlsConnect: MockInstance;
  /** Sockets opened so far, TCP and TLS. */
  socketsOpened: () => number;
}

const isLoopbackHost = (host: unknown): boolean => typeof host === 'string' && (host.startsWith('127.') || host === '::1');

/**
 * Installs the spies. `tlsCa`, if given, is added as `ca` to every `tls.connect` call so a test
 * server's self-signed certificate is trusted (the guard itself exposes no TLS options).
 *
 * @example
 * const spies = spyOnConnects();
 * expect(spies.socketsOpened()).toBe(0);
 */
export function spyOnConnects(options: { tlsCa?: string } = {}): ConnectSpies {
  const originalNet = net.connect as (...args: unknown[]) => net.Socket;
  const originalTls = tls.connect as (...args: unknown[]) => tls.TLSSocket;
  const hostOf = (args: unknown[]): unknown => (args[0] as { host?: unknown } | undefined)?.host;
  const refuseEgress = (args: unknown[]): void => {
    if (!isLoopbackHost(hostOf(args))) throw new Error(`test tried to leave the machine: ${String(hostOf(args))}`);
  };
  const netConnect = vi.spyOn(net, 'connect').mockImplementation(((...args: unknown[]) => {
    refuseEgress(args);
    return originalNet(...args);
  }) as typeof net.connect);
  const tlsConnect = vi.spyOn(tls, 'connect').mockImplementation(((...args: unknown[]) => {
    refuseEgress(args);
    if (options.tlsCa !== undefined) args[0] = { ...(args[0] as object), ca: options.tlsCa };
    return originalTls(...args);
  }) as typeof tls.connect);
  return {
    netConnect,
    tlsConnect,
    socketsOpened: () => netConnect.mock.calls.length + tlsConnect.mock.calls.length,
  };
}
