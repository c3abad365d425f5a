import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readVersion } from '../../src/cli/read-version.js';
import { root } from './run-built-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'embedsift-read-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readVersion', () => {
  it('reads the version of the package.json above the built file', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(readVersion(pathToFileURL(join(root, 'dist', 'cli.js')))).toBe(version);
  });

  it("says 'unknown' when there is no package.json or it has no version", () => {
    mkdirSync(join(dir, 'dist'));
    expect(readVersion(pathToFileURL(join(dir, 'dist', 'cli.js')))).toBe('unknown');
    writeFileSync(join(dir, 'package.json'), '{"name":"embedsift","version":7}');
    expect(readVersion(pathToFileURL(join(dir, 'dist', 'cli.js')))).toBe('unknown');
    writeFileSync(join(dir, 'package.json'), '{"version":"2.3.4"}');
    expect(readVersion(pathToFileURL(join(dir, 'dist', 'cli.js')))).toBe('2.3.4');
  });
});
