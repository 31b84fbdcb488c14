import type { Mention } from '../types';

export type CountryFinder = (body: string) => Mention[];

// Placeholder until the country finder lands.
export function createCountryFinder(_extra?: readonly { name: string; code: string }[]): CountryFinder {
  return () => [];
}
