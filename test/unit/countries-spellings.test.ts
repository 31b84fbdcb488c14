import * as assert from 'node:assert/strict';
import { createCountryFinder } from '../../src/core/annotate/countries';
import { countryEntries } from '../../src/core/data/countries';

const find = createCountryFinder();
const found = (body: string) => find(body).map((m) => [m.text, m.normalized]);

describe('country gazetteer: other spellings of official forms', () => {
  it('writes an official form with each short spelling it ends with', () => {
    assert.deepEqual(found('the Republic of Macedonia and the Republic of Cote d’Ivoire signed'), [
      ['Republic of Macedonia', 'MK'],
      ['Republic of Cote d’Ivoire', 'CI'],
    ]);
  });

  it('writes names without their accents', () => {
    assert.deepEqual(found('the Democratic Republic of Sao Tome and Principe'), [['Democratic Republic of Sao Tome and Principe', 'ST']]);
  });

  it('makes no form that repeats its own words', () => {
    assert.equal(countryEntries().some((e) => e.name === 'United States of United States'), false);
  });
});

describe('official forms built from adjectives', () => {
  const find = createCountryFinder();
  it('reads "<adjective> Republic" as one mention of that state', () => {
    assert.deepEqual(
      find('Talks with the Turkish Republic and the Hellenic Republic.').map((m) => [m.text, m.normalized]),
      [['Turkish Republic', 'TR'], ['Hellenic Republic', 'GR']],
    );
  });
  it('keeps a real entry and its code', () => {
    assert.deepEqual(find('the Dominican Republic').map((m) => [m.text, m.normalized]), [['Dominican Republic', 'DO']]);
  });
});
