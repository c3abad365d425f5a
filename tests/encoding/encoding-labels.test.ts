import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { labelToName } from '../../src/encoding/index.js';

const require = createRequire(import.meta.url);
const whatwg = require('whatwg-encoding') as { labelToName(label: string): string | null };
const labels = require('whatwg-encoding/lib/labels-to-names.json') as Record<string, string>;

describe('labelToName (the table the build gives encoding-sniffer in place of whatwg-encoding)', () => {
  it('agrees with whatwg-encoding on every label, in any case and with spaces around', () => {
    const keys = Object.keys(labels);
    expect(keys.length).toBeGreaterThan(200);
    for (const label of keys) {
      expect(labelToName(label), label).toBe(whatwg.labelToName(label));
      expect(labelToName(` ${label.toUpperCase()}\t`), label).toBe(labels[label]);
    }
  });

  it('names nothing for a non-label, even one that is a property of every object', () => {
    for (const label of ['klingon', '', 'constructor', '__proto__', 'toString', 'utf-9']) expect(labelToName(label), label).toBeNull();
  });
});
