// The extension under test as the project's package.json declares it, so tests follow the manifest.
import * as vscode from 'vscode';
import manifestJson from '../../../package.json';

type TrustSupport = boolean | 'limited';

/** The parts of the manifest the harness tests read (all optional while features land). */
interface Manifest {
  publisher: string;
  name: string;
  version: string;
  contributes?: { commands?: { command: string }[] };
  capabilities?: { untrustedWorkspaces?: { supported?: TrustSupport } };
}

export const manifest: Manifest = manifestJson as Manifest;

export const extensionId = `${manifest.publisher}.${manifest.name}`;

/** Command ids declared in `contributes.commands`. */
export function manifestCommands(): string[] {
  return (manifest.contributes?.commands ?? []).map((entry) => entry.command);
}

/** How the extension declares itself in Restricted Mode; VS Code treats "undeclared" as false. */
export function untrustedWorkspaceSupport(): TrustSupport {
  return manifest.capabilities?.untrustedWorkspaces?.supported ?? false;
}

export function bulletinExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not loaded`);
  return extension;
}
