import * as vscode from 'vscode';
import { looksLikeBulletin, SNIFF_CHARS, SNIFF_LINES } from '../core/parse/sniff';
import { BULLETIN_LANGUAGE } from './analysisStore';
import type { Services } from './extension';

const PLAINTEXT = 'plaintext';
/** Documents that are views of something else rather than files a person opened. */
const IGNORED_SCHEMES = new Set(['output', 'debug', 'vscode-scm', 'comment']);

/**
 * Switches plain-text documents that start like a bulletin to the `bulletin`
 * language: VS Code opens every `.txt` as plain text whatever the language's
 * `firstLine` says. Off when `bulletin.autoDetect` is false.
 */
export function registerLanguageDetection(services: Services): vscode.Disposable {
  // Documents the user turned from bulletin back to plain text: they stay plain text.
  const reverted = new Set<string>();
  // A language change closes the document and reopens it in the same tick; this
  // remembers, for that tick, the bulletin that was just closed.
  let justClosedBulletin: string | undefined;

  const consider = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    // Made a bulletin again (by the user or us): a later revert is a new decision.
    if (document.languageId === BULLETIN_LANGUAGE) reverted.delete(key);
    if (document.languageId !== PLAINTEXT || IGNORED_SCHEMES.has(document.uri.scheme)) return;
    if (key === justClosedBulletin) reverted.add(key);
    if (reverted.has(key) || !services.config().autoDetect) return;
    if (!looksLikeBulletin(documentStart(document))) return;
    vscode.languages.setTextDocumentLanguage(document, BULLETIN_LANGUAGE).then(
      () => services.log.info(`Opened ${key} as a bulletin (bulletin.autoDetect)`),
      (error: unknown) => services.log.error(`Could not switch ${key} to the bulletin language`, error),
    );
  };

  const safely = (document: vscode.TextDocument) => {
    try {
      consider(document);
    } catch (error) {
      services.log.error('Bulletin detection', error);
    }
  };

  const closed = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (document.languageId === PLAINTEXT) reverted.delete(key);
    if (document.languageId !== BULLETIN_LANGUAGE) return;
    justClosedBulletin = key;
    setTimeout(() => {
      if (justClosedBulletin === key) justClosedBulletin = undefined;
    }, 0);
  };

  // Activation by `onLanguage:plaintext` delivers no open event for the document that caused it.
  for (const document of vscode.workspace.textDocuments) safely(document);
  return vscode.Disposable.from(
    vscode.workspace.onDidOpenTextDocument(safely),
    vscode.workspace.onDidCloseTextDocument(closed),
    // A new untitled file opens empty: look again when a bulletin is pasted into it.
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.isUntitled && event.contentChanges.some((change) => change.text.includes('\n'))) safely(event.document);
    }),
    // Turning the setting on applies to what is already open (the services' snapshot is updated first).
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('bulletin.autoDetect')) vscode.workspace.textDocuments.forEach(safely);
    }),
  );
}

/** At most the sniff window of the document, without reading a huge first line whole. */
function documentStart(document: vscode.TextDocument): string {
  const lines = Math.min(document.lineCount, SNIFF_LINES);
  let text = '';
  for (let i = 0; i < lines && text.length < SNIFF_CHARS; i++) {
    const line = document.lineAt(i).text;
    text += `${line.length > SNIFF_CHARS ? line.slice(0, SNIFF_CHARS) : line}\n`;
  }
  return text;
}
