import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, isExportFormat } from '../core';
import type { ExportFormat } from '../core';
import { usageError } from './errors';
import type { ExportTarget } from './export-command';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'export'; paths: string[]; format: ExportFormat; target: ExportTarget }
  | { kind: 'stats'; paths: string[] };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Reads the command line; throws a usage error for anything it does not understand. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's messages run on with advice about `--`; the first sentence says it all.
    const sentence = (error as Error).message.split('. ')[0].replace(/\.$/, '');
    throw usageError(sentence.charAt(0).toLowerCase() + sentence.slice(1));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [name, ...paths] = positionals;
  if (name === undefined) throw usageError('missing command: export or stats');
  if (name !== 'export' && name !== 'stats') throw usageError(`unknown command '${name}'`);
  if (paths.length === 0) throw usageError(`${name}: no files or folders given`);
  if (name === 'stats') {
    if (values.format !== undefined || values.out !== undefined) throw usageError('stats takes no --format or --out');
    return { kind: 'stats', paths };
  }
  if (values.format === undefined) throw usageError(`export: --format is required (${EXPORT_FORMATS.join(', ')})`);
  if (!isExportFormat(values.format)) {
    throw usageError(`unknown format '${values.format}': use one of ${EXPORT_FORMATS.join(', ')}`);
  }
  const out = values.out;
  if (out === '') throw usageError('--out needs a folder, or - for stdout');
  const target: ExportTarget = out === undefined || out === '-' ? 'stdout' : { folder: out };
  return { kind: 'export', paths, format: values.format, target };
}
