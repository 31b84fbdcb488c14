import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/core';
import { createCountryFinder } from '../../src/core/annotate/countries';
import { createOfficialFinder } from '../../src/core/annotate/officials';
import { BulletinModel } from '../../src/core/model/bulletinModel';
import type { AnnotatedBulletin, Mention } from '../../src/core/types';

const FIRST = '01.03.2026, 09:00 10\nTalks in Baku\nPresident of Kazakhstan Kassym-Jomart Tokayev met President Ilham Aliyev.\n';
const SECOND = '01.03.2026, 15:00 20\nTokayev Meets Heads of Companies\nThe President met business leaders. Aliyev was absent; Mammadov spoke.\n';

function officials(bulletin: AnnotatedBulletin): [number, string, string | undefined][] {
  return bulletin.articles.flatMap((a) => a.annotations.filter((m) => m.type === 'official').map((m): [number, string, string | undefined] => [a.index, m.text, m.normalized]));
}

describe('names confirmed by the bulletin', () => {
  it('takes a headline surname and a lone surname that a full name in another article confirms', () => {
    assert.deepEqual(officials(createAnalyzer().annotate(FIRST + SECOND, 'b.txt')), [
      [0, 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'],
      [0, 'Ilham Aliyev', 'Ilham Aliyev'],
      [1, 'Tokayev', 'Kassym-Jomart Tokayev'],
      [1, 'Aliyev', 'Ilham Aliyev'],
    ]);
  });

  it('takes no lone father\'s name as a form of a name closed by kyzy in another article', () => {
    const text = '01.03.2026, 09:00 10\nToktogul Releases Agreed\nToktogul said the level fell.\n01.03.2026, 15:00 20\nDeputies\nDeputy Aigul Toktogul kyzy spoke.\n';
    // (`Toktogul` stays a name of its own: a father's name alone is no form of his daughter's.)
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')), [[0, 'Toktogul', 'Toktogul'], [1, 'Aigul Toktogul kyzy', 'Aigul Toktogul kyzy']]);
  });

  it('takes a lone surname that spells a confirmed headline name\'s word another way, in the same article only', () => {
    const text = FIRST + '01.03.2026, 15:00 20\nNews\nTokaev underlined the point.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(FIRST + '01.03.2026, 12:00 30\nKassym-Jomart Tokayev Receives Akim of Almaty\nTokaev underlined the point.\n', 'b.txt')).filter(([a]) => a === 1), [
      [1, 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'],
      [1, 'Tokaev', 'Kassym-Jomart Tokayev'],
    ]);
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')).filter(([a]) => a === 1), []);
  });

  it('takes a spelling variant of a headline surname the bulletin confirms, in the same article', () => {
    const text = FIRST + '01.03.2026, 15:00 20\nTokayev Meets Heads of Companies\nInvestment matters, Tokaev underlined.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')).filter(([a]) => a === 1), [
      [1, 'Tokayev', 'Kassym-Jomart Tokayev'],
      [1, 'Tokaev', 'Kassym-Jomart Tokayev'],
    ]);
  });

  it('takes a lone Chinese surname that the English lexicon lists as a word, where another article writes the full name', () => {
    const text =
      '01.03.2026, 09:00 10\nTalks\nChinese Foreign Minister Wang Yi met Pan Gongsheng.\n' +
      '01.03.2026, 15:00 20\nTies\nIn Dakar, Wang met the President. Pan was absent.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')).filter(([a]) => a === 1), [
      [1, 'Wang', 'Wang Yi'],
      [1, 'Pan', 'Pan Gongsheng'],
    ]);
  });

  it('takes no lone surname that a list of places after a lower-case in holds, but one that speaks', () => {
    const text =
      '01.03.2026, 09:00 10\nTalks\nThe Ambassador met Maria João Lima dos Santos and Elena de Santiago Ruiz.\n' +
      '01.03.2026, 15:00 20\nPlans\nEvents are planned in Bogotá, Lima and Santiago. Talks in Astana, Lima said, went well.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')).filter(([a]) => a === 1), [[1, 'Lima', 'Maria João Lima dos Santos']]);
  });

  it('splits a hyphenated pair of surnames that two full names confirm, and keeps a hyphenated surname one name holds', () => {
    const text =
      '01.03.2026, 09:00 10\nTalks\nPresident Kassym-Jomart Tokayev met Shavkat Mirziyoyev and Hossein Amir-Abdollahian.\n' +
      '01.03.2026, 15:00 20\nResults\nThe Tokayev-Mirziyoyev talks ended. Amir-Abdollahian left.\n';
    const bulletin = createAnalyzer().annotate(text, 'b.txt');
    assert.deepEqual(officials(bulletin).filter(([a]) => a === 1), [
      [1, 'Tokayev', 'Kassym-Jomart Tokayev'],
      [1, 'Mirziyoyev', 'Shavkat Mirziyoyev'],
      [1, 'Amir-Abdollahian', 'Hossein Amir-Abdollahian'],
    ]);
    for (const m of bulletin.articles[1].annotations) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('splits a hyphenated pair before a meeting\'s word in a title-case headline, and takes no pair the bulletin does not confirm', () => {
    const text =
      '01.03.2026, 09:00 10\nKremlin Sees No Plans for Putin-Trump Meeting This Year\nVladimir Putin and Donald Trump have no plans. ' +
      'The Garcia-Lopez Summit opened.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')), [
      [0, 'Putin', 'Vladimir Putin'],
      [0, 'Trump', 'Donald Trump'],
      [0, 'Vladimir Putin', 'Vladimir Putin'],
      [0, 'Donald Trump', 'Donald Trump'],
    ]);
  });

  it('takes none of them without that full name, nor on a lone surname alone', () => {
    assert.deepEqual(officials(createAnalyzer().annotate(SECOND, 'b.txt')), []);
    const titledOnly = FIRST.replace('President of Kazakhstan Kassym-Jomart Tokayev', 'President Tokayev').replace('Ilham Aliyev', 'Aliyev');
    assert.deepEqual(officials(createAnalyzer().annotate(titledOnly + SECOND, 'b.txt')), [
      [0, 'Tokayev', 'Tokayev'],
      [0, 'Aliyev', 'Aliyev'],
    ]);
  });

  it('gives the same bulletin through the editor\'s model, before and after the edit that removes the full name', () => {
    const text = FIRST + SECOND;
    const model = new BulletinModel(createAnalyzer(), text);
    assert.deepEqual(model.bulletin('b.txt'), createAnalyzer().annotate(text, 'b.txt'));
    const at = text.indexOf('Kassym-Jomart ');
    model.applyEdit(at, at + 'Kassym-Jomart '.length, '');
    const edited = text.slice(0, at) + text.slice(at + 'Kassym-Jomart '.length);
    const bulletin = model.bulletin('b.txt');
    assert.deepEqual(bulletin, createAnalyzer().annotate(edited, 'b.txt'));
    // `President of Kazakhstan Tokayev` is a name from its title alone, which confirms nothing elsewhere.
    assert.deepEqual(officials(bulletin).map(([i, t]) => [i, t]), [[0, 'Tokayev'], [0, 'Ilham Aliyev'], [1, 'Aliyev']]);
  });

  it('holds a title-case headline\'s full name together when its article confirms only the surname', () => {
    const third = '01.03.2026, 18:00 30\nKassym-Jomart Tokayev Holds Talks with Phone Operators\nPresident Tokayev met them.\n';
    const text = FIRST + third;
    const bulletin = createAnalyzer().annotate(text, 'b.txt');
    assert.deepEqual(officials(bulletin).filter(([a]) => a === 1), [
      [1, 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'],
      [1, 'Tokayev', 'Kassym-Jomart Tokayev'],
    ]);
    for (const m of bulletin.articles[1].annotations) assert.equal(text.slice(m.start, m.end), m.text);
    assert.deepEqual(new BulletinModel(createAnalyzer(), text).bulletin('b.txt'), bulletin);
    // Without the full name elsewhere, the surname the article confirms stands alone.
    assert.deepEqual(officials(createAnalyzer().annotate(third, 'b.txt')).map(([, t]) => t), ['Tokayev', 'Tokayev']);
  });

  it('has the finder set aside what its article alone cannot confirm, with offsets into the body', () => {
    const find = createOfficialFinder(undefined, createCountryFinder());
    const body = 'Tokayev Meets Heads of Companies\nThe President met them. Aliyev was absent; Ilham Aliyev sent Mammadov.';
    const pending: Mention[] = [];
    const found = find(body, { published: '2026-03-01T15:00' }, undefined, pending);
    assert.deepEqual(found.map((m) => m.text), ['Aliyev', 'Ilham Aliyev']);
    assert.deepEqual(pending.map((m) => [m.text, body.slice(m.start, m.end)]), [['Tokayev', 'Tokayev'], ['Mammadov', 'Mammadov']]);
  });

  it('confirms a state that is a given name too only by a surname, not by another article\'s given name', () => {
    const text = '01.03.2026, 09:00 10\nConsul Visits the State of Georgia\nThe Consul went to Atlanta, Georgia, on Monday.\n' +
      '01.03.2026, 10:00 20\nInterview\nHe spoke to columnist Georgia Hamilton.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')), [[1, 'Georgia Hamilton', 'Georgia Hamilton']]);
  });

  it('reads a personnel verb as the headline\'s verb, so the full name before it stays whole', () => {
    const text = '11.03.2026, 18:40 10\nShavkat Mirziyoyev Relieves Samarkand Khokim\nBy a decree of President Sh.M. Mirziyoyev, the khokim was relieved.\n' +
      '11.03.2026, 19:00 20\nWater Talks\nThe delegation was led by Minister of Water Resources Shavkat Khamraev.\n' +
      '11.03.2026, 20:00 30\nPhone Talks\nTokayev held a telephone conversation with Shavkat Mirziyoyev, President of Uzbekistan.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')).filter(([a]) => a === 0).map(([, t, n]) => [t, n]),
      [['Shavkat Mirziyoyev', 'Shavkat Mirziyoyev'], ['Sh.M. Mirziyoyev', 'Shavkat Mirziyoyev']]);
  });

  it('links a Turkmen spelling with ý to its English transliteration (Ataýew ~ Atayev)', () => {
    const text = '11.03.2026, 18:40 10\nTalks\nHe met Deputy Minister Myratgeldi Ataýew. Later Atayev said.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')).map(([, t, n]) => [t, n]),
      [['Myratgeldi Ataýew', 'Myratgeldi Ataýew'], ['Atayev', 'Myratgeldi Ataýew']]);
  });

  it('reads a full name after a ceremony held for someone in a title-case headline (Welcoming Ceremony for X Held at …)', () => {
    const text = '01.03.2026, 09:00 10\nOfficial Welcoming Ceremony for Kassym-Jomart Tokayev Held at Sándor Palace\nKassym-Jomart Tokayev arrived.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')), [[0, 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev'], [0, 'Kassym-Jomart Tokayev', 'Kassym-Jomart Tokayev']]);
  });

  it('reads Brings as a headline verb closing the name before it (Omsk Region Governor Khotsenko Brings …)', () => {
    const text = '01.03.2026, 09:00 10\nOmsk Region Governor Khotsenko Brings Business Mission to Pavlodar\nGovernor of Omsk Region Vitaly Khotsenko arrived.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')), [[0, 'Khotsenko', 'Vitaly Khotsenko'], [0, 'Vitaly Khotsenko', 'Vitaly Khotsenko']]);
  });

  it('gives a surname another article confirms the role its list shares (the proposal of A and B, the co-chairs of …)', () => {
    const text = '01.03.2026, 09:00 10\nTalks\nSerik Zhumangarin and Daniyar Amangeldiev met.\n' +
      '01.03.2026, 15:00 20\nCouncil\nThe leaders supported the proposal of Zhumangarin and Amangeldiev, the co-chairs of the Council, on trade.\n';
    const roles = createAnalyzer().annotate(text, 'b.txt').articles[1].annotations.filter((m) => m.type === 'official').map((m) => [m.text, m.role]);
    assert.deepEqual(roles, [['Zhumangarin', 'co-chairs of the Council'], ['Amangeldiev', 'co-chairs of the Council']]);
  });

  it('takes no club\'s name its article writes after FC or a club\'s noun as a person\'s given name (round 445)', () => {
    const text = '10.12.2026, 10:00 10\nKairat Extends Contract with Coach\nFC Kairat Almaty has extended the contract.\n' +
      'Under him, Kairat won the League. Kairat Seitzhanov, Chairman of the Board of the club, thanked the fans.\n' +
      '10.12.2026, 11:00 20\nKairat Futsal Coach Named Best\nHead coach of futsal club Kairat and the national team, Paulo Ricardo de Oliveira, ' +
      'won. Under de Oliveira, Kairat won the Championship.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(text, 'b.txt')), [
      [0, 'Kairat Seitzhanov', 'Kairat Seitzhanov'], [1, 'Paulo Ricardo de Oliveira', 'Paulo Ricardo de Oliveira'], [1, 'de Oliveira', 'Paulo Ricardo de Oliveira'],
    ]);
    // (Without the club's letters or noun, the given name alone still stands for the person.)
    const person = '10.12.2026, 10:00 10\nAwards\nKairat Seitzhanov thanked the fans. Kairat then left.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(person, 'b.txt')), [[0, 'Kairat Seitzhanov', 'Kairat Seitzhanov'], [0, 'Kairat', 'Kairat Seitzhanov']]);
    // (Review 72a: letters closing a club's name before a full name are no club's name for that person's given name.)
    const closing = '10.12.2026, 10:00 10\nAwards\nOrdabasy FC Yerlan Ospanov was named the best goalkeeper. Yerlan thanked the fans.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(closing, 'b.txt')), [[0, 'Yerlan Ospanov', 'Yerlan Ospanov'], [0, 'Yerlan', 'Yerlan Ospanov']]);
    // (Review 72b: letters after a nationality still open the club's name.)
    const kazakh = '10.12.2026, 10:00 10\nKairat in Europe\nThe Kazakh FC Kairat lost. Owner of the club Kairat Nurpeisov thanked the fans. Kairat will play.\n';
    assert.deepEqual(officials(createAnalyzer().annotate(kazakh, 'b.txt')), [[0, 'Kairat Nurpeisov', 'Kairat Nurpeisov']]);
  });
});
