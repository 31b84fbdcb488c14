import { type Steps } from '../steps';
import { LineIndex } from '../text/lines';
import type { AnnotatedBulletin } from '../types';

/** A zero-based line and UTF-16 character, as the editor counts them. */
export interface LinePosition {
  line: number;
  character: number;
}

/**
 * Where editor features read positions and lines: a whole bulletin's text
 * through a `LineIndex` here, an editor's own document in the adapter (which
 * then need not copy a large text for a few lines on screen).
 */
export interface TextLines {
  position(offset: number): LinePosition;
  /** The line's text without its break. */
  lineText(line: number): string;
}

const LF = 10;
const CR = 13;

export function textLines(text: string, index: LineIndex): TextLines {
  return {
    position: (offset) => index.position(offset),
    lineText(line) {
      const start = index.lineStart(line);
      let end = line + 1 < index.lineCount ? index.lineStart(line + 1) : text.length;
      if (end > start && text.charCodeAt(end - 1) === LF) end--;
      // A lone CR, or the CR of a CRLF whose LF went just above.
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      return text.slice(start, end);
    },
  };
}

/** Line indexes of finished bulletins: tokens, symbols and folding of one bulletin share one. */
const indexes = new WeakMap<AnnotatedBulletin, LineIndex>();

/** The lines of a finished bulletin's text, indexed a slice at a time on first use and kept while the bulletin is. */
export function* bulletinLineSteps(bulletin: AnnotatedBulletin): Steps<TextLines> {
  let index = indexes.get(bulletin);
  if (!index) {
    index = yield* LineIndex.inSteps(bulletin.text);
    indexes.set(bulletin, index);
  }
  return textLines(bulletin.text, index);
}
