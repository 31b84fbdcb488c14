import type { Mention } from '../types';
import type { ArticleContext } from './context';

// Placeholder until the date finder lands.
export function findDates(_body: string, _context: ArticleContext): Mention[] {
  return [];
}
