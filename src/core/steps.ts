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
 * When to yield: after `maxItems` items, items weighing `maxWeight` in all
 * (characters of text, mentions) or `maxMs` of work, whichever comes first, so
 * that neither many small items, a few large ones nor a slow moment (the
 * collector marking a large heap on a busy machine) make a long slice. One
 * item is never split.
 */
export class SliceBudget {
  private items = 0;
  private weight = 0;
  private began: number | undefined;

  constructor(
    private readonly maxItems: number,
    private readonly maxWeight: number,
    private readonly maxMs = Infinity,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Counts one item of `weight`; true when the slice is full (and a new one begins). */
  spend(weight: number): boolean {
    this.items++;
    this.weight += weight;
    if (this.items < this.maxItems && this.weight < this.maxWeight && !this.overTime()) return false;
    this.items = 0;
    this.weight = 0;
    this.began = undefined;
    return true;
  }

  /** Whether the slice has run `maxMs`, timed from the end of its first item (a few milliseconds' error at most). */
  private overTime(): boolean {
    if (this.maxMs === Infinity) return false;
    const now = this.clock();
    this.began ??= now;
    return now - this.began >= this.maxMs;
  }
}
