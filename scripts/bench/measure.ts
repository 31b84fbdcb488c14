/** Median wall time in ms of `runs` calls of `fn` (each run gets a fresh setup value). */
export function medianMs<T>(runs: number, setup: () => T, fn: (value: T) => unknown): number {
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
