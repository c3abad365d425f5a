/**
 * One call's abort signal fanned out to many waiters with a single listener on the signal (so a
 * call with 100,000 links does not add 100,000 listeners to the caller's signal).
 *
 * @example
 * const scope = new CallScope(signal);
 * const stop = scope.onAbort(() => console.log('aborted'));
 * stop(); // no longer interested
 * scope.dispose();
 */
export class CallScope {
  private readonly listeners = new Set<() => void>();
  private readonly signal: AbortSignal | undefined;
  private readonly handle = (): void => {
    this.aborted = true;
    const listeners = [...this.listeners];
    this.listeners.clear();
    for (const listener of listeners) listener();
  };
  /** Whether the call was aborted. */
  aborted: boolean;

  constructor(signal?: AbortSignal) {
    this.signal = signal;
    this.aborted = signal?.aborted === true;
    if (signal !== undefined && !this.aborted) signal.addEventListener('abort', this.handle, { once: true });
  }

  /** Calls `listener` once when the call aborts; returns the function that unsubscribes. */
  onAbort(listener: () => void): () => void {
    if (this.aborted) {
      listener();
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Stops listening to the signal (call when the call is over). */
  dispose(): void {
    this.signal?.removeEventListener('abort', this.handle);
    this.listeners.clear();
  }
}
