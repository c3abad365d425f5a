import { afterEach, beforeEach } from 'vitest';

/**
 * Collects the warnings the process emits during each test of the file (registers beforeEach and
 * afterEach hooks). `settle()` waits for the tick on which `process.emitWarning` delivers.
 */
export function collectProcessWarnings(): { readonly list: Error[]; settle: () => Promise<void> } {
  const state = { list: [] as Error[] };
  const listen = (warning: Error): void => {
    state.list.push(warning);
  };
  beforeEach(() => {
    state.list = [];
    process.on('warning', listen);
  });
  afterEach(() => {
    process.off('warning', listen);
  });
  return {
    get list() {
      return state.list;
    },
    settle: () => new Promise((resolve) => setImmediate(resolve)),
  };
}
