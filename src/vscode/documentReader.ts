import * as vscode from 'vscode';
import { LINES_PER_READ } from '../core/model/regionLoad';
import type { ReadLines } from '../core/model/regionLoad';
import { yieldToEventLoop } from './slicedText';

/**
 * Reads a document a run of lines at a time, letting the extension host run
 * other work between two reads, so that a large one is never copied whole
 * (a flat copy of 50 MB stalls it for half a second). Once the document
 * changes, reading stops and `changed()` is true: what was read no longer
 * adds up to one version.
 */
export function documentReader(document: vscode.TextDocument): { read: ReadLines; changed: () => boolean } {
  const version = document.version;
  let line = 0;
  let changed = false;
  const read = async (): Promise<string | undefined> => {
    if (line > 0) await yieldToEventLoop();
    changed ||= document.isClosed || document.version !== version;
    if (changed || line >= document.lineCount) return undefined;
    const next = Math.min(line + LINES_PER_READ, document.lineCount);
    const end = next < document.lineCount ? new vscode.Position(next, 0) : document.lineAt(next - 1).range.end;
    const text = document.getText(new vscode.Range(new vscode.Position(line, 0), end));
    line = next;
    return text;
  };
  return { read, changed: () => changed };
}
