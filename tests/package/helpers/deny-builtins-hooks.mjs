// Module resolve hook (module.register): fails any import of a Node built-in made from the
// package's dist/ or from node_modules/, naming the built-in and the module that imported it.
import { builtinModules } from 'node:module';

const builtins = new Set(builtinModules);

/** Whether a specifier names a Node built-in (`node:fs`, `fs`, `fs/promises`). */
function isBuiltin(specifier) {
  if (specifier.startsWith('node:')) return true;
  if (specifier.endsWith('/')) return false; // 'punycode/' is the npm package, not the built-in
  return builtins.has(specifier) || builtins.has(specifier.split('/')[0]);
}

export async function resolve(specifier, context, next) {
  const parent = context.parentURL ?? '';
  if ((parent.includes('/node_modules/') || parent.includes('/dist/')) && isBuiltin(specifier)) {
    throw new Error(`Node built-in "${specifier}" imported by ${parent}`);
  }
  return next(specifier, context);
}
