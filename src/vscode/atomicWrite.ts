import * as path from 'path';
import * as vscode from 'vscode';
import { tempNameBeside, writeFileInChunks } from './fileInChunks';
import { joinInSlices } from './slicedText';

const encoder = new TextEncoder();

/**
 * Writes an export's chunks as UTF-8 (no byte-order mark, as the CLI writes),
 * first to a temporary file beside the target, then renamed over it, so a
 * reader never sees half a file and a failed export leaves the old one intact.
 * A local file is streamed batch by batch; any other location (remote,
 * virtual) goes through `workspace.fs`, which takes the whole text at once.
 */
export async function writeChunksAtomically(target: vscode.Uri, chunks: Iterable<string>): Promise<void> {
  if (target.scheme === 'file') return writeFileInChunks(target.fsPath, chunks);
  const text = await joinInSlices(chunks);
  const temp = target.with({ path: path.posix.join(path.posix.dirname(target.path), path.posix.basename(tempNameBeside(target.path))) });
  await vscode.workspace.fs.writeFile(temp, encoder.encode(text));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
