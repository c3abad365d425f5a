// Servers that accept a connection and never answer, on 127.0.0.1 only: a plain TCP server, and a
// real redis-server paused with SIGSTOP (when redis-server is installed).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { freePort } from './test-server.js';

/** A TCP server that accepts every connection, reads what it is sent and never replies. */
export interface StallingServer {
  readonly port: number;
  /** Connections accepted so far. */
  readonly connections: number;
  /** Bytes received so far (the client did send its commands). */
  readonly bytesReceived: number;
  close(): Promise<void>;
}

/** Starts a {@link StallingServer} on 127.0.0.1, port 0. */
export async function startStallingServer(): Promise<StallingServer> {
  const sockets = new Set<Socket>();
  let connections = 0;
  let bytesReceived = 0;
  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => {
      bytesReceived += chunk.length;
    });
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    get connections() {
      return connections;
    },
    get bytesReceived() {
      return bytesReceived;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Whether redis-server is on PATH. With EMBEDSIFT_REQUIRE_REDIS=1 its absence is an error. */
export function redisAvailable(testFile: string): boolean {
  const has = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!has && process.env.EMBEDSIFT_REQUIRE_REDIS === '1') throw new Error('EMBEDSIFT_REQUIRE_REDIS=1 but redis-server is not on PATH');
  if (!has)
    console.warn(`${testFile}: redis-server is not on PATH, skipping its Redis tests (set EMBEDSIFT_REQUIRE_REDIS=1 to fail instead)`);
  return has;
}

/** Resolves once something listens on 127.0.0.1:`port`. */
export async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listened on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A redis-server on 127.0.0.1 that the test can pause (SIGSTOP: it accepts, never answers). */
export interface LocalRedis {
  readonly port: number;
  readonly url: string;
  pause(): void;
  resume(): void;
  stop(): void;
}

/** Starts redis-server on a free port of 127.0.0.1, without persistence. */
export async function startRedis(): Promise<LocalRedis> {
  const port = await freePort();
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  await waitForPort(port, 10_000);
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    pause: () => void child.kill('SIGSTOP'),
    resume: () => void child.kill('SIGCONT'),
    stop: () => {
      child.kill('SIGCONT');
      child.kill('SIGKILL');
    },
  };
}
