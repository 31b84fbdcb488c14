/**
 * Untimed calls before measuring: at least one, more while they add up to less
 * than this. V8 optimises a large body of code such as the annotator's over
 * many calls: a 1 MB annotation runs in about 150 ms for its first dozen
 * calls and about 90 ms from the twentieth on; a 1 MB parse or a
 * one-character edit needs a few dozen calls.
 */
const WARM_UP_MS = 2500;
const MAX_WARM_UP_CALLS = 50;

/**
 * Median wall time in ms of `runs` calls of `fn` (each run gets a fresh setup
 * value), after untimed calls: the first calls of a function pay for its
 * compilation and optimisation, which is no part of its steady speed.
 */
export function medianMs<T>(runs: number, setup: () => T, fn: (value: T) => unknown): number {
  warmUp(setup, fn);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const value = setup();
    const t0 = process.hrtime.bigint();
    fn(value);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Mean wall time in ms of `calls` calls of `fn` in one stretch, after the same
 * warm-up: for work of a fraction of a millisecond (an edit), where timing one
 * call at a time measures the timer and whichever call a collection lands in.
 * The collector's share of the stretch is part of the mean, as it is of typing.
 */
export function meanMs(calls: number, fn: () => unknown): number {
  warmUp(() => undefined, fn);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) fn();
  return Number(process.hrtime.bigint() - t0) / 1e6 / calls;
}

function warmUp<T>(setup: () => T, fn: (value: T) => unknown): void {
  const warmUpEnd = performance.now() + WARM_UP_MS;
  for (let calls = 0; calls === 0 || (calls < MAX_WARM_UP_CALLS && performance.now() < warmUpEnd); calls++) fn(setup());
  // The garbage of the set-up and the warm-up (a whole 50 MB analysis, say) is collected before the
  // timing, not by the collector's incremental steps during the timed calls.
  (globalThis as { gc?: () => void }).gc?.();
}

export const mb = (chars: number) => chars / (1024 * 1024);
export const rate = (chars: number, ms: number) => mb(chars) / (ms / 1000);
