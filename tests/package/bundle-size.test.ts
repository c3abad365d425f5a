/**
 * What embedsift costs in a browser bundle: each use of bench/bundle-size.mjs (a small program
 * importing from 'embedsift', resolved to this package's dist/ through its exports) is bundled
 * with esbuild (--bundle --minify --platform=browser) and gzipped at level 9, and must stay within
 * its limit. Reads the real build output (`npm test` builds first: `pretest`).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLE_CASES, bundleSize } from '../../bench/bundle-size.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const KB = 1024;

describe('browser bundle size (esbuild, gzip -9)', () => {
  it.each(BUNDLE_CASES)('$name stays within its limit', async (use) => {
    const size = await bundleSize(use.code, root);
    const limit = (use.ceilingKb ?? use.limitKb) * KB;
    const parts = size.parts
      .slice(0, 6)
      .map(([name, bytes]) => `${name} ${(bytes / KB).toFixed(1)} KB`)
      .join(', ');
    expect(
      size.gzipped,
      `${use.name}: ${(size.gzipped / KB).toFixed(1)} KB gzipped (largest parts, minified: ${parts})`,
    ).toBeLessThanOrEqual(limit);
  });

  it('measures what the program uses: the schemas and the HTML parser stay out of an entity-only bundle', async () => {
    const entitiesOnly = await bundleSize(BUNDLE_CASES[0]!.code, root);
    const names = entitiesOnly.parts.map(([name]) => name);
    expect(names).not.toContain('zod');
    // htmlparser2 is bundled into dist (see tsup.config.ts); the DOM it builds is domhandler's.
    expect(names).not.toContain('domhandler');
    const everything = await bundleSize(`export * from 'embedsift';`, root);
    expect(everything.parts.map(([name]) => name)).toContain('domhandler');
    expect(everything.gzipped).toBeGreaterThan(entitiesOnly.gzipped);
  });
});
