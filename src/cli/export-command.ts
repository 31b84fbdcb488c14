import { once } from 'node:events';
import { basename, extname, join } from 'node:path';
import { exportChunks, exportExtension, exportManyChunks } from '../core';
import type { Analyzer, ExportFormat } from '../core';
import { loadBulletins } from './inputs';
import { Staging } from './staging';

/** Where `export` writes: a folder (one file per bulletin) or stdout. */
export type ExportTarget = { folder: string } | 'stdout';

export async function runExport(
  paths: readonly string[], format: ExportFormat, target: ExportTarget, analyzer: Analyzer,
): Promise<void> {
  if (target === 'stdout') {
    const bulletins = (function* () {
      for (const loaded of loadBulletins(paths, analyzer)) yield loaded.bulletin;
    })();
    await writeToStdout(exportManyChunks(bulletins, format));
  } else {
    exportToFolder(paths, format, target.folder, analyzer);
  }
}

function exportToFolder(paths: readonly string[], format: ExportFormat, folder: string, analyzer: Analyzer): void {
  Staging.prepareFolder(folder);
  const staging = new Staging();
  try {
    for (const { display, bulletin } of loadBulletins(paths, analyzer)) {
      const name = basename(display, extname(display));
      staging.write(join(folder, `${name}.${exportExtension(format)}`), exportChunks(bulletin, format));
    }
  } catch (error) {
    staging.discard();
    throw error;
  }
  staging.commit();
}

/** Writes chunk by chunk, waiting for the pipe to drain so a large export is never held whole. */
async function writeToStdout(chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}
