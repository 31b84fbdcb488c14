/**
 * Median wall time in ms of `runs` calls of `fn` (each run gets a fresh setup
 * value), after one untimed call: the first call of a function pays for its
 * compilation (V8's JIT, a regex's native code), which is no part of its speed.
 */
export function medianMs<T>(runs: number, setup: () => T, fn: (value: T) => unknown): number {
  fn(setup());
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
