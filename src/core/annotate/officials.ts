import type { Mention } from '../types';
import type { ArticleContext } from './context';
import type { CountryFinder } from './countries';

export type OfficialFinder = (body: string, context: ArticleContext) => Mention[];

// Placeholder until the official finder lands.
export function createOfficialFinder(_extraTitles: readonly string[] | undefined, _countries: CountryFinder): OfficialFinder {
  return () => [];
}
