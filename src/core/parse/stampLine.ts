import type { Stamp } from '../types';
import { matchHeader, matchStamp, skipBlanks } from './stamp';

/**
 * The stamp a line holds, when the line is a stamp line: the stamp alone, or
 * (on the file's first line only, `headerAllowed`) a `date` header followed by
 * the stamp. Offsets are relative to `text`; `[start, end)` is the line
 * without its break. The same decision as the parser's, for callers that look
 * at single lines (the editor's visible range, detection).
 */
export function stampOnLine(text: string, start: number, end: number, headerAllowed: boolean): Stamp | undefined {
  const first = skipBlanks(text, start, end);
  if (first === end) return undefined;
  const stamp = matchStamp(text, first, end);
  if (stamp || !headerAllowed) return stamp;
  const header = matchHeader(text, first);
  if (!header) return undefined;
  const after = skipBlanks(text, header.range.end, end);
  return after > header.range.end && after < end ? matchStamp(text, after, end) : undefined;
}
