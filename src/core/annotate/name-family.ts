/**
 * A surname that names a family's business or the family itself, not the person of the article who bears it:
 * `Hendricks Resources`, `Karimli Petroleum`, `Usmonov Digital` (a word after it that names no one, as the body writes
 * the pair), `the Dzhumabaev brothers`, `the Hendricks family`.
 */
import { HEADLINE_VERB_SET, type TokenClass } from './name-lexicon';
import { adjacent, firstWordOf } from './name-tokens';
import type { LineView } from './role-phrase';

/** Classes of a capitalised word after a surname that make the pair a business's name. */
const BUSINESS_WORD_CLASSES: ReadonlySet<TokenClass> = new Set(['org', 'qualifier']);
/** Plural kin nouns after `the` and a surname. */
const FAMILY_NOUNS: ReadonlySet<string> = new Set(['family', 'families', 'brothers', 'sisters', 'clan', 'dynasty', 'household']);

export class FamilyNames {
  /** `surname word` pairs the article's body writes, found on first need. */
  private pairs: Set<string> | undefined;

  constructor(private readonly views: readonly LineView[]) {}

  /** Token `k`, a lone surname, names a family's business or the family. */
  names(v: LineView, k: number): boolean {
    const after = v.tokens[k + 1];
    if (v.tokens[k - 1]?.lower === 'the' && after !== undefined && FAMILY_NOUNS.has(firstWordOf(v.text, after))) return true;
    if (!isBusinessWordAfter(v, k)) return false;
    this.pairs ??= this.bodyPairs();
    return this.pairs.has(pairAt(v, k));
  }

  private bodyPairs(): Set<string> {
    const pairs = new Set<string>();
    for (const v of this.views) {
      if (v.titleCase) continue;
      for (let k = 0; k + 1 < v.tokens.length; k++) if (v.cls[k] === 'name' && isBusinessWordAfter(v, k)) pairs.add(pairAt(v, k));
    }
    return pairs;
  }
}

function isBusinessWordAfter(v: LineView, k: number): boolean {
  const next = v.tokens[k + 1];
  return next !== undefined && next.upper && next.kind === 'word' && !next.allCaps && BUSINESS_WORD_CLASSES.has(v.cls[k + 1]) &&
    !HEADLINE_VERB_SET.has(next.lower) && adjacent(v.text, v.tokens[k], next);
}

function pairAt(v: LineView, k: number): string {
  return `${v.tokens[k].lower} ${v.tokens[k + 1].lower}`;
}
