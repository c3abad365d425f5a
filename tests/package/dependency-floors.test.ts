/**
 * The floors of the house (.dependency-cruiser.cjs, drawn in ARCHITECTURE.md) hold: no file loops,
 * no import that runs back up a floor, cross-folder imports only through a folder's index.ts, and
 * nothing Node-only on the parse path. The second test builds a small tree that breaks each rule
 * and checks that dependency-cruiser names every break, so the first cannot pass by accident.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const config = join(root, '.dependency-cruiser.cjs');

/** Runs dependency-cruiser on `src` of a folder; returns its exit code and report. */
function cruise(cwd: string): { code: number; report: string } {
  try {
    const report = execFileSync(process.execPath, [cli, 'src', '--config', config, '--output-type', 'err'], { cwd, encoding: 'utf8' });
    return { code: 0, report };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, report: `${failed.stdout}${failed.stderr}` };
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'embedsift-floors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the floors of src/', () => {
  it('hold in the project', () => {
    const { code, report } = cruise(root);
    expect(report).not.toMatch(/error/);
    expect(code).toBe(0);
  }, 120_000);

  it('are enforced: each kind of break is reported', () => {
    const files: Record<string, string> = {
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true } }),
      'package.json': JSON.stringify({ name: 'floors-probe', type: 'module' }),
      // kit is the ground floor: importing a platform runs back up.
      'src/kit/index.ts': "export { a } from './a.js';\n",
      'src/kit/a.ts': "import { registry } from '../platforms/index.js';\nexport const a = registry;\n",
      'src/platforms/index.ts': "export { registry } from './registry.js';\n",
      'src/platforms/registry.ts': 'export const registry: string[] = [];\n',
      // text reaches past html's face, and html reaches into text's: a folder loop through files.
      'src/text/index.ts': "export { t } from './t.js';\n",
      'src/text/t.ts': "import { h } from '../html/h.js';\nexport const t = h;\n",
      'src/html/index.ts': "export { h } from './h.js';\n",
      'src/html/h.ts': "import { t } from '../text/t.js';\nexport const h = () => t;\n",
      // The parse path must not read files.
      'src/entities/index.ts': "import { readFileSync } from 'node:fs';\nexport const e = readFileSync;\n",
      // A folder nobody placed on a floor.
      'src/stray/index.ts': "import { a } from '../kit/index.js';\nexport const s = a;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), text);
    }
    const { code, report } = cruise(scratch);
    expect(code).not.toBe(0);
    for (const rule of ['floor-kit', 'through-index', 'no-circular', 'pure-parse-path', 'folder-has-a-floor', 'floor-text']) {
      expect(report, rule).toContain(rule);
    }
  }, 120_000);
});
