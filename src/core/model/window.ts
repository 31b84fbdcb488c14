import type { Analyzer } from '../analyzer';
import { matchStamp, skipBlanks } from '../parse/stamp';
import type { Mention } from '../types';
import { shiftMention } from '../annotate/shiftMention';

function lineEndAt(text: string, lineStart: number): number {
  const nl = text.indexOf('\n', lineStart);
  const end = nl === -1 ? text.length : nl;
  return end > lineStart && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function isStampLine(text: string, lineStart: number): boolean {
  const lineEnd = lineEndAt(text, lineStart);
  return matchStamp(text, skipBlanks(text, lineStart, lineEnd), lineEnd) !== undefined;
}

/** Start of the stamp line at or before `offset`'s line, or 0. */
function articleStartBefore(text: string, offset: number): number {
  let lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  while (lineStart > 0 && !isStampLine(text, lineStart)) {
    lineStart = lineStart === 1 ? 0 : text.lastIndexOf('\n', lineStart - 2) + 1;
  }
  return lineStart;
}

/** Start of the first stamp line after `offset`'s line, or the end of the text. */
function articleStartAfter(text: string, offset: number): number {
  for (let nl = text.indexOf('\n', offset); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    if (isStampLine(text, nl + 1)) return nl + 1;
  }
  return text.length;
}

/**
 * Mentions overlapping `[start, end)` of a bulletin that has not been parsed
 * as a whole: only the articles around the window are found, parsed and
 * annotated, so what is on screen costs the same in a 50 MB file as in a
 * small one. Officials are not linked across the bulletin here.
 */
export function mentionsInWindow(analyzer: Analyzer, text: string, start: number, end: number): Mention[] {
  const from = articleStartBefore(text, start);
  const to = articleStartAfter(text, Math.max(start, end - 1));
  const region = text.slice(from, to);
  const out: Mention[] = [];
  for (const article of analyzer.parse(region).articles) {
    for (const m of analyzer.articleMentions(region, article)) {
      const shifted = shiftMention(m, from);
      if (shifted.end > start && shifted.start < end) out.push(shifted);
    }
  }
  return out;
}
