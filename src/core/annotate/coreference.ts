import type { Mention } from '../types';

// Placeholder until coreference lands: sets each official's `normalized` in place.
export function linkOfficials(_articles: Mention[][]): void {}
