// Lists what `npm pack` would ship and fails on anything that should not: tests, fixtures, source,
// source maps (not shipped: the published code is readable ESM/CJS with .d.ts beside it).
import { execFileSync } from 'node:child_process';

const SHIPS = [
  /^dist\/[\w.-]+\.(?:js|cjs|d\.ts|d\.cts)$/,
  /^schema\/[\w.-]+\.json$/,
  /^(?:README\.md|LICENSE|CHANGELOG\.md|package\.json)$/,
];
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const unexpected = pack.files.map((file) => file.path).filter((path) => !SHIPS.some((pattern) => pattern.test(path)));
for (const file of pack.files) console.log(`${String(file.size).padStart(9)}  ${file.path}`);
console.log(`${pack.entryCount} files, ${pack.size} bytes packed, ${pack.unpackedSize} unpacked`);
if (unexpected.length > 0) {
  console.error(`npm pack would ship files it should not:\n  ${unexpected.join('\n  ')}`);
  process.exit(1);
}
