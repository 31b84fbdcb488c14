import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createOfficialFinder } from '../../src/core/annotate/officials';
import type { Mention } from '../../src/core/types';

// A stand-in country finder, so these tests judge the official finder alone.
const COUNTRY = /\b(?:Republic of Kazakhstan|Kazakhstan|Kazakh|Italian Republic|Italy|Italian|Slovak Republic|Spain|Estonia|Jordan|Japan|Greece|Mexico|Georgian|Uzbekistan|Chinese|South Korean|UAE|Saudi Arabia|Turkmen|Slovak)\b/g;
function fakeCountries(body: string): Mention[] {
  return [...body.matchAll(COUNTRY)].map((m) => ({ type: 'country', text: m[0], start: m.index, end: m.index + m[0].length }));
}

const find = createOfficialFinder(undefined, fakeCountries);
const names = (body: string) => find(body, { published: '2026-02-24T15:00' }).map((m) => m.text);
const withRoles = (body: string) => find(body, { published: '2026-02-24T15:00' }).map((m) => [m.text, m.role ?? null]);

describe('official finder: name forms', () => {
  const cases: [string, string[]][] = [
    ['Kassym-Jomart Tokayev received the delegation.', ['Kassym-Jomart Tokayev']],
    ['He met Ambassador of the Italian Republic Antonello De Riu in Astana.', ['Antonello De Riu']],
    ['In turn, A. Syrigos expressed interest.', ['A. Syrigos']],
    ['M.Al-Maaytah expressed interest in the reforms.', ['M.Al-Maaytah']],
    ['Prime Minister of Japan KISHIDA Fumio arrived.', ['KISHIDA Fumio']],
    ['King Carl XVI Gustaf opened the session.', ['Carl XVI Gustaf']],
    ['Comrade Xi Jinping spoke.', ['Xi Jinping']],
    ['Martin Luther King Jr. and President Ferdinand R. Marcos Jr. were cited; King Jr. was not.', ['Martin Luther King Jr.', 'Ferdinand R. Marcos Jr.']],
    ['H.H. Sheikh Mansour bin Zayed welcomed the guests.', ['Mansour bin Zayed']],
    ['The talks were held with Sheikh Abdullah bin Zayed Al Nahyan in Abu Dhabi.', ['Abdullah bin Zayed Al Nahyan']],
    ['High Commissioner Jenny Isabella Da Rin of Australia arrived.', ['Jenny Isabella Da Rin']],
    ['Others include Patricio Alberto Aguirre Vacchieri of Chile.', ['Patricio Alberto Aguirre Vacchieri']],
    ['Ambassador Lincoln G. Downer of Jamaica spoke.', ['Lincoln G. Downer']],
    ['The President of the European Commission Ursula von der Leyen spoke.', ['Ursula von der Leyen']],
    ['Mark van der Berg, Director of the Institute, said so.', ['Mark van der Berg']],
    ['Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Cho Tae-yul.', ['Wang Yi', 'Cho Tae-yul']],
    ['President Yoon Suk Yeol will travel.', ['Yoon Suk Yeol']],
    ['Turkmen Foreign Minister Raşit Meredow met Minister Samuel Migaľ.', ['Raşit Meredow', 'Samuel Migaľ']],
    ['The Ambassador was received by H.E.Saqr Bin Ghubash, the Chairman of the Council.', ['Saqr Bin Ghubash']],
    ['Prime Minister Shri Narendra Modi and Dr. Amina Mohammed met.', ['Narendra Modi', 'Amina Mohammed']],
    ['Brigadier General Mamary Camara of Mali presented credentials.', ['Mamary Camara']],
    ['It noted that President Alar Karis’s state visit was a success.', ['Alar Karis']],
    ['Vice President Jusuf Kalla arrived with his wife Mufidah.', ['Jusuf Kalla', 'Mufidah']],
    ['The Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov held talks.', ['Bakhtiyor Saidov']],
    ['He congratulated President of the Republic of Kazakhstan Kassym-Jomart Tokayev.', ['Kassym-Jomart Tokayev']],
    ['The Egyptian leader Abdel Fattah al-Sisi spoke.', ['Abdel Fattah al-Sisi']],
  ];
  for (const [body, expected] of cases) {
    it(`finds ${expected.join(', ')}`, () => assert.deepEqual(names(body), expected));
  }
});

describe('official finder: what is not a person', () => {
  const cases: string[] = [
    'The President of Kazakhstan wished him success.',
    'The Ambassador noted the progress. The Deputy Minister also spoke.',
    'Ministry of Foreign Affairs of the Republic of Kazakhstan reports.',
    'The country is home to Astana Hub, the largest technology park in Central Asia.',
    'Kazakhstan values the Shanghai Cooperation Organization and the Astana International Forum.',
    'The ceremony was held at Village Urugwiro and at the Sefako Makgatho Presidential Guesthouse.',
    'BEIJING, Oct. 28 (Xinhua) -- The talks were held. ASTANA. KAZINFORM The meeting took place.',
    'During the meeting in March, the parties discussed the programme "Jashyl Muras" in Abu Dhabi.',
    'The use of large-scale data matters, including Big Data analytics.',
    'Within the OSCE PA the parties met in New York on Monday.',
    'Ambassador of Kazakhstan to Spain noted the progress of the Winter Olympic Games.',
    'Letters of Credence were presented to Heads of Mission-Designate.',
    'The Congress of Leaders of World and Traditional Religions met under the Confidence Building Measures.',
    'The Kazakhstan–EU Enhanced Partnership and Cooperation Agreement entered into force.',
    'Members of the Nur Otan party visited the Baikonur Cosmodrome and the Astana Opera.',
    'ASTANA – The talks were held. NUR-SULTAN. KAZINFORM – The forum opened.',
  ];
  for (const body of cases) {
    it(`finds nobody in: ${body.slice(0, 50)}`, () => assert.deepEqual(names(body), []));
  }
});

describe('official finder: single words and headlines', () => {
  it('takes a bare surname when the article names the person in full', () => {
    assert.deepEqual(names('Kaja Kallas will visit Almaty.\nKallas will meet the ministers.'), ['Kaja Kallas', 'Kallas']);
  });

  it('leaves a bare capitalised word alone otherwise', () => {
    assert.deepEqual(names('Kallas will meet the ministers.\nStudents showed interest.'), []);
  });

  it('takes one word after a title in the same run', () => {
    assert.deepEqual(withRoles('Deputy Minister Isetov noted this.'), [['Isetov', 'Deputy Minister']]);
  });

  it('in a title-case headline takes only the words the body confirms', () => {
    const body = 'President Congratulates President of Estonia Alar Karis on Independence Day\nKassym-Jomart Tokayev congratulated Alar Karis.';
    assert.deepEqual(withRoles(body), [
      ['Alar Karis', 'President of Estonia'],
      ['Kassym-Jomart Tokayev', null],
      ['Alar Karis', null],
    ]);
  });

  it('keeps the role of a title-case headline name whose last word the body does not confirm', () => {
    const body = 'Australian Foreign Minister Penny Wong Speaks with Kazakh Counterpart\nForeign Minister Penny Wong spoke by phone.';
    // Without the country finder `Australian` is an unknown word before a portfolio's title, read as the place: the role is as the real finder gives it.
    assert.deepEqual(withRoles(body), [['Penny Wong', 'Australian Foreign Minister'], ['Penny Wong', 'Foreign Minister']]);
  });

  it('takes a full name after a title in a title-case headline the body does not repeat', () => {
    assert.deepEqual(withRoles('President Kassym-Jomart Tokayev Meets Students of Nazarbayev University'), [['Kassym-Jomart Tokayev', 'President']]);
  });

  it('reads a sentence-case headline like body text', () => {
    assert.deepEqual(names('Tokayev congratulates Erdogan on election win\nPresident Kassym-Jomart Tokayev called Recep Tayyip Erdogan.'), [
      'Tokayev',
      'Erdogan',
      'Kassym-Jomart Tokayev',
      'Recep Tayyip Erdogan',
    ]);
  });
});

describe('official finder: roles', () => {
  const cases: [string, [string, string | null][]][] = [
    [
      'Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Arman Issetov received Ambassador of the Italian Republic Antonello De Riu.',
      [
        ['Arman Issetov', 'Deputy Minister of Foreign Affairs of the Republic of Kazakhstan'],
        ['Antonello De Riu', 'Ambassador of the Italian Republic'],
      ],
    ],
    ['Ambassador of Kazakhstan to Spain, Danat Mussayev, participated.', [['Danat Mussayev', 'Ambassador of Kazakhstan to Spain']]],
    ['HRH Crown Prince Al Hussein bin Abdullah II and H.R.H. Prince Ali attended.', [['Al Hussein bin Abdullah II', 'Crown Prince'], ['Ali', 'Prince']]],
    [
      'Minister of National Economy – Deputy Prime Minister Serik Zhumangarin and Presidential Aide Yerlan Karin attended; the Ministry of Finance – Deputy Minister Ivan Petrov too.',
      [['Serik Zhumangarin', 'Minister of National Economy – Deputy Prime Minister'], ['Yerlan Karin', 'Presidential Aide'], ['Ivan Petrov', 'Deputy Minister']],
    ],
    [
      'European Commissioner for International Partnerships Jozef Síkela and the Akorda press secretary Zhanna Baimukhamedova spoke; the European Ivan Petrov won.',
      [['Jozef Síkela', 'European Commissioner for International Partnerships'], ['Zhanna Baimukhamedova', 'Akorda press secretary'], ['Ivan Petrov', null]],
    ],
    [
      'He met the President of the 80th session of the UN General Assembly, Annalena Baerbock, and the Chair of the 3rd Ivan Petrov.',
      [['Annalena Baerbock', 'President of the 80th session of the UN General Assembly'], ['Ivan Petrov', null]],
    ],
    [
      'He met Korea Trade-Investment Promotion Agency President Kang Kyung-sung. Earlier Agency President Ivan Petrov spoke.',
      [['Kang Kyung-sung', 'Korea Trade-Investment Promotion Agency President'], ['Ivan Petrov', 'Agency President']],
    ],
    [
      'Gazprom CEO Alexei Miller, Astrakhan Governor Igor Babushkin and Wabtec President and CEO Rafael Santana met; Ivan Petrov President Anna Berg spoke.',
      [['Alexei Miller', 'Gazprom CEO'], ['Igor Babushkin', 'Astrakhan Governor'], ['Rafael Santana', 'Wabtec President and CEO'], ['Ivan Petrov', null], ['Anna Berg', 'President']],
    ],
    ['Tokayev Meets Chevron CEO Mike Wirth', [['Mike Wirth', 'Chevron CEO']]],
    [
      'He brought an invitation from Minister of Foreign Affairs Bui Thanh Son to Yermek Kosherbayev, as the Ambassador of Kazakhstan to Spain Danat Mussayev said.',
      [['Bui Thanh Son', 'Minister of Foreign Affairs'], ['Yermek Kosherbayev', null], ['Danat Mussayev', 'Ambassador of Kazakhstan to Spain']],
    ],
    ['He met ex-President George W. Bush and Ex-Minister Ivan Petrov.', [['George W. Bush', 'ex-President'], ['Ivan Petrov', 'Ex-Minister']]],
    [
      'Maj Gen (Rtd) Frank Mugambage and Dr. Vincent Biruta came, as did Maj. Gen. Ivan Petrov and Lt Col Rui Sousa; Gen Z voters too.',
      [['Frank Mugambage', 'Maj Gen (Rtd)'], ['Vincent Biruta', null], ['Ivan Petrov', 'Maj. Gen.'], ['Rui Sousa', 'Lt Col']],
    ],
    [
      "Premier Li Qiang and Zhao Leji, chairman of the National People's Congress Standing Committee, met.",
      [['Li Qiang', 'Premier'], ['Zhao Leji', "chairman of the National People's Congress Standing Committee"]],
    ],
    [
      'Said Anna Kowalska, spokeswoman for the Polish foreign ministry. Aibek Smadiyarov, deputy head of the presidential administration, and Ivan Petrov, the head of the office said.',
      [['Anna Kowalska', 'spokeswoman for the Polish foreign ministry'], ['Aibek Smadiyarov', 'deputy head of the presidential administration'], ['Ivan Petrov', 'head']],
    ],
    [
      'He met King of Spain Felipe VI, Crown Prince of Jordan Hussein, the President of Kazakhstan Tokayev, the Director of Kazakh Agro and the Minister of Finance Petrov.',
      [['Felipe VI', 'King of Spain'], ['Hussein', 'Crown Prince of Jordan'], ['Tokayev', 'President of Kazakhstan'], ['Petrov', 'Minister of Finance']],
    ],
    [
      'Ambassador of Peru to Kazakhstan, residing in Moscow, Luis Felipe Gálvez presented copies; so did Ambassador of Chile to Kazakhstan (with residence in Moscow) Rodrigo Yáñez. In Moscow, Ivan Petrov spoke.',
      [['Luis Felipe Gálvez', 'Ambassador of Peru to Kazakhstan'], ['Rodrigo Yáñez', 'Ambassador of Chile to Kazakhstan'], ['Ivan Petrov', null]],
    ],
    ['Secretary of Foreign Affairs Ma. Theresa P. Lazaro met Ma Zhaoxu.', [['Ma. Theresa P. Lazaro', 'Secretary of Foreign Affairs'], ['Ma Zhaoxu', null]]],
    [
      'Minister of Foreign Affairs Sugiono and the Minister of Foreign Affairs Office came; Minister of Energy Resources Ivan Petrov too.',
      [['Sugiono', 'Minister of Foreign Affairs'], ['Ivan Petrov', 'Minister of Energy Resources']],
    ],
    [
      "People's Artist of Kazakhstan Abzal Mukhitdin, Honoured Coach of the Republic of Kazakhstan Alexei Urmanov and Doctor of Historical Sciences Yerbolat Smagulov spoke; the People of Kazakhstan thank Anna Berg.",
      [["Abzal Mukhitdin", "People's Artist of Kazakhstan"], ['Alexei Urmanov', 'Honoured Coach of the Republic of Kazakhstan'], ['Yerbolat Smagulov', 'Doctor of Historical Sciences'], ['Anna Berg', null]],
    ],
    [
      'It was represented by the head of the Central Asia division, Ms. Martina Schmidt, and the director of the Kazakh Invest office Anna Berg.',
      [['Martina Schmidt', 'head of the Central Asia division'], ['Anna Berg', 'director of the Kazakh Invest office']],
    ],
    [
      'Grand Mufti Nauryzbai kazhy Taganuly and Metropolitan Alexander of Astana attended; the Metropolitan Museum and the metropolitan area did not.',
      [['Nauryzbai kazhy Taganuly', 'Grand Mufti'], ['Alexander', 'Metropolitan']],
    ],
    [
      'Our Prime Minister [Mikhail Mishustin] and the Minister of Energy (Almasadam Satkaliyev) spoke; the Ministry of Energy (Ivan Petrov) did not.',
      [['Mikhail Mishustin', 'Prime Minister'], ['Almasadam Satkaliyev', 'Minister of Energy'], ['Ivan Petrov', null]],
    ],
    // A plural office before a dash introduces the list after it: it is no part of each office.
    ['Co-chairs of the Council – Chairman of the Board Ivan Petrov and CEO Anna Berg – signed.', [['Ivan Petrov', 'Chairman of the Board'], ['Anna Berg', 'CEO']]],
    [
      'She met with the Minister of Investment, Regional Development and Informatization of the Slovak Republic, Samuel Migaľ, in Bratislava.',
      [['Samuel Migaľ', 'Minister of Investment, Regional Development and Informatization of the Slovak Republic']],
    ],
    [
      'ASTANA – Kaja Kallas, the EU High Representative for Foreign Affairs and Security Policy, and the Vice-President will visit.',
      [['Kaja Kallas', 'EU High Representative for Foreign Affairs and Security Policy']],
    ],
    ['Talks with Kazakhstan\'s Minister of Foreign Affairs Yermek Kosherbayev began.', [['Yermek Kosherbayev', "Kazakhstan's Minister of Foreign Affairs"]]],
    ['It met Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu.', [['Murat Nurtleu', 'Kazakh Deputy Prime Minister and Foreign Minister']]],
    ['Alikhan Smailov, Prime Minister of Kazakhstan, and his delegation arrived.', [['Alikhan Smailov', 'Prime Minister of Kazakhstan']]],
    ['Angelos Syrigos (Greece), OSCE PA Special Representative for Central Asia on the sidelines.', [['Angelos Syrigos', 'OSCE PA Special Representative for Central Asia']]],
    ['Ambassador of Kuwait Tareq Abdullah Al-Faraj and the Ambassador of Pakistan Abdul Salik Khan came.', [
      ['Tareq Abdullah Al-Faraj', 'Ambassador of Kuwait'],
      ['Abdul Salik Khan', 'Ambassador of Pakistan'],
    ]],
    ['He met Minister Bayramov and Vassilenko.', [['Bayramov', 'Minister']]],
    ['Secretary General of the Arab League Ahmed Aboul Gheit spoke.', [['Ahmed Aboul Gheit', 'Secretary General of the Arab League']]],
    [
      'Special Representative of the UN Secretary-General for Central Asia Kaha Imnadze arrived.',
      [['Kaha Imnadze', 'Special Representative of the UN Secretary-General for Central Asia']],
    ],
    ['Nur Otan party chairman Yerlan Koshanov spoke.', [['Yerlan Koshanov', 'Nur Otan party chairman']]],
    ['He met Chargé d’Affaires of Portugal Jose Ataide Amaral.', [['Jose Ataide Amaral', 'Chargé d’Affaires of Portugal']]],
    ['She met the Foreign Ministers of Turkmenistan and Tajikistan, Raşit Meredow and Sirojiddin Muhriddin, respectively.', [
      ['Raşit Meredow', 'Foreign Ministers of Turkmenistan and Tajikistan'],
      ['Sirojiddin Muhriddin', 'Foreign Ministers of Turkmenistan and Tajikistan'],
    ]],
    ['He met President Alar Karis and Dag Sjoogren.', [['Alar Karis', 'President'], ['Dag Sjoogren', null]]],
    ['It was signed by Presidential Press Secretary Berik Uali and the first President Nursultan Nazarbayev.', [
      ['Berik Uali', 'Presidential Press Secretary'],
      ['Nursultan Nazarbayev', 'first President'],
    ]],
    ['Pleased to meet H.E. David Cameron, newly appointed UK Secretary of State for Foreign Affairs, and others.', [
      ['David Cameron', 'UK Secretary of State for Foreign Affairs'],
    ]],
  ];
  for (const [body, expected] of cases) {
    it(`gives ${expected.map((e) => e[0]).join(', ')} their roles`, () => assert.deepEqual(withRoles(body), expected));
  }

  it('takes extra titles from the options', () => {
    const custom = createOfficialFinder(['Chief Adviser'], fakeCountries);
    const found = custom('Chief Adviser Muhammad Yunus met the delegation.', { published: '2026-02-24T15:00' });
    assert.deepEqual(found.map((m) => [m.text, m.role]), [['Muhammad Yunus', 'Chief Adviser']]);
  });

  it('keeps the classes of a finder with extra titles and of the shared one apart, called in turn', () => {
    const custom = createOfficialFinder(['Chief Steward'], fakeCountries);
    const plain = createOfficialFinder(undefined, fakeCountries);
    const body = 'Chief Steward Lopes arrived. Then Chief Steward Ana Lopes spoke.';
    const roles = (f: typeof find) => f(body, { published: '2026-02-24T15:00' }).map((m) => [m.text, m.role ?? null]);
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(roles(custom), [['Lopes', 'Chief Steward'], ['Ana Lopes', 'Chief Steward']]);
      assert.deepEqual(roles(plain), [['Steward Lopes', null], ['Steward Ana Lopes', null]]);
    }
  });
});

describe('official finder: offsets', () => {
  it('gives the same names and valid offsets with CRLF line endings', () => {
    const lf = 'Ambassador Terhi Hakala arrived.\nTerhi Hakala met Murat Nurtleu.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = find(lf, { published: '2026-02-24T15:00' });
    const b = find(crlf, { published: '2026-02-24T15:00' });
    assert.deepEqual(b.map((m) => m.text), a.map((m) => m.text));
    for (const m of b) assert.equal(crlf.slice(m.start, m.end), m.text);
    assert.deepEqual(b.map((m) => m.start), [11, 34, 51]);
  });

  for (const file of ['2026-02-25.txt', 'dev-1.txt', 'dev-2.txt']) {
    it(`keeps every span exact and on one line in ${file}`, () => {
      const text = readFileSync(`test/fixtures/${file}`, 'utf8');
      for (const body of [text, text.replace(/\r?\n/g, '\r\n'), text.replace(/\r\n/g, '\n')]) {
        const found = find(body, { published: '2026-02-24T15:00' });
        assert.ok(found.length > 20);
        for (const m of found) {
          assert.equal(body.slice(m.start, m.end), m.text);
          assert.ok(!/[\r\n]/.test(m.text), m.text);
          assert.equal(m.type, 'official');
        }
      }
    });
  }

  it('reads a body cut from a longer text (read from a copy) like the same text on its own', () => {
    const body = 'Foreign Minister Wang Yi met\r\nAmbassador Danat Mussayev, the Head of Mission.';
    const bulletin = `Stamp line\n${body}\nNext article`;
    const cut = find(bulletin.slice(11, 11 + body.length), { published: '2026-02-24T15:00' });
    assert.deepEqual(cut, find(body, { published: '2026-02-24T15:00' }));
    assert.deepEqual(cut.map((m) => [m.text, m.start, m.end, m.role]), [['Wang Yi', 17, 24, 'Foreign Minister'], ['Danat Mussayev', 41, 55, 'Head of Mission']]);
  });

  it('is a pure function of the text', () => {
    const body = 'Kaja Kallas will visit.\nKallas will meet President Kassym-Jomart Tokayev.';
    assert.deepEqual(find(body, { published: '2026-02-24T15:00' }), find(body, { published: '2020-01-01T00:00' }));
  });
});
