// Helpers of the language, tokens and hover suites.
import * as vscode from 'vscode';
import { bulletinExtension } from './support/extension';
import { openWorkspaceFile, waitFor, workspaceFile } from './support/workspace';

/** The open document of a workspace file, whatever language it has now (a switch replaces the object). */
export function openDocument(name: string): vscode.TextDocument | undefined {
  const uri = workspaceFile(name).toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
}

/** Opens a workspace file and waits until it has been switched to the bulletin language. */
export async function openAsBulletin(name: string): Promise<vscode.TextDocument> {
  await openWorkspaceFile(name);
  return waitFor(`${name} to switch to the bulletin language`, () => {
    const document = openDocument(name);
    return document?.languageId === 'bulletin' && document;
  });
}

/** Writes a file into the test workspace (for tests that need a file nobody else has opened). */
export async function writeWorkspaceFile(name: string, content: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('bulletin').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Resolves after the extension is active and the event loop has run pending work. */
export async function settle(ms = 500): Promise<void> {
  await bulletinExtension().activate();
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** One decoded semantic token. */
export interface DecodedToken {
  line: number;
  character: number;
  text: string;
  type: string;
  modifiers: string[];
}

/** The document's (or a range's) semantic tokens as the editor gets them, decoded with the provider's legend. */
export async function semanticTokens(document: vscode.TextDocument, range?: vscode.Range): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
    range ? 'vscode.provideDocumentRangeSemanticTokensLegend' : 'vscode.provideDocumentSemanticTokensLegend',
    document.uri,
  );
  const tokens = range
    ? await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentRangeSemanticTokens', document.uri, range)
    : await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', document.uri);
  if (!legend || !tokens) return [];
  const decoded: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, bits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const text = document.lineAt(line).text.slice(character, character + length);
    const modifiers = legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0);
    decoded.push({ line, character, text, type: legend.tokenTypes[type], modifiers });
  }
  return decoded;
}
