import { TITLE_QUALIFIERS, TITLE_WORDS } from '../data/titles';

const TITLE_WORD_SET: ReadonlySet<string> = new Set([...TITLE_WORDS, ...TITLE_QUALIFIERS]);

const NEXT_CAPITALISED = /[ \u00a0]+(\p{Lu}[\p{L}\p{M}’'-]*)/uy;

/** Whether the word after `at` (past spaces) is a capitalised title word or qualifier: `… French Deputy Minister`, `… January President`. */
export function titleWordAfter(body: string, at: number): boolean {
  NEXT_CAPITALISED.lastIndex = at;
  const next = NEXT_CAPITALISED.exec(body)?.[1];
  return next !== undefined && TITLE_WORD_SET.has(next.toLowerCase());
}

/** A capitalised title word after `at`, then another capitalised word: `… January President Tokayev` (not `… June Bishop`). */
export function titledNameAfter(body: string, at: number): boolean {
  // The sticky pattern's `lastIndex` stands after the title word it read.
  return titleWordAfter(body, at) && NEXT_CAPITALISED.exec(body) !== null;
}
