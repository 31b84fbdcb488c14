import * as path from 'path';
import * as vscode from 'vscode';

const encoder = new TextEncoder();

/**
 * Writes text as UTF-8 (no byte-order mark, as the CLI writes) through
 * `workspace.fs`, so remote and virtual workspaces work: first to a temporary
 * file beside the target, then renamed over it, so a reader never sees half a
 * file and a failed export leaves the old one intact.
 */
export async function writeTextAtomically(target: vscode.Uri, text: string): Promise<void> {
  const name = `.${path.posix.basename(target.path)}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  const temp = target.with({ path: path.posix.join(path.posix.dirname(target.path), name) });
  await vscode.workspace.fs.writeFile(temp, encoder.encode(text));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}
