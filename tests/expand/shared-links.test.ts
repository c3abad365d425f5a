import { describe, expect, it } from 'vitest';
import type { ChainStop } from '../../src/expand/bounded-chain.js';
import { CallScope } from '../../src/expand/call-scope.js';
import { SharedLinks, type SharedOutcome } from '../../src/expand/shared-links.js';

const done: SharedOutcome = { status: 'unchanged', expandedUrl: 'https://t.co/abc', hops: [{ url: 'https://t.co/abc', status: 200 }] };

/** Work that waits until it is finished by hand or stopped. */
function manualWork() {
  const stops: ChainStop[] = [];
  let finish: (outcome: SharedOutcome) => void = () => undefined;
  const run = (stop: ChainStop) => {
    stops.push(stop);
    return new Promise<SharedOutcome>((resolve) => {
      finish = resolve;
      stop.signal.addEventListener('abort', () => resolve({ status: 'failed', expandedUrl: null, hops: [], reason: stop.reason ?? '' }));
    });
  };
  return { run, stops, finish: (outcome: SharedOutcome) => finish(outcome) };
}

describe('SharedLinks', () => {
  it('a second caller of a key in flight joins the running work; after it ends, new work starts', async () => {
    const links = new SharedLinks();
    const manual = manualWork();
    const first = links.take('k', manual.run);
    const second = links.take('k', manual.run);
    expect(first.joined).toBe(false);
    expect(second.joined).toBe(true);
    expect(second.work).toBe(first.work);
    expect(manual.stops).toHaveLength(1);
    expect(links.size).toBe(1);
    const scope = new CallScope();
    const waiting = [links.subscribe(first.work, scope, () => 'aborted'), links.subscribe(second.work, scope, () => 'aborted')];
    manual.finish(done);
    expect(await Promise.all(waiting)).toEqual([done, done]);
    expect(links.size).toBe(0);
    expect(links.take('k', manual.run).joined).toBe(false);
  });

  it('a caller that aborts leaves at once; the work stops only when its last caller has left', async () => {
    const links = new SharedLinks();
    const manual = manualWork();
    const { work } = links.take('k', manual.run);
    const leaving = new AbortController();
    const staying = new AbortController();
    const left = links.subscribe(work, new CallScope(leaving.signal), () => 'aborted');
    const stayed = links.subscribe(work, new CallScope(staying.signal), () => 'aborted');
    leaving.abort();
    expect(await left).toEqual({ status: 'failed', expandedUrl: null, hops: [], reason: 'aborted' });
    expect(work.stop.kind).toBeNull();
    staying.abort();
    expect((await stayed).reason).toBe('aborted');
    expect(work.stop.kind).toBe('caller');
    // Stopped work is never joined again.
    expect(links.take('k', manual.run).joined).toBe(false);
  });

  it('stopAll stops every running work with its kind and reason, and hands back their promises', async () => {
    const links = new SharedLinks();
    const a = manualWork();
    const b = manualWork();
    links.take('a', a.run);
    links.take('b', b.run);
    const pending = links.stopAll('closed', 'expander closed');
    expect(pending).toHaveLength(2);
    expect([a.stops[0]?.kind, b.stops[0]?.kind]).toEqual(['closed', 'closed']);
    expect((await Promise.all(pending)).map((outcome) => outcome.reason)).toEqual(['expander closed', 'expander closed']);
  });

  it('a work that rejects reads as an internal error', async () => {
    const links = new SharedLinks();
    const { work } = links.take('k', async () => {
      throw new Error('disk on fire');
    });
    expect(await links.subscribe(work, new CallScope(), () => 'aborted')).toMatchObject({
      status: 'failed',
      reason: 'internal error: disk on fire',
    });
  });
});
