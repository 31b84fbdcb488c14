import * as assert from 'node:assert/strict';
import { SAMPLE_BULLETIN, waitFor } from './support/workspace';
import { openAsBulletin, semanticTokens } from './languageHelpers';
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

  it('gives one token per stamp: nine articles, nine stamp tokens', () => {
    assert.equal(tokens.filter((t) => t.modifiers.includes('stamp')).length, 9);
  });
});
