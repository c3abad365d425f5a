import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createExpander, expandDefaults, expandEmbeds, expandLinks, resolveEmbeds } from '../../src/expand/index.js';
import { expandOptionKeys, resolveExpandOptions } from '../../src/expand/expand-options.js';
import { DEPRECATED_OPTION_CODE, renamedExpandOptions } from '../../src/expand/renamed-options.js';
import { collectProcessWarnings } from './helpers/process-warnings.js';

const warned = collectProcessWarnings();

const values: Record<string, unknown> = {
  connectTimeout: 2_000,
  headersTimeout: 3_000,
  totalTimeout: 4_000,
  retryDelay: 50,
  maxRetryAfter: 6_000,
  cacheTimeout: 250,
  cacheTtl: { success: 9_000, failure: 90 },
};

describe('the old option names', () => {
  it('each maps to its new name and warns once per name, with a code, however often it is used', async () => {
    expect(Object.keys(renamedExpandOptions).sort()).toEqual(Object.keys(values).sort());
    for (const [old, current] of Object.entries(renamedExpandOptions)) {
      const resolved = resolveExpandOptions({ [old]: values[old] }, 'test') as unknown as Record<string, unknown>;
      const expected = old === 'cacheTtl' ? { success: 9_000, failure: 90 } : values[old];
      expect(resolved[current], old).toEqual(expected);
      // A second and a third use, through other entry points, warn no more.
      resolveExpandOptions({ [old]: values[old] }, 'test');
      await createExpander({ [old]: values[old] } as never).close();
    }
    await warned.settle();
    const warnings = warned.list;
    expect(warnings.map((warning) => warning.name)).toEqual(Object.keys(values).map(() => 'DeprecationWarning'));
    expect(warnings.map((warning) => (warning as Error & { code?: string }).code)).toEqual(
      Object.keys(values).map(() => DEPRECATED_OPTION_CODE),
    );
    expect(warnings.map((warning) => warning.message)).toEqual(
      Object.entries(renamedExpandOptions).map(
        ([old, current]) =>
          `The expander option ${old} is deprecated and will be removed in the next release; use ${current} (the same value, in milliseconds)`,
      ),
    );
  });

  it('an old and a new name for the same option together are a TypeError, in every entry point', async () => {
    for (const [old, current] of Object.entries(renamedExpandOptions)) {
      const both = { [old]: values[old], [current]: values[old] };
      expect(() => createExpander(both as never), old).toThrow(
        new TypeError(
          `createExpander: options.${old} and options.${current} name the same option; give ${current} only (${old} is deprecated)`,
        ),
      );
    }
    await expect(expandLinks([], { totalTimeout: 1, totalTimeoutMs: 2 } as never)).rejects.toThrow(
      /^expandLinks: options.totalTimeout and/,
    );
    await expect(expandEmbeds([], { cacheTtl: {}, cacheTtlMs: {} } as never)).rejects.toThrow(TypeError);
    await expect(resolveEmbeds('x', { expand: false, retryDelay: 1, retryDelayMs: 1 } as never)).rejects.toThrow(
      /^resolveEmbeds: options.retryDelay and options.retryDelayMs/,
    );
  });

  it('are accepted by the unknown-key check of every entry point, which suggests the new names for typos', async () => {
    await expect(expandLinks([], { cacheTimeout: 100, cache: false })).resolves.toEqual([]);
    await expect(expandEmbeds([], { maxRetryAfter: 100 })).resolves.toMatchObject({ embeds: [], expansions: [] });
    await expect(resolveEmbeds('no links here', { format: 'text', expand: false, connectTimeout: 100 })).resolves.toEqual([]);
    expect(() => createExpander({ cacheTimout: 5 } as never)).toThrow(
      new TypeError('createExpander: unknown option "cacheTimout" (did you mean "cacheTimeoutMs"?)'),
    );
  });

  it('a wrong value is reported under the name it was given as', () => {
    expect(() => createExpander({ totalTimeout: 0 })).toThrow(
      new RangeError('createExpander: options.totalTimeout must be an integer from 1 to 9007199254740991, got 0'),
    );
    expect(() => createExpander({ totalTimeoutMs: 0 })).toThrow(/options\.totalTimeoutMs must be an integer/);
    expect(() => createExpander({ cacheTtl: { failure: -1 } })).toThrow(/options\.cacheTtl\.failure must be a positive integer/);
  });

  it('an old name given as undefined counts as absent', () => {
    expect(resolveExpandOptions({ totalTimeout: undefined, totalTimeoutMs: 1234 }, 'test').totalTimeoutMs).toBe(1234);
    expect(resolveExpandOptions({ totalTimeout: undefined }, 'test').totalTimeoutMs).toBe(expandDefaults.totalTimeoutMs);
  });
});

describe('the options type and the checked keys', () => {
  it('list only the new names; the old ones are @deprecated members of ExpandOptions', () => {
    for (const [old, current] of Object.entries(renamedExpandOptions)) {
      expect(expandOptionKeys).toContain(current);
      expect(expandOptionKeys).not.toContain(old);
      expect(current).toMatch(/Ms$/);
    }
    const file = new URL('../../src/expand/expand-options.ts', import.meta.url);
    const source = ts.createSourceFile('expand-options.ts', readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const deprecated = new Map<string, boolean>();
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'ExpandOptions') return;
      for (const member of node.members) {
        if (member.name === undefined || !ts.isIdentifier(member.name)) continue;
        deprecated.set(
          member.name.text,
          ts.getJSDocTags(member).some((tag) => tag.tagName.text === 'deprecated'),
        );
      }
    });
    for (const [old, current] of Object.entries(renamedExpandOptions)) {
      expect(deprecated.get(old), old).toBe(true);
      expect(deprecated.get(current), current).toBe(false);
    }
    // Every other member is current, and every current member is a checked key.
    const current = [...deprecated].filter(([, isDeprecated]) => !isDeprecated).map(([name]) => name);
    expect(current.sort()).toEqual([...expandOptionKeys].sort());
  });

  it('the defaults carry the new names, and the old ones for this release with the same values', () => {
    const defaults = expandDefaults as unknown as Record<string, unknown>;
    for (const [old, current] of Object.entries(renamedExpandOptions)) {
      expect(defaults[current], current).toBeDefined();
      expect(defaults[old], old).toEqual(defaults[current]);
    }
    expect(expandDefaults.totalTimeoutMs).toBe(20_000);
  });
});
