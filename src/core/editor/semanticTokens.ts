import { countryName } from '../data/countries';
import { stampOnLine } from '../parse/stampLine';
import { runNow, SliceBudget, type Steps } from '../steps';
import { ENTITY_TYPES } from '../types';
import type { Mention, Stamp } from '../types';
import type { LinePosition, TextLines } from './textLines';

/** Token types are the entity types; their order is the legend's and never changes. */
export const TOKEN_MODIFIERS = ['stamp', 'normalized', 'title'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** Integers per token in the editor's encoding. */
const TOKEN_SIZE = 5;
/** Articles, or mentions of them, encoded between two pauses: a few milliseconds' work. */
const ARTICLES_PER_STEP = 200;
const MENTIONS_PER_STEP = 4000;

const typeIndex = new Map(ENTITY_TYPES.map((type, i) => [type, i]));
const modifierBit = (modifier: TokenModifier) => 1 << TOKEN_MODIFIERS.indexOf(modifier);
const STAMP = modifierBit('stamp');
const NORMALIZED = modifierBit('normalized');
const TITLE = modifierBit('title');

/** What tokens are made of: a bulletin's articles, or one list of mentions. */
export interface MentionGroup {
  readonly annotations: readonly Mention[];
}

/**
 * Semantic tokens of groups of mentions lying in file order one after
 * another (a bulletin's articles): each group is sorted by start, as the
 * editor needs, pausing after every few thousand mentions.
 */
export function* semanticTokenSteps(lines: TextLines, groups: readonly MentionGroup[]): Steps<Uint32Array> {
  // Counted in steps too: a pass over tens of thousands of articles scattered in a large heap takes milliseconds.
  let count = 0;
  const counting = new SliceBudget(ARTICLES_PER_STEP * 20, Infinity);
  for (const group of groups) {
    count += group.annotations.length;
    if (counting.spend(1)) yield;
  }
  const encoder = new TokenEncoder(lines, count);
  const budget = new SliceBudget(ARTICLES_PER_STEP, MENTIONS_PER_STEP);
  for (const { annotations } of groups) {
    for (const mention of byStart(annotations)) encoder.push(mention);
    if (budget.spend(annotations.length)) yield;
  }
  return encoder.data();
}

/** Semantic tokens of a few mentions in any order (a visible range), at once. */
export function semanticTokens(lines: TextLines, mentions: readonly Mention[]): Uint32Array {
  return runNow(semanticTokenSteps(lines, [{ annotations: mentions }]));
}

/** The mentions sorted by start; an article's usually are, and are then not copied. */
function byStart(mentions: readonly Mention[]): readonly Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i].start < mentions[i - 1].start) return [...mentions].sort((a, b) => a.start - b.start);
  }
  return mentions;
}

/**
 * Tokens delta-encoded as the editor's `SemanticTokensBuilder` encodes tokens
 * pushed in order: line delta, start character (relative on the same line),
 * length, type, modifier bits.
 */
class TokenEncoder {
  private readonly buffer: Uint32Array;
  private size = 0;
  private line = 0;
  private character = 0;
  private lastEnd = 0;
  /** The last line asked whether it is a title: a line's mentions ask one after another. */
  private titleAsked = -1;
  private titleAnswer = false;

  constructor(private readonly lines: TextLines, capacity: number) {
    this.buffer = new Uint32Array(capacity * TOKEN_SIZE);
  }

  push(mention: Mention): void {
    const type = typeIndex.get(mention.type);
    // Tokens may not overlap; the annotator resolves overlaps, this guards the encoding.
    if (type === undefined || mention.start < this.lastEnd || mention.end <= mention.start) return;
    const position = this.lines.position(mention.start);
    const { buffer } = this;
    const at = this.size;
    const sameLine = at > 0 && position.line === this.line;
    buffer[at] = at > 0 ? position.line - this.line : position.line;
    buffer[at + 1] = sameLine ? position.character - this.character : position.character;
    buffer[at + 2] = mention.end - mention.start;
    buffer[at + 3] = type;
    buffer[at + 4] = this.modifiers(mention, position);
    this.size += TOKEN_SIZE;
    this.line = position.line;
    this.character = position.character;
    this.lastEnd = mention.end;
  }

  data(): Uint32Array {
    return this.size === this.buffer.length ? this.buffer : this.buffer.slice(0, this.size);
  }

  /** Decided from the mention and its line alone, so whole-document and range tokens agree. */
  private modifiers(mention: Mention, position: LinePosition): number {
    let bits = isNormalized(mention) ? NORMALIZED : 0;
    const stamp = mention.type === 'date' ? this.stampOn(position.line) : undefined;
    if (stamp && stamp.dateTime.start === position.character) bits |= STAMP;
    else if (this.isTitleLine(position.line)) bits |= TITLE;
    return bits;
  }

  private stampOn(line: number): Stamp | undefined {
    const text = this.lines.lineText(line);
    return stampOnLine(text, 0, text.length, line === 0);
  }

  /** The title is the first non-blank line after a stamp line. */
  private isTitleLine(line: number): boolean {
    if (line !== this.titleAsked) {
      this.titleAsked = line;
      this.titleAnswer = this.followsStampLine(line);
    }
    return this.titleAnswer;
  }

  private followsStampLine(line: number): boolean {
    for (let i = line - 1; i >= 0; i--) {
      if (this.lines.lineText(i).trim() !== '') return this.stampOn(i) !== undefined;
    }
    return false;
  }
}

/**
 * Whether the annotator resolved the mention beyond what its text spells out:
 * an official's short or variant name linked to a fuller one, a date whose
 * year the text does not give (`15 March`, `last year`), a country named
 * otherwise than by its common name (`Kazakh`, `Republic of Kazakhstan`).
 */
function isNormalized(mention: Pick<Mention, 'type' | 'text' | 'normalized'>): boolean {
  const { normalized, text } = mention;
  if (normalized === undefined) return false;
  switch (mention.type) {
    case 'official':
      return normalized !== text;
    case 'date':
      return !text.includes(normalized.slice(0, 4));
    case 'country':
      return (countryName(normalized) ?? text) !== text;
  }
}
