/** Exit codes of the CLI. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** An error the CLI reports as one line on stderr, exiting with `exitCode`. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT_FAILURE) {
    super(message);
  }
}

export function usageError(message: string): CliError {
  return new CliError(`${message} (see --help)`, EXIT_USAGE);
}

/** A short reason for a failed file-system call, e.g. `permission denied`. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder',
    ENOTDIR: 'not a folder',
    EEXIST: 'already exists',
    ENOSPC: 'no space left on device',
    EROFS: 'read-only file system',
  };
  if (code && known[code]) return known[code];
  return error instanceof Error ? error.message : String(error);
}

export function warn(message: string): void {
  process.stderr.write(`bulletin-annotator: warning: ${message}\n`);
}
