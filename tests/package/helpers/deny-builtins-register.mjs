// `node --import ./deny-builtins-register.mjs`: installs deny-builtins-hooks.mjs for ESM imports.
import { register } from 'node:module';

register('./deny-builtins-hooks.mjs', import.meta.url);
