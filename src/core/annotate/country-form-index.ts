/**
 * The country finder's gazetteer index: a trie over the forms' tokens, walked
 * along the text at each word start. V8 runs Unicode property regexes slowly,
 * so ASCII is classified by code and only other characters meet a regex.
 */

/** A gazetteer form as matched: a country (with its code) or a non-country phrase (without). */
export interface Form {
  text: string;
  code?: string;
  /** Whether the form may be a given name (`Jordan`, `Chad`) and needs the context check. */
  givenName: boolean;
  /** Whether the form is also a US state's name (`Georgia`) and needs the context check. */
  usState?: boolean;
  /** Whether the form counts only before a hyphen (`Franco-`). */
  combining?: boolean;
  /** Whether the form is a state's adjective (`Kazakh`), which may also name its language. */
  adjective?: boolean;
  /** Whether the form names a state whose capital has its name (`Kuwait`): after `capital`, or as a dateline in capitals, it is the city. */
  cityState?: boolean;
}

/** A trie node: forms whose token sequence leads here (several only if token hashes collide). */
interface TrieNode {
  next: Map<number, TrieNode>;
  forms: Form[];
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const HASH_MASK = 0x3fffffff; // keeps hashes small integers, which V8 keys fastest

/** An ASCII letter (`code` may be NaN past the string's end). */
function isAsciiLetter(code: number): boolean {
  return ((code | 0x20) - 0x61) >>> 0 < 26;
}

function isAsciiAlnum(code: number): boolean {
  return isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);
}

/** A letter or combining mark (one UTF-16 code unit). */
export function isLetter(code: number): boolean {
  if (code < 0x80) return isAsciiLetter(code);
  return NON_ASCII_LETTER.test(String.fromCharCode(code));
}

/** A letter, combining mark or digit (one UTF-16 code unit). */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return isAsciiAlnum(code);
  return NON_ASCII_WORD_CHAR.test(String.fromCharCode(code));
}

/**
 * Reads a text token by token: a run of ASCII letters or any one other code
 * unit. A form that ends at a word boundary ends at a token end of the text
 * too, so the text's tokens lead through the trie to every such form.
 */
class TokenCursor {
  text = '';
  at = 0;

  /** The hash of the token at `at`, which it moves past. */
  next(): number {
    const { text } = this;
    let end = this.at;
    let hash = 0;
    for (let code = text.charCodeAt(end); isAsciiLetter(code); code = text.charCodeAt(++end)) {
      hash = (Math.imul(hash, 31) + code) & HASH_MASK;
    }
    if (end === this.at) hash = text.charCodeAt(end++);
    this.at = end;
    return hash;
  }

  /**
   * The hash of the token that ends at `at`, the one `next` gives it, moving
   * `at` back to its start: where the regex found a first token's end, its
   * start and hash then take one pass. The powers of 31 that `next` builds up
   * by multiplying are carried along.
   */
  previous(): number {
    const { text } = this;
    let start = this.at - 1;
    let hash = text.charCodeAt(start);
    if (isAsciiLetter(hash)) {
      for (let power = 31, code = text.charCodeAt(start - 1); isAsciiLetter(code); code = text.charCodeAt(--start - 1)) {
        hash = (hash + Math.imul(code, power)) & HASH_MASK;
        power = Math.imul(power, 31) & HASH_MASK;
      }
    }
    this.at = start;
    return hash;
  }
}

/**
 * A whole first token at a word start, as far as ASCII tells: a run of ASCII
 * letters must end there, a single other code unit (a letter, `buildIndex`
 * makes sure) may be followed by anything. `next` checks the full Unicode
 * word boundary: a Unicode look-behind would make V8 several times slower.
 */
function startPattern(firstTokens: ReadonlySet<string>): RegExp {
  const runs = [...firstTokens].filter((t) => isAsciiLetter(t.charCodeAt(0))).sort((a, b) => b.length - a.length);
  const others = [...firstTokens].filter((t) => !isAsciiLetter(t.charCodeAt(0)));
  const branches = [];
  if (runs.length > 0) branches.push(`(?:${runs.join('|')})(?![A-Za-z])`);
  if (others.length > 0) branches.push(`[${others.map(escapeUnit).join('')}]`);
  return new RegExp(`(?<![A-Za-z0-9])(?:${branches.join('|') || '(?!)'})`, 'g');
}

function escapeUnit(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The form, if it ends at a word boundary at `start`. */
function atBoundary(form: Form | undefined, body: string, start: number): Form | undefined {
  return form && endsAtBoundary(body, form.text, start) ? form : undefined;
}

/** The form the text really has at `start`: token hashes may collide. */
function confirmed(forms: readonly Form[], body: string, start: number): Form | undefined {
  for (const form of forms) if (body.startsWith(form.text, start) && endsAtBoundary(body, form.text, start)) return form;
  return undefined;
}

function endsAtBoundary(body: string, text: string, start: number): boolean {
  const end = start + text.length;
  // `U.S.` ends in punctuation: whatever follows cannot extend it.
  return end >= body.length || !isWordChar(text.charCodeAt(text.length - 1)) || !isWordChar(body.charCodeAt(end));
}

/**
 * Finds, left to right, the longest form that starts a word and ends at a word
 * boundary. A regex finds the words that begin a form (V8 scans a flat
 * alternation of literals natively, far faster than a loop over the text can),
 * then the trie walks the text token by token from there.
 */
export class FormIndex {
  private readonly root: TrieNode = { next: new Map(), forms: [] };
  private readonly starts: RegExp;
  private readonly tokens = new TokenCursor();
  /** Whether no two first tokens share a hash, so a first token's hash names it. */
  private readonly firstHashesUnique: boolean;
  /** The form of the last match `next` found. */
  form: Form | undefined;

  constructor(forms: Iterable<Form>) {
    const firstTokens = new Set<string>();
    for (const form of forms) {
      firstTokens.add(form.text.slice(0, this.add(form)));
    }
    this.starts = startPattern(firstTokens);
    this.firstHashesUnique = new Set([...firstTokens].map((token) => this.hashOf(token))).size === firstTokens.size;
  }

  /**
   * The start of the first match at or after `from`, a word start or the end
   * of an earlier match, or -1; the match's form is then in `form`. No match
   * object: there is one per country mention.
   */
  next(body: string, from: number): number {
    const { starts, tokens } = this;
    tokens.text = body;
    starts.lastIndex = from;
    // `test` moves `lastIndex` past the first token without building a result.
    while (starts.test(body)) {
      const firstEnd = starts.lastIndex;
      tokens.at = firstEnd;
      // The look-behind put no ASCII letter before the token: it starts where `previous` stops.
      const first = this.root.next.get(tokens.previous());
      const start = tokens.at;
      if (!first || (start > 0 && isWordChar(body.charCodeAt(start - 1)))) continue;
      tokens.at = firstEnd;
      const form = this.longestAt(body, start, first);
      if (form) {
        this.form = form;
        return start;
      }
    }
    return -1;
  }

  /** Puts the form in the trie; returns where its first token ends. */
  private add(form: Form): number {
    const tokens = this.tokens;
    tokens.text = form.text;
    let node = this.root;
    let firstEnd = 0;
    for (tokens.at = 0; tokens.at < form.text.length; ) {
      const hash = tokens.next();
      const child = node.next.get(hash) ?? { next: new Map(), forms: [] };
      node.next.set(hash, child);
      node = child;
      firstEnd ||= tokens.at;
    }
    node.forms.push(form);
    return firstEnd;
  }

  private hashOf(token: string): number {
    this.tokens.text = token;
    this.tokens.at = 0;
    return this.tokens.next();
  }

  /**
   * The longest form at `start` that ends at a word boundary: the deepest one
   * the walk from the first token's node (the cursor past that token)
   * confirms. The regex matched the first token exactly, so with unique first
   * hashes that node's form needs no comparing of text.
   */
  private longestAt(body: string, start: number, first: TrieNode): Form | undefined {
    const tokens = this.tokens;
    let node: TrieNode | undefined = first;
    let longest = this.firstHashesUnique ? atBoundary(first.forms[0], body, start) : confirmed(first.forms, body, start);
    // Most forms are one word: a leaf ends the walk before the next token is read.
    while (node.next.size > 0 && tokens.at < body.length) {
      node = node.next.get(tokens.next());
      if (!node) break;
      longest = confirmed(node.forms, body, start) ?? longest;
    }
    return longest;
  }
}
