import { matchStamp, skipBlanks } from '../parse/stamp';

/** The lines of a text not at hand as one string: an editor's large document, whose whole text is costly to copy. */
export interface LineSource {
  readonly lineCount: number;
  lineText(line: number): string;
}

function isStampText(line: string): boolean {
  return matchStamp(line, skipBlanks(line, 0, line.length), line.length) !== undefined;
}

/**
 * The lines `[first, last)` of the articles around lines `startLine` to
 * `endLine`: from the stamp line at or before `startLine` (or the first line)
 * to the first stamp line after `endLine` (or the end, `lineCount`). Their
 * text is the region `mentionsInWindow` annotates, found line by line.
 */
export function articleLinesAround(lines: LineSource, startLine: number, endLine: number): { first: number; last: number } {
  let first = Math.min(startLine, lines.lineCount - 1);
  while (first > 0 && !isStampText(lines.lineText(first))) first--;
  let last = endLine + 1;
  while (last < lines.lineCount && !isStampText(lines.lineText(last))) last++;
  return { first: Math.max(0, first), last: Math.min(last, lines.lineCount) };
}
