import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry } from 'vscode-textmate';
import type { IGrammar, StateStack } from 'vscode-textmate';

const root = join(__dirname, '..', '..');
export const GRAMMAR_PATH = join(root, 'syntaxes', 'bulletin.tmLanguage.json');
export const ROOT_SCOPE = 'text.bulletin';

let grammar: Promise<IGrammar> | undefined;

/** The generated grammar (run `node scripts/build.mjs` first), loaded once with the real TextMate engine. */
export function loadGrammar(): Promise<IGrammar> {
  grammar ??= (async () => {
    const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (text: string) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === ROOT_SCOPE ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const loaded = await registry.loadGrammar(ROOT_SCOPE);
    if (!loaded) throw new Error(`no grammar for ${ROOT_SCOPE}`);
    return loaded;
  })();
  return grammar;
}

/** One token: its text and its scopes below the root, joined by spaces ('' for plain text). */
export type Token = [text: string, scopes: string];

/** Tokenises a text line by line, as the editor does (line breaks, CR included, are not part of lines). */
export function tokenize(g: IGrammar, text: string): Token[][] {
  let state: StateStack = INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = g.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t): Token => [line.slice(t.startIndex, t.endIndex), t.scopes.slice(1).join(' ')]);
  });
}
