import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/core/analyzer';

// The guide's officials on the original sample, through the whole pipeline (real country finder).
describe('officials on the guide sample', () => {
  const text = readFileSync('test/fixtures/2026-02-25.txt', 'utf8');
  const bulletin = createAnalyzer({ types: ['official', 'country'] }).annotate(text, '2026-02-25.txt');
  const officials = bulletin.articles.flatMap((a) => a.annotations.filter((m) => m.type === 'official'));
  const firstOf = (name: string) => {
    const found = officials.find((m) => m.text === name);
    assert.ok(found, `${name} not found`);
    return found;
  };

  const expected: [string, string, string | undefined][] = [
    ['Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev', undefined],
    ['Alar Karis', 'Alar Karis', 'President of Estonia'],
    ['Arman Issetov', 'Arman Issetov', 'Deputy Minister of Foreign Affairs of the Republic of Kazakhstan'],
    ['Isetov', 'Arman Issetov', 'Deputy Minister'],
    ['Arman Isetov', 'Arman Issetov', undefined],
    ['Antonello De Riu', 'Antonello De Riu', 'Ambassador of the Italian Republic'],
    ['Samuel Migaľ', 'Samuel Migaľ', 'Minister of Investment, Regional Development and Informatization of the Slovak Republic'],
    ['Danat Mussayev', 'Danat Mussayev', 'Ambassador of Kazakhstan to Spain'],
    ['D. Mussayev', 'Danat Mussayev', undefined],
    ['M.Al-Maaytah', 'Musa Al-Maaytah', undefined],
    ['A. Syrigos', 'Angelos Syrigos', undefined],
    ['Angelos Syrigos', 'Angelos Syrigos', 'OSCE PA Special Representative for Central Asia'],
  ];
  for (const [name, normalized, role] of expected) {
    it(`annotates ${name} as ${normalized}${role ? ` (${role})` : ''}`, () => {
      const m = firstOf(name);
      assert.equal(m.normalized, normalized);
      assert.equal(m.role, role);
      assert.equal(text.slice(m.start, m.end), name);
    });
  }

  it('annotates no unnamed reference, organisation or place as an official', () => {
    const texts = new Set(officials.map((m) => m.text));
    for (const wrong of ['President', 'Ambassador', 'Deputy Minister', 'Astana Hub', 'Ministry of Foreign Affairs', 'Astana', 'Rome', 'OSCE PA', 'Independence Day']) {
      assert.ok(!texts.has(wrong), wrong);
    }
    assert.equal(officials.length, 31);
  });
});
