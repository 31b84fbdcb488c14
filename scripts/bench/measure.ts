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
  const warmUpEnd = performance.now() + WARM_UP_MS;
  for (let calls = 0; calls === 0 || (calls < MAX_WARM_UP_CALLS && performance.now() < warmUpEnd); calls++) fn(setup());
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

export const mb = (chars: number) => chars / (1024 * 1024);
export const rate = (chars: number, ms: number) => mb(chars) / (ms / 1000);
