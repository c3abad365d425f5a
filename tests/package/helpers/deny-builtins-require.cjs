// `node --require ./deny-builtins-require.cjs`: fails any require() of a Node built-in made from
// the package's dist/ or from node_modules/, naming the built-in and the module that required it.
const Module = require('node:module');

const builtins = new Set(Module.builtinModules);

/** Whether a request names a Node built-in (`node:fs`, `fs`, `fs/promises`). */
function isBuiltin(request) {
  if (request.startsWith('node:')) return true;
  if (request.endsWith('/')) return false;
  return builtins.has(request) || builtins.has(request.split('/')[0]);
}

const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  const from = parent?.filename || '';
  if ((from.includes('/node_modules/') || from.includes('/dist/')) && isBuiltin(request)) {
    throw new Error(`Node built-in "${request}" required by ${from}`);
  }
  return originalLoad.call(this, request, parent, isMain);
};
