/** Untimed calls before measuring: at least one, more while they add up to less than this. */
const WARM_UP_MS = 250;
const MAX_WARM_UP_CALLS = 10;

/**
 * Median wall time in ms of `runs` calls of `fn` (each run gets a fresh setup
 * value), after untimed calls: the first calls of a function pay for its
 * compilation (V8 optimises a function only after it has run a while, and a
 * 1 MB parse lasts a few milliseconds), which is no part of its speed.
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
