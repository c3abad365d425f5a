import { readFileSync } from 'node:fs';

/**
 * Reads the package version from `package.json`, found relative to the running file (the built
 * `dist/cli.js` sits one level below the package root).
 *
 * @example
 * readVersion(); // '0.1.0'
 */
export function readVersion(from: string | URL = import.meta.url): string {
  try {
    const json = JSON.parse(readFileSync(new URL('../package.json', from), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
