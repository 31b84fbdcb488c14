import { parseSteps } from '../parse/parser';
import { runInSlices, type Steps } from '../steps';
import type { ParsedBulletin } from '../types';
import { sliceSteps } from './slots';
import type { Slot } from './slots';

/**
 * Lines a reader hands over at a time: a region of a few hundred kilobytes is
 * read, parsed and cut into slots in about ten milliseconds.
 */
export const LINES_PER_READ = 1000;

/** The next run of whole lines of a text (ending at a line start, or the text's end); undefined after the last. */
export type ReadLines = () => Promise<string | undefined>;

/** A text cut into a head and slots, as a model holds it. */
export interface LoadedSlots {
  head: string;
  bulletinDate: string | undefined;
  hadBom: boolean;
  slots: Slot[];
}

/** Thrown when a region parsed from a stamp does not find that stamp where the text before it did. */
export class RegionMismatch extends Error {}

/**
 * Parses a text read a run of lines at a time, region by region, without ever
 * holding it as one string: each region runs from the line of the last,
 * possibly unfinished article of the one before (parsing from a stamp is
 * what an edit's re-parse does too), and every article before that one
 * becomes a slot. The head and bulletin date come from the first region
 * holding a stamp. A region is parsed once its new lines are at least as long
 * as the carried text, so a file of one huge article (or none) is parsed in
 * doubling regions, not once per read. Undefined when `cancelled()` turned true.
 * `parse` is the parser's, or a test's probe around it.
 */
export async function loadRegions(
  read: ReadLines,
  pause: () => Promise<void>,
  cancelled: () => boolean,
  parse: (text: string) => Steps<ParsedBulletin> = parseSteps,
): Promise<LoadedSlots | undefined> {
  let loaded: LoadedSlots | undefined;
  const slots: Slot[] = [];
  let carry = '';
  /** Where the carried article's stamp starts in `carry`, once the head is known. */
  let stamp = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  for (let ended = false; !ended; ) {
    const lines = await read();
    if (cancelled()) return undefined;
    ended = lines === undefined;
    if (lines !== undefined) {
      pending.push(lines);
      pendingLength += lines.length;
    }
    if (!ended && pendingLength < Math.max(1, carry.length)) continue;
    const parsed = await runInSlices(parse(carry + pending.join('')), pause, cancelled);
    if (!parsed) return undefined;
    pending = [];
    pendingLength = 0;
    const { articles, text } = parsed;
    if (!loaded && articles.length === 0 && !ended) {
      // No stamp yet: all of it is head so far, its BOM included, to be parsed again with more.
      carry = (parsed.hadBom ? '\ufeff' : '') + text;
      continue;
    }
    if (loaded && (parsed.hadBom || articles.length === 0 || articles[0].start !== stamp)) throw new RegionMismatch('a region parsed from a stamp did not start with it');
    // The last article may go on in the next lines: it is carried from its line's start.
    const kept = ended ? articles.length : articles.length - 1;
    const cut = ended ? text.length : articles[kept].start;
    const cutting = await runInSlices(sliceSteps({ ...parsed, text: text.slice(0, cut), articles: articles.slice(0, kept) }), pause, cancelled);
    if (!cutting) return undefined;
    loaded ??= { head: cutting.head, bulletinDate: parsed.bulletinDate, hadBom: parsed.hadBom, slots };
    for (const slot of cutting.slots) slots.push(slot);
    const from = ended ? cut : lineStart(text, cut);
    carry = text.slice(from);
    stamp = cut - from;
  }
  return loaded;
}

/** Offset where the line holding `offset` begins. */
function lineStart(text: string, offset: number): number {
  if (offset === 0) return 0;
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}
