import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Analyzer, AnnotatedBulletin } from '../core';
import { CliError, reason, warn } from './errors';

const BULLETIN_EXTENSIONS = new Set(['.txt', '.bulletin']);

/** A file to read: `display` is the path as the user will recognise it. */
interface Candidate {
  display: string;
  /** Found by listing a folder: skipped (not an error) when it is no bulletin. */
  fromFolder: boolean;
}

export interface LoadedBulletin {
  display: string;
  bulletin: AnnotatedBulletin;
}

/**
 * Expands the command line's paths into candidate files, in order: a file as
 * given, a folder as its *.txt and *.bulletin files sorted by name. Checks
 * every path before any file is read, so a typo fails before output starts.
 */
function candidates(paths: readonly string[]): { folder?: string; files: Candidate[] }[] {
  return paths.map((path) => {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      throw new CliError(`${path}: ${reason(error)}`);
    }
    if (!isFolder) return { files: [{ display: path, fromFolder: false }] };
    const names = listFolder(path).filter((n) => BULLETIN_EXTENSIONS.has(extname(n).toLowerCase())).sort();
    const files = names.map((n) => ({ display: join(path, n), fromFolder: true }))
      .filter((c) => isFile(c.display));
    return { folder: path, files };
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function listFolder(path: string): string[] {
  try {
    return readdirSync(path);
  } catch (error) {
    throw new CliError(`${path}: ${reason(error)}`);
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text (a leading BOM kept, for the parser to report); rejects binary and non-UTF-8 files. */
export function readBulletinText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`${path}: ${reason(error)}`);
  }
  if (bytes.includes(0)) throw new CliError(`${path}: binary file (contains NUL bytes), not a bulletin`);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new CliError(`${path}: not valid UTF-8 text`);
  }
}

/**
 * Reads and annotates the bulletins the paths name, one at a time, so only
 * one file's text is held at once. A named file that cannot be read fails the
 * run; a folder's file that is unreadable is skipped with a warning, one that
 * has no header and no stamp silently; a folder left with no bulletin fails.
 */
export function* loadBulletins(paths: readonly string[], analyzer: Analyzer): Generator<LoadedBulletin> {
  for (const group of candidates(paths)) {
    let found = 0;
    for (const file of group.files) {
      const loaded = load(file, analyzer);
      if (!loaded) continue;
      found++;
      yield loaded;
    }
    if (group.folder !== undefined && found === 0) throw new CliError(`${group.folder}: no bulletins in this folder`);
  }
}

function load(file: Candidate, analyzer: Analyzer): LoadedBulletin | undefined {
  let text: string;
  try {
    text = readBulletinText(file.display);
  } catch (error) {
    if (!file.fromFolder || !(error instanceof CliError)) throw error;
    warn(`skipping ${error.message}`);
    return undefined;
  }
  const parsed = analyzer.parse(text);
  const isBulletin = parsed.articles.length > 0 || parsed.header !== undefined;
  if (file.fromFolder && !isBulletin) return undefined;
  if (parsed.articles.length === 0) warn(`${file.display}: no articles found`);
  return { display: file.display, bulletin: analyzer.annotateParsed(parsed, basename(file.display)) };
}
