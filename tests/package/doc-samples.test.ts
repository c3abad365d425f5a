/**
 * Every code sample in README.md, ARCHITECTURE.md, CONTRIBUTING.md and docs/ compiles and runs
 * against the built package, so the documentation cannot drift from the code.
 *
 * A fenced block whose language is `ts`, `js` or `mjs` is a sample. Its info string may add:
 * - `continued`: the block goes on from the sample before it on the same page (it uses its names);
 * - `no-run`: the block is compiled but not run (it needs a network, a Redis, or a user's files).
 * `ts` samples are type-checked against the published `.d.ts`; every sample that runs is a
 * module run in its own Node process, with `embedsift` and `embedsift/expand` resolved to dist/.
 * The process may not open a socket or resolve a name: samples show, they do not fetch.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Sample {
  /** `page:line` of the block's opening fence. */
  where: string;
  language: 'ts' | 'js';
  run: boolean;
  code: string;
}

/** The pages whose samples are checked. */
function pages(): string[] {
  const found = ['README.md', 'ARCHITECTURE.md', 'CONTRIBUTING.md'].filter((page) => existsSync(join(root, page)));
  const docs = join(root, 'docs');
  if (existsSync(docs)) {
    for (const name of readdirSync(docs).sort()) if (name.endsWith('.md')) found.push(join('docs', name));
  }
  return found;
}

/** The samples of one page, with `continued` blocks joined to the sample before them. */
function samplesOf(page: string): Sample[] {
  const lines = readFileSync(join(root, page), 'utf8').split('\n');
  const samples: Sample[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(ts|js|mjs)\b(.*)$/.exec(lines[index] ?? '');
    if (open === null) {
      if (/^```/.test(lines[index] ?? '')) {
        // Skip any other fenced block whole, so a fence inside it is not read as a sample.
        do index++;
        while (index < lines.length && !/^```\s*$/.test(lines[index] ?? ''));
      }
      continue;
    }
    const words = (open[2] ?? '').trim().split(/\s+/);
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !/^```\s*$/.test(lines[index] ?? ''); index++) body.push(lines[index] ?? '');
    const code = body.join('\n');
    const previous = samples.at(-1);
    if (words.includes('continued') && previous !== undefined) {
      previous.code += `\n${code}`;
      previous.run &&= !words.includes('no-run');
      continue;
    }
    samples.push({ where: `${page}:${start + 1}`, language: open[1] === 'ts' ? 'ts' : 'js', run: !words.includes('no-run'), code });
  }
  return samples;
}

const samples = pages().flatMap(samplesOf);
// Inside the project, so that a sample's other imports (undici, keyv) resolve as in a user's project.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const scratch = mkdtempSync(join(root, 'node_modules', '.cache', 'doc-samples-'));
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ type: 'module' }));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The file name of a sample in the scratch folder. */
const fileOf = (sample: Sample, extension: string): string => join(scratch, `${sample.where.replace(/[^\w]+/g, '-')}.${extension}`);

/** Points the package's own name at the build, so a sample runs as a user's code would. */
function toBuild(code: string): string {
  return code
    .replace(/from 'embedsift\/expand'/g, `from '${pathToFileURL(join(root, 'dist', 'expand.js')).href}'`)
    .replace(/from 'embedsift\/text'/g, `from '${pathToFileURL(join(root, 'dist', 'text.js')).href}'`)
    .replace(/from 'embedsift\/schema'/g, `from '${pathToFileURL(join(root, 'dist', 'schema.js')).href}'`)
    .replace(/from 'embedsift\/schema\.json'/g, `from '${pathToFileURL(join(root, 'schema', 'embed-record.schema.json')).href}'`)
    .replace(/from 'embedsift'/g, `from '${pathToFileURL(join(root, 'dist', 'index.js')).href}'`);
}

/** Loaded before every sample: any socket or name lookup fails the sample. */
const NO_NETWORK = `
import net from 'node:net';
import dns from 'node:dns';
const refuse = () => { throw new Error('a documentation sample tried to use the network'); };
net.Socket.prototype.connect = refuse;
dns.lookup = refuse;
dns.promises.lookup = refuse;
`;

describe('documentation samples', () => {
  it('exist on the pages', () => {
    expect(samples.length).toBeGreaterThan(10);
  });

  it('type-check against the published types', () => {
    const tsSamples = samples.filter((sample) => sample.language === 'ts');
    const files = tsSamples.map((sample) => {
      const file = fileOf(sample, 'ts');
      writeFileSync(file, `${sample.code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      resolveJsonModule: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
      baseUrl: root,
      paths: {
        embedsift: [join(root, 'dist', 'index.d.ts')],
        'embedsift/expand': [join(root, 'dist', 'expand.d.ts')],
        'embedsift/schema': [join(root, 'dist', 'schema.d.ts')],
        'embedsift/text': [join(root, 'dist', 'text.d.ts')],
        'embedsift/schema.json': [join(root, 'schema', 'embed-record.schema.json')],
      },
    });
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const file = diagnostic.file;
      const sample = tsSamples[files.indexOf(file?.fileName ?? '')];
      const line = file !== undefined && diagnostic.start !== undefined ? file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
      return `${sample?.where ?? relative(root, file?.fileName ?? '?')} (+${line}): ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  }, 120_000);

  it('run without an error', () => {
    const guard = join(scratch, 'no-network.mjs');
    writeFileSync(guard, NO_NETWORK);
    const failures: string[] = [];
    for (const sample of samples.filter((candidate) => candidate.run)) {
      const js =
        sample.language === 'ts'
          ? ts.transpileModule(sample.code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
              .outputText
          : sample.code;
      const file = fileOf(sample, 'mjs');
      writeFileSync(file, toBuild(js));
      try {
        execFileSync(process.execPath, ['--import', pathToFileURL(guard).href, file], {
          cwd: scratch,
          encoding: 'utf8',
          stdio: 'pipe',
          timeout: 60_000,
        });
      } catch (error) {
        const failed = error as { stderr?: string; message: string };
        failures.push(`${sample.where}: ${(failed.stderr ?? failed.message).trim().split('\n').slice(0, 6).join('\n')}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
