import { countryEntries } from '../../src/core/data/countries';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a regex-only annotator costs in V8: a handful of plain patterns (dates,
 * capitalised-word runs, the country alternation) run over the whole text.
 * Our annotator is measured as a ratio to this.
 */
export function regexCeiling(text: string): number {
  let found = 0;
  for (const re of (patterns ??= compilePatterns())) for (const _ of text.matchAll(re)) found++;
  return found;
}

/** Compiled once: the ceiling is the cost of running the patterns, not of building them. */
let patterns: RegExp[] | undefined;

function compilePatterns(): RegExp[] {
  const names = [...new Set(countryEntries().map((e) => e.name))].sort((a, b) => b.length - a.length);
  return [
    /\b\d{1,2}\.\d{2}\.\d{4}\b|\b\d{4}\s*[-–]\s*\d{4}\b|\b(?:1[89]|20)\d{2}\b/g,
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b/g,
    /\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu,
    new RegExp(`\\b(?:${names.map(escape).join('|')})\\b`, 'g'),
  ];
}
