import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core/analyzer';
import type { Annotation } from '../../src/core/types';

/**
 * Inputs shaped to make a rule that rereads its surroundings quadratic: one
 * long line, one long article, thousands of distinct names. Each is large
 * enough that a quadratic pass takes far longer than the suite's timeout (and
 * linear passes well under a second), and each checks the exact result, so a
 * shortcut that trades correctness for speed fails too.
 */

const STAMP = '29.10.2025, 10:05\n';
const HEAD = `${STAMP}Talks held\n`;
const CONSONANTS = 'bdfghjklmnprstvwzcxy';
/** Twenty syllables that differ pairwise in two letters, so invented names are never one edit apart. */
const SYLLABLES = Array.from(CONSONANTS, (c, j) => c + 'aeiou'[j % 5] + CONSONANTS[(j + 7) % 20]);

/** A distinct invented capitalised word for each `i` below 20^4 (`Bamdel...`), two edits or more from the others. */
function word(i: number): string {
  let w = '';
  for (let k = 0, x = i; k < 4; k++, x = Math.floor(x / SYLLABLES.length)) w += SYLLABLES[x % SYLLABLES.length];
  return w[0].toUpperCase() + w.slice(1);
}

/**
 * A 1 MB line of lower-case words the finders pass over quickly: a rule that
 * scans the whole article once per distinct word it looks up scans this too.
 */
const FILLER = `${'and so on '.repeat(100000)}\n`;

function range<T>(n: number, f: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => f(i));
}

function annotate(text: string): Annotation[] {
  return createAnalyzer().annotate(text, 'x').articles.flatMap((a) => a.annotations);
}

function ofType(annotations: Annotation[], type: Annotation['type']): Annotation[] {
  return annotations.filter((a) => a.type === type);
}

/** `[text, normalized, role]` of each official, in order. */
function officials(annotations: Annotation[]): (string | undefined)[][] {
  return ofType(annotations, 'official').map((a) => [a.text, a.normalized, a.role]);
}

describe('hostile inputs: exact results on inputs a quadratic pass would stall on', () => {
  it('a 1.4 MB line of given-name countries read as personal names', () => {
    const unit = 'Jordan Peterson said. ';
    const found = annotate(HEAD + unit.repeat(64000));
    assert.equal(ofType(found, 'country').length, 0);
    const names = ofType(found, 'official');
    assert.equal(names.length, 64000);
    assert.deepEqual([names[0].text, names[0].character, names[63999].character], ['Jordan Peterson', 0, 63999 * unit.length]);
  });

  it('a 1 MB title-case line of given-name countries keeps them countries', () => {
    const found = annotate(HEAD + 'Jordan Peterson '.repeat(64000));
    const countries = ofType(found, 'country');
    assert.equal(countries.length, 64000);
    assert.equal(countries.filter((c, i) => c.text === 'Jordan' && c.normalized === 'JO' && c.character === 16 * i).length, 64000);
  });

  it('a 780 KB line of distinct capitalised words is one run, read as one name', () => {
    const line = range(60000, word).join(' ');
    assert.deepEqual(officials(annotate(`${HEAD}${line}\n${FILLER}`)), [[line, line, undefined]]);
  });

  it('thousands of distinct word pairs, half of them vetoed by a lower-case use in the article', () => {
    const pairs = range(16000, (i) => `${word(2 * i)} ${word(2 * i + 1)}`);
    const lowerUses = range(16000, (i) => (i % 2 ? word(2 * i + 1).toLowerCase() : 'and')).join(' ');
    const found = annotate(`${HEAD}${pairs.map((p) => `${p} spoke.`).join('\n')}\n${lowerUses}\n${FILLER}`);
    const kept = pairs.filter((_, i) => i % 2 === 0);
    assert.deepEqual(officials(found), kept.map((p) => [p, p, undefined]));
  });

  it('12,000 distinct people in one article, each surname linked to its full name', () => {
    const people = range(12000, (i) => [word(2 * i), `${word(2 * i + 1)}ov`]);
    const text = HEAD + people.map(([given, surname]) => `Minister ${given} ${surname} said. ${surname} added.`).join(' ');
    const expected = people.flatMap(([given, surname]) => [
      [`${given} ${surname}`, `${given} ${surname}`, 'Minister'],
      [surname, `${given} ${surname}`, undefined],
    ]);
    assert.deepEqual(officials(annotate(text)), expected);
  });

  it('12,000 articles whose names share the words Musa and Al, variants linked within each', () => {
    const surnames = range(12000, (i) => `${word(i)}ov`);
    const text = surnames.map((s) => `${HEAD}Musa Al-${s} said. M. Al-${s} and Musa Al-${s.slice(0, 3)}${s.slice(4)} added.\n`).join('');
    const expected = surnames.flatMap((s) => {
      const full = `Musa Al-${s}`;
      return [[full, full, undefined], [`M. Al-${s}`, full, undefined], [`Musa Al-${s.slice(0, 3)}${s.slice(4)}`, full, undefined]];
    });
    assert.deepEqual(officials(annotate(text)), expected);
  });

  it('60,000 titles nested by "of the", joined by dashes or by slashes before one name', () => {
    for (const unit of ['Minister of the ', 'Minister – ', 'Policy/Minister of X/']) {
      const found = officials(annotate(`${HEAD}${unit.repeat(60000)}Minister Ivan Petrov came.\n`));
      assert.equal(found.length, 1, unit);
      assert.deepEqual(found[0].slice(0, 2), ['Ivan Petrov', 'Ivan Petrov'], unit);
    }
  });

  it('a 370 KB line of 100,000 day numbers joined by commas before one month', () => {
    const days = range(100000, (i) => String((i % 28) + 1)).join(', ');
    const dates = ofType(annotate(`${HEAD}On ${days} March.\n`), 'date').slice(1);
    // A list is read back 30 days before its last: the last 31 (10 … 28, then 1 … 12: not consecutive) are a date each.
    assert.equal(dates.length, 31);
    assert.deepEqual([dates[0], dates[30]].map((d) => [d.text, d.normalized]), [['10', '2025-03-10'], ['12 March', '2025-03-12']]);
  });

  it('a 920 KB line of a name, a comma and a lone surname, 40,000 times: each list item finds its predecessor at once', () => {
    const unit = 'Ms. Maria Lee, Tokayev ';
    const found = ofType(annotate(HEAD + unit.repeat(40000)), 'official');
    assert.equal(found.length, 40000);
    assert.equal(found.filter((a, i) => a.text === 'Maria Lee' && a.normalized === 'Maria Lee' && a.role === undefined && a.character === 4 + unit.length * i).length, 40000);
  });


  it('a 860 KB line of offices each set off before a name with its form of address, 20,000 times, read without rereading the list', () => {
    const unit = 'Ambassador of Chile, Ms. Valentina Araya, ';
    const found = officials(annotate(HEAD + unit.repeat(20000)));
    assert.equal(found.length, 20000);
    // (The last, whose comma closes the line, is read as an apposition's: no office follows it.)
    assert.equal(found.filter((f) => f[0] === 'Valentina Araya' && f[2] === 'Ambassador of Chile').length, 19999);
  });

    it('a 1.4 MB line of appositions describing a name before `and` and an office', () => {
      const unit = 'Mr. Ivan Petrov, a businessman and founder of the Alpha Group, said. ';
      const names = officials(annotate(HEAD + unit.repeat(20000)));
      assert.equal(names.length, 20000);
      assert.deepEqual(names[19999], ['Ivan Petrov', 'Ivan Petrov', 'founder of the Alpha Group']);
    });
});
