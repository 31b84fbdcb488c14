import type { EntityType, Mention } from '../types';
import { makeMention } from './shiftMention';
import type { StringPool } from '../text/stringPool';

/** Slots per mention: type, text, start, end, normalized, role. */
const STRIDE = 6;

/**
 * One article's mentions packed in one array, as the analyzer's cache keeps
 * them. The cache holds every article's mentions as long as it lives, and each
 * young-generation collection copies what survives it (twice before it is
 * old): an object per mention made that some 150 k objects per 10 MB, one
 * array per article makes it a few thousand. The finders' objects then die
 * young, which costs nothing. Texts and values are taken from `strings`, so
 * that equal ones are kept once.
 */
export class MentionTable {
  private readonly slots: (string | number | undefined)[];

  /**
   * `pending`: the officials the article alone could not confirm, which the
   * bulletin may (see `confirmedPendingSteps`); undefined when there are none.
   */
  constructor(mentions: readonly Mention[], strings?: StringPool, readonly pending?: readonly Mention[]) {
    const same = (s: string | undefined) => (s === undefined || !strings ? s : strings.same(s));
    const slots: (string | number | undefined)[] = new Array(mentions.length * STRIDE);
    for (let i = 0, at = 0; i < mentions.length; i++, at += STRIDE) {
      const m = mentions[i];
      slots[at] = m.type;
      slots[at + 1] = same(m.text);
      slots[at + 2] = m.start;
      slots[at + 3] = m.end;
      slots[at + 4] = same(m.normalized);
      slots[at + 5] = m.role;
    }
    this.slots = slots;
  }

  get length(): number {
    return this.slots.length / STRIDE;
  }

  // Each slot holds what the constructor put there, hence the casts.
  type(i: number): EntityType {
    return this.slots[i * STRIDE] as EntityType;
  }

  text(i: number): string {
    return this.slots[i * STRIDE + 1] as string;
  }

  start(i: number): number {
    return this.slots[i * STRIDE + 2] as number;
  }

  end(i: number): number {
    return this.slots[i * STRIDE + 3] as number;
  }

  normalized(i: number): string | undefined {
    return this.slots[i * STRIDE + 4] as string | undefined;
  }

  role(i: number): string | undefined {
    return this.slots[i * STRIDE + 5] as string | undefined;
  }

  /** The table's mentions and `more`, in offset order, as a table without pending mentions. */
  with(more: readonly Mention[], strings?: StringPool): MentionTable {
    const all: Mention[] = [];
    for (let i = 0; i < this.length; i++) all.push(this.mention(i, 0));
    return new MentionTable(withConfirmed(all, more), strings);
  }

  /** The `i`th mention as an object, `shift` characters further on. */
  mention(i: number, shift: number): Mention {
    return makeMention(this.type(i), this.text(i), this.start(i) + shift, this.end(i) + shift, this.normalized(i), this.role(i));
  }
}

/**
 * An article's mentions with the bulletin's confirmed names added, both in offset order. A
 * confirmed name replaces the official mentions inside its span (`Tokayev` of `Kassym-Jomart Tokayev`).
 */
export function withConfirmed(a: readonly Mention[], b: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].start < b[j].start)) {
      const m = a[i++];
      if (!(m.type === 'official' && out.length > 0 && m.end <= out[out.length - 1].end && out[out.length - 1].type === 'official')) out.push(m);
    } else {
      out.push(b[j++]);
    }
  }
  return out;
}
