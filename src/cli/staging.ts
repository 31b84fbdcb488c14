import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError, reason } from './errors';

interface StagedFile {
  target: string;
  temp: string;
}

let tempCounter = 0;

/**
 * Writes output files so that a failed run leaves nothing behind: each file
 * is streamed to a hidden temp file in the target's own folder (so the final
 * rename stays on one file system and is atomic), and the temp files are
 * renamed over their targets only when every file is complete.
 */
export class Staging {
  private readonly staged: StagedFile[] = [];
  private readonly onSignal = (): void => {
    this.discard();
    process.exit(130);
  };

  constructor() {
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
  }

  /** Creates the output folder if needed; fails when it cannot be one. */
  static prepareFolder(folder: string): void {
    try {
      if (!isFolder(folder)) mkdirSync(folder, { recursive: true });
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'not a folder' : reason(error);
      throw new CliError(`cannot write to ${folder}: ${why}`);
    }
  }

  /** Streams `chunks` into a temp file for `target`. */
  write(target: string, chunks: Iterable<string>): void {
    if (this.staged.some((s) => s.target === target)) {
      throw new CliError(`${target}: two inputs would write this same output file`);
    }
    if (isFolder(target)) throw new CliError(`cannot write ${target}: is a folder`);
    const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${tempCounter++}.tmp`);
    let fd: number;
    try {
      fd = openSync(temp, 'wx');
    } catch (error) {
      throw new CliError(`cannot write ${target}: ${reason(error)}`);
    }
    this.staged.push({ target, temp });
    try {
      for (const chunk of chunks) writeSync(fd, chunk);
      fsyncSync(fd);
    } catch (error) {
      throw error instanceof CliError ? error : new CliError(`cannot write ${target}: ${reason(error)}`);
    } finally {
      closeSync(fd);
    }
  }

  /** Renames every temp file over its target. */
  commit(): void {
    try {
      while (this.staged.length > 0) {
        const { target, temp } = this.staged[0];
        try {
          renameSync(temp, target);
        } catch (error) {
          throw new CliError(`cannot write ${target}: ${reason(error)}`);
        }
        this.staged.shift();
      }
    } finally {
      this.discard();
    }
  }

  /** Removes every temp file not yet renamed. */
  discard(): void {
    for (const { temp } of this.staged.splice(0)) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone: nothing left to clean.
      }
    }
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
