import { runInSlices, runNow, type Steps } from '../core/steps';
import { IMMEDIATE_ANALYSIS_LIMIT } from './analysisStore';
import { yieldToEventLoop } from './slicedText';

/**
 * Runs a feature's pass over a whole bulletin of `size` characters: at once
 * when small (about as long as annotating it at once), otherwise in slices
 * between which the extension host runs other work. Undefined when cancelled.
 */
export function runPass<T>(size: number, steps: Steps<T>, cancelled: () => boolean): Promise<T | undefined> {
  if (size <= IMMEDIATE_ANALYSIS_LIMIT) return Promise.resolve(runNow(steps));
  return runInSlices(steps, yieldToEventLoop, cancelled);
}
