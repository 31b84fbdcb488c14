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

/**
 * A bulletin's text as editor features read it, without needing it as one
 * string: a model's bulletin keeps it in pieces (one per article), and
 * joining a large file's pieces is a copy that stalls the editor.
 */
export interface TextSource extends TextLines {
  readonly length: number;
  slice(start: number, end: number): string;
}

const LF = 10;
const CR = 13;

/** `line` (its text up to the next line's start) without its break. */
export function withoutBreak(line: string): string {
  let end = line.length;
  if (end > 0 && line.charCodeAt(end - 1) === LF) end--;
  // A lone CR, or the CR of a CRLF whose LF went just above.
  if (end > 0 && line.charCodeAt(end - 1) === CR) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** One flat string's text source (a CLI, a small file, tests). */
export function textLines(text: string, index: LineIndex): TextSource {
  return {
    length: text.length,
    slice: (start, end) => text.slice(start, end),
    position: (offset) => index.position(offset),
    lineText(line) {
      const start = index.lineStart(line);
      const end = line + 1 < index.lineCount ? index.lineStart(line + 1) : text.length;
      return withoutBreak(text.slice(start, end));
    },
  };
}

/** Text sources of finished bulletins: tokens, symbols, folding and the tree of one bulletin share one. */
const sources = new WeakMap<AnnotatedBulletin, TextSource>();

/** Gives `bulletin` the text source its features read instead of its `text` (a model's pieces). */
export function attachTextSource(bulletin: AnnotatedBulletin, source: TextSource): void {
  sources.set(bulletin, source);
}

/** The bulletin's size in characters, without reading its `text` when it has a source. */
export function bulletinSize(bulletin: AnnotatedBulletin): number {
  return (sources.get(bulletin) ?? bulletin.text).length;
}

/**
 * The bulletin's text source: its own (a model's), or one over its `text`,
 * indexed a slice at a time on first use and kept while the bulletin is.
 */
export function* bulletinLineSteps(bulletin: AnnotatedBulletin): Steps<TextSource> {
  let source = sources.get(bulletin);
  if (!source) {
    source = textLines(bulletin.text, yield* LineIndex.inSteps(bulletin.text));
    sources.set(bulletin, source);
  }
  return source;
}
