import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect as netConnect, createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { Agent } from 'undici';

/** One request the test server saw. */
export interface SeenRequest {
  method: string;
  path: string;
  host: string;
  userAgent: string | undefined;
}

/** A route handler; `server` gives access to per-path counters. */
export type Route = (req: IncomingMessage, res: ServerResponse, server: TestServer) => void;

/** A real node:http server on 127.0.0.1, port 0, that records what it serves. */
export interface TestServer {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Absolute URL of a path on this server. */
  url(path: string): string;
  /** Every request, in arrival order. */
  readonly requests: SeenRequest[];
  /** Requests whose path (without query) is `path`. */
  count(path: string): number;
  /** The most requests handled at once. */
  readonly maxConcurrent: number;
  /** TCP connections accepted so far. */
  readonly connections: number;
  /** Stops the server and destroys every connection. */
  close(): Promise<void>;
}

/**
 * Starts a test server on `host` (default 127.0.0.1), port 0. `routes` maps a path (without
 * query) to a handler; unknown paths answer 404.
 */
export async function startTestServer(routes: Record<string, Route>, host = '127.0.0.1'): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  let current = 0;
  let maxConcurrent = 0;
  let connections = 0;
  const sockets = new Set<Socket>();
  let api: TestServer;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ method: req.method ?? 'GET', path, host: req.headers.host ?? '', userAgent: req.headers['user-agent'] });
    current++;
    if (current > maxConcurrent) maxConcurrent = current;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      current--;
    };
    res.on('finish', finish);
    res.on('close', finish);
    const route = routes[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(req, res, api);
  });
  server.on('connection', (socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;
  api = {
    port,
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    count: (path) => requests.filter((request) => request.path === path).length,
    get maxConcurrent() {
      return maxConcurrent;
    },
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return api;
}

/** Answers with a redirect. */
export function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location, 'content-type': 'text/html' }).end(`<a href="${location}">moved</a>`);
}

/** Answers 200 with a plain-text body (not HTML, so HEAD is believed). */
export function ok(res: ServerResponse, body = 'final'): void {
  res.writeHead(200, { 'content-type': 'text/plain' }).end(body);
}

/** Answers 200 with an HTML page. */
export function page(res: ServerResponse, html: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
}

/** A port that was free a moment ago (bind 127.0.0.1:0, read, close). */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A test-only undici dispatcher that sends every request, whatever its host and scheme, over
 * plain TCP to 127.0.0.1:`port`, so a local server can stand in for a public host such as
 * pic.twitter.com. `connects` records the host names it was asked to connect to.
 */
export function routeAllTo(port: number): { dispatcher: Agent; connects: string[] } {
  const connects: string[] = [];
  const dispatcher = new Agent({
    connect: (options, callback) => {
      connects.push(options.hostname);
      const socket = netConnect({ host: '127.0.0.1', port });
      socket.once('connect', () => callback(null, socket));
      socket.once('error', (error) => callback(error, null));
    },
  });
  return { dispatcher, connects };
}

/** Options every local test passes: the guard allows 127.0.0.1 only, any port. */
export const localOnly = {
  allowPrivateNetworks: (address: string) => address === '127.0.0.1',
  allowedPorts: 'all',
} as const;
