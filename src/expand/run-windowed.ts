/**
 * Runs `run` on every item with at most `window` running at once, started in input order, and
 * returns the results in input order. Memory stays proportional to the window, not the input: a
 * call with a million links holds at most `window` of them in flight. Rejects with the first
 * rejection of `run`.
 *
 * @example
 * const lengths = await runWindowed(['a', 'bb'], async (item) => item.length, 1); // [1, 2]
 */
export function runWindowed<T>(items: readonly unknown[], run: (item: string) => Promise<T>, window: number): Promise<T[]> {
  const results = new Array<T>(items.length);
  if (items.length === 0) return Promise.resolve(results);
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    const startMore = (): void => {
      while (next - finished < window && next < items.length) {
        const index = next++;
        run(items[index] as string).then((result) => {
          results[index] = result;
          finished++;
          if (finished === items.length) resolve(results);
          else startMore();
        }, reject);
      }
    };
    startMore();
  });
}
