/**
 * Resolves after `ms` milliseconds, or rejects with the signal's reason as soon as it aborts.
 * The timer is cleared on abort, so nothing is left pending.
 *
 * @example
 * await abortableSleep(100, AbortSignal.timeout(1000));
 */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
