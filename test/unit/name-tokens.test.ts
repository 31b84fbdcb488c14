import * as assert from 'node:assert/strict';
import { tokenizeLine, type Token } from '../../src/core/annotate/name-tokens';
import { createNameLexicon } from '../../src/core/annotate/name-lexicon';

const keep = createNameLexicon().keepLower;

/** One string per token: kind, text (or a gap's words), then lower case and flags where they say more. */
function show(text: string, t: Token): string {
  if (t.kind === 'gap') return `gap ${t.words}: ${text.slice(t.start, t.end)}`;
  return `${t.kind} ${t.text}${t.lower !== t.text ? ' ' + t.lower : ''}${t.upper ? ' U' : ''}${t.allCaps ? ' C' : ''}`;
}
const tokens = (line: string) => tokenizeLine(line, 0, line.length, keep).map((t) => show(line, t));

describe('name tokenizer', () => {
  it('keeps connectors and titles in lower case, folds other lower-case words into gaps', () => {
    assert.deepEqual(tokens('iPhone sales rose sharply yesterday—a record'), ['gap 5: iPhone sales rose sharply yesterday', 'punct —', 'word a', 'gap 1: record']);
    assert.deepEqual(tokens('talks were held in the UN and EU; it is  so  ,'), [
      'gap 1: talks', 'word were', 'gap 1: held', 'word in', 'word the', 'word UN un U C', 'word and', 'word EU eu U C',
      'punct ;', 'word it', 'word is', 'word so', 'punct ,',
    ]);
  });

  it('reads abbreviations, honorifics, possessives and joined words', () => {
    assert.deepEqual(tokens("The minister of Foreign Affairs met H.E. Mr. Dato’ Sri Rahim's guests."), [
      'word The the U', 'word minister', 'word of', 'word Foreign foreign U', 'word Affairs affairs U', 'gap 1: met',
      'dotted H.E. h.e. U C', 'word Mr. mr. U', 'word Dato’ dato’ U', 'word Sri sri U', 'word Rahim rahim U', "possessive 's",
      'gap 1: guests', 'punct .',
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
      'word ÇELİK çelik U C', 'punct .',
    ]);
  });

  it('reads the initials of a hyphenated given name as one initial', () => {
    assert.deepEqual(tokens('K.-J. Tokayev, Tokayev K.-J. and K.-j'), [
      'initial K.-J. k.-j. U', 'word Tokayev tokayev U', 'punct ,', 'word Tokayev tokayev U', 'initial K.-J. k.-j. U', 'word and',
      'word K k U', 'punct .', 'punct -', 'word j',
    ]);
  });

  it('reads long words alike however often they come, up to the longest shared spelling and beyond', () => {
    const line = 'Intergovernmental Nongovernmentalization-Council NONGOVERNMENTALIZATIONS, Intergovernmental Nongovernmentalization-Council NONGOVERNMENTALIZATIONS';
    const once = ['word Intergovernmental intergovernmental U', 'word Nongovernmentalization-Council nongovernmentalization-council U', 'word NONGOVERNMENTALIZATIONS nongovernmentalizations U C'];
    assert.deepEqual(tokens(line), [...once, 'punct ,', ...once]);
  });

  it('gives offsets into the whole text', () => {
    const text = 'First line\nTalks with Mr. Smith were held\n';
    const line = tokenizeLine(text, 11, 41, keep).map((t) => [t.kind, t.start, t.end, t.words]);
    assert.deepEqual(line, [['word', 11, 16, 1], ['word', 17, 21, 1], ['word', 22, 25, 1], ['word', 26, 31, 1], ['word', 32, 36, 1], ['gap', 37, 41, 1]]);
  });

  it('reads a dotted legal form in mixed case as one abbreviation, and initials as before', () => {
    assert.deepEqual(tokens('Impianti S.p.A. Giulio, S.r.l. and S.P. Ivanov'), [
      'word Impianti impianti U', 'dotted S.p.A. s.p.a. U', 'word Giulio giulio U', 'punct ,', 'dotted S.r.l. s.r.l. U', 'word and',
      'dotted S.P. s.p. U C', 'word Ivanov ivanov U',
    ]);
  });
});
