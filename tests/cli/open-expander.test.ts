import { describe, expect, it } from 'vitest';
import { openExpander } from '../../src/cli/open-expander.js';
import { collectProcessWarnings } from '../expand/helpers/process-warnings.js';

const warned = collectProcessWarnings();

describe('openExpander', () => {
  it('hands the time limits to the library under their current names: no deprecation warning', async () => {
    const expander = await openExpander(
      {
        hosts: ['t.co'],
        maxHops: 3,
        timeout: 2_500,
        concurrency: 2,
        perHost: 1,
        retries: 0,
        userAgent: undefined,
        allowPrivateNetworks: false,
        allowedPorts: undefined,
        cacheTimeout: 200,
      },
      null,
      new AbortController().signal,
      { write: () => true },
    );
    // No link is on the hosts, so nothing is sent.
    const { expansions } = await expander.expandEmbeds([]);
    expect(expansions).toEqual([]);
    expect(expander.requests()).toBe(0);
    await expander.close();
    await warned.settle();
    expect(warned.list.filter((warning) => warning.name === 'DeprecationWarning')).toEqual([]);
  });
});
