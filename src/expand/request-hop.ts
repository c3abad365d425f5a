import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { abortableSleep } from './abortable-sleep.js';
import type { ResolvedExpandOptions } from './expand-options.js';
import { findBlockedTargetError } from './errors/index.js';
import type { HostLimiter } from './host-limiter.js';
import { discardBody, readBodyPrefix } from './read-body-prefix.js';
import { readRefreshTarget } from './read-refresh-target.js';
import { backoffDelay, honoursRetryAfter, isRetryableStatus, parseRetryAfter } from './retry-policy.js';

/**
 * What one hop answered.
 *
 * - `redirect`: a 3xx with `Location`, or a 2xx page with a refresh or script redirect (`location`
 *   as written, possibly relative).
 * - `final`: any other answer.
 * - `blocked`: the guarded connector refused the resolved address.
 * - `error`: no usable answer (network error after retries, or a `Retry-After` beyond the bound).
 *
 * @example
 * const outcome: HopOutcome = { kind: 'redirect', status: 301, location: '/next' };
 */
export type HopOutcome =
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'final'; status: number }
  | { kind: 'blocked'; reason: string }
  | { kind: 'error'; reason: string; status: number | null };

/**
 * What a hop needs from its expander.
 *
 * @example
 * const context: HopContext = { dispatcher, limiter, options, signal, onRequestStart: () => {} };
 */
export interface HopContext {
  /** Where requests go. */
  dispatcher: Dispatcher;
  /** The global and per-host limits. */
  limiter: HostLimiter;
  /** The expander's options. */
  options: ResolvedExpandOptions;
  /** Aborts the link (caller abort, total timeout, close). */
  signal: AbortSignal;
  /** Called each time a request gets its slot (the link's total timeout starts at the first). */
  onRequestStart: () => void;
}

/**
 * What one hop may do beyond plain HTTP redirects.
 *
 * @example
 * const hop: HopRules = { scriptRedirects: true };
 */
export interface HopRules {
  /** Whether a script redirect in a 2xx page counts (a meta refresh always does). */
  scriptRedirects: boolean;
}

/** HEAD answers that mean "ask again with GET": the server does not do HEAD (right). */
const HEAD_REFUSED = new Set([400, 403, 404, 405, 406, 410, 501]);

/**
 * Requests one URL: HEAD first, GET when HEAD is refused or when a 2xx HTML answer may hide a
 * refresh redirect (read from at most `maxBodyBytes`). Retries network errors, 5xx and 429 up to
 * `retries` times with exponential backoff and full jitter, honouring `Retry-After` on 429 and
 * 503 up to `maxRetryAfterMs`. Each request holds a limiter slot for its host while it runs; bodies
 * are always drained or destroyed. Throws only when `context.signal` aborts.
 *
 * @example
 * const outcome = await requestHop(new URL('https://t.co/abc'), context);
 * if (outcome.kind === 'redirect') console.log(outcome.location);
 */
export async function requestHop(url: URL, context: HopContext, rules: HopRules = { scriptRedirects: true }): Promise<HopOutcome> {
  const { options, signal } = context;
  let method: 'HEAD' | 'GET' = options.method;
  let attempt = 0;
  for (;;) {
    let answer: Answer;
    try {
      answer = await send(url, method, context, rules);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const blocked = findBlockedTargetError(error);
      if (blocked !== undefined) return { kind: 'blocked', reason: blocked.reason };
      if (attempt >= options.retries) return { kind: 'error', reason: describeNetworkError(error), status: null };
      await abortableSleep(backoffDelay(attempt, options.retryDelayMs, options.retryDelayMs * 20), signal);
      attempt++;
      continue;
    }
    const { status } = answer;
    if (isRetryableStatus(status)) {
      const retryAfter = honoursRetryAfter(status) ? parseRetryAfter(answer.retryAfter) : null;
      if (retryAfter !== null && retryAfter > options.maxRetryAfterMs) {
        return {
          kind: 'error',
          reason: `HTTP ${status} with Retry-After ${Math.ceil(retryAfter / 1000)} s, beyond maxRetryAfterMs (${options.maxRetryAfterMs} ms)`,
          status,
        };
      }
      if (attempt < options.retries) {
        await abortableSleep(retryAfter ?? backoffDelay(attempt, options.retryDelayMs, options.retryDelayMs * 20), signal);
        attempt++;
        continue;
      }
      return { kind: 'final', status };
    }
    if (answer.location !== null) return { kind: 'redirect', status, location: answer.location };
    if (method === 'HEAD' && (HEAD_REFUSED.has(status) || (status >= 200 && status < 300 && answer.html))) {
      method = 'GET';
      continue;
    }
    return { kind: 'final', status };
  }
}

interface Answer {
  status: number;
  /** Location header of a redirect, or the refresh target of a 2xx page read with GET. */
  location: string | null;
  /** Whether the content type is HTML or absent (a page that may hold a refresh redirect). */
  html: boolean;
  retryAfter: string | undefined;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

async function send(url: URL, method: 'HEAD' | 'GET', context: HopContext, rules: HopRules): Promise<Answer> {
  const { options, signal } = context;
  const release = await context.limiter.acquire(url.host, signal);
  try {
    context.onRequestStart();
    const response = await context.dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method,
      headers: {
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
        'accept-encoding': 'identity',
      },
      signal,
      headersTimeout: options.headersTimeoutMs,
      bodyTimeout: options.headersTimeoutMs,
    });
    const body = response.body as unknown as Readable;
    const status = response.statusCode;
    const headers = response.headers;
    const contentType = header(headers['content-type'])?.toLowerCase();
    const html = contentType === undefined || contentType.includes('html');
    const retryAfter = header(headers['retry-after']);
    const location = header(headers.location);
    if (REDIRECTS.has(status) && location !== undefined && location.trim() !== '') {
      await discardBody(body);
      return { status, location: location.trim(), html, retryAfter };
    }
    if (method === 'GET' && status >= 200 && status < 300 && html) {
      const prefix = await readBodyPrefix(body, options.maxBodyBytes);
      const location = readRefreshTarget(prefix.toString('utf8'), { scripts: rules.scriptRedirects });
      return { status, location, html, retryAfter };
    }
    await discardBody(body);
    return { status, location: null, html, retryAfter };
  } finally {
    release();
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A short sentence for a network error: its code and message, e.g. `network error
 * (UND_ERR_SOCKET): other side closed`, or `headers timeout` for undici's timeouts.
 *
 * @example
 * describeNetworkError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })); // 'network error (ECONNRESET): read ECONNRESET'
 */
function describeNetworkError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'UND_ERR_HEADERS_TIMEOUT') return `timed out waiting for headers (headersTimeoutMs)`;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return `timed out connecting (connectTimeoutMs)`;
  if (code === 'UND_ERR_BODY_TIMEOUT') return `timed out reading the body`;
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const causeText = cause !== undefined && typeof cause.message === 'string' ? ` (${cause.message})` : '';
  return `network error${typeof code === 'string' ? ` (${code})` : ''}: ${message.slice(0, 200)}${causeText.slice(0, 200)}`;
}
