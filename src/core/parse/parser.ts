import type { ParsedBulletin } from '../types';

// Placeholder until the parser lands (issue 2).
export function parseBulletin(input: string): ParsedBulletin {
  const hadBom = input.charCodeAt(0) === 0xfeff;
  return { text: hadBom ? input.slice(1) : input, hadBom, articles: [] };
}
