import type { EntityType } from '../core/types';
import type { Evaluation } from './evaluate';

/** Exact-span F1 per type that the annotator may not fall below (test/fixtures/gold/floor.json). */
export type Floor = Partial<Record<EntityType, number>>;

/** The current exact F1 of each type, rounded down to 3 decimals so that it holds as a floor. */
export function floorOf(evaluation: Evaluation): Floor {
  const floor: Floor = {};
  for (const { key, score } of evaluation.rows) {
    if (key !== 'overall') floor[key] = Math.floor(score.exact.f1 * 1000) / 1000;
  }
  return floor;
}

/** One line per type whose exact F1 is below its recorded floor. */
export function floorBreaches(evaluation: Evaluation, floor: Floor): string[] {
  const breaches: string[] = [];
  for (const { key, score } of evaluation.rows) {
    const min = key === 'overall' ? undefined : floor[key];
    if (min !== undefined && score.exact.f1 < min) breaches.push(`${key}: exact F1 ${score.exact.f1.toFixed(3)} < floor ${min}`);
  }
  return breaches;
}
