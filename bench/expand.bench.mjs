// Throughput of the link expander against local servers, with a baseline measured in the same run:
// the same requests sent straight through an undici Agent by a plain pool of `concurrency` workers.
// 2,000 distinct links over 20 hosts (127.0.0.1 … 127.0.0.20), each answering after 20 ms with a
// redirect off the expansion hosts (so one request per link). Run with `npm run bench` (builds
// first), or against another build: EMBEDSIFT_EXPAND_DIST=/tmp/expand-dist/index.js node bench/expand.bench.mjs
// Prints a table; never fails (the target is marked PASS or BELOW).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Agent } from 'undici';

const entry = process.env.EMBEDSIFT_EXPAND_DIST ? pathToFileURL(process.env.EMBEDSIFT_EXPAND_DIST).href : '../dist/expand.js';
const { createExpander } = await import(entry);

const LINKS = 2000;
const HOSTS = 20;
const LATENCY_MS = 20;
const CONCURRENCY = 32;
const PER_HOST = 4;
const TARGET_RATIO = 1.3;
const MB = 1024 * 1024;

// --- 20 local servers, one per loopback address, in a worker thread (so the servers' CPU does not
// count against the client's) -------------------------------------------------------------------

const serverCode = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const stats = [];
(async () => {
  for (let i = 1; i <= workerData.hosts; i++) {
    const host = '127.0.0.' + i;
    const s = { host, port: 0, requests: 0, current: 0, max: 0 };
    const server = createServer((req, res) => {
      s.requests++;
      s.current++;
      if (s.current > s.max) s.max = s.current;
      setTimeout(() => {
        s.current--;
        res.writeHead(301, { location: 'https://example.com/story' + req.url }).end();
      }, workerData.latency);
    });
    server.keepAliveTimeout = 60000;
    await new Promise((resolve) => server.listen(0, host, resolve));
    s.port = server.address().port;
    stats.push(s);
  }
  parentPort.postMessage({ ready: stats.map(({ host, port }) => ({ host, port })) });
  parentPort.on('message', (message) => {
    if (message === 'reset') for (const s of stats) Object.assign(s, { requests: 0, current: 0, max: 0 });
    if (message === 'stats') parentPort.postMessage({ stats });
  });
})();
`;
const worker = new Worker(serverCode, { eval: true, workerData: { hosts: HOSTS, latency: LATENCY_MS } });
const ask = (message, key) =>
  new Promise((resolve) => {
    const onMessage = (reply) => {
      if (reply[key] === undefined) return;
      worker.off('message', onMessage);
      resolve(reply[key]);
    };
    worker.on('message', onMessage);
    if (message !== null) worker.postMessage(message);
  });
const servers = await ask(null, 'ready');
const links = Array.from({ length: LINKS }, (_, i) => {
  const { host, port } = servers[i % HOSTS];
  return `http://${host}:${port}/l/${i}`;
});
const resetCounts = () => worker.postMessage('reset');

// --- memory sampling ------------------------------------------------------------------------------

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 10);

// --- baseline: the same requests through undici with a plain worker pool ------------------------

async function baseline(method) {
  const agent = new Agent({ connections: PER_HOST });
  let next = 0;
  const worker = async () => {
    while (next < links.length) {
      const url = new URL(links[next++]);
      const { body } = await agent.request({ origin: url.origin, path: url.pathname, method });
      await body.dump();
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const ms = performance.now() - start;
  await agent.close();
  return ms;
}

// --- the expander ---------------------------------------------------------------------------------

async function expand(method) {
  const expander = createExpander({
    hosts: servers.map(({ host }) => host),
    allowPrivateNetworks: (address) => address.startsWith('127.0.0.'),
    allowedPorts: 'all',
    concurrency: CONCURRENCY,
    perHost: PER_HOST,
    method,
  });
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const results = await expander.expandLinks(links);
  const ms = performance.now() - start;
  const heapAfter = process.memoryUsage().heapUsed;
  const warmStart = performance.now();
  const again = await expander.expandLinks(links);
  const warmMs = performance.now() - warmStart;
  const stats = expander.stats();
  await expander.close();
  return { ms, warmMs, results, again, heapBefore, heapAfter, stats };
}

await baseline('GET'); // warm-up: JIT and loopback sockets
const effective = Math.min(CONCURRENCY, HOSTS * PER_HOST);
const idealMs = (LINKS * LATENCY_MS) / effective;
const rows = [
  ['links / hosts / latency', `${LINKS} / ${HOSTS} / ${LATENCY_MS} ms`],
  ['concurrency / perHost', `${CONCURRENCY} / ${PER_HOST} (effective ${effective})`],
  ['ideal (links × latency ÷ effective)', `${idealMs.toFixed(0)} ms`],
];
let allGood = true;
// GET is the default first method; HEAD-first (option `method: 'HEAD'`) is measured too, to show
// what undici's closing the connection after every HEAD costs.
for (const method of ['GET', 'HEAD']) {
  resetCounts();
  const baselineMs = await baseline(method);
  resetCounts();
  const run = await expand(method);
  const ratio = run.ms / idealMs;
  const expanded = run.results.filter((r) => r.status === 'expanded').length;
  const everyResult = run.results.length === LINKS && run.results.every((r, i) => r.url === links[i]);
  const serverStats = await ask('stats', 'stats');
  const maxPerHost = Math.max(...serverStats.map((stat) => stat.max));
  allGood &&= everyResult && expanded === LINKS;
  rows.push(
    [`— method ${method}${method === 'GET' ? ' (default)' : ''}`, ''],
    ['baseline: raw undici, same pool', `${baselineMs.toFixed(0)} ms (${(baselineMs / idealMs).toFixed(2)}× ideal)`],
    ['expander (cold)', `${run.ms.toFixed(0)} ms`],
    ['expander ÷ ideal', `${ratio.toFixed(2)}× ${ratio <= TARGET_RATIO ? 'PASS' : 'BELOW'} (target ≤ ${TARGET_RATIO}×)`],
    ['expander ÷ baseline', `${(run.ms / baselineMs).toFixed(2)}×`],
    ['expander (warm, from cache)', `${run.warmMs.toFixed(0)} ms, ${run.stats.cacheHits} cache hits`],
    ['requests sent', `${run.stats.requests}`],
    ['max concurrent requests on one host', `${maxPerHost} (perHost ${PER_HOST})`],
    ['results', `${run.results.length}, ${expanded} expanded, in input order: ${everyResult ? 'yes' : 'NO'}`],
    ['heap before → after (cold run)', `${(run.heapBefore / MB).toFixed(1)} → ${(run.heapAfter / MB).toFixed(1)} MB`],
  );
}
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
rows.push(['peak RSS (whole run)', `${(peakRss / MB).toFixed(1)} MB`]);
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\nembedsift/expand benchmark — Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}\n`);
for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
console.log();

await worker.terminate();
if (!allGood) process.exitCode = 1;
