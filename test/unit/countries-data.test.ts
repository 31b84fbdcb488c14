import * as assert from 'node:assert/strict';
import { createCountryFinder } from '../../src/core/annotate/countries';
import { countryCodes, countryEntries, countryName, NON_COUNTRY_PHRASES } from '../../src/core/data/countries';
import { COUNTRY_ADDITIONS } from '../../src/core/data/country-additions';

const find = createCountryFinder();
const codeOf = (name: string) => countryEntries().find((e) => e.name === name)?.code;

describe('country gazetteer', () => {
  it('holds the 193 UN members and the two observer states, and neither Kosovo nor Taiwan', () => {
    const codes = countryCodes();
    assert.equal(codes.length, 195);
    for (const code of ['VA', 'PS', 'KZ', 'SS', 'US']) assert.ok(codes.includes(code), code);
    for (const code of ['XK', 'TW', 'HK', 'PR', 'GL']) assert.ok(!codes.includes(code), code);
  });

  it('resolves every state from its common name', () => {
    for (const code of countryCodes()) {
      const name = countryName(code) as string;
      assert.deepEqual(find(`talks with ${name} on`).map((m) => [m.text, m.normalized]), [[name, code]], code);
    }
  });

  it('gives each name one code and one kind, with the documented kinds', () => {
    const entries = countryEntries();
    assert.equal(new Set(entries.map((e) => e.name)).size, entries.length);
    assert.deepEqual([...new Set(entries.map((e) => e.kind))].sort(), ['adjective', 'alternate', 'name', 'official']);
    for (const e of entries) assert.match(e.code, /^[A-Z]{2}$/, e.name);
  });

  it('keeps English forms of the dataset and drops codes, foreign and ambiguous ones', () => {
    assert.equal(codeOf('Republic of Kazakhstan'), 'KZ');
    assert.equal(codeOf('Kazakhstani'), 'KZ');
    assert.equal(codeOf('Russian Federation'), 'RU');
    assert.equal(codeOf('Kyrgyz Republic'), 'KG');
    assert.equal(codeOf('Czech Republic'), 'CZ');
    assert.equal(codeOf('Swaziland'), 'SZ');
    const dropped = ['KZ', 'Qazaqstan Respublïkası', 'Belgique', 'România', 'Timor', 'Central African', 'The Netherlands'];
    for (const name of dropped) assert.equal(codeOf(name), undefined, name);
  });

  it('settles demonyms shared by two states', () => {
    assert.equal(codeOf('Dominican'), 'DO');
    assert.equal(codeOf('Congolese'), 'CD');
  });

  it('adds curly-apostrophe twins of names with an apostrophe', () => {
    assert.equal(codeOf('People’s Republic of China'), 'CN');
    assert.equal(codeOf("Côte d'Ivoire"), 'CI');
    assert.equal(codeOf('Côte d’Ivoire'), 'CI');
  });

  it('keys its hand-kept additions by codes of the gazetteer', () => {
    const codes = new Set(countryCodes());
    for (const code of Object.keys(COUNTRY_ADDITIONS)) assert.ok(codes.has(code), code);
  });

  it('lists non-country phrases that are not country names', () => {
    const names = new Set(countryEntries().map((e) => e.name));
    for (const phrase of NON_COUNTRY_PHRASES) assert.ok(!names.has(phrase), phrase);
  });

  it('merges extra entries as alternates, the extra code winning', () => {
    const merged = countryEntries([{ name: ' Kosovo ', code: 'xk' }, { name: 'Korea', code: 'KP' }]);
    assert.deepEqual(merged.find((e) => e.name === 'Kosovo'), { name: 'Kosovo', code: 'XK', kind: 'alternate' });
    assert.equal(merged.find((e) => e.name === 'Korea')?.code, 'KP');
    assert.equal(codeOf('Korea'), 'KR');
  });
});
