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

/**
 * When to yield: after `maxItems` items or items weighing `maxWeight` in all
 * (characters of text, mentions), whichever comes first, so that neither many
 * small items nor a few large ones make a long slice. One item is never split.
 */
export class SliceBudget {
  private items = 0;
  private weight = 0;

  constructor(private readonly maxItems: number, private readonly maxWeight: number) {}

  /** Counts one item of `weight`; true when the slice is full (and a new one begins). */
  spend(weight: number): boolean {
    this.items++;
    this.weight += weight;
    if (this.items < this.maxItems && this.weight < this.maxWeight) return false;
    this.items = 0;
    this.weight = 0;
    return true;
  }
}
