/**
 * HTTPS through the guarded agent, against a local server with a self-signed certificate for
 * `sni.test` (fixtures/, valid until 2126, test-only key). The agent connects to the pinned
 * address 127.0.0.1 yet must send `sni.test` as SNI and verify the certificate against that name.
 * The `tls.connect` spy adds the fixture certificate as `ca` and refuses non-loopback hosts.
 */
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { request, type Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isBlockedTargetError } from '../../../src/expand/errors/index.js';
import { createGuardedAgent } from '../../../src/expand/guard/guarded-agent.js';
import { fakeLookup, v4 } from './helpers/fake-lookup.js';
import { spyOnConnects, type ConnectSpies } from './helpers/loopback-only.js';
import { closeServer, listenOnLoopback } from './helpers/listen.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const cert = fixture('sni-test.cert.pem');
const key = fixture('sni-test.key.pem');

/** 127.0.0.1 plays the public internet. */
const loopback1IsPublic = (address: string): boolean => address === '127.0.0.1';

let spies: ConnectSpies;
let server: https.Server;
let port: number;
let servernames: Array<string | false | null>;
let agent: Agent | undefined;

beforeEach(async () => {
  spies = spyOnConnects({ tlsCa: cert });
  servernames = [];
  server = https.createServer({ cert, key }, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`host=${req.headers.host}`);
  });
  server.on('secureConnection', (socket) => servernames.push(socket.servername));
  port = await listenOnLoopback(server);
});

afterEach(async () => {
  await agent?.destroy();
  agent = undefined;
  await closeServer(server);
  vi.restoreAllMocks();
});

describe('createGuardedAgent over HTTPS', () => {
  it('connects to the pinned address, sends the name as SNI and verifies the certificate for it', async () => {
    const lookup = fakeLookup({ 'sni.test': [v4('127.0.0.1')] });
    agent = createGuardedAgent({ allowedPorts: 'all', lookup, allowPrivateNetworks: loopback1IsPublic });
    const response = await request(`https://sni.test:${port}/`, { dispatcher: agent });
    expect(response.statusCode).toBe(200);
    expect(await response.body.text()).toBe(`host=sni.test:${port}`);
    expect(servernames).toEqual(['sni.test']);
    expect(spies.tlsConnect).toHaveBeenCalledTimes(1);
    expect(spies.tlsConnect.mock.calls[0]?.[0]).toMatchObject({ host: '127.0.0.1', servername: 'sni.test' });
  });

  it('sends a fully qualified name (trailing dot) as SNI without the dot', async () => {
    const lookup = fakeLookup({ 'sni.test.': [v4('127.0.0.1')] });
    agent = createGuardedAgent({ allowedPorts: 'all', lookup, allowPrivateNetworks: loopback1IsPublic });
    const response = await request(`https://sni.test.:${port}/`, { dispatcher: agent });
    expect(response.statusCode).toBe(200);
    await response.body.text();
    expect(servernames).toEqual(['sni.test']);
  });

  it('still rejects a certificate that does not name the host (verification is against the name, not the IP)', async () => {
    const lookup = fakeLookup({ 'other.test': [v4('127.0.0.1')] });
    agent = createGuardedAgent({ allowedPorts: 'all', lookup, allowPrivateNetworks: loopback1IsPublic });
    const error = await request(`https://other.test:${port}/`, { dispatcher: agent }).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    expect(isBlockedTargetError(error)).toBe(false);
  });

  it('blocks an https URL to a literal loopback IP before the handshake', async () => {
    agent = createGuardedAgent({ allowedPorts: 'all' });
    const error = await request(`https://127.0.0.1:${port}/`, { dispatcher: agent }).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(isBlockedTargetError(error)).toBe(true);
    expect(spies.socketsOpened()).toBe(0);
    expect(servernames).toEqual([]);
  });
});
