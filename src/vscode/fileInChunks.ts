import { mkdir, open, rename, unlink } from 'node:fs/promises';
import * as path from 'node:path';

/** Chunks gathered before one write: a few hundred kilobytes, so a large export costs few system calls. */
const BATCH_CHARS = 256 * 1024;

/** A hidden, unique name beside `target`, so the final rename stays on one file system. */
export function tempNameBeside(target: string): string {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${unique}.tmp`);
}

/**
 * Streams `chunks` as UTF-8 to a local file: into a temp file beside it, then
 * renamed over it, so a reader never sees half a file and a failure leaves the
 * old one intact. At most one batch of chunks is held at a time, and each
 * write lets the event loop run, so a 50 MB export neither fills memory nor
 * stalls the editor. Missing folders are made, as `workspace.fs.writeFile` does.
 */
export async function writeFileInChunks(target: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = tempNameBeside(target);
  const file = await open(temp, 'wx');
  try {
    try {
      let batch: string[] = [];
      let size = 0;
      for (const chunk of chunks) {
        batch.push(chunk);
        size += chunk.length;
        if (size < BATCH_CHARS) continue;
        await file.write(batch.join(''));
        batch = [];
        size = 0;
      }
      await file.write(batch.join(''));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
