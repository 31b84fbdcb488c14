import * as assert from 'node:assert/strict';
import { tokenizeLine } from '../../src/core/annotate/name-tokens';
import { GAP, LineView, TokenStore } from '../../src/core/annotate/name-token-store';
import { createNameLexicon } from '../../src/core/annotate/name-lexicon';

const keep = createNameLexicon().keepLower;
const KINDS = ['word', 'initial', 'dotted', 'possessive', 'number', 'punct', 'gap'];

/** The view of `text.slice(from, to)`, its tokens added to `store`. */
function viewOf(text: string, from: number, to: number, store = new TokenStore()): LineView {
  const first = store.length;
  tokenizeLine(text, from, to, keep, store);
  return new LineView(text, store, first, store.length - first, []);
}

/** One string per token: kind, text (or a gap's words), then lower case and flags where they say more. */
function show(v: LineView): string[] {
  return Array.from({ length: v.length }, (_, k) => {
    if (v.kind(k) === GAP) return `gap ${v.words(k)}: ${v.body.slice(v.start(k), v.end(k))}`;
    return `${KINDS[v.kind(k)]} ${v.text(k)}${v.lower(k) !== v.text(k) ? ' ' + v.lower(k) : ''}${v.upper(k) ? ' U' : ''}${v.allCaps(k) ? ' C' : ''}`;
  });
}
const tokens = (line: string) => show(viewOf(line, 0, line.length));
/** Kind, offsets and words of each token. */
const spans = (v: LineView) => Array.from({ length: v.length }, (_, k) => [KINDS[v.kind(k)], v.start(k), v.end(k), v.words(k)]);

describe('name tokenizer', () => {
  it('keeps connectors and titles in lower case, folds other lower-case words into gaps', () => {
    assert.deepEqual(tokens('iPhone sales rose sharply yesterday—a record'), ['gap 5: iPhone sales rose sharply yesterday', 'punct —', 'word a', 'gap 1: record']);
    assert.deepEqual(tokens('talks were held in the UN and EU; it is  so  ,'), [
      'gap 1: talks', 'word were', 'gap 1: held', 'word in', 'word the', 'word UN un U C', 'word and', 'word EU eu U C',
      'punct ;', 'word it', 'word is', 'word so', 'punct ,',
    ]);
  });

  it('reads abbreviations, honorifics, possessives and joined words', () => {
    assert.deepEqual(tokens("The minister of Foreign Affairs met H.E. Mr. Dato’ Sri Rahim's aides."), [
      'word The the U', 'word minister', 'word of', 'word Foreign foreign U', 'word Affairs affairs U', 'gap 1: met',
      'dotted H.E. h.e. U C', 'word Mr. mr. U', 'word Dato’ dato’ U', 'word Sri sri U', 'word Rahim rahim U', "possessive 's",
      'gap 1: aides', 'punct .',
    ]);
    assert.deepEqual(tokens('Chargé d’Affaires a.i. Kassym-Jomart O’Brien saw e.g. 1,500 ships at 15:00 and 2.5 km.'), [
      'word Chargé chargé U', 'word d’Affaires d’affaires', 'dotted a.i.', 'word Kassym-Jomart kassym-jomart U',
      'word O’Brien o’brien U', 'gap 1: saw', 'dotted e.g.', 'number 1,500', 'gap 1: ships', 'word at', 'number 15:00',
      'word and', 'number 2.5', 'word km', 'punct .',
    ]);
  });

  it('reads initials glued to a surname and letters beyond ASCII', () => {
    assert.deepEqual(tokens(',M.Al-Maaytah Ünal-Şahin vs. ÇELİK.'), [
      'punct ,', 'initial M. m. U', 'word Al-Maaytah al-maaytah U', 'word Ünal-Şahin ünal-şahin U', 'word vs', 'punct .',
      'word ÇELİK çeli̇k U C', 'punct .',
    ]);
  });

  it('reads long words alike however often they come, up to the longest shared spelling and beyond', () => {
    const line = 'Intergovernmental Nongovernmentalization-Council NONGOVERNMENTALIZATIONS, Intergovernmental Nongovernmentalization-Council NONGOVERNMENTALIZATIONS';
    const once = ['word Intergovernmental intergovernmental U', 'word Nongovernmentalization-Council nongovernmentalization-council U', 'word NONGOVERNMENTALIZATIONS nongovernmentalizations U C'];
    assert.deepEqual(tokens(line), [...once, 'punct ,', ...once]);
  });

  it('gives offsets into the whole text', () => {
    const text = 'First line\nTalks with Mr. Smith were held\n';
    assert.deepEqual(spans(viewOf(text, 11, 41)), [['word', 11, 16, 1], ['word', 17, 21, 1], ['word', 22, 25, 1], ['word', 26, 31, 1], ['word', 32, 36, 1], ['gap', 37, 41, 1]]);
  });

  it('keeps the lines of one store apart: a gap does not run on into the next line', () => {
    const text = 'talks were held\nsharply yesterday';
    const store = new TokenStore();
    const first = viewOf(text, 0, 15, store);
    const second = viewOf(text, 16, text.length, store);
    assert.deepEqual(spans(first), [['gap', 0, 5, 1], ['word', 6, 10, 1], ['gap', 11, 15, 1]]);
    assert.deepEqual(spans(second), [['gap', 16, 33, 2]]);
    assert.equal(store.length, 4);
  });

  it('makes room for every token of an article, and empties the store after it', () => {
    const line = 'Mr. Smith, '.repeat(400);
    const text = `${line}\n${line}`;
    const store = new TokenStore();
    const views = store.forArticle(text.length, (s) => {
      const early = viewOf(text, 0, line.length, s);
      const late = viewOf(text, line.length + 1, text.length, s);
      assert.equal(s.length, 2400);
      return [early, late].map((v) => [v.length, v.text(0), v.text(1), v.text(2), v.start(1199), v.text(1199)]);
    });
    assert.deepEqual(views, [[1200, 'Mr.', 'Smith', ',', 4398, ','], [1200, 'Mr.', 'Smith', ',', 8799, ',']]);
    assert.equal(store.length, 0);
  });

  it('tells which tokens follow each other within a name', () => {
    const v = viewOf('H.E.Mr. Smith  Jones,A.Lee', 0, 26);
    assert.deepEqual(show(v), ['dotted H.E. h.e. U C', 'word Mr. mr. U', 'word Smith smith U', 'word Jones jones U', 'punct ,', 'initial A. a. U', 'word Lee lee U']);
    assert.deepEqual(Array.from({ length: v.length - 1 }, (_, k) => v.joined(k)), [true, true, false, false, false, true]);
  });
});
