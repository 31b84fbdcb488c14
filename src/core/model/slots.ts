import { countBreaks } from '../text/lines';
import { runNow, SliceBudget, type Steps } from '../steps';
import type { LineIndex } from '../text/lines';
import type { Article, Mention, ParsedBulletin, Stamp, TextRange } from '../types';

/**
 * One article's share of the file: its text from its stamp up to the next
 * stamp, and its parse with offsets relative to that text. Slots tile the file
 * after the head (header and preamble), so an edit only rewrites the slots it
 * touches and merely moves the others.
 */
export interface Slot {
  text: string;
  article: Article;
  /** Line breaks (`\n`) in `text`. */
  breaks: number;
  /** Mentions relative to the slot, filled lazily (before coreference). */
  mentions?: Mention[];
  /** Officials the article alone could not confirm, relative to the slot, filled lazily. */
  pending?: Mention[];
  /** Line index of `text`, built when first needed. */
  lines?: LineIndex;
}

/*
 * Fields are copied by name, not spread: a model makes these copies for every
 * article of the file, and a spread goes through V8's generic copy.
 */
function shiftRange(range: TextRange, delta: number): TextRange {
  return { text: range.text, start: range.start + delta, end: range.end + delta };
}

function shiftStamp(stamp: Stamp, delta: number): Stamp {
  const shifted: Stamp = {
    text: stamp.text,
    start: stamp.start + delta,
    end: stamp.end + delta,
    published: stamp.published,
    dateTime: shiftRange(stamp.dateTime, delta),
  };
  if (stamp.views !== undefined) shifted.views = stamp.views;
  return shifted;
}

/** The article with every offset moved by `delta` and its index set. */
export function shiftArticle(article: Article, delta: number, index: number): Article {
  const paragraphs = new Array<TextRange>(article.paragraphs.length);
  for (let i = 0; i < paragraphs.length; i++) paragraphs[i] = shiftRange(article.paragraphs[i], delta);
  const shifted: Article = { index, start: article.start + delta, end: article.end + delta, stamp: shiftStamp(article.stamp, delta), paragraphs };
  if (article.title) shifted.title = shiftRange(article.title, delta);
  return shifted;
}

/** Cuts a parse of `text` into the head (before the first stamp) and slots. */
export function sliceIntoSlots(parsed: ParsedBulletin): { head: string; slots: Slot[] } {
  return runNow(sliceSteps(parsed));
}

/** Articles, or characters of them, cut between two yields of `sliceSteps`. */
const ARTICLES_PER_STEP = 1000;
const CHARS_PER_STEP = 4 * 1024 * 1024;

/** `sliceIntoSlots` as steps (see `Steps`). */
export function* sliceSteps(parsed: ParsedBulletin): Steps<{ head: string; slots: Slot[] }> {
  const { text, articles } = parsed;
  const head = text.slice(0, articles.length > 0 ? articles[0].start : text.length);
  const slots: Slot[] = [];
  const budget = new SliceBudget(ARTICLES_PER_STEP, CHARS_PER_STEP);
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i];
    const end = i + 1 < articles.length ? articles[i + 1].start : text.length;
    const slotText = text.slice(article.start, end);
    slots.push({ text: slotText, article: shiftArticle(article, -article.start, 0), breaks: countBreaks(slotText) });
    if (budget.spend(slotText.length)) yield;
  }
  return { head, slots };
}

/** Above this many new items, arrays are rebuilt: spread into `splice`'s arguments, they would overflow the stack. */
const MAX_SPLICED = 1000;

/** `list` with its items `first..last` (inclusive; none when `last < first`) replaced by `items`. */
export function replaceRange<T>(list: T[], first: number, last: number, items: T[]): T[] {
  if (items.length > MAX_SPLICED) return list.slice(0, first).concat(items, list.slice(last + 1));
  // An edit's few items: in place, without copying the rest of the file's list.
  list.splice(first, last - first + 1, ...items);
  return list;
}
