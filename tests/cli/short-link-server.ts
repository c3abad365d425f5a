// A short-link server on 127.0.0.1 for the --expand tests: /s/<slug> answers 301 to
// /final/<slug>, anything else 200. No test sends a packet anywhere else.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running short-link server. */
export interface ShortLinkServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** `METHOD /path` of every request, in arrival order; clear it with `length = 0`. */
  readonly requests: string[];
  /** One JSONL line: a tweet blockquote whose only link is `<origin>/s/<slug>`. */
  article(id: number, slug: string): string;
  close(): Promise<void>;
}

/**
 * Starts a {@link ShortLinkServer}.
 *
 * @example
 * const links = await startShortLinkServer();
 * await runCli(['extract', '--from', 'jsonl', '--expand'], links.article(1, 'one'));
 */
export async function startShortLinkServer(): Promise<ShortLinkServer> {
  const requests: string[] = [];
  let origin = '';
  const server = createServer((request, response) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    const short = /^\/s\/(\w+)$/.exec(request.url ?? '');
    if (short) {
      response.writeHead(301, { location: `${origin}/final/${short[1] ?? ''}` }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>final</body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    article(id, slug) {
      const html =
        `<blockquote class="twitter-tweet"><p lang="en">Read this <a href="${origin}/s/${slug}">127.0.0.1/s/${slug}</a></p>` +
        `&mdash; Jane Roe (@janeroe) <a href="https://twitter.com/janeroe/status/178500000000000000${id}">May 1, 2024</a></blockquote>`;
      return `${JSON.stringify({ id, html })}\n`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
