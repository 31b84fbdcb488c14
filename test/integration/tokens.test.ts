import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SAMPLE_BULLETIN, waitFor } from './support/workspace';
import { openAsBulletin, openDocument, semanticTokens, setSetting } from './languageHelpers';
import type { DecodedToken } from './languageHelpers';

const at = (tokens: DecodedToken[], line: number, character: number) => tokens.find((t) => t.line === line && t.character === character);

describe('tokens: semantic highlighting from the annotator', () => {
  let tokens: DecodedToken[];
  before(async () => {
    const document = await openAsBulletin(SAMPLE_BULLETIN);
    tokens = await waitFor('semantic tokens for the sample', async () => {
      const found = await semanticTokens(document);
      return found.length > 0 && found;
    });
  });

  it('marks the first stamp as a date with the stamp modifier', () => {
    assert.deepEqual(at(tokens, 0, 17), { line: 0, character: 17, text: '24.02.2026, 15:00', type: 'date', modifiers: ['stamp'] });
  });

  it('marks a country in a title, with the title modifier', () => {
    assert.deepEqual(at(tokens, 1, 37), { line: 1, character: 37, text: 'Estonia', type: 'country', modifiers: ['title'] });
  });

  it('marks officials, and a country adjective as normalised', () => {
    assert.deepEqual(at(tokens, 2, 16), { line: 2, character: 16, text: 'Kassym-Jomart Tokayev', type: 'official', modifiers: [] });
    assert.deepEqual(at(tokens, 7, 51), { line: 7, character: 51, text: 'Kazakh', type: 'country', modifiers: ['normalized'] });
  });

  it('marks a relative date as normalised', () => {
    assert.deepEqual(at(tokens, 2, 98), { line: 2, character: 98, text: 'last year', type: 'date', modifiers: ['normalized'] });
  });

  it('gives a visible range the same tokens as the whole document there', async () => {
    const document = await openAsBulletin(SAMPLE_BULLETIN);
    const range = new vscode.Range(4, 0, 9, 0);
    const inRange = await semanticTokens(document, range);
    assert.deepEqual(inRange, tokens.filter((t) => t.line >= 4 && t.line < 9));
    assert.equal(inRange.length > 10, true);
  });

  it('gives one token per stamp: nine articles, nine stamp tokens', () => {
    assert.equal(tokens.filter((t) => t.modifiers.includes('stamp')).length, 9);
  });
});

describe('tokens: every sample, and settings applied live', () => {
  for (const sample of ['2026-02-25.txt', 'dev-1.txt', 'dev-2.txt']) {
    it(`colours ${sample} with all three types`, async () => {
      const document = await openAsBulletin(sample);
      const started = Date.now();
      const tokens = await semanticTokens(document);
      console.log(`      semantic tokens for ${sample}: ${tokens.length} in ${Date.now() - started} ms`);
      assert.deepEqual([...new Set(tokens.map((t) => t.type))].sort(), ['country', 'date', 'official']);
    });
  }

  it('drops officials when bulletin.entityTypes leaves them out, and brings them back', async () => {
    const document = await openAsBulletin(SAMPLE_BULLETIN);
    await setSetting('entityTypes', ['date', 'country']);
    try {
      await waitFor('tokens without officials', async () => {
        const tokens = await semanticTokens(document);
        return tokens.length > 0 && !tokens.some((t) => t.type === 'official');
      });
    } finally {
      await setSetting('entityTypes', undefined);
    }
    await waitFor('officials again', async () => (await semanticTokens(document)).some((t) => t.type === 'official'));
  });

  it('gives no tokens to a bulletin above bulletin.maxFileSizeMB, which stays a bulletin for the grammar', async () => {
    const document = await openAsBulletin(SAMPLE_BULLETIN);
    await setSetting('maxFileSizeMB', 0.001);
    try {
      await waitFor('no tokens for a too-large bulletin', async () => (await semanticTokens(document)).length === 0);
      assert.equal(openDocument(SAMPLE_BULLETIN)?.languageId, 'bulletin');
    } finally {
      await setSetting('maxFileSizeMB', undefined);
    }
  });
});
