/**
 * Whole-bulletin work written once, run two ways: at once (a CLI, a small
 * file) or in slices between which an editor's event loop runs other work.
 * The work is a generator that yields between batches and returns its result.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, awaiting `pause()` after each; undefined when `cancelled()` turns true. */
export async function runInSlices<T>(steps: Steps<T>, pause: () => Promise<void>, cancelled: () => boolean): Promise<T | undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
    if (cancelled()) {
      steps.return(undefined as T);
      return undefined;
    }
  }
}
