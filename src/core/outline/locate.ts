import type { Span } from '../types';

/**
 * The index of the span containing `offset` in spans sorted by start and not
 * overlapping, or -1 (before the first one, e.g. in a preamble). An offset equal
 * to a span's end belongs to it when no next span starts there, so a cursor at
 * the very end of the file still finds the last article.
 */
export function indexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found !== -1 && offset <= spans[found].end ? found : -1;
}

/**
 * The end of a span's content: its end moved back over trailing white space, so
 * that an article ending with its line break (or blank lines before the next
 * stamp) folds and outlines up to its last character, not into the next line.
 */
export function contentEnd(text: string, span: Span, floor = span.start): number {
  let end = span.end;
  while (end > floor && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}
