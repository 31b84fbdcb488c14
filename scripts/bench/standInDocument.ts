import { LINES_PER_READ } from '../../src/core/model/regionLoad';
import type { ReadLines } from '../../src/core/model/regionLoad';

/**
 * An editor document's text as the bench stands it in: a list of lines with
 * their breaks (an editor holds its text in pieces too), so reading a run of
 * lines copies just those, and `getText()` copies the whole text.
 */
export class StandInDocument {
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
  }

  getText(): string {
    return this.lines.join('');
  }

  /** Reads the document a run of lines at a time, awaiting `pause()` between two reads, as the extension does. */
  reader(pause: () => Promise<void>): ReadLines {
    let line = 0;
    return async () => {
      if (line > 0) await pause();
      if (line >= this.lines.length) return undefined;
      line += LINES_PER_READ;
      return this.lines.slice(line - LINES_PER_READ, line).join('');
    };
  }
}
