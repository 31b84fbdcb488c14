import * as assert from 'node:assert/strict';
import { createOfficialFinder } from '../../src/core/annotate/officials';
import { createCountryFinder } from '../../src/core/annotate/countries';
import type { Mention } from '../../src/core/types';

// A stand-in country finder, so these tests judge the general name rules alone.
const COUNTRY = /\b(?:Republic of Korea|Kingdom of Belgium|Malaysia|Kazakhstan|Kazakh|Uzbek|Estonian|Brazil|Portugal|Germany|Austria|Qatar)\b/g;
function fakeCountries(body: string): Mention[] {
  return [...body.matchAll(COUNTRY)].map((m) => ({ type: 'country', text: m[0], start: m.index, end: m.index + m[0].length }));
}

const find = createOfficialFinder(undefined, fakeCountries);
const names = (body: string) => find(body, { published: '2026-02-24T15:00' }).map((m) => m.text);
const withRoles = (body: string) => find(body, { published: '2026-02-24T15:00' }).map((m) => [m.text, m.role ?? null]);

describe('official finder: general rules on unseen text', () => {
  it('keeps the lower-case particles of a surname written alone after a title or honorific', () => {
    const body = 'Ambassador Joost ter Meulen arrived.\nAmbassador ter Meulen thanked the hosts, and Prof. da Cunha agreed.';
    assert.deepEqual(names(body), ['Joost ter Meulen', 'ter Meulen', 'da Cunha']);
  });

  it('keeps religious and traditional honorifics out of the name', () => {
    const body = 'He received Monsignor Paolo Verani and Datuk Siti Rahmah binti Yusof.\nLater Sayyid Hamad bin Saif joined them.';
    assert.deepEqual(names(body), ['Paolo Verani', 'Siti Rahmah binti Yusof', 'Hamad bin Saif']);
  });

  it('reads the apostrophe of Dato’ as part of the honorific', () => {
    assert.deepEqual(names("The guest was Dato' Rosli Hamzah of Malaysia."), ['Rosli Hamzah']);
  });

  it('reads a month abbreviation before a name word as a given name', () => {
    const body = 'Ambassador Jan Verhoef met Karel-Jan Maes on 5 Jan 2026.\nIn Jan, Sep Kuiper spoke.';
    assert.deepEqual(names(body), ['Jan Verhoef', 'Karel-Jan Maes', 'Sep Kuiper']);
  });

  it('takes no person from institution names in other languages', () => {
    const body = 'The Milli Majlis and the Grand Khural met at the Emiri Diwan; the Storting and the Apostolic Nunciature replied.';
    assert.deepEqual(names(body), []);
  });

  it('reads a bare Chief before a name as a form of address, Police Chief as a role', () => {
    const body = 'The firm, chaired by Chief Obinna Eze, met Police Chief Marek Wolny.';
    assert.deepEqual(withRoles(body), [['Obinna Eze', null], ['Marek Wolny', 'Police Chief']]);
  });

  it('keeps a.i. inside the title and takes no role from the next person of a list', () => {
    const body = 'Questions came from the Chargé d’Affaires a.i. of Portugal, Rui Tavares Moreira, the Ambassador of Austria, Lukas Brenner Hofer, and others.';
    assert.deepEqual(withRoles(body), [
      ['Rui Tavares Moreira', 'Chargé d’Affaires a.i. of Portugal'],
      ['Lukas Brenner Hofer', 'Ambassador of Austria'],
    ]);
  });

  it('lets an honorific stand between the title and the name', () => {
    const body = "He met High Commissioner of Malaysia Datuk Rosli Hamzah.";
    assert.deepEqual(withRoles(body), [['Rosli Hamzah', 'High Commissioner of Malaysia']]);
  });

  it('prefers a full apposition to a lone rank before the name', () => {
    const body = 'Prince Faisal bin Saad Al Thani, Deputy Prime Minister of Qatar, received them.';
    assert.deepEqual(withRoles(body), [['Faisal bin Saad Al Thani', 'Deputy Prime Minister of Qatar']]);
  });

  it('runs a role through an organisation name with a numeral or lower-case words', () => {
    const body = 'Chairman of the Board of the Tash-2 Company Erlan Dosov spoke, as did the Director of Kazakh Agro state holding, Aigul Serikova.';
    assert.deepEqual(withRoles(body), [
      ['Erlan Dosov', 'Chairman of the Board of the Tash-2 Company'],
      ['Aigul Serikova', 'Director of Kazakh Agro state holding'],
    ]);
  });

  it('reads a common word or organisation head after a title as a surname', () => {
    const body = 'The forum was opened by Vice Foreign Minister of the Republic of Korea Park Min-jae.\nLater Vice Minister Park met the press, and Ambassador White spoke.';
    assert.deepEqual(names(body), ['Park Min-jae', 'Park', 'White']);
  });

  it('keeps the veto for a title that names an organisation, an unconfirmed organisation head and calendar words', () => {
    assert.deepEqual(names('They met at the President Hotel and later at the Minister Park.'), []);
    assert.deepEqual(names('The Foreign Minister Thursday said the talks went well.'), []);
  });

  it('takes no name from the common English words of a title-case headline', () => {
    assert.deepEqual(names('Foreign Minister Receives Newly Elected Governor\nThe newly elected governor arrived.'), []);
    assert.deepEqual(names('Foreign Ministers Hold Video Call\nThe ministers held a video call.'), []);
  });

  it('takes a headline name made of common words when the body names the person', () => {
    const body = 'President Meets Minister Park Sung-ho\nPresident of Kazakhstan received Minister Park Sung-ho.';
    assert.deepEqual(names(body), ['Park Sung-ho', 'Park Sung-ho']);
  });

  it('reads a form of address of several words as an honorific only as a whole', () => {
    const body = 'He met Tan Sri Rahim Noor and Toh Puan Aishah Ali, then Tony Tan Keng Yam.';
    assert.deepEqual(names(body), ['Rahim Noor', 'Aishah Ali', 'Tony Tan Keng Yam']);
  });

  it('reads the word after a nationality as part of an organisation, not a given name', () => {
    const body =
      'The talks were joined by Chairman of the Board of Kazakh Invest Yerzhan Tokmagambetov.\n' +
      'Kazakh Invest Daulet Serikbayev spoke too, and the Kazakh Invest Musa office opened.';
    assert.deepEqual(withRoles(body), [
      ['Yerzhan Tokmagambetov', 'Chairman of the Board of Kazakh Invest'],
      ['Daulet Serikbayev', null],
    ]);
  });

  it('keeps a name that follows a country name, and a demonym noun before a name', () => {
    const body = 'President of Brazil Luiz Inacio Lula da Silva met the Kazakh Ambassador Rui Costa Pimenta.';
    assert.deepEqual(withRoles(body), [
      ['Luiz Inacio Lula da Silva', 'President of Brazil'],
      ['Rui Costa Pimenta', 'Kazakh Ambassador'],
    ]);
  });

  it('completes a name with a common word the article writes as part of it elsewhere', () => {
    const body =
      'Deputy Minister of Foreign Affairs of Germany Do Hung Viet arrived.\n' +
      'The minister briefed Do Hung Viet, and Mark Rutte met Viet. Do Hung Viet thanked Young Hung.';
    assert.deepEqual(names(body), ['Do Hung Viet', 'Do Hung Viet', 'Mark Rutte', 'Viet', 'Do Hung Viet', 'Hung']);
  });

  it('takes the office written before a rank as the role, and the rank when it stands alone', () => {
    const body =
      'Minister of Foreign Affairs Prince Faisal bin Farhan Al Saud arrived; ' +
      'Minister of Foreign Affairs of Qatar Prince Hamad bin Khalid came, with Qatar Foreign Minister Prince Saud bin Ali; ' +
      'Prince Turki bin Faisal, Chairman of the Foundation, joined, and King Salman sent greetings.';
    assert.deepEqual(withRoles(body), [
      ['Faisal bin Farhan Al Saud', 'Minister of Foreign Affairs'],
      ['Hamad bin Khalid', 'Minister of Foreign Affairs of Qatar'],
      ['Saud bin Ali', 'Qatar Foreign Minister'],
      ['Turki bin Faisal', 'Chairman of the Foundation'],
      ['Salman', 'King'],
    ]);
  });

  it('reads portfolio words written before a title into the role', () => {
    const body =
      'Foreign Affairs Minister Ana Lopes met Home Affairs Minister Rui Sousa and External Affairs Minister Luis Vaz, ' +
      'then the Director for Asian Affairs Ambassador Mohamed Abulwafa.';
    assert.deepEqual(withRoles(body), [
      ['Ana Lopes', 'Foreign Affairs Minister'],
      ['Rui Sousa', 'Home Affairs Minister'],
      ['Luis Vaz', 'External Affairs Minister'],
      ['Mohamed Abulwafa', 'Director for Asian Affairs'],
    ]);
  });

  it("takes a country's possessive at the start of an apposition into the role", () => {
    const body = "Mrs. Penny Wong, Germany's Foreign Minister, called Ms. Ana Lopes, Brazil’s Ambassador.";
    assert.deepEqual(withRoles(body), [
      ['Penny Wong', "Germany's Foreign Minister"],
      ['Ana Lopes', 'Brazil’s Ambassador'],
    ]);
  });

  it('lets a plural title or honorific vouch for every surname of its list', () => {
    const body =
      'Presidents Tokayev and Mirziyoyev met.\nMessrs. Aliyev, Rahmon and Japarov sent greetings.\n' +
      'Minister Nurtleu and Kallas spoke, as did Ambassadors Smith and Novak.\nSenators Nurlan Bekenov and Aigul Kapbarova came.';
    assert.deepEqual(withRoles(body), [
      ['Tokayev', 'Presidents'],
      ['Mirziyoyev', 'Presidents'],
      ['Aliyev', null],
      ['Rahmon', null],
      ['Japarov', null],
      ['Nurtleu', 'Minister'],
      ['Smith', 'Ambassadors'],
      ['Novak', 'Ambassadors'],
      ['Nurlan Bekenov', 'Senators'],
      ['Aigul Kapbarova', 'Senators'],
    ]);
  });

  it('takes no name from the title of a work written in title case between quotes, but does from a quoted sentence', () => {
    const body =
      'Exhibition “Abai and Goethe” Opens\nThe exhibition “Abai and Goethe: Dialogue of Cultures” showed poems by Abai Kunanbayev. ' +
      '“Abai is our teacher,” said Ana Lopes, and Minister Rui Sousa read "Sousa in Astana".';
    assert.deepEqual(names(body), ['Abai Kunanbayev', 'Abai', 'Ana Lopes', 'Rui Sousa']);
  });

  it("gives a plural title to every name of its list, past each name's place", () => {
    const body =
      'Foreign ministers Murat Nurtleu of Kazakhstan, Jeenbek Kulubaev of the Kyrgyz Republic, and Rashid Meredov of Turkmenistan attended. ' +
      'Ministers Ana Lopes of Brazil met Rui Sousa of the bank.';
    assert.deepEqual(withRoles(body), [
      ['Murat Nurtleu', 'Foreign ministers'],
      ['Jeenbek Kulubaev', 'Foreign ministers'],
      ['Rashid Meredov', 'Foreign ministers'],
      ['Ana Lopes', 'Ministers'],
      ['Rui Sousa', null],
    ]);
  });

  it('reads an unvouched run right after at or in as a place, a vouched one as a name', () => {
    const body =
      'He received the guests at Qasr Al Watan and in Dar Al Salam, then at the request of Ana Lopes ' +
      'met Ambassador Rui Sousa in Astana, and in Minister Luis Vaz’s presence signed. In Sousa’s words, it was a success.';
    assert.deepEqual(names(body), ['Ana Lopes', 'Rui Sousa', 'Luis Vaz', 'Sousa']);
  });

  it('reads diplomatic as a qualifier of the title in an apposition', () => {
    const body = 'H.E. Dr. Anwar bin Mohammed Gargash, Diplomatic Adviser to the President, attended.';
    assert.deepEqual(withRoles(body), [['Anwar bin Mohammed Gargash', 'Diplomatic Adviser to the President']]);
  });

  it('reads a kin word as a marker in lower case only, a capitalised one inside a run as a name', () => {
    const body = 'Deputy Prime Minister Bui Thanh Son arrived with his wife Le Thi Hoa; Son Min-jae met them.';
    assert.deepEqual(withRoles(body), [
      ['Bui Thanh Son', 'Deputy Prime Minister'],
      ['Le Thi Hoa', null],
      ['Son Min-jae', null],
    ]);
  });

  it('reads peerage and imperial ranks like other ranks', () => {
    const body =
      'Ambassador Aliya Sarsen presented her credentials to Grand Duke Guillaume; ' +
      'Minister of State for Development Baroness Jenny Ashdown and Emperor Naruhito sent greetings.';
    assert.deepEqual(withRoles(body), [
      ['Aliya Sarsen', 'Ambassador'],
      ['Guillaume', 'Grand Duke'],
      ['Jenny Ashdown', 'Minister of State for Development'],
      ['Naruhito', 'Emperor'],
    ]);
  });

  it('takes no name from the places the country finder sets apart (British Columbia, Chinese Taipei)', () => {
    const body = 'Premier David Eby came from British Columbia; the team of Chinese Taipei flew to Andorra la Vella and French Polynesia.';
    assert.deepEqual(withRoles(body), [['David Eby', 'Premier']]);
  });

  it('reads a capital as a place inside an organisation, and keeps capitals that are also names', () => {
    const body = 'CEO of Air Astana Peter Foster met Under Secretary Victoria Nuland and Ambassador Sofia Lima in Tashkent.';
    assert.deepEqual(withRoles(body), [
      ['Peter Foster', 'CEO of Air Astana'],
      ['Victoria Nuland', 'Under Secretary'],
      ['Sofia Lima', 'Ambassador'],
    ]);
  });

  it('reads a bracketed acronym inside a role, before or after the name', () => {
    const body =
      'General Secretary of the Communist Party of China (CPC) Central Committee Xi Jinping met Wang Hu, ' +
      'a member of the Central Committee of the Workers Party (WPK) Politburo, and John Smith, Head of the Mission (OSCE), on Monday.';
    assert.deepEqual(withRoles(body), [
      ['Xi Jinping', 'General Secretary of the Communist Party of China (CPC) Central Committee'],
      ['Wang Hu', 'member of the Central Committee of the Workers Party (WPK) Politburo'],
      ['John Smith', 'Head of the Mission'],
    ]);
  });

  it('joins two titles written with a spaced dash into one role', () => {
    const body =
      'Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan Murat Nurtleu met Aliya Sarsen, ' +
      'Deputy Prime Minister - Minister of Trade, and the Minister - Ivan Sidorov.';
    assert.deepEqual(withRoles(body), [
      ['Murat Nurtleu', 'Deputy Prime Minister – Minister of Foreign Affairs of Kazakhstan'],
      ['Aliya Sarsen', 'Deputy Prime Minister - Minister of Trade'],
      ['Ivan Sidorov', 'Minister'],
    ]);
  });

  it('reads two offices joined by a slash as one role', () => {
    const body =
      'It was chaired by the High Representative for Foreign Affairs and Security Policy/Vice-President of the Commission, ' +
      'Kaja Kallas, and EU High Representative/Vice-President Josep Borrell; VP Ivan Petrov came.';
    assert.deepEqual(withRoles(body), [
      ['Kaja Kallas', 'High Representative for Foreign Affairs and Security Policy/Vice-President of the Commission'],
      ['Josep Borrell', 'EU High Representative/Vice-President'],
      ['Ivan Petrov', 'VP'],
    ]);
  });

  it('reads Ambassador, Senator or Professor after an office as a style, not part of the role', () => {
    const body =
      'State Minister of Foreign Affairs Ambassador Mesganu Moach met the Ambassador of Bulgaria Ambassador Ambassador Vasil Petkov, ' +
      'Ambassador Ivan Petrov, Minister Counsellor Ivan Sidorov, Chairman of the Committee on Foreign Relations Senator John Doe ' +
      'and Chief Adviser of the Interim Government Professor Muhammad Yunus.';
    assert.deepEqual(withRoles(body), [
      ['Mesganu Moach', 'State Minister of Foreign Affairs'],
      ['Vasil Petkov', 'Ambassador of Bulgaria'],
      ['Ivan Petrov', 'Ambassador'],
      ['Ivan Sidorov', 'Minister Counsellor'],
      ['John Doe', 'Chairman of the Committee on Foreign Relations'],
      ['Muhammad Yunus', 'Chief Adviser of the Interim Government'],
    ]);
  });

  it('takes no role across a common word, nor a legal form into a name, and keeps a nationality after "of"', () => {
    const body =
      'Kazakh FM Meets Estonian Counterpart Margus Tsahkna in Tallinn\nMargus Tsahkna and Chairman of the Board of Samruk-Kazyna JSC Nurlan Rakhmetov ' +
      'spoke of the visit of Kazakh President Kassym-Jomart Tokayev.';
    assert.deepEqual(withRoles(body), [
      ['Margus Tsahkna', null],
      ['Margus Tsahkna', null],
      ['Nurlan Rakhmetov', 'Chairman of the Board of Samruk-Kazyna JSC'],
      ['Kassym-Jomart Tokayev', 'Kazakh President'],
    ]);
  });

  it('reads two-letter initials of Russian and Kazakh names (Zh., Yu.) as part of the name', () => {
    const body = 'The delegation led by A.Yu. Rudenko met Zh. Kassymbek and Sh.Mirziyoyev; Ch. 5 of the treaty applies.';
    assert.deepEqual(names(body), ['A.Yu. Rudenko', 'Zh. Kassymbek', 'Sh.Mirziyoyev']);
  });

  it('keeps a lower-case qualifier that opens an apposition in the role', () => {
    const body = 'Ms. Kamikawa Yoko, former Minister for Foreign Affairs, and Anna Lee, acting Minister of Trade, met John Smith, newly appointed Ambassador.';
    assert.deepEqual(withRoles(body), [
      ['Kamikawa Yoko', 'former Minister for Foreign Affairs'],
      ['Anna Lee', 'acting Minister of Trade'],
      ['John Smith', 'Ambassador'],
    ]);
  });

  it('reads a lower-case title with a lower-case object after "of" or "of the" as a role', () => {
    const body =
      'Uzbek chief of diplomacy, Abdulaziz Kamilov met the head of state Kassym-Jomart Tokayev; ' +
      'the Minister of state Ivan Petrov and a group of ten people Anna Lee came, with the head of the department Aigul Bekova.';
    assert.deepEqual(withRoles(body), [
      ['Abdulaziz Kamilov', 'Uzbek chief of diplomacy'],
      ['Kassym-Jomart Tokayev', 'head of state'],
      ['Ivan Petrov', null],
      ['Anna Lee', null],
      ['Aigul Bekova', 'head of the department'],
    ]);
  });

  it('reads an apposition opened by a spaced dash, and leaves the person named after its complement alone', () => {
    const body =
      'Talks held\nAttending were Ivan Petrov — Minister of Economy of Belarus; Aigerim Bekova – Vice Minister of Trade; ' +
      'and John Smith, Minister of Trade Anna Berg and Li Wei (China).';
    assert.deepEqual(withRoles(body), [
      ['Ivan Petrov', 'Minister of Economy of Belarus'],
      ['Aigerim Bekova', 'Vice Minister of Trade'],
      ['John Smith', null],
      ['Anna Berg', 'Minister of Trade'],
      ['Li Wei', null],
    ]);
  });

  it('keeps the particles written before a surname the article confirms, in either case', () => {
    const body = 'Talks\nPresident Ursula von der Leyen came. Von der Leyen said so; von der Leyen and da Silva met Luiz da Silva.';
    assert.deepEqual(names(body), ['Ursula von der Leyen', 'Von der Leyen', 'von der Leyen', 'da Silva', 'Luiz da Silva']);
  });

  it('reads a run after "and" that follows a full name as another person, not the complement of a title', () => {
    const body = 'Talks held\nMinister of Economy Marcelo Ebrard and Pedro Ramón de la Fuente came; Minister of Culture and Tourism Puan Maharani too.';
    assert.deepEqual(withRoles(body), [
      ['Marcelo Ebrard', 'Minister of Economy'],
      ['Pedro Ramón de la Fuente', null],
      ['Puan Maharani', 'Minister of Culture and Tourism'],
    ]);
  });

  it('takes no name from a plural demonym (Ivorians Abroad)', () => {
    const body = 'Talks held\nThe Minister of Foreign Affairs, African Integration and Ivorians Abroad Kacou Adom met Kazakhs Living Abroad.';
    assert.deepEqual(names(body), ['Kacou Adom']);
  });

  it('keeps an ecclesiastical style after an office out of the role', () => {
    const body = 'Talks held\nThe Apostolic Nuncio Archbishop George Panamthundil, Ambassador of the Holy See Bishop Marek Zalewski and Deputy Ambassador Ivan Petrov met.';
    assert.deepEqual(withRoles(body), [
      ['George Panamthundil', 'Apostolic Nuncio'],
      ['Marek Zalewski', 'Ambassador of the Holy See'],
      ['Ivan Petrov', 'Deputy Ambassador'],
    ]);
  });

  it('reads Malay styles of several words, and a form of address after "bin" as part of the name', () => {
    const body = "Talks held\nDato' Seri Utama Haji Mohamad bin Haji Hasan met Tan Sri Amirsham Abdul Aziz.";
    assert.deepEqual(names(body), ['Mohamad bin Haji Hasan', 'Amirsham Abdul Aziz']);
  });

  it('reads the role before a name an editor added in square brackets to a quotation', () => {
    const body = 'Talks held\nHe said the talks were "chaired by our Prime Minister [Ivan Petrov] and your Vice President [Maria Lopes]."';
    assert.deepEqual(withRoles(body), [['Ivan Petrov', 'Prime Minister'], ['Maria Lopes', 'Vice President']]);
  });

  it('keeps the nationality written right before a rank in the role, not a country closing a complement', () => {
    const body = 'Talks held\nThe Estonian King Harald Lind met the Ambassador of Brazil King Oscar Dias.';
    assert.deepEqual(withRoles(body), [['Harald Lind', 'Estonian King'], ['Oscar Dias', 'Ambassador of Brazil']]);
  });

  it('takes the office before a comma as the role of a name with a style, unless a name ends it', () => {
    const body = 'Talks held\nThe Apostolic Nuncio to Kazakhstan, Archbishop George Panamthundil, met Ivan Petrov, Ambassador Anna Berg.';
    assert.deepEqual(withRoles(body), [
      ['George Panamthundil', 'Apostolic Nuncio to Kazakhstan'],
      ['Ivan Petrov', null],
      ['Anna Berg', 'Ambassador'],
    ]);
  });

  it('reads expatriates in a portfolio, a legal form after a company, Alhaji, and a common word after bin', () => {
    const body =
      'Talks held\nHe met Minister of Foreign Affairs, Emigration and Egyptian Expatriates Badr Abdelatty. ' +
      'Deals with Agropecuária Três Irmãos Ltda. and Atlântico Cork S.A. were signed. Alhaji Aliko Dangote met ' +
      'Sheikh Abdallah bin Said Mussa, Chairman of the Zanzibar Chamber of Commerce.';
    assert.deepEqual(withRoles(body), [
      ['Badr Abdelatty', 'Minister of Foreign Affairs, Emigration and Egyptian Expatriates'],
      ['Aliko Dangote', null],
      ['Abdallah bin Said Mussa', 'Chairman of the Zanzibar Chamber of Commerce'],
    ]);
  });

  it('skips a two-word residence and a further accreditation, and joins offices after a place and after the', () => {
    const body =
      'Talks held\nAmbassador of Kazakhstan to Kenya (with residence in Addis Ababa) Aidarbek Tumatov came. ' +
      'Ambassador of Kazakhstan to South Africa, concurrently accredited to Angola and Mozambique, Kairat Sarzhanov spoke. ' +
      'He was received by the Minister of State, Minister of Foreign Affairs, African Integration and Ivorians Abroad, Léon Kacou Adom. ' +
      'President of Zanzibar and Chairman of the Revolutionary Council Hussein Ali Mwinyi spoke. ' +
      'According to the head of the expedition, Doctor of Historical Sciences Yerbolat Smagulov, it is old.';
    assert.deepEqual(withRoles(body), [
      ['Aidarbek Tumatov', 'Ambassador of Kazakhstan to Kenya'],
      ['Kairat Sarzhanov', 'Ambassador of Kazakhstan to South Africa'],
      ['Léon Kacou Adom', 'Minister of State, Minister of Foreign Affairs, African Integration and Ivorians Abroad'],
      ['Hussein Ali Mwinyi', 'President of Zanzibar and Chairman of the Revolutionary Council'],
      ['Yerbolat Smagulov', 'head of the expedition'],
    ]);
  });

  it('reads the office after the object of an active appointment as its role', () => {
    const body =
      'Decrees\nKassym-Jomart Tokayev also appointed Marat Karabayev as akim of Kostanay region. He appointed Serik Abenov ' +
      'Minister of Trade. He named Ivan Petrov and others.';
    assert.deepEqual(withRoles(body), [
      ['Kassym-Jomart Tokayev', null],
      ['Marat Karabayev', 'akim of Kostanay region'],
      ['Serik Abenov', 'Minister of Trade'],
      ['Ivan Petrov', null],
    ]);
  });

  it('gives the office after an opening phrase\'s name to that name, not to the clause\'s subject after it', () => {
    const body =
      'Talks held\nIn his talks with Dr. Abdullatif bin Rashid Al Zayani, Minister of Foreign Affairs of Bahrain, Y. Kosherbayev ' +
      'discussed trade. He met Ivan Petrov, the Ambassador of Spain, Juan Lopez.';
    assert.deepEqual(withRoles(body), [
      ['Abdullatif bin Rashid Al Zayani', 'Minister of Foreign Affairs of Bahrain'],
      ['Y. Kosherbayev', null],
      ['Ivan Petrov', null],
      ['Juan Lopez', 'Ambassador of Spain'],
    ]);
    const subjects =
      'Talks held\nIn his message to J. Maada Bio, the Head of State thanked him. Addressing F. Gnassingbé, the President ' +
      'noted it. Speaking with Anna Berg, the Minister of Foreign Affairs agreed.';
    assert.deepEqual(withRoles(subjects), [['J. Maada Bio', null], ['F. Gnassingbé', null], ['Anna Berg', null]]);
  });

  it('reads Mihály at a sentence start, an organisation after two name words in a complement, and letters after a name', () => {
    const body =
      'Talks held\nMihály Varga, Governor of the Magyar Nemzeti Bank, said so. Jim Shannon MP, Baroness Hodgson of Abinger ' +
      'and Lord Bruce spoke.';
    assert.deepEqual(withRoles(body), [
      ['Mihály Varga', 'Governor of the Magyar Nemzeti Bank'],
      ['Jim Shannon', 'MP'],
      ['Hodgson', null],
      ['Bruce', null],
    ]);
  });

  it('ends an apposition before a source closing the sentence, and reads Bloomberg after a name as a surname', () => {
    const body =
      'Talks held\nHe met Ivan Petrov, Minister of Foreign Affairs of the State of Qatar, Ministry of Foreign Affairs of the ' +
      'Republic of Kazakhstan reports. Michael R. Bloomberg, founder of Bloomberg L.P., spoke; Mr. Bloomberg agreed, ' +
      'Bloomberg reported. Peacekeepers served in the Golan Heights.';
    assert.deepEqual(withRoles(body), [
      ['Ivan Petrov', 'Minister of Foreign Affairs of the State of Qatar'],
      ['Michael R. Bloomberg', 'founder of Bloomberg L.P.'],
      ['Bloomberg', null],
    ]);
  });

  it('reads -ness surnames, Rep., Provost, academician and artistic, TD after a name, and battalions and Konzerthaus as no persons', () => {
    const body =
      'Talks held\nHe met Chevron Vice President for Eurasia Derek Magness, Rep. Ami Bera and Provost of Nazarbayev University ' +
      'Ilesanmi Adesida. Neale Richmond TD met the Peacekeeping Battalion and Aidar Torybayev, artistic director of the Astana Opera. ' +
      'He met the Rector, academician Zhanseit Tuimebayev, and academician Murat Zhurinov at the Konzerthaus Berlin. Readiness grew.';
    assert.deepEqual(withRoles(body), [
      ['Derek Magness', 'Chevron Vice President for Eurasia'],
      ['Ami Bera', 'Rep.'],
      ['Ilesanmi Adesida', 'Provost of Nazarbayev University'],
      ['Neale Richmond', 'TD'],
      ['Aidar Torybayev', 'artistic director of the Astana Opera'],
      ['Zhanseit Tuimebayev', 'Rector'],
      ['Murat Zhurinov', 'academician'],
    ]);
    assert.deepEqual(names('Talks held\nThe Ile Alatau park and the Saryarka steppe were shown.'), []);
  });

  it('keeps an acronym after "the" and a company\'s legal form out of a name', () => {
    const body = 'Talks held\nThe President of the 81st session of the UNGA Annalena Baerbock met the CEO of PTT Public Company Limited Kongkrapan Intarajang.';
    assert.deepEqual(withRoles(body), [
      ['Annalena Baerbock', 'President of the 81st session of the UNGA'],
      ['Kongkrapan Intarajang', 'CEO of PTT Public Company Limited'],
    ]);
  });

  it('takes no person from an acronym and a common word (ACWA Power), but does from a surname in capitals', () => {
    assert.deepEqual(names('Talks held\nMasdar and ACWA Power met KISHIDA Fumio and SMITH John.'), ['KISHIDA Fumio', 'SMITH John']);
  });

  it('takes no person from company names ending in a trade (Tatra Trucks, Temir Zholy)', () => {
    const body = 'Talks held\nTatra Trucks, Skoda Transportation, Kazakhstan Temir Zholy and Hyundai Motors met Anna Berg.';
    assert.deepEqual(names(body), ['Anna Berg']);
  });

  it('reads Burmese and Vietnamese names whose words are also place words or particles', () => {
    const body = 'Talks held\nState Counsellor Aung San Suu Kyi met Deputy Foreign Minister Ngo Le Van and Nguyen Van Thanh in San Francisco.';
    assert.deepEqual(withRoles(body), [
      ['Aung San Suu Kyi', 'State Counsellor'],
      ['Ngo Le Van', 'Deputy Foreign Minister'],
      ['Nguyen Van Thanh', null],
    ]);
  });

  it('reads Irish titles as titles', () => {
    assert.deepEqual(withRoles('Talks held\nTaoiseach Micheál Martin and Tánaiste Simon Harris came.'), [
      ['Micheál Martin', 'Taoiseach'],
      ['Simon Harris', 'Tánaiste'],
    ]);
  });

  it('reads the General Assembly as an organisation inside a role, not as a surname', () => {
    const body = 'President of the UN General Assembly Annalena Baerbock met the press.\nThe General Assembly adopted it, said Vice Minister Park Min-jae.';
    assert.deepEqual(withRoles(body), [
      ['Annalena Baerbock', 'President of the UN General Assembly'],
      ['Park Min-jae', 'Vice Minister'],
    ]);
  });

  it('reads the office before a comma and a form of address as the role of a rank, unless it is a rank itself', () => {
    const body =
      'Talks held\nHe received Foreign Minister of the Kingdom of Belgium, His Highness Prince Amedeo Lind, ' +
      'then the King of Belgium, Queen Mathilde Lind and Kazakh Foreign Minister His Excellency Prince Ivan Petrov, ' +
      "and the Pope's envoy, Cardinal Pietro Rossi.";
    assert.deepEqual(withRoles(body), [
      ['Amedeo Lind', 'Foreign Minister of the Kingdom of Belgium'],
      ['Mathilde Lind', 'Queen'],
      ['Ivan Petrov', 'Kazakh Foreign Minister'],
      ['Pietro Rossi', 'Cardinal'],
    ]);
  });

  it('reads an aide\'s title with its complement opened by "to"', () => {
    const body = 'Talks held\nAssistant to the President – Press Secretary Berik Uali and Adviser to the President Ivan Petrov met; it was sent to the President Anna Berg.';
    assert.deepEqual(withRoles(body), [
      ['Berik Uali', 'Assistant to the President – Press Secretary'],
      ['Ivan Petrov', 'Adviser to the President'],
      ['Anna Berg', 'President'],
    ]);
  });

  it('reads a lower-case aide\'s title before "of the" and an office as the aide\'s role, not before a bare office', () => {
    const body =
      'Talks held\nThe press secretary of the President of Kazakhstan Berik Uali spoke, as did the adviser to the President Ivan Petrov. ' +
      'The special representative of Chinese President Xi Jinping came.';
    assert.deepEqual(withRoles(body), [
      ['Berik Uali', 'press secretary of the President of Kazakhstan'],
      ['Ivan Petrov', 'adviser to the President'],
      ['Xi Jinping', 'Chinese President'],
    ]);
  });

  it('joins an office after a slash to a role written after the name, once', () => {
    const body = 'Talks held\nKaja Kallas, High Representative for Security Policy/Vice-President of the Commission/Chair/Head, came.';
    assert.deepEqual(withRoles(body), [['Kaja Kallas', 'High Representative for Security Policy/Vice-President of the Commission']]);
  });

  it('confirms a surname written without its diacritics by the same name written with them, and back', () => {
    const body = 'Erdogan to visit Astana in June\nPresident Recep Tayyip Erdoğan will come; Szijjarto and Péter Szijjártó too.';
    assert.deepEqual(names(body), ['Erdogan', 'Recep Tayyip Erdoğan', 'Szijjarto', 'Péter Szijjártó']);
  });

  it('reads British and Kenyan forms of address and an organisation word opening a title', () => {
    const body =
      'Talks held\nThe Rt Hon David Lammy MP and Rt. Hon. Stephen Doughty met Hon. Musalia Mudavadi, Prime Cabinet Secretary, ' +
      'and Amb. Korir Singoei, Principal Secretary.';
    assert.deepEqual(withRoles(body), [
      ['David Lammy', 'MP'],
      ['Stephen Doughty', null],
      ['Musalia Mudavadi', 'Prime Cabinet Secretary'],
      ['Korir Singoei', 'Principal Secretary'],
    ]);
  });

  it('reads a capitalised connector of a title-case headline as joining a role', () => {
    const body = 'Head Of State Holds Talks With President Of Estonia Alar Karis\nKassym-Jomart Tokayev and Alar Karis met.';
    assert.deepEqual(withRoles(body), [
      ['Alar Karis', 'President Of Estonia'],
      ['Kassym-Jomart Tokayev', null],
      ['Alar Karis', null],
    ]);
  });

  it('closes a title\'s phrase at a name, so a role after "to" starts afresh, also in capitals', () => {
    const body =
      'Talks held\nThe telegram of President Kassym-Jomart Tokayev to President of Estonia Alar Karis was read, ' +
      'as was one to PRESIDENT OF ESTONIA ALAR KARIS.';
    assert.deepEqual(withRoles(body), [
      ['Kassym-Jomart Tokayev', 'President'],
      ['Alar Karis', 'President of Estonia'],
      ['ALAR KARIS', 'PRESIDENT OF ESTONIA'],
    ]);
  });

  it('reads one capitalised word in brackets right after a title as part of the role', () => {
    const body = 'Talks held\nSecretary (East) Periasamy Kumaran, Joint Secretary (Eurasia) Amarnath Prasad and the Minister (pictured) Anna Berg met.';
    assert.deepEqual(withRoles(body), [
      ['Periasamy Kumaran', 'Secretary (East)'],
      ['Amarnath Prasad', 'Joint Secretary (Eurasia)'],
      ['Anna Berg', null],
    ]);
  });

  it('opens a role with the possessive of an acronym, as of a country', () => {
    const body = 'Talks held\nThe UN’s Resident Coordinator Michaela Friberg-Storey and the OSCE\'s Secretary General Feridun Sinirlioglu spoke.';
    assert.deepEqual(withRoles(body), [
      ['Michaela Friberg-Storey', 'UN’s Resident Coordinator'],
      ['Feridun Sinirlioglu', "OSCE's Secretary General"],
    ]);
  });

  it('reads Amir as a title after "the" or before "of", and as a given name elsewhere', () => {
    const body = 'Talks held\nHis Highness the Amir Sheikh Tamim bin Hamad Al Thani and the Amir of Kuwait Sheikh Mishal Al-Sabah met Amir Hamzah.';
    assert.deepEqual(withRoles(body), [
      ['Tamim bin Hamad Al Thani', 'Amir'],
      ['Mishal Al-Sabah', 'Amir of Kuwait'],
      ['Amir Hamzah', null],
    ]);
  });

  it('keeps letters after a name out of its span, and reads the apposition after them', () => {
    const body = 'Talks held\nThe Rt Hon David Lammy MP, Foreign Secretary, met John Smith OBE and Dr. Jane Doe PhD, Director of the Institute.';
    assert.deepEqual(withRoles(body), [
      ['David Lammy', 'Foreign Secretary'],
      ['John Smith', null],
      ['Jane Doe', 'Director of the Institute'],
    ]);
  });

  it('reads a role before a comma and a form of address with its article', () => {
    const body = 'Talks held\nThe Foreign Secretary, the Rt Hon Anna Berg, met the Minister of Trade, H.E. Ivan Petrov.';
    assert.deepEqual(withRoles(body), [
      ['Anna Berg', 'Foreign Secretary'],
      ['Ivan Petrov', 'Minister of Trade'],
    ]);
  });

  it('reads a direction closing a name as its surname, and leaves it a place before another word', () => {
    const body = 'Talks held\nCatherine West, Minister for the Indo-Pacific, met John North in West Java.';
    assert.deepEqual(withRoles(body), [
      ['Catherine West', 'Minister for the Indo-Pacific'],
      ['John North', null],
    ]);
  });

  it('gives each name of a long list after a plural title the title, never the names before it', () => {
    const body = 'Talks held\nForeign Ministers of Kazakhstan and Qatar, Anna Berg, Ivan Petrov, Aigul Nurova and Omar Saleh, met.';
    const role = 'Foreign Ministers of Kazakhstan and Qatar';
    assert.deepEqual(withRoles(body), [
      ['Anna Berg', role],
      ['Ivan Petrov', role],
      ['Aigul Nurova', role],
      ['Omar Saleh', role],
    ]);
  });

  it('reads a form of address between two name words as part of the name, and more Malay and Turkmen forms of address', () => {
    const body =
      'Talks held\nForeign Minister Datuk Seri Utama Haji Mohamad Haji Hasan met YB Tengku Zafrul Tengku Abdul Aziz, ' +
      'Hassan Sheikh Mohamud and Hero-Arkadag Gurbanguly Berdimuhamedov; Mr Smith Dr Jones did not.';
    assert.deepEqual(withRoles(body), [
      ['Mohamad Haji Hasan', 'Foreign Minister'],
      ['Zafrul Tengku Abdul Aziz', null],
      ['Hassan Sheikh Mohamud', null],
      ['Gurbanguly Berdimuhamedov', null],
      ['Smith', null],
      ['Jones', null],
    ]);
  });

  it('reads a Korean surname that is also a word before a Korean given name', () => {
    const body = 'Talks held\nHe met Director-General of the Protocol Bureau of the Foreign Ministry Park Joon-young at Technology Park Alatau-Invest.';
    assert.deepEqual(withRoles(body), [['Park Joon-young', 'Director-General of the Protocol Bureau of the Foreign Ministry']]);
  });

  it('reads a company written in camel case before a title as part of the role, never as a name', () => {
    const body = 'Talks held\nKazMunayGas President Askhat Khassenov met Ian MacArthur and Ron DeSantis.';
    assert.deepEqual(withRoles(body), [
      ['Askhat Khassenov', 'KazMunayGas President'],
      ['Ian MacArthur', null],
      ['Ron DeSantis', null],
    ]);
  });

  it('reads Sultan before a name with an office in apposition as a given name, and as a rank otherwise', () => {
    const body =
      'Talks held\nThe meeting was attended by Sultan Ahmed al-Jaber, Minister of Industry, and by His Majesty Sultan Haitham bin Tarik, the Sultan of Oman.';
    assert.deepEqual(withRoles(body), [
      ['Sultan Ahmed al-Jaber', 'Minister of Industry'],
      ['Haitham bin Tarik', 'Sultan of Oman'],
    ]);
  });

  it("reads the apposition after a peer's territorial designation", () => {
    const body = 'Talks held\nBaroness Chapman of Darlington, Minister for Development, and Lord Ahmad of Wimbledon met.';
    assert.deepEqual(withRoles(body), [
      ['Chapman', 'Minister for Development'],
      ['Ahmad', null],
    ]);
  });

  it('joins an office ending in a plural inside its complement to the office after a dash, and opens no list with it', () => {
    const body =
      'Talks held\nChairman of the Cabinet of Ministers – Head of the Presidential Administration Adylbek Kasymaliev met ' +
      'Chairman of the Cabinet of Ministers Akylbek Japarov and Jeenbek Kulubaev.';
    assert.deepEqual(withRoles(body), [
      ['Adylbek Kasymaliev', 'Chairman of the Cabinet of Ministers – Head of the Presidential Administration'],
      ['Akylbek Japarov', 'Chairman of the Cabinet of Ministers'],
      ['Jeenbek Kulubaev', null],
    ]);
  });

  it('takes no person from a company with a dotted legal form or from an institution named in its own language', () => {
    const body = 'Talks held\nJoão Ferreira, CEO of Atlântico Cork S.A., spoke at the Instituto Cervantes and the Goethe-Institut.';
    assert.deepEqual(withRoles(body), [['João Ferreira', 'CEO of Atlântico Cork S.A.']]);
  });

  it('gives the second of two people joined by "and" the role in apposition after it', () => {
    const body = 'Talks held\nHe met Vice Minister of Justice of Korea Kim Seok-woo and Park Ji-hoon, Director-General of the Korea Immigration Service.';
    assert.deepEqual(withRoles(body), [
      ['Kim Seok-woo', 'Vice Minister of Justice of Korea'],
      ['Park Ji-hoon', 'Director-General of the Korea Immigration Service'],
    ]);
  });

  it('keeps a lower-case word or two after "of the" inside an apposition role, not after "in the"', () => {
    const body =
      'Talks held\nJoost van der Berg, founder of the start-up GreenHydro, met Markus Söder, Minister-President of the federal state of Bavaria, ' +
      'and Ivan Petrov, Ambassador of Kazakhstan in the capital Astana.';
    assert.deepEqual(withRoles(body), [
      ['Joost van der Berg', 'founder of the start-up GreenHydro'],
      ['Markus Söder', 'Minister-President of the federal state of Bavaria'],
      ['Ivan Petrov', 'Ambassador of Kazakhstan'],
    ]);
  });

  it('gives a person after "and" and a form of address no role from before "and"', () => {
    const body = 'Talks held\nUndersecretary of State Anna Berg and Lord Ahmad of Wimbledon attended.';
    assert.deepEqual(withRoles(body), [
      ['Anna Berg', 'Undersecretary of State'],
      ['Ahmad', null],
    ]);
  });

  it('reads Sultan as a given name after a form of address that is not a monarch’s and before bin, and Ruler as a title', () => {
    const body =
      'Talks held\nDr. Sultan bin Khalid Al Nahyan met His Highness Sultan bin Mohammed Al Qasimi, Ruler of Sharjah, ' +
      'and His Majesty Sultan Haitham bin Tarik.';
    assert.deepEqual(withRoles(body), [
      ['Sultan bin Khalid Al Nahyan', null],
      ['Sultan bin Mohammed Al Qasimi', 'Ruler of Sharjah'],
      ['Haitham bin Tarik', 'Sultan'],
    ]);
  });

  it('keeps Seyed out of the name', () => {
    assert.deepEqual(withRoles('Talks held\nForeign Minister Seyed Abbas Araghchi held a call.'), [['Abbas Araghchi', 'Foreign Minister']]);
  });

  it('joins two offices of one person by "and", but not after "the" or "between", nor past a name', () => {
    const body =
      'Talks held\nAmbassador of Kazakhstan to Germany and Head of Mission to the EU Margulan Baimukhan met the President of Kazakhstan ' +
      'and Prime Minister of Japan Fumio Kishida, and Chairman of the Senate Maulen Ashimbayev and Chairman of the Mazhilis Yerlan Koshanov.';
    assert.deepEqual(withRoles(body), [
      ['Margulan Baimukhan', 'Ambassador of Kazakhstan to Germany and Head of Mission to the EU'],
      ['Fumio Kishida', 'Prime Minister of Japan'],
      ['Maulen Ashimbayev', 'Chairman of the Senate'],
      ['Yerlan Koshanov', 'Chairman of the Mazhilis'],
    ]);
  });

  it('ends a headline role at its verb, and reads the name before a verb and an organisation word', () => {
    const body = 'Head of State Congratulates Shaidorov on Olympic Gold\nState Counselor Karin Holds Meeting with Experts\nMikhail Shaidorov and Yerlan Karin spoke.';
    assert.deepEqual(withRoles(body), [
      ['Shaidorov', null],
      ['Karin', 'State Counselor'],
      ['Mikhail Shaidorov', null],
      ['Yerlan Karin', null],
    ]);
  });

  it('gives no role across a comma from the object of "of" unless a comma closes the name', () => {
    const body =
      'Talks held\nBy the Decree of the Head of State, Ruslan Zhaksylykov was named. At the invitation of the Minister of Energy, ' +
      'Anna Berg, the guests came, and at the level of deputy ministers, Omar Saleh and Ivan Petrov, talks went on.';
    assert.deepEqual(withRoles(body), [
      ['Ruslan Zhaksylykov', null],
      ['Anna Berg', 'Minister of Energy'],
      ['Omar Saleh', 'deputy ministers'],
      ['Ivan Petrov', 'deputy ministers'],
    ]);
  });

  it('reads the office a person was appointed to, relieved of, or holds in brackets after the name', () => {
    const body =
      'Talks held\nRuslan Zhaksylykov was appointed Minister of Defense of the Republic of Kazakhstan. Dauren Abayev has been appointed as ' +
      'Ambassador of Kazakhstan to Germany. Marat Akhmetzhanov was relieved of his post as Deputy Prime Minister and Askar Umarov ' +
      '(Minister of Culture and Information) was awarded; Ivan Petrov was appointed in Astana.';
    assert.deepEqual(withRoles(body), [
      ['Ruslan Zhaksylykov', 'Minister of Defense of the Republic of Kazakhstan'],
      ['Dauren Abayev', 'Ambassador of Kazakhstan to Germany'],
      ['Marat Akhmetzhanov', 'Deputy Prime Minister'],
      ['Askar Umarov', 'Minister of Culture and Information'],
      ['Ivan Petrov', null],
    ]);
  });

  it('gives a second spelling in brackets after a titled name no role, and a place with its unit the title after it', () => {
    const body =
      'Talks held\nMinister of Transport Nurlan Sauranbayev (Nurlan Sauranbaev in some sources) met Shymkent city akim Gabit Syzdykbekov.';
    assert.deepEqual(withRoles(body), [
      ['Nurlan Sauranbayev', 'Minister of Transport'],
      ['Nurlan Sauranbaev', null],
      ['Gabit Syzdykbekov', 'Shymkent city akim'],
    ]);
  });

  it('keeps an occupation opening a sentence out of the name', () => {
    assert.deepEqual(withRoles('Talks held\nSinger Dimash Kudaibergen will sing.'), [['Dimash Kudaibergen', null]]);
  });

  it('ends an apposition role before "and" and a full name', () => {
    assert.deepEqual(withRoles('Talks held\nIvan Petrov, Minister of Energy and Anna Berg met.'), [
      ['Ivan Petrov', 'Minister of Energy'],
      ['Anna Berg', null],
    ]);
  });

  it('confirms a single word by a spelling one edit from a word of an accepted name, if long enough', () => {
    const body = 'Talks held\nChairman of the Agency Askhat Zhumagali reported. Zhumagaly also stated it. Berk also did. President Sadyr Japarov came; Zhaparov spoke.';
    assert.deepEqual(names(body), ['Askhat Zhumagali', 'Zhumagaly', 'Sadyr Japarov', 'Zhaparov']);
  });

  it('reads a headline verb in capitals as no surname and no part of a role', () => {
    const body = 'Talks held\nTOKAYEV RECEIVES SECRETARY GENERAL OF OSCE FERIDUN SINIRLIOGLU\nHEAD OF STATE RECEIVES SAMRUK-KAZYNA CHAIRMAN NURLAN RAKHMETOV';
    assert.deepEqual(withRoles(body), [
      ['FERIDUN SINIRLIOGLU', 'SECRETARY GENERAL OF OSCE'],
      ['NURLAN RAKHMETOV', 'SAMRUK-KAZYNA CHAIRMAN'],
    ]);
  });

  it('reads Sultan between name words as a given name, a style written out in apposition as the role, and a list past a form of address', () => {
    const body =
      'Talks held\nMinister of State for Artificial Intelligence Omar Sultan Al Olama met Ambassador Abdulrahman Al-Mansouri, ' +
      'Ambassador of the State of Qatar, and Ambassador Mukhtar Tileuberdi, Permanent Representative of Kazakhstan. ' +
      'Deputies Aigerim Shaikenova and Dr. Bolat Zhaxylykov took part.';
    assert.deepEqual(withRoles(body), [
      ['Omar Sultan Al Olama', 'Minister of State for Artificial Intelligence'],
      ['Abdulrahman Al-Mansouri', 'Ambassador of the State of Qatar'],
      ['Mukhtar Tileuberdi', 'Permanent Representative of Kazakhstan'],
      ['Aigerim Shaikenova', 'Deputies'],
      ['Bolat Zhaxylykov', 'Deputies'],
    ]);
  });

  it('runs a role before a name through a quoted company name', () => {
    const body = 'Talks held\nHe met Director of the international company «BMJ» Welber Barral and CEO of “Kazakh Invest” Ivan Petrov.';
    assert.deepEqual(withRoles(body), [
      ['Welber Barral', 'Director of the international company «BMJ»'],
      ['Ivan Petrov', 'CEO of “Kazakh Invest”'],
    ]);
  });

  it('reads a Korean surname that is also a word alone once the article names the person, and Motor as a company word', () => {
    const body =
      'Talks held\nFirst Vice Foreign Minister Park Yoon-joo met Hyundai Motor chairman Chung Eui-sun. Park said they walked in Central Park and the Park.';
    assert.deepEqual(withRoles(body), [
      ['Park Yoon-joo', 'First Vice Foreign Minister'],
      ['Chung Eui-sun', 'Hyundai Motor chairman'],
      ['Park', null],
    ]);
  });

  it('gives a list with places in brackets its plural title, and no one-name apposition a plural title', () => {
    const body =
      'Talks held\nForeign Ministers Lars Rasmussen (Denmark), Elina Valtonen (Finland) and Maria Stenergard (Sweden) met. ' +
      'Anna Berg, met the foreign ministers of the region.';
    assert.deepEqual(withRoles(body), [
      ['Lars Rasmussen', 'Foreign Ministers'],
      ['Elina Valtonen', 'Foreign Ministers'],
      ['Maria Stenergard', 'Foreign Ministers'],
      ['Anna Berg', null],
    ]);
  });

  it('keeps Territories in the title before a name', () => {
    const body = 'Talks held\nMinister for Europe, North America and Overseas Territories Stephen Doughty MP met him.';
    assert.deepEqual(withRoles(body), [['Stephen Doughty', 'Minister for Europe, North America and Overseas Territories']]);
  });

  it('reads Sultan after bin as a name, HE and HH in capitals as forms of address, and no title across a comma and a full name', () => {
    const body =
      'Talks held\nHe visited the tomb of the late Sheikh Zayed bin Sultan Al Nahyan. HE Minister of State Omar Saleh met HH the Amir. ' +
      'In a meeting with Ambassador to Tehran Askhat Orazbay on Saturday, Abbas Araghchi spoke.';
    assert.deepEqual(withRoles(body), [
      ['Zayed bin Sultan Al Nahyan', null],
      ['Omar Saleh', 'Minister of State'],
      ['Askhat Orazbay', 'Ambassador to Tehran'],
      ['Abbas Araghchi', null],
    ]);
  });

  it('reads two offices in apposition joined by a comma, unless the second is the next person’s', () => {
    const body =
      'Talks held\nRashid Meredov, Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Germany, met ' +
      'Ivan Petrov, Minister of Energy, Minister of Trade Anna Berg and others.';
    assert.deepEqual(withRoles(body), [
      ['Rashid Meredov', 'Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Germany'],
      ['Ivan Petrov', 'Minister of Energy'],
      ['Anna Berg', 'Minister of Trade'],
    ]);
  });

  it('gives an academic style way to an office, reads General Election Commission as an organisation, and keeps a regnal numeral in a headline', () => {
    const body =
      'Grand Mufti Meets Pope Leo XIV in the Vatican\nThe Mufti met Pope Leo XIV. Professor Sir Richard Trainor, Rector of Exeter College, spoke, ' +
      'as did the head of the Turks Foundation, Professor Hamit Kuzucu, and Chairman of the General Election Commission of Qatar Dashdorj Purevdorj. ' +
      'The Kokaral Dam and the Majlisi Milli Rustam Emomali.';
    assert.deepEqual(withRoles(body), [
      ['Leo XIV', 'Pope'],
      ['Leo XIV', 'Pope'],
      ['Richard Trainor', 'Rector of Exeter College'],
      ['Hamit Kuzucu', 'head of the Turks Foundation'],
      ['Dashdorj Purevdorj', 'Chairman of the General Election Commission of Qatar'],
      ['Rustam Emomali', null],
    ]);
  });

  it('reads a two-word place opened by a direction as a complement’s object, and no verb as a lower-case object', () => {
    const body =
      'Talks held\nHe met the President of the Government of Upper Bavaria Konrad Schober. The head of state instructed Akkenzhenov, ' +
      'as did the head of state Kassym-Jomart Tokayev.';
    assert.deepEqual(withRoles(body), [
      ['Konrad Schober', 'President of the Government of Upper Bavaria'],
      ['Kassym-Jomart Tokayev', 'head of state'],
    ]);
  });

  it('joins two offices before a name by a comma when the first has a complement and opens its clause', () => {
    const body =
      'Talks held\nHe was received by Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Germany Atamyrat Hojamuradov, ' +
      'and met Minister of Foreign Affairs, Ambassador Anna Berg, and Iranian Oil Minister Javad Rostami-Farahani.';
    assert.deepEqual(withRoles(body), [
      ['Atamyrat Hojamuradov', 'Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs of Germany'],
      ['Anna Berg', 'Minister of Foreign Affairs'],
      ['Javad Rostami-Farahani', 'Iranian Oil Minister'],
    ]);
  });

  it('reads the apposition after "the" and lead words, and takes no person from a river', () => {
    const body = 'Talks held\nMr. Daulet Serikbayev, the newly appointed Ambassador of Kazakhstan to Germany, saw the Amu Darya.';
    assert.deepEqual(withRoles(body), [['Daulet Serikbayev', 'Ambassador of Kazakhstan to Germany']]);
  });

  it('reads coaches, managers and co-founders as titles, more occupations as no names, and Khan Tengri as a place', () => {
    const body =
      'Talks held\nHead coach of the national team Galymzhan Zhakiyanov and Chairman and co-founder Vyacheslav Kim met. ' +
      'Goaltender Andrei Shutov climbed Khan Tengri.';
    assert.deepEqual(withRoles(body), [
      ['Galymzhan Zhakiyanov', 'Head coach of the national team'],
      ['Vyacheslav Kim', 'Chairman and co-founder'],
      ['Andrei Shutov', null],
    ]);
  });

  it('gives no role across a comma from the object of "with" unless a comma closes the name, and takes no person from Nurly Zhol or a cargo company', () => {
    const body =
      'Talks held\nIn talks with the Leader of the Nation, Anna Berg thanked him; with the Minister of Energy, Ivan Petrov, she spoke of ' +
      'the Nurly Zhol programme and of Steppe Cargo.';
    assert.deepEqual(withRoles(body), [
      ['Anna Berg', null],
      ['Ivan Petrov', 'Minister of Energy'],
    ]);
  });

  it('reads the Uzbek khokim as a title, keeps a Kazakh uly in the name, and takes no person from a trial', () => {
    const body =
      'Talks held\nKhokim of Tashkent Region Zoyir Mirzaev met the khokim of Samarkand region Erkinjon Turdimov. ' +
      'Daniyar Serik uly has been appointed Head of the Basin Inspection. The Nuremberg Trials were recalled.';
    assert.deepEqual(withRoles(body), [
      ['Zoyir Mirzaev', 'Khokim of Tashkent Region'],
      ['Erkinjon Turdimov', 'khokim of Samarkand region'],
      ['Daniyar Serik uly', 'Head of the Basin Inspection'],
    ]);
  });

  it('reads an organisation before a two-word leader title, United opening a sentence, and "and other" in a complement', () => {
    const body =
      'Talks held\nRosatom Director General Alexey Likhachev came. United Nations Secretary-General António Guterres spoke. ' +
      'Permanent Representative of Kazakhstan to the UN Office and other International Organizations in Geneva Askar Tazhiyev spoke.';
    assert.deepEqual(withRoles(body), [
      ['Alexey Likhachev', 'Rosatom Director General'],
      ['António Guterres', 'United Nations Secretary-General'],
      ['Askar Tazhiyev', 'Permanent Representative of Kazakhstan to the UN Office and other International Organizations in Geneva'],
    ]);
  });

  it('reads Ambassador after an office ending in an acronym, or after a lower-case office with the and a complement, as a style', () => {
    const body =
      'Talks held\nHe met the Permanent Representative of Kazakhstan to the OSCE, Ambassador Daniyar Sarsenbayev. ' +
      'The head of the OSCE Programme Office in Astana, Ambassador Volker Frobarth, came. The envoy, Ambassador Anna Berg, spoke.';
    assert.deepEqual(withRoles(body), [
      ['Daniyar Sarsenbayev', 'Permanent Representative of Kazakhstan to the OSCE'],
      ['Volker Frobarth', 'head of the OSCE Programme Office in Astana'],
      ['Anna Berg', 'Ambassador'],
    ]);
  });

  it('reads two capitalised words in brackets after a title as its qualifier, not as a name', () => {
    const body =
      'Talks held\nHe met Joint Secretary (Counter Terrorism) Priya Sharma and Secretary (Central Europe) of the Ministry Vikram Mehta. ' +
      'Shri Anil Dewal, Joint Secretary (Eurasia), Ministry of External Affairs, spoke.';
    assert.deepEqual(withRoles(body), [
      ['Priya Sharma', 'Joint Secretary (Counter Terrorism)'],
      ['Vikram Mehta', 'Secretary (Central Europe) of the Ministry'],
      ['Anil Dewal', 'Joint Secretary (Eurasia), Ministry of External Affairs'],
    ]);
  });

  it('reads a lower-case title in brackets after a title as its gloss (`akim (governor) of …`)', () => {
    const body =
      'Talks held\nThe akim (governor) of Almaty region Marat Sultangaziyev came. Ergash Saliev, khokim (mayor) of Samarkand, spoke. ' +
      'The akim (he) of Aksu city Bolat Ospanov left.';
    assert.deepEqual(withRoles(body), [
      ['Marat Sultangaziyev', 'akim (governor) of Almaty region'],
      ['Ergash Saliev', 'khokim (mayor) of Samarkand'],
      ['Bolat Ospanov', null],
    ]);
  });

  it('takes no person from accords, deltas, leagues, campaigns or occupations (also plural), nor a Thai form of address', () => {
    const body =
      'Archaeologists Discover Site in Premier League Derby\nPhysicist Aliya Seitkali spoke of the Belovezha Accords, the Mekong Delta and ' +
      'the Virgin Lands campaign; Archaeologists of the institute and Ambassador Khunying Pornpimol Suvanatat came.';
    assert.deepEqual(withRoles(body), [
      ['Aliya Seitkali', null],
      ['Pornpimol Suvanatat', 'Ambassador'],
    ]);
  });

  it('leaves a military rank after an office out of its role, and reads Sultan after a title as a given name', () => {
    const body =
      'Talks held\nMinister of Defense of Kazakhstan Colonel General Dauren Kosanov and Rear Admiral Zhandarbek Zhanzakov met ' +
      'Chief of the General Staff Valery Gerasimov; Deputy Minister of Defense Major General Sultan Kamaletdinov, ' +
      'Chief of the General Staff of the Armed Forces General Ivan Petrov and ' +
      'Russian Emergencies Minister Alexander Kurenkov came, with Polish MEP Anna Bryłka.';
    assert.deepEqual(withRoles(body), [
      ['Dauren Kosanov', 'Minister of Defense of Kazakhstan'],
      ['Zhandarbek Zhanzakov', 'Rear Admiral'],
      ['Valery Gerasimov', 'Chief of the General Staff'],
      ['Sultan Kamaletdinov', 'Deputy Minister of Defense'],
      ['Ivan Petrov', 'Chief of the General Staff of the Armed Forces'],
      ['Alexander Kurenkov', 'Russian Emergencies Minister'],
      ['Anna Bryłka', 'MEP'],
    ]);
  });

  it('keeps a Kyrgyz uulu and a Saint- surname in the name, and ends a role at a clause after a comma', () => {
    const body =
      'Talks held\nSpeaker Nurlanbek Turgunbek uulu and Minister Laurent Saint-Martin, in Saint-Petersburg, met Director of the Agency for ' +
      'Public Procurement Rustam Davlatzoda. Nurlan Zhaksybekov has been appointed Ambassador of Kazakhstan to Germany, Akorda reports.';
    assert.deepEqual(withRoles(body), [
      ['Nurlanbek Turgunbek uulu', 'Speaker'],
      ['Laurent Saint-Martin', 'Minister'],
      ['Rustam Davlatzoda', 'Director of the Agency for Public Procurement'],
      ['Nurlan Zhaksybekov', 'Ambassador of Kazakhstan to Germany'],
    ]);
  });

  it('ends a title-case headline\'s name at more headline verbs', () => {
    const body = 'Delegation Led by Joost van der Meulen Explores Logistics Projects\nJoost van der Meulen arrived.';
    assert.deepEqual(names(body), ['Joost van der Meulen', 'Joost van der Meulen']);
  });

  it('takes no person from a company branch named for a country, a hyphenated participle or a place after a place noun', () => {
    const body =
      'Talks held\nPhilip Morris Kazakhstan opened a plant, General Manager of Philip Morris Kazakhstan Francesco Russo said, with ' +
      'Euler Hermes-covered loans; a delegation went to the states of Mato Grosso and Mato Grosso do Sul and the province of Nuevo León.';
    assert.deepEqual(withRoles(body), [['Francesco Russo', 'General Manager of Philip Morris Kazakhstan']]);
  });

  it('reads a possessive right after an opening quote as a name, not as a quoted word', () => {
    const body = 'Talks held\nThe script was read by the linguist Vilhelm Thomsen. “Thomsen’s discovery opened a door,” he said of “Kuanysh”.';
    assert.deepEqual(names(body), ['Vilhelm Thomsen', 'Thomsen']);
  });

  it('reads Azerbaijani patronymics, Chinese names ending in Bin, and organisation names before and in roles', () => {
    const body =
      'Talks held\nPresident Ilham Heydar oglu Aliyev met President of PowerChina Wang Bin, Vice Governor of Osaka Prefecture Hiroshi ' +
      'Yamaguchi and the United Nations Resident Coordinator Dmitry Shlapachenko; the President of the Brazil–Central Asia Chamber Ricardo ' +
      'Almeida, Berik Kamaliyev, Chairman of the Kazakhstan–Germany Business Council, and Aidan Karibzhanov, Senior Partner at Verny Capital, came.';
    assert.deepEqual(withRoles(body), [
      ['Ilham Heydar oglu Aliyev', 'President'],
      ['Wang Bin', 'President of PowerChina'],
      ['Hiroshi Yamaguchi', 'Vice Governor of Osaka Prefecture'],
      ['Dmitry Shlapachenko', 'United Nations Resident Coordinator'],
      ['Ricardo Almeida', 'President of the Brazil–Central Asia Chamber'],
      ['Berik Kamaliyev', 'Chairman of the Kazakhstan–Germany Business Council'],
      ['Aidan Karibzhanov', 'Senior Partner at Verny Capital'],
    ]);
  });

  it('reads Sultan after an office as a given name, the office before a rank after a country of two words, and the Custodian', () => {
    const body =
      'Talks held\nMinister of Industry Sultan Ahmed Al Jaber met Minister of Foreign Affairs of the Republic of Korea Prince Ivan Petrov ' +
      'and the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud, who sent aid to the Gaza Strip.';
    assert.deepEqual(withRoles(body), [
      ['Sultan Ahmed Al Jaber', 'Minister of Industry'],
      ['Ivan Petrov', 'Minister of Foreign Affairs of the Republic of Korea'],
      ['Salman bin Abdulaziz Al Saud', 'Custodian of the Two Holy Mosques'],
    ]);
  });

  it('reads a month abbreviation after a surname in capitals as a given name, and a concurrent accreditation in a role', () => {
    const body =
      'Talks held\nAmbassador of Japan YAMADA Jun and Ambassador of Kazakhstan to Germany and concurrently to Austria, Nurlan Kulzhanov, ' +
      'came; KAZINFORM Jun 5 reported it.';
    assert.deepEqual(withRoles(body), [
      ['YAMADA Jun', 'Ambassador of Japan'],
      ['Nurlan Kulzhanov', 'Ambassador of Kazakhstan to Germany and concurrently to Austria'],
    ]);
  });

  it('keeps a headline verb after a title out of the name, and reads the People\'s Republic as no honorary title', () => {
    const body =
      'President Congratulates Yoweri Museveni on Re-election\nYoweri Museveni was re-elected. The Chairman of the People\'s Republic of ' +
      'Korea Xi Jinping came; under the leadership of Nursultan Abishevich Kazakhstan grew, and the Legal Status of the sea was set.';
    assert.deepEqual(withRoles(body), [
      ['Yoweri Museveni', null],
      ['Yoweri Museveni', null],
      ['Xi Jinping', "Chairman of the People's Republic of Korea"],
      ['Nursultan Abishevich', null],
    ]);
  });

  it('reads a nationality before a name that is no common word as a person\'s (sports news)', () => {
    const body = 'Talks held\nZhadrayev defeated Estonian Mart Saar, as Kazakh Mohammad Reza Geraei did at the Kazakh Invest Musa office.';
    assert.deepEqual(names(body), ['Mart Saar', 'Mohammad Reza Geraei']);
  });

  it('reads the office one is congratulated on being elected to, ends a role before a date, and stops a complement at a headline verb', () => {
    const body =
      'Ambassador Presents Credentials to King Philippe\nKing Philippe received him. A message went to José Antonio Kast on his election as ' +
      'President of the Republic of Chile; Anna Berg was elected President of the Senate on Sunday, as the Frankfurter Allgemeine Zeitung wrote.';
    assert.deepEqual(withRoles(body), [
      ['Philippe', 'King'],
      ['Philippe', 'King'],
      ['José Antonio Kast', 'President of the Republic of Chile'],
      ['Anna Berg', 'President of the Senate'],
    ]);
  });

  it('reads Congressman as a title, Capitol Hill as a place and a place before Premier as part of the role', () => {
    const body = 'Talks held\nHe briefed Congressman Joe Wilson on Capitol Hill and met Alberta Premier Danielle Smith.';
    assert.deepEqual(withRoles(body), [['Joe Wilson', 'Congressman'], ['Danielle Smith', 'Alberta Premier']]);
  });

  it('reads the run after a body\'s word and on/for as its name, a title that is a surname after a given name, and keeps an acronym\'s bracket', () => {
    const body =
      'Talks held\nThe Commission on Narcotic Drugs met Director General of the Organization (IOM) Amy Pope; at the Forum on ' +
      'Ivan Petrov\'s legacy, Amy Pope spoke.';
    assert.deepEqual(withRoles(body), [
      ['Amy Pope', 'Director General of the Organization (IOM)'],
      ['Ivan Petrov', null],
      ['Amy Pope', null],
    ]);
  });

  it('ends a headline name\'s run at a capitalised preposition before an organisation word', () => {
    const body = 'Mirziyoyev Phones Tokaev After Nuclear Plant Referendum\nShavkat Mirziyoyev called Kassym-Jomart Tokaev.';
    assert.deepEqual(names(body), ['Mirziyoyev', 'Tokaev', 'Shavkat Mirziyoyev', 'Kassym-Jomart Tokaev']);
  });

  it('reads a lower-case occupation or post in apposition, with the institution after it, as the role', () => {
    const body =
      'Talks held\nSaid Aigerim Bolatova, a senior researcher at the Institute of Literature and Art in Almaty. Madina Kuanysheva, chief ' +
      'economist at Halyk Finance, and Ivan Petrov, who works at the Ministry, spoke.';
    assert.deepEqual(withRoles(body), [
      ['Aigerim Bolatova', 'senior researcher at the Institute of Literature and Art'],
      ['Madina Kuanysheva', 'chief economist at Halyk Finance'],
      ['Ivan Petrov', null],
    ]);
  });

  it('reads a lower-case description of someone else before a titled name as no part of the role, and Caretaker as a qualifier', () => {
    const body =
      'Talks held\nHe came as a special envoy of Prime Minister Shigeru Ishiba to the General Debate, where Caretaker Prime Minister ' +
      'Anwaar Kakar spoke.';
    assert.deepEqual(withRoles(body), [['Shigeru Ishiba', 'Prime Minister'], ['Anwaar Kakar', 'Caretaker Prime Minister']]);
  });

  it('reads the title after a sentence-opening preposition\'s object and a comma as the clause\'s subject, not an apposition', () => {
    const body = 'Talks held\nWith Anna Berg, the President discussed trade. He met Ivan Petrov, the Minister of Energy.';
    assert.deepEqual(withRoles(body), [['Anna Berg', null], ['Ivan Petrov', 'Minister of Energy']]);
  });

  it('joins two offices by a comma after an opening phrase, and keeps a lower-case official in a role', () => {
    const body =
      'Talks held\nOn December 15, 2025, Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs Rashid Meredov met ' +
      'the official representative of the Ministry of Foreign Affairs, Aibek Smadiyarov.';
    assert.deepEqual(withRoles(body), [
      ['Rashid Meredov', 'Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs'],
      ['Aibek Smadiyarov', 'official representative of the Ministry of Foreign Affairs'],
    ]);
  });

  it('joins a compound title that opens its sentence or follows lower-case words, or a full name and and, to an office after a comma, but not one after a name', () => {
    const body =
      'Talks held\nDeputy Prime Minister, Minister of Foreign Affairs Murat Nurtleu met guests. First Deputy Prime Minister, ' +
      'Minister of Finance Roman Sklyar spoke. Anna Berg, Deputy Prime Minister, Minister of Trade Ivan Petrov came. ' +
      'He thanked the Deputy Prime Minister, Minister of Energy Almas Aidarov. The delegation met with Deputy Prime Minister, ' +
      'Minister of Foreign Affairs of Cambodia Sok Chenda Sophea. Guests met Bob Smith and Deputy Prime Minister, Minister of Finance Ali Khan.';
    assert.deepEqual(withRoles(body), [
      ['Murat Nurtleu', 'Deputy Prime Minister, Minister of Foreign Affairs'],
      ['Roman Sklyar', 'First Deputy Prime Minister, Minister of Finance'],
      ['Anna Berg', 'Deputy Prime Minister'],
      ['Ivan Petrov', 'Minister of Trade'],
      ['Almas Aidarov', 'Deputy Prime Minister, Minister of Energy'],
      ['Sok Chenda Sophea', 'Deputy Prime Minister, Minister of Foreign Affairs of Cambodia'],
      ['Bob Smith', null],
      ['Ali Khan', 'Deputy Prime Minister, Minister of Finance'],
    ]);
  });

  it('joins no office after the object of the phrase opening the sentence, and leaves a rank out of an office of the armed forces', () => {
    const body =
      'Appointments\nBy the Decree of the Head of State, Major General Ruslan Zhaksybekov has been appointed Commander of the Guard. ' +
      'It was signed by Ali Vali and the Commander of the Border Troops of Uzbekistan, Major General Shukhrat Khalmukhamedov.';
    assert.deepEqual(withRoles(body), [
      ['Ruslan Zhaksybekov', 'Major General'],
      ['Ali Vali', null],
      ['Shukhrat Khalmukhamedov', 'Commander of the Border Troops of Uzbekistan'],
    ]);
  });

  it('reads an acronym glued to its edition number before a leader title as part of the role, not a year', () => {
    const body = 'Talks held\nCOP29 President Mukhtar Babayev spoke. The G20 Chair Cyril Ramaphosa answered. In 2025 President Ivan Petrov came.';
    assert.deepEqual(withRoles(body), [
      ['Mukhtar Babayev', 'COP29 President'],
      ['Cyril Ramaphosa', 'G20 Chair'],
      ['Ivan Petrov', 'President'],
    ]);
  });

  it('reads a comma before a headline\'s plural verb as joining two subjects, not a name and its role', () => {
    const body =
      'Lavrov, Kazakh Ambassador Discuss Ties\nMinister of Foreign Affairs Sergey Lavrov met Ambassador Dauren Abayev. ' +
      'Kazakh FM, Lavrov Hold Talks. Ivan Petrov, Minister of Energy, Meets Press.';
    assert.deepEqual(withRoles(body), [
      ['Lavrov', null],
      ['Sergey Lavrov', 'Minister of Foreign Affairs'],
      ['Dauren Abayev', 'Ambassador'],
      ['Lavrov', null],
      ['Ivan Petrov', 'Minister of Energy'],
    ]);
  });
});

describe('official finder with the real country finder', () => {
  const real = createOfficialFinder(undefined, createCountryFinder());
  const rolesOf = (body: string) => real(body, { published: '2026-02-24T15:00' }).map((m) => [m.text, m.role ?? null]);

  it('ends a country\'s organisation before a full name, and reads a word ending in a country as no name word', () => {
    const body =
      'Talks held\nHe met Vice Chairman of the Korea Foundation Kim Hyun-jin at the Hong Kong-Kazakhstan Forum with Wacker Chemie.';
    assert.deepEqual(rolesOf(body), [['Kim Hyun-jin', 'Vice Chairman of the Korea Foundation']]);
  });

  it('starts a role at a two-word country\'s possessive, and skips a further accreditation to a Kingdom', () => {
    const body =
      'Talks held\nNew Zealand’s Minister for Trade Todd McClay met the Ambassador of Kazakhstan to the Kingdom of Sweden, ' +
      'concurrently accredited to the Kingdom of Norway, Aidar Temirbayev.';
    assert.deepEqual(rolesOf(body), [
      ['Todd McClay', 'New Zealand’s Minister for Trade'],
      ['Aidar Temirbayev', 'Ambassador of Kazakhstan to the Kingdom of Sweden'],
    ]);
  });

  it('reads Congressmen as a plural title, Chad after Senator as a given name, and Muslims as no name word', () => {
    const body =
      'Talks held\nHe met Senator Chad Whitfield. Congressmen Anna Berg and Thomas E. Harrington III spoke. Chairman of the ' +
      'Spiritual Administration of Muslims of Kazakhstan, Supreme Mufti Nauryzbai kazhy Taganuly attended.';
    assert.deepEqual(rolesOf(body), [
      ['Chad Whitfield', 'Senator'],
      ['Anna Berg', 'Congressmen'],
      ['Thomas E. Harrington III', 'Congressmen'],
      ['Nauryzbai kazhy Taganuly', 'Chairman of the Spiritual Administration of Muslims of Kazakhstan, Supreme Mufti'],
    ]);
  });

  it('confirms a headline given name by another transliteration in the body', () => {
    const body = 'Bektenov and Kokhir Rasulzoda Discuss Grain\nPrime Minister Olzhas Bektenov called Prime Minister Qohir Rasulzoda.';
    assert.deepEqual(rolesOf(body).map(([name]) => name), ['Bektenov', 'Kokhir Rasulzoda', 'Olzhas Bektenov', 'Qohir Rasulzoda']);
  });

  it('keeps a Chinese given name ending in -ing at a sentence start, and a headline name whose initial the body writes', () => {
    const body = 'Olzhas Bektenov Meets Bankers\nPrime Minister O. Bektenov met them. Ding Xuexiang conveyed greetings to Ding Xuexiang.';
    assert.deepEqual(rolesOf(body), [
      ['Olzhas Bektenov', null],
      ['O. Bektenov', 'Prime Minister'],
      ['Ding Xuexiang', null],
      ['Ding Xuexiang', null],
    ]);
  });

  it('keeps a headline initial before a surname the body confirms', () => {
    const body = 'Sh. Mirziyoyev and V. Putin Discuss Energy\nPresident Shavkat Mirziyoyev called President Vladimir Putin.';
    assert.deepEqual(rolesOf(body), [
      ['Sh. Mirziyoyev', null],
      ['V. Putin', null],
      ['Shavkat Mirziyoyev', 'President'],
      ['Vladimir Putin', 'President'],
    ]);
  });

  it('keeps a lower-case suffix that the article also writes alone inside the name, and a name word it writes in lower case', () => {
    const body =
      'Talks held\nThe Toraga of the Jogorku Kenesh Nurlanbek Turgunbek uulu held talks. Later Turgunbek uulu spoke. ' +
      'NATO Secretary General Mark Rutte arrived to mark the day. Later, Mark Rutte left.';
    assert.deepEqual(rolesOf(body), [
      ['Nurlanbek Turgunbek uulu', 'Toraga of the Jogorku Kenesh'],
      ['Turgunbek uulu', null],
      ['Mark Rutte', 'NATO Secretary General'],
      ['Mark Rutte', null],
    ]);
  });

  it('reads no person in places and institutions whose head comes first, in exercises, ensembles, Hijri months or Dar al-Ifta', () => {
    const body =
      'Talks held\nWork on the Grand Stade Hassan II, on Avenue Habib Bourguiba and at the Université Cheikh Anta Diop went on. ' +
      'He spoke of the Steppe Eagle exercise, the Vilnius String Quartet, 15 Dhu al-Hijjah and Dar al-Ifta. President Emmanuel Macron came.';
    assert.deepEqual(rolesOf(body), [['Emmanuel Macron', 'President']]);
  });

  it('gives a capitalised title a lower-case object closed by a comma, and a complement naming one side of a body', () => {
    const body =
      'Talks held\nHe met with the Governor of the aimag, Khanat Bolatkhan, and others. It was co-chaired by the Chairman ' +
      'of the Polish side of the Council, Tomasz Wiśniewski. The Minister of the region thanked Ali Vali.';
    assert.deepEqual(rolesOf(body), [
      ['Khanat Bolatkhan', 'Governor of the aimag'],
      ['Tomasz Wiśniewski', 'Chairman of the Polish side of the Council'],
      ['Ali Vali', null],
    ]);
  });

  it('gives the office after an appointment in the present tense, and the post one is relieved of', () => {
    const body =
      'Talks held\nRoyal Decree No. 41/2026 appoints Dr. Salim bin Nasser Al Harthy as Chairman of the Oman Investment Authority. ' +
      'The Emir relieved Bader Al-Ajmi of his post as Ambassador to Morocco. He thanks Bob Smith as President of the club.';
    assert.deepEqual(rolesOf(body), [
      ['Salim bin Nasser Al Harthy', 'Chairman of the Oman Investment Authority'],
      ['Bader Al-Ajmi', 'Ambassador to Morocco'],
      ['Bob Smith', null],
    ]);
  });

  it('reads Said after a name word and a closing word of a foreign name as name words, and a headline verb before a country as none', () => {
    const body =
      'Tokayev Told Kazakhstan Is Ready\nKassym-Jomart Tokayev said the Governor of Mombasa County Hassan Omar Said met ' +
      'Nguyen Hoang Long for a long time. Said Anna Kowalska, spokeswoman for the ministry.';
    assert.deepEqual(rolesOf(body), [
      ['Tokayev', null],
      ['Kassym-Jomart Tokayev', null],
      ['Hassan Omar Said', 'Governor of Mombasa County'],
      ['Nguyen Hoang Long', null],
      ['Anna Kowalska', 'spokeswoman for the ministry'],
    ]);
  });

  it('reads the letters of a legal form before a surname as initials, and St. Petersburg as a place', () => {
    const body =
      'Talks held\nHead of the Republic of Dagestan S.A. Melikov stayed. A.G. Lukashenko received Governor of St. Petersburg ' +
      'Alexander Beglov. Fischer S.A. and Wacker Chemie A.G. invest in St. Petersburg.';
    assert.deepEqual(rolesOf(body), [
      ['S.A. Melikov', 'Head of the Republic of Dagestan'],
      ['A.G. Lukashenko', null],
      ['Alexander Beglov', 'Governor of St. Petersburg'],
    ]);
  });

  it('reads Minister in charge of, an acting office one is appointed to, and the office after the noun of an appointment', () => {
    const body =
      'On the Appointment of Ye. Kenzhebekov as Akim of Kostanay Region\nYe. Kenzhebekov thanked. Minister in charge of Energy of the Eurasian Economic ' +
      'Commission Arzybek Kozhoshev came. Dmitry Rakitin was appointed acting Governor of the Kursk Region. The election of ' +
      'Ali Vali as Chairman of the Senate followed; the appointment of Bob Smith was welcomed as timely.';
    assert.deepEqual(rolesOf(body), [
      ['Ye. Kenzhebekov', 'Akim of Kostanay Region'],
      ['Ye. Kenzhebekov', null],
      ['Arzybek Kozhoshev', 'Minister in charge of Energy of the Eurasian Economic Commission'],
      ['Dmitry Rakitin', 'acting Governor of the Kursk Region'],
      ['Ali Vali', 'Chairman of the Senate'],
      ['Bob Smith', null],
    ]);
  });

  it('reads places with a direction or a plural unit in roles, a lower-case body after the, and Country Director, Senior Fellow', () => {
    const body =
      'Talks held\nNorth Kazakhstan region akim Gauez Nurmukhambetov and Akims of Almaty and Pavlodar regions, Marat ' +
      'Sultangaziyev and Assain Baikhanov came. Akim of Abai region Berik Uali and Director of the department of Asia Ali Vali ' +
      'met the ADB Country Director for Kazakhstan, Hiroshi Tanabe, and Senior Fellow of the Japan Institute SATO Koichi.';
    assert.deepEqual(rolesOf(body), [
      ['Gauez Nurmukhambetov', 'North Kazakhstan region akim'],
      ['Marat Sultangaziyev', 'Akims of Almaty and Pavlodar regions'],
      ['Assain Baikhanov', 'Akims of Almaty and Pavlodar regions'],
      ['Berik Uali', 'Akim of Abai region'],
      ['Ali Vali', 'Director of the department of Asia'],
      ['Hiroshi Tanabe', 'ADB Country Director for Kazakhstan'],
      ['SATO Koichi', 'Senior Fellow of the Japan Institute'],
    ]);
  });

  it('joins a compound title to an office after a comma that closes lower-case words', () => {
    const body =
      'Talks held\nWithin the accession process, Deputy Prime Minister, Minister of Investment of Uzbekistan Bakhodir Ismoilov ' +
      'spoke. Guests included Anna Berg, Deputy Prime Minister, Minister of Trade Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [
      ['Bakhodir Ismoilov', 'Deputy Prime Minister, Minister of Investment of Uzbekistan'],
      ['Anna Berg', 'Deputy Prime Minister'],
      ['Ivan Petrov', 'Minister of Trade'],
    ]);
  });

  it('reads no name inside a long quoted title of a law', () => {
    const body =
      'Laws signed\nThe Head of State signed the Law "On Ratification of the Agreement between the Republic of Kazakhstan and ' +
      'the Socialist Republic of Vietnam on Mutual Legal Assistance in Criminal Matters". "It is an honour," said Ali Vali.';
    assert.deepEqual(rolesOf(body), [['Ali Vali', null]]);
  });

  it('gives a list its plural title past a plural apposition, and keeps a particle before a confirmed headline word', () => {
    const body =
      'Crown Prince Al Hussein Opens Forum\nCrown Prince Al Hussein bin Abdullah II met Senators Anna Berg and Marcus Del Rio, ' +
      'members of the Committee, and Ministers Ali Vali and Bob Smith, Minister of Energy.';
    assert.deepEqual(rolesOf(body), [
      ['Al Hussein', 'Crown Prince'],
      ['Al Hussein bin Abdullah II', 'Crown Prince'],
      ['Anna Berg', 'Senators'],
      ['Marcus Del Rio', 'Senators'],
      ['Ali Vali', 'Ministers'],
      ['Bob Smith', 'Minister of Energy'],
    ]);
  });

  it('reads South Asian and Malay forms of address, Inspector General, Dar as a surname and Do as a Vietnamese one', () => {
    const body =
      'Talks held\nUnion Minister of Finance Smt. Nirmala Sitharaman met The Inspector General of Police, Syed Ali Nasir Rizvi, ' +
      'Second Minister Dato Seri Setia Erywan Yusof and Foreign Minister Mohammad Ishaq Dar near the Shahid Beheshti terminal. ' +
      'Deputy Minister of Foreign Affairs Do Thanh Binh came.';
    assert.deepEqual(rolesOf(body), [
      ['Nirmala Sitharaman', 'Union Minister of Finance'],
      ['Ali Nasir Rizvi', 'Inspector General of Police'],
      ['Erywan Yusof', 'Second Minister'],
      ['Mohammad Ishaq Dar', 'Foreign Minister'],
      ['Do Thanh Binh', 'Deputy Minister of Foreign Affairs'],
    ]);
  });

  it('reads an organisation word after a name in a title-case headline as its verb, and lists of places with the', () => {
    const body =
      'Kassym-Jomart Tokayev and Shavkat Mirziyoyev Exchange Greetings\nPresident Kassym-Jomart Tokayev and President Shavkat ' +
      'Mirziyoyev spoke at the London Stock Exchange. Energy ministers of Kazakhstan, the Kyrgyz Republic and Uzbekistan, Yerlan ' +
      'Akkenzhenov and Taalaibek Ibrayev, signed. Chairman of the Majlisi Milli of Majlisi Oli, Mayor of Dushanbe Rustam Emomali came.';
    const roles = 'Energy ministers of Kazakhstan, the Kyrgyz Republic and Uzbekistan';
    assert.deepEqual(rolesOf(body), [
      ['Kassym-Jomart Tokayev', null],
      ['Shavkat Mirziyoyev', null],
      ['Kassym-Jomart Tokayev', 'President'],
      ['Shavkat Mirziyoyev', 'President'],
      ['Yerlan Akkenzhenov', roles],
      ['Taalaibek Ibrayev', roles],
      ['Rustam Emomali', 'Chairman of the Majlisi Milli of Majlisi Oli, Mayor of Dushanbe'],
    ]);
  });

  it('gives a capitalised title a lower-case object ending in an institution noun, with no comma', () => {
    const body =
      'Talks held\nHe met the Head of the Embassy\'s trade and economic section Madina Kenzhebekova. Head of the vice presidents ' +
      'secretariat Mohamad Oemar came. The Minister of the region thanked Ali Vali.';
    assert.deepEqual(rolesOf(body), [
      ['Madina Kenzhebekova', "Head of the Embassy's trade and economic section"],
      ['Mohamad Oemar', 'Head of the vice presidents secretariat'],
      ['Ali Vali', null],
    ]);
  });

  it('closes a company name with a common word after its acronym, and reads a bracketed qualifier after a complement', () => {
    const body =
      'Talks held\nChairman of the Board of KTZ Express Daniyar Ospanov met Minister of State for Foreign Affairs (Regional ' +
      'Cooperation) John Mulimba. The Minister of Energy (Almasadam Satkaliyev) spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Daniyar Ospanov', 'Chairman of the Board of KTZ Express'],
      ['John Mulimba', 'Minister of State for Foreign Affairs (Regional Cooperation)'],
      ['Almasadam Satkaliyev', 'Minister of Energy'],
    ]);
  });

  it('gives a word back to a complement when the words after it are a full name found elsewhere, not after a country', () => {
    const body =
      'Talks held\nThe CEO of Fischer Maschinenbau Klaus Hartmann came. Klaus Hartmann, Chief Executive Officer, spoke. ' +
      'Ambassador of Brazil to Kazakhstan Ricardo Lemos Pereira met Ambassador Lemos Pereira.';
    assert.deepEqual(rolesOf(body), [
      ['Klaus Hartmann', 'CEO of Fischer Maschinenbau'],
      ['Klaus Hartmann', 'Chief Executive Officer'],
      ['Ricardo Lemos Pereira', 'Ambassador of Brazil to Kazakhstan'],
      ['Lemos Pereira', 'Ambassador'],
    ]);
  });

  it('reads no person in a plant named by an acronym, in champions or in Days, and no role from a verb and an article', () => {
    const body =
      'Talks held\nformer World Rapid Champion Bibigul Asylbekova visited the Ekibastuz GRES-2 during the Abai Days with Abai ' +
      'Kunanbayev readers. Deputies Ali Vali and Aidana Omarova, addressed a deputy inquiry. Wang Yi, also a member of the ' +
      'Political Bureau, and the Chair of the Committee on Racial Discrimination, Michal Balcerzak (Poland), spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Bibigul Asylbekova', null],
      ['Abai Kunanbayev', null],
      ['Ali Vali', 'Deputies'],
      ['Aidana Omarova', 'Deputies'],
      ['Wang Yi', 'member of the Political Bureau'],
      ['Michal Balcerzak', 'Chair of the Committee on Racial Discrimination'],
    ]);
  });

  it('reads the office after a title-case on His Election as, and plural headline verbs such as Invite', () => {
    const election = 'President Congratulates Tomás Vilela Correia on His Election as President of Portugal\nTomás Vilela Correia thanked him.';
    assert.deepEqual(rolesOf(election), [
      ['Tomás Vilela Correia', 'President of Portugal'],
      ['Tomás Vilela Correia', null],
    ]);
    const invite = 'Von der Leyen and Costa Invite Leaders\nUrsula von der Leyen and António Costa sent invitations.';
    assert.deepEqual(rolesOf(invite), [
      ['Von der Leyen', null],
      ['Costa', null],
      ['Ursula von der Leyen', null],
      ['António Costa', null],
    ]);
  });

  it('reads an apposition opened by an organisation and its possessive', () => {
    const body = "Talks held\nAnna Berg, the UN's Resident Coordinator, spoke with Zoltan Kiss, the EBRD's Managing Director for Central Asia.";
    assert.deepEqual(rolesOf(body), [
      ['Anna Berg', "UN's Resident Coordinator"],
      ['Zoltan Kiss', "EBRD's Managing Director for Central Asia"],
    ]);
  });

  it('reads Metropolitan Municipality before a full name as an organisation, Krai and Pradesh as places, Dr. Sultan as a given name', () => {
    const body =
      'Talks held\nMayor of Konya Metropolitan Municipality Selim Karaoğlu visited Altai Krai and Andhra Pradesh with Minister of ' +
      'Industry Dr. Sultan Ahmed Al Jaber, received by His Majesty Sultan Haitham bin Tariq, near General Santos.';
    assert.deepEqual(rolesOf(body), [
      ['Selim Karaoğlu', 'Mayor of Konya Metropolitan Municipality'],
      ['Sultan Ahmed Al Jaber', 'Minister of Industry'],
      ['Haitham bin Tariq', 'Sultan'],
    ]);
  });

  it('reads hyphenated plural titles, and no office from an opening phrase for the style after its comma', () => {
    const body =
      'Talks held\nHe received Ambassadors-designate of Thailand and Peru, Somchai Rattanakul and Luis Salazar Ortiz. Conveying ' +
      'greetings from the Head of State of Kazakhstan, Ambassador G. Sadykova spoke. The EU Special Representative for ' +
      'Central Asia, Ambassador Terhi Hakala, came.';
    assert.deepEqual(rolesOf(body), [
      ['Somchai Rattanakul', 'Ambassadors-designate of Thailand and Peru'],
      ['Luis Salazar Ortiz', 'Ambassadors-designate of Thailand and Peru'],
      ['G. Sadykova', 'Ambassador'],
      ['Terhi Hakala', 'EU Special Representative for Central Asia'],
    ]);
  });

  it('reads a dateline of a few words with no verb, not a headline in capitals going on after a comma or a glued dash', () => {
    const body =
      'TOKAYEV RECEIVES BYRNE, DISCUSSES KAZAKH–IRISH TRADE\nASTANA – President Kassym-Jomart Tokayev met Paul Byrne. ' +
      'ABU DHABI. Paul Byrne left.';
    assert.deepEqual(rolesOf(body), [
      ['TOKAYEV', null],
      ['BYRNE', null],
      ['Kassym-Jomart Tokayev', 'President'],
      ['Paul Byrne', null],
      ['Paul Byrne', null],
    ]);
  });

  it('reads Khan closing a name, institutions named Archive, Khanate, Unit, Bridge, Dewan Rakyat, and companies like Rio Tinto', () => {
    const body =
      'Talks held\nKenesary Khan, the last khan of the Kazakh Khanate, and Ablai Khan were recalled. Director of the Presidential ' +
      'Archive Botagoz Seitkali, Speaker of the Dewan Rakyat Johari Abdul and Managing Director of Chevron Eurasia Business Unit ' +
      'Grant Ellwood crossed the King Hussein Bridge. Rio Tinto and Wood Mackenzie reported. Student Dariga Seitkali came.';
    assert.deepEqual(rolesOf(body), [
      ['Kenesary Khan', null],
      ['Ablai Khan', null],
      ['Botagoz Seitkali', 'Director of the Presidential Archive'],
      ['Johari Abdul', 'Speaker of the Dewan Rakyat'],
      ['Grant Ellwood', 'Managing Director of Chevron Eurasia Business Unit'],
      ['Dariga Seitkali', null],
    ]);
  });

  it('reads appointments in a relative clause and after an opening phrase naming a board, and stops a headline role at its verb', () => {
    const body =
      'Senate Speaker Maulen Ashimbayev Meets Turkish Parliament Speaker Numan Kurtulmuş\nMaulen Ashimbayev met Numan Kurtulmuş. ' +
      'He replaces Aidar Ryskulov, who has been appointed Chairman of the Board of Kazakhtelecom. By the decision of the Board of ' +
      'Directors of the fund, Dauren Karabayev was appointed Managing Director of the fund.';
    assert.deepEqual(rolesOf(body), [
      ['Maulen Ashimbayev', 'Senate Speaker'],
      ['Numan Kurtulmuş', 'Turkish Parliament Speaker'],
      ['Maulen Ashimbayev', null],
      ['Numan Kurtulmuş', null],
      ['Aidar Ryskulov', 'Chairman of the Board of Kazakhtelecom'],
      ['Dauren Karabayev', 'Managing Director of the fund'],
    ]);
  });

  it('gives a common word opening a name after a complement to the complement, not after a country', () => {
    const body =
      'Talks held\nExecutive Secretary of the UN Framework Convention on Climate Change Simon Stiell met Minister for Climate ' +
      'Change and Energy, Chris Bowen, and Deputy Minister of Vietnam Do Minh Khoa.';
    assert.deepEqual(rolesOf(body), [
      ['Simon Stiell', 'Executive Secretary of the UN Framework Convention on Climate Change'],
      ['Chris Bowen', 'Minister for Climate Change and Energy'],
      ['Do Minh Khoa', 'Deputy Minister of Vietnam'],
    ]);
  });

  it('reads under, Structure, Aimag, Additional, a capitalised word in a lower-case object, and a style after a university', () => {
    const body =
      'Talks held\nDirector of the Water Service under the Ministry of Agriculture Almazbek Zhakypov, Director of the SCO Regional ' +
      'Anti-Terrorist Structure Ularbek Sharsheev and Governor of Bayan-Ölgii Aimag Dauletkhan Abylkhakim met the Foreign Ministers of ' +
      'the Caspian states, Jeyhun Bayramov and Sergey Lavrov. Additional Secretary (Central Asia) Imran Siddiqui met the Vice-President ' +
      'of the University of Tsukuba, Professor SATO Kenichi. Kazakhstanskaya Pravda reported.';
    assert.deepEqual(rolesOf(body), [
      ['Almazbek Zhakypov', 'Director of the Water Service under the Ministry of Agriculture'],
      ['Ularbek Sharsheev', 'Director of the SCO Regional Anti-Terrorist Structure'],
      ['Dauletkhan Abylkhakim', 'Governor of Bayan-Ölgii Aimag'],
      ['Jeyhun Bayramov', 'Foreign Ministers of the Caspian states'],
      ['Sergey Lavrov', 'Foreign Ministers of the Caspian states'],
      ['Imran Siddiqui', 'Additional Secretary (Central Asia)'],
      ['SATO Kenichi', 'Vice-President of the University of Tsukuba'],
    ]);
  });

  it('reads Voivode and Landeshauptmann as titles, a region before Voivode as part of the role', () => {
    const body =
      'Talks held\nLandeshauptmann of Styria Werner Strohmaier met Pomeranian Voivode Agnieszka Wróblewska-Szczęsna and Deputy ' +
      'Voivode Piotr Kamiński. Styria grew.';
    assert.deepEqual(rolesOf(body), [
      ['Werner Strohmaier', 'Landeshauptmann of Styria'],
      ['Agnieszka Wróblewska-Szczęsna', 'Pomeranian Voivode'],
      ['Piotr Kamiński', 'Deputy Voivode'],
    ]);
  });

  it('reads Chief Physician as a title, corresponding member with its qualifier, and no person in Tien Shan or Gagarin Readings', () => {
    const body =
      'Talks held\nChief Physician of the Cardiology Center Ali Vali and corresponding member of the National Academy of Sciences ' +
      'Bauyrzhan Iskakov spoke at the Gagarin Readings about the Tien Shan, with Consul General of the Republic of Kazakhstan in ' +
      'Frankfurt am Main, Saule Temirbekova.';
    assert.deepEqual(rolesOf(body), [
      ['Ali Vali', 'Chief Physician of the Cardiology Center'],
      ['Bauyrzhan Iskakov', 'corresponding member of the National Academy of Sciences'],
      ['Saule Temirbekova', 'Consul General of the Republic of Kazakhstan in Frankfurt am Main'],
    ]);
  });

  it('reads no person in a salt flat, a storm or a regime, Mato Grosso as a place, and Palacios as a surname', () => {
    const body =
      'Talks held\nIn the Salar de Atacama after Hurricane Melissa, under the Incentive Regime, the Governors of Mato Grosso ' +
      'and Goiás, Marcos Rezende and Ana dos Reis, met President of Paraguay Santiago Peña Palacios.';
    assert.deepEqual(rolesOf(body), [
      ['Marcos Rezende', 'Governors of Mato Grosso and Goiás'],
      ['Ana dos Reis', 'Governors of Mato Grosso and Goiás'],
      ['Santiago Peña Palacios', 'President of Paraguay'],
    ]);
  });

  it('gives no role across a comma from the object of an opening participle', () => {
    const body =
      'Talks held\nCongratulating the Ambassador on the beginning of his mission, Ye. Kaliyev wished him success. At the ' +
      'invitation of the Minister, Murat Nurtleu, the delegation came.';
    assert.deepEqual(rolesOf(body), [
      ['Ye. Kaliyev', null],
      ['Murat Nurtleu', 'Minister'],
    ]);
  });

  it('reads Petra as a given name, bin Said before a particle, MPs as a plural title, Sardar and Judge as styles', () => {
    const body =
      'Talks held\nDeputy Minister Petra Novotná met Hamad bin Said Al Rawahi and Croatian MPs Ivan Babić and Petra Jurišić. Governor ' +
      'of Punjab Sardar Saleem Haider Khan met the Chairman of the Commission of Iraq, Judge Omar Al-Jubouri, near Mount Lewotobi ' +
      'Laki-laki and the Bretton Woods institutions.';
    assert.deepEqual(rolesOf(body), [
      ['Petra Novotná', 'Deputy Minister'],
      ['Hamad bin Said Al Rawahi', null],
      ['Ivan Babić', 'Croatian MPs'],
      ['Petra Jurišić', 'Croatian MPs'],
      ['Saleem Haider Khan', 'Governor of Punjab'],
      ['Omar Al-Jubouri', 'Chairman of the Commission of Iraq'],
    ]);
  });

  it('reads Said before bin, Wali as a title, He as a Chinese surname inside a sentence, and through in a complement', () => {
    const body =
      'Talks held\nMinister of Commerce Said bin Nasser Al Habsi met Wali of the Region Khalid Amrani. Cai Qi and He Lifeng came, ' +
      'and he spoke. He left. President of the Commission for Democracy through Law (Venice Commission) Ana Vukić spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Said bin Nasser Al Habsi', 'Minister of Commerce'],
      ['Khalid Amrani', 'Wali of the Region'],
      ['Cai Qi', null],
      ['He Lifeng', null],
      ['Ana Vukić', 'President of the Commission for Democracy through Law (Venice Commission)'],
    ]);
  });

  it('reads lower-case posts of wire copy and the possessive of an organisation or a title inside a role', () => {
    const body =
      'Talks held\nEU foreign policy chief Kaja Kallas met Russian presidential aide Yury Ushakov, EU trade commissioner Maros Sefcovic ' +
      "and the Kazakh Foreign Ministry's spokesperson Aibek Smadiyarov. The UN Secretary-General's spokesman Stephane Dujarric spoke. " +
      'The talks were chaired by Chief Emeka Obi.';
    assert.deepEqual(rolesOf(body), [
      ['Kaja Kallas', 'EU foreign policy chief'],
      ['Yury Ushakov', 'Russian presidential aide'],
      ['Maros Sefcovic', 'EU trade commissioner'],
      ['Aibek Smadiyarov', "Kazakh Foreign Ministry's spokesperson"],
      ['Stephane Dujarric', "UN Secretary-General's spokesman"],
      ['Emeka Obi', null],
    ]);
  });

  it('reads maslikhats, velayats and portfolios of several words in roles, and no person in a dateline city, an agency or the Red Crescent', () => {
    const body =
      'Talks held\nSantiago de Chile, Mar 4 (Prensa Latina) Serik Kuanyshev, secretary of the Almaty city maslikhat, met Human Rights ' +
      "Commissioner Artur Lastayev, Türkiye's Energy and Natural Resources Minister Alparslan Bayraktar, the hyakim of Ahal velayat " +
      'Nokerguly Atagulyyev and Anna Berg, non-resident Ambassador to Turkmenistan. The Emirates Red Crescent and its Supervisor General, ' +
      'Dr. Abdullah Al-Rabeeah, helped. Among 188 representatives, National Registrar Hernan Penagos Giraldo spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Serik Kuanyshev', 'secretary of the Almaty city maslikhat'],
      ['Artur Lastayev', 'Human Rights Commissioner'],
      ['Alparslan Bayraktar', "Türkiye's Energy and Natural Resources Minister"],
      ['Nokerguly Atagulyyev', 'hyakim of Ahal velayat'],
      ['Anna Berg', 'non-resident Ambassador to Turkmenistan'],
      ['Abdullah Al-Rabeeah', 'Supervisor General'],
      ['Hernan Penagos Giraldo', 'National Registrar'],
    ]);
  });

  it('reads To as a Vietnamese surname after a title or a comma, not after another word', () => {
    const body =
      'Talks held\nThe General Secretary of the Communist Party of Vietnam, To Lam, received General Secretary To Lam. ' +
      'They Went To Anna Berg.';
    assert.deepEqual(rolesOf(body), [
      ['To Lam', 'General Secretary of the Communist Party of Vietnam'],
      ['To Lam', 'General Secretary'],
      ['Anna Berg', null],
    ]);
  });

  it('reads a given name that is also a form of address between two name words', () => {
    assert.deepEqual(rolesOf('Talks held\nGhanaian Finance Minister Cassiel Ato Forson met Ato Abebe Kebede.'), [
      ['Cassiel Ato Forson', 'Ghanaian Finance Minister'],
      ['Abebe Kebede', null],
    ]);
  });

  it('reads organisations before a leader\'s title: several organisation words, an edition, a bank of a country', () => {
    const body =
      'Talks held\nAfrican Union Commission Chairperson Mahmoud Ali Youssouf met COP31 President-designate Murat Kurum, ' +
      "Central Bank of Nigeria Governor Olayemi Cardoso, People's Bank of China Governor Pan Gongsheng and Minister of Foreign Affairs of Bulgaria Ambassador Ivan Petrov.";
    assert.deepEqual(rolesOf(body), [
      ['Mahmoud Ali Youssouf', 'African Union Commission Chairperson'],
      ['Murat Kurum', 'COP31 President-designate'],
      ['Olayemi Cardoso', 'Central Bank of Nigeria Governor'],
      ['Pan Gongsheng', "People's Bank of China Governor"],
      ['Ivan Petrov', 'Minister of Foreign Affairs of Bulgaria'],
    ]);
  });

  it('reads an organisation named with `of` before the title of one who heads it, and leaves out a sentence\'s `The`', () => {
    const body =
      'Talks held\nHe met Council of Europe Secretary General Alain Berset and Organization of Turkic States Secretary General ' +
      'Kubanychbek Omuraliev. The Central Bank of Nigeria Governor Olayemi Cardoso met Federation of Egyptian Chambers of Commerce ' +
      'President Ahmed El-Wakil. The Ministry of Foreign Affairs Spokesperson Aibek Smadiyarov spoke, as did Union of Writers member Ayan Sarsen.';
    assert.deepEqual(rolesOf(body), [
      ['Alain Berset', 'Council of Europe Secretary General'],
      ['Kubanychbek Omuraliev', 'Organization of Turkic States Secretary General'],
      ['Olayemi Cardoso', 'Central Bank of Nigeria Governor'],
      ['Ahmed El-Wakil', 'Federation of Egyptian Chambers of Commerce President'],
      ['Aibek Smadiyarov', 'Ministry of Foreign Affairs Spokesperson'],
      ['Ayan Sarsen', 'Union of Writers member'],
    ]);
  });

  it('reads the office after a participle of appointment and a lower-case office after a passive one', () => {
    const body =
      'Talks held\nHe signed a decree appointing Elchin Baghirov as Ambassador of Azerbaijan to Hungary. ' +
      'Erkinjon Turdimov was relieved of his post as khokim of Samarkand region.';
    assert.deepEqual(rolesOf(body), [
      ['Elchin Baghirov', 'Ambassador of Azerbaijan to Hungary'],
      ['Erkinjon Turdimov', 'khokim of Samarkand region'],
    ]);
  });

  it('reads no person in an organisation named after one whose name goes on after and', () => {
    const body = 'Talks held\nThe King Salman Humanitarian Aid and Relief Centre sent aid. President Tokayev Arrives and Meets Minister Anna Berg.';
    assert.deepEqual(rolesOf(body), [
      ['Tokayev', 'President'],
      ['Anna Berg', 'Minister'],
    ]);
  });

  it('reads a state of two words before a title, with or without a possessive', () => {
    const body = "Talks held\nBurkina Faso's President Ibrahim Traore met Costa Rica Foreign Minister Arnoldo Andre Tinoco.";
    assert.deepEqual(rolesOf(body), [
      ['Ibrahim Traore', "Burkina Faso's President"],
      ['Arnoldo Andre Tinoco', 'Costa Rica Foreign Minister'],
    ]);
  });

  it('reads Rais as a title before of, a capital before its mayor, a title with no complement before a common given name, and dotted initials in a headline', () => {
    const body =
      'A.I. Turchin Meets Delegation\nRais of the Republic of Tatarstan Rustam Minnikhanov met Moscow Mayor Sergei Sobyanin, ' +
      'Italian Senator Pier Ferdinando Casini and Prime Minister Alexander Turchin. Rais Ahmed spoke.';
    assert.deepEqual(rolesOf(body), [
      ['A.I. Turchin', null],
      ['Rustam Minnikhanov', 'Rais of the Republic of Tatarstan'],
      ['Sergei Sobyanin', 'Moscow Mayor'],
      ['Pier Ferdinando Casini', 'Italian Senator'],
      ['Alexander Turchin', 'Prime Minister'],
      ['Rais Ahmed', null],
    ]);
  });

  it('reads no person in a company the article names with its legal form or company word, whatever a title vouches for', () => {
    const body =
      'Talks held\nHansa Anlagenbau GmbH will build it. Hansa Anlagenbau confirmed plans. Toyota Tsusho Corporation signed; ' +
      'Toyota Tsusho President and CEO Ichiro Kashitani spoke. The Nursultan Nazarbayev Foundation opened; Nursultan Nazarbayev spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Ichiro Kashitani', 'Toyota Tsusho President and CEO'],
      ['Nursultan Nazarbayev', null],
    ]);
  });

  it('reads a chamber named by its members inside a role', () => {
    const body = 'Talks held\nHe met member of the House of Representatives SUZUKI Keisuke and member of the House of Councillors Taro Kono.';
    assert.deepEqual(rolesOf(body), [
      ['SUZUKI Keisuke', 'member of the House of Representatives'],
      ['Taro Kono', 'member of the House of Councillors'],
    ]);
  });

  it('reads Sultan after an office as a given name, Baghdad as one, Mawlawi and Mullah as forms of address, and no person in Turkic words', () => {
    const body =
      'Talks held\nTURKSOY Secretary General Sultan Raev met the President of the Turkic Investment Fund, Baghdad Amreyev, ' +
      'US Treasury Secretary Scott Bessent, Mullah Abdul Ghani Baradar and the Secretary of the Xinjiang Uygur Autonomous ' +
      'Regional Committee Chen Xiaojiang on the Common Turkic Alphabet. Mawlawi Baradar spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Sultan Raev', 'TURKSOY Secretary General'],
      ['Baghdad Amreyev', 'President of the Turkic Investment Fund'],
      ['Scott Bessent', 'US Treasury Secretary'],
      ['Abdul Ghani Baradar', null],
      ['Chen Xiaojiang', 'Secretary of the Xinjiang Uygur Autonomous Regional Committee'],
      ['Baradar', null],
    ]);
  });

  it('reads the one an institution is named after as part of its name, and the office through it', () => {
    const body =
      'Talks held\nHe met the rector of the Kazakh National Conservatory named after Kurmangazy, Zhaniya Aubakirova, and Director of ' +
      'the Institute of History named after Ch. Valikhanov Ziyabek Kabuldinov. The school named after Abai Kunanbayev, Anna Berg said, is old.';
    assert.deepEqual(rolesOf(body), [
      ['Zhaniya Aubakirova', 'rector of the Kazakh National Conservatory named after Kurmangazy'],
      ['Ziyabek Kabuldinov', 'Director of the Institute of History named after Ch. Valikhanov'],
      ['Anna Berg', null],
    ]);
  });

  it('reads a lower-case qualifier after a country\'s possessive in an apposition', () => {
    const body = "Talks held\nAhmed Al Busaidi, Oman's non-resident Ambassador to Turkmenistan, met Penny Wong, Australia's former Foreign Minister.";
    assert.deepEqual(rolesOf(body), [
      ['Ahmed Al Busaidi', "Oman's non-resident Ambassador to Turkmenistan"],
      ['Penny Wong', "Australia's former Foreign Minister"],
    ]);
  });

  it('reads Inspects as a headline verb, a relative clause as no apposition, and no person in Bandar Abbas, Khorasan Razavi or a shrine', () => {
    const body =
      'Roman Sklyar Inspects Projects\nFirst Deputy Prime Minister Roman Sklyar visited Bandar Abbas with Foreign Minister Abbas Araghchi. ' +
      'Pilgrims visit the Imam Reza shrine. Ali Reza Bayat, who met Saudi Ambassador Abdullah Al-Anazi, spoke in Khorasan Razavi.';
    assert.deepEqual(rolesOf(body), [
      ['Roman Sklyar', null],
      ['Roman Sklyar', 'First Deputy Prime Minister'],
      ['Abbas Araghchi', 'Foreign Minister'],
      ['Ali Reza Bayat', null],
      ['Abdullah Al-Anazi', 'Saudi Ambassador'],
    ]);
  });

  it('reads the region\'s cities as places before a name and before the title of one who heads them', () => {
    const body =
      'Talks held\nThe award went to the teacher of school No. 38 of Shymkent Gulnar Seitkali. Almaty Akim Yerbolat Dossayev met ' +
      'Moscow Mayor Sergei Sobyanin in Shymkent.';
    assert.deepEqual(rolesOf(body), [
      ['Gulnar Seitkali', 'teacher of school No. 38 of Shymkent'],
      ['Yerbolat Dossayev', 'Almaty Akim'],
      ['Sergei Sobyanin', 'Moscow Mayor'],
    ]);
  });

  it('reads a point of the compass before a province inside a complement', () => {
    const body = "Talks held\nZhao Gang, governor of northwest China's Shaanxi Province, met Governor of east China's Zhejiang Province Wang Hao.";
    assert.deepEqual(rolesOf(body), [
      ['Zhao Gang', "governor of northwest China's Shaanxi Province"],
      ['Wang Hao', "Governor of east China's Zhejiang Province"],
    ]);
  });

  it('reads Jun after a surname, Sherpa as a title, To after a possessive, an institution closed by lower-case words, and no name closed by a bare letter', () => {
    const body =
      "Talks held\nAmbassador Yu Jun met BRICS Sherpa Sergei Ryabkov, Vietnam's To Lam and King Harald V on Jun 5. " +
      'Dina Omarova, a nurse of the Aksu city hospital, said. Farmer Bakhyt Nurpeisov spoke. Line D and Samsung C&T grew. ' +
      'The Turkistan Invest forum met at the Presidential Villa.';
    assert.deepEqual(rolesOf(body), [
      ['Yu Jun', 'Ambassador'],
      ['Sergei Ryabkov', 'BRICS Sherpa'],
      ['To Lam', null],
      ['Harald V', 'King'],
      ['Dina Omarova', 'nurse of the Aksu city hospital'],
      ['Bakhyt Nurpeisov', null],
    ]);
  });

  it('ends a role before a title-case headline\'s verb', () => {
    const body =
      'Head of State Sends Congratulations to Mariela Quesada Araya on Her Election as President of Costa Rica\n' +
      'The President congratulated Mariela Quesada Araya.';
    assert.deepEqual(rolesOf(body), [
      ['Mariela Quesada Araya', 'President of Costa Rica'],
      ['Mariela Quesada Araya', null],
    ]);
  });

  it('reads Nor inside a Malay name, Rules as a headline verb, a majority leader and a government spokesman, and no person in a workshop or a concern', () => {
    const body =
      'Slovak Prime Minister Robert Fico Rules Out Troops\nPrime Minister Robert Fico met Deputy Speaker Ramli Mohd Nor, ' +
      'Senate Majority Leader John Thune and German government spokesman Stefan Kornelius. The Luban Workshop and the State Concern Turkmengaz grew.';
    assert.deepEqual(rolesOf(body), [
      ['Robert Fico', 'Slovak Prime Minister'],
      ['Robert Fico', 'Prime Minister'],
      ['Ramli Mohd Nor', 'Deputy Speaker'],
      ['John Thune', 'Senate Majority Leader'],
      ['Stefan Kornelius', 'German government spokesman'],
    ]);
  });

  it('reads Leads as a headline verb, portfolios joined by and, climate before a title, lower-case qualifiers of an apposition, and no person in a technopolis or a showcase', () => {
    const body =
      'Deputy President Kithure Kindiki Leads Delegation to Kampala\nForeign Affairs and International Cooperation Minister Mulambo Haimbe met ' +
      'Minister of State for Foreign Affairs, Cabinet Member and Climate Envoy Adel Al-Jubeir. Wi Sung-lac, national security adviser ' +
      'to the president, and Jake Sullivan, former national security adviser, toured the Konza Technopolis and the Halal Showcase.';
    assert.deepEqual(rolesOf(body), [
      ['Kithure Kindiki', 'Deputy President'],
      ['Mulambo Haimbe', 'Foreign Affairs and International Cooperation Minister'],
      ['Adel Al-Jubeir', 'Minister of State for Foreign Affairs, Cabinet Member and Climate Envoy'],
      ['Wi Sung-lac', 'national security adviser to the president'],
      ['Jake Sullivan', 'former national security adviser'],
    ]);
  });

  it('gives a plural title to names each followed by a country of several words, a plural apposition to the list it closes, and lower-case plural khokims to their list', () => {
    const body =
      'Talks held\nForeign Ministers Cho Tae-yul of the Republic of Korea, Kamikawa Yoko of Japan and Wang Yi of China met. ' +
      'It was attended by Omar Al Olama, Khalifa Al Marar and Dr. Saeed Al Hajeri, Ministers of State, and by the khokims of Andijan ' +
      'and Fergana regions, Shukhratbek Abdurakhmanov and Khayrullo Bozorov. The Chairman of the State Committee on State Property ' +
      'Management Sulaymon Ziyozoda spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Cho Tae-yul', 'Foreign Ministers'],
      ['Kamikawa Yoko', 'Foreign Ministers'],
      ['Wang Yi', 'Foreign Ministers'],
      ['Omar Al Olama', 'Ministers of State'],
      ['Khalifa Al Marar', 'Ministers of State'],
      ['Saeed Al Hajeri', 'Ministers of State'],
      ['Shukhratbek Abdurakhmanov', 'khokims of Andijan and Fergana regions'],
      ['Khayrullo Bozorov', 'khokims of Andijan and Fergana regions'],
      ['Sulaymon Ziyozoda', 'Chairman of the State Committee on State Property Management'],
    ]);
  });

  it('reads Rt. Hon. as forms of address before a name in apposition, and an abbreviated style restated in full after the name', () => {
    const body =
      'Talks held\nThe Chief of Staff to the President, Rt. Hon. Femi Gbajabiamila, came. ' +
      'H.E. Amb. Fatuma Hirsi Mohamed, Ambassador-designate of the Republic of Kenya, presented her credentials.';
    assert.deepEqual(rolesOf(body), [
      ['Femi Gbajabiamila', 'Chief of Staff to the President'],
      ['Fatuma Hirsi Mohamed', 'Ambassador-designate of the Republic of Kenya'],
    ]);
  });

  it('reads a title after `under the` as a body\'s patron, the office one served as, took office as or was elected to without his, and a lower-case special before a title', () => {
    const body =
      'Talks held\nDirector of the Institute for Strategic Studies under the President Yerkin Tukumov spoke. ' +
      'Tokayev congratulated Karol Nawrocki on election as President of Poland. Ye. Karashukeyev previously served as First Deputy ' +
      'Minister of Agriculture. Eduards Stiprais, who took office as the EU Special Representative on 1 February, met US special ' +
      'envoy Steve Witkoff and Ivan Petrov, US special envoy.';
    assert.deepEqual(rolesOf(body), [
      ['Yerkin Tukumov', 'Director of the Institute for Strategic Studies under the President'],
      ['Karol Nawrocki', 'President of Poland'],
      ['Ye. Karashukeyev', 'First Deputy Minister of Agriculture'],
      ['Eduards Stiprais', 'EU Special Representative'],
      ['Steve Witkoff', 'US special envoy'],
      ['Ivan Petrov', 'US special envoy'],
    ]);
  });

  it('takes no person from an acronym before a lower-case post or after a post used as a verb, a Direct Line, nor a list of companies or one holding two named as companies', () => {
    const body =
      'Talks held\nIndia, which will chair BRICS in 2026, and Deputy Foreign Minister and BRICS sherpa Sergei Ryabkov held a Direct Line. ' +
      'Italian companies such as Eni, Saipem and Maire Tecnimont are involved; Maire Tecnimont signed. Mitsubishi Corporation, Marubeni, ' +
      'Sumitomo Corporation, Itochu and Toyota Tsusho came, as did Nurlan Zhakupov and Samruk-Kazyna JSC.';
    assert.deepEqual(rolesOf(body), [['Sergei Ryabkov', 'Deputy Foreign Minister and BRICS sherpa'], ['Nurlan Zhakupov', null]]);
  });

  it('reads a press secretary after what one speaks for, lower-case qualifiers between an organisation and its title, and rapporteurs', () => {
    const body =
      'Talks held\nAkorda press secretary Ruslan Zheldibay, Kremlin press secretary Dmitry Peskov, Mazhilis deputy Aidos Sarym and ' +
      'UN special rapporteur Alice Edwards spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Ruslan Zheldibay', 'Akorda press secretary'],
      ['Dmitry Peskov', 'Kremlin press secretary'],
      ['Aidos Sarym', 'Mazhilis deputy'],
      ['Alice Edwards', 'UN special rapporteur'],
    ]);
  });

  it('gives a plural title to a list past official forms of states, and reads an owned lower-case institution inside an apposition', () => {
    const body =
      'Talks held\nHe received Ambassadors Javier Parrondo Babarro of the Kingdom of Spain, Marcelo Böhlke of the Federative Republic of ' +
      'Brazil and Jesús Rafael Salazar Velásquez of the Bolivarian Republic of Venezuela. Li Hui, special representative of the Chinese ' +
      'government on Eurasian affairs, held consultations.';
    assert.deepEqual(rolesOf(body), [
      ['Javier Parrondo Babarro', 'Ambassadors'],
      ['Marcelo Böhlke', 'Ambassadors'],
      ['Jesús Rafael Salazar Velásquez', 'Ambassadors'],
      ['Li Hui', 'special representative of the Chinese government on Eurasian affairs'],
    ]);
  });

  it('reads a company before a legal form\'s name, a company\'s possessive opening an apposition, MP as a style and forms of address joined by the', () => {
    const body =
      'Talks held\nChairman of the Board of JSC Uzbekneftegaz Mehriddin Abdullayev and Chairman of the Board of JSC Almalyk MMC Bakhodir ' +
      "Juraev met Luca Ferrante, Eni's Chief Operating Officer, and the Chairman of the Germany–Central Asia Parliamentary Group, MP " +
      'Thomas Brandner. He wrote to the Governor-General of the Commonwealth of Australia, Her Excellency the Honourable Sam Mostyn AC.';
    assert.deepEqual(rolesOf(body), [
      ['Mehriddin Abdullayev', 'Chairman of the Board of JSC Uzbekneftegaz'],
      ['Bakhodir Juraev', 'Chairman of the Board of JSC Almalyk MMC'],
      ['Luca Ferrante', "Eni's Chief Operating Officer"],
      ['Thomas Brandner', 'Chairman of the Germany–Central Asia Parliamentary Group'],
      ['Sam Mostyn', 'Governor-General of the Commonwealth of Australia'],
    ]);
  });

  it('reads the office of an inauguration on its occasion or of assuming office, a titled name in an opening phrase, and no person in a holiday', () => {
    const body =
      'Aliyev Congratulates Karol Nawrocki on Assuming Office as President of Poland\nIn his message to King Carl XVI Gustaf, the Head of ' +
      'State recalled the visit. He wrote to Karol Nawrocki on the occasion of his inauguration as President of the Republic of Poland, and ' +
      'to Ilham Aliyev on Eid al-Adha (Gurban Bayramı).';
    assert.deepEqual(rolesOf(body), [
      ['Aliyev', null],
      ['Karol Nawrocki', 'President of Poland'],
      ['Carl XVI Gustaf', 'King'],
      ['Karol Nawrocki', 'President of the Republic of Poland'],
      ['Ilham Aliyev', null],
    ]);
  });

  it('joins an office opened by an acronym after a sentence\'s The to a further office across a comma', () => {
    const body = 'Talks held\nThe OSCE Chairperson-in-Office, Minister for Foreign Affairs of Finland Elina Valtonen arrived.';
    assert.deepEqual(rolesOf(body), [['Elina Valtonen', 'OSCE Chairperson-in-Office, Minister for Foreign Affairs of Finland']]);
  });

  it('reads the office one is appointed to after a title-case headline\'s Appointed, and the post one is relieved of', () => {
    const body =
      'Daniyar Kenzhebekov Appointed Deputy Head of the Presidential Administration\nBy another Decree, Almasadam Satkaliyev was ' +
      'relieved of the post of Minister of Energy. Daniyar Kenzhebekov was appointed.';
    assert.deepEqual(rolesOf(body), [
      ['Daniyar Kenzhebekov', 'Deputy Head of the Presidential Administration'],
      ['Almasadam Satkaliyev', 'Minister of Energy'],
      ['Daniyar Kenzhebekov', null],
    ]);
  });

  it('skips an accreditation to states written with the before a name, ends an apposition at a name after a state, and reads a Korean given name opening with In', () => {
    const body =
      'Talks held\nHe received Ambassador of the Kingdom of Thailand, concurrently accredited to the Kyrgyz Republic and the Republic ' +
      'of Tajikistan, Somchai Wongsuwan, Ambassador of the Hellenic Republic Nikolaos Papadakis, and Trade Minister Cheong In-kyo.';
    assert.deepEqual(rolesOf(body), [
      ['Somchai Wongsuwan', 'Ambassador of the Kingdom of Thailand'],
      ['Nikolaos Papadakis', 'Ambassador of the Hellenic Republic'],
      ['Cheong In-kyo', 'Trade Minister'],
    ]);
  });

  it('skips a residence in brackets before a comma, reads a company after a company\'s noun, Ratu as a form of address and the Cabinet as no title\'s', () => {
    const body =
      'Talks held\nHe received the Ambassador of the Republic of Paraguay to Azerbaijan (with residence in Ankara), Gustavo Benítez ' +
      'Ortiz, the CEO of the French company Orano Nicolas Maes, Ambassador Choi Young-sam and H.E. Mr. Ratu Isikeli Vuniwaqa, High ' +
      'Commissioner of the Republic of Fiji. He served in the Cabinet of Prime Minister Ishiba Shigeru.';
    assert.deepEqual(rolesOf(body), [
      ['Gustavo Benítez Ortiz', 'Ambassador of the Republic of Paraguay to Azerbaijan'],
      ['Nicolas Maes', 'CEO of the French company Orano'],
      ['Choi Young-sam', 'Ambassador'],
      ['Isikeli Vuniwaqa', 'High Commissioner of the Republic of Fiji'],
      ['Ishiba Shigeru', 'Prime Minister'],
    ]);
  });

  it('reads lower-case qualifiers of an office one served as, and a dotted acronym before a title', () => {
    const body =
      'Talks held\nCho Tae-yul previously served as first vice foreign minister. Takeshi Iwaya, who served as defense minister, ' +
      'met former U.N. Secretary-General Ban Ki-moon and Marat Karabayev, who was appointed acting Governor of Kostanay region.';
    assert.deepEqual(rolesOf(body), [
      ['Cho Tae-yul', 'first vice foreign minister'],
      ['Takeshi Iwaya', 'defense minister'],
      ['Ban Ki-moon', 'former U.N. Secretary-General'],
      ['Marat Karabayev', 'acting Governor of Kostanay region'],
    ]);
  });

  it('leaves a headline\'s New out of the office, not New Zealand', () => {
    const body =
      'New EU Special Representative Eduards Stiprais Begins Tour\nEduards Stiprais met New Zealand Trade Minister Todd McClay.';
    assert.deepEqual(rolesOf(body), [
      ['Eduards Stiprais', 'EU Special Representative'],
      ['Eduards Stiprais', null],
      ['Todd McClay', 'New Zealand Trade Minister'],
    ]);
  });

  it('gives each name of a list its own office written after it', () => {
    const body =
      'Talks held\nHe received Hamid Al-Mansouri, Ambassador-designate of the United Arab Emirates, Paulo Ricardo Mendes, ' +
      'Ambassador-designate of Brazil, and Akiko Tanaka, Ambassador-designate of Japan. X met Anna Berg, the Ambassador of Sweden, Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [
      ['Hamid Al-Mansouri', 'Ambassador-designate of the United Arab Emirates'],
      ['Paulo Ricardo Mendes', 'Ambassador-designate of Brazil'],
      ['Akiko Tanaka', 'Ambassador-designate of Japan'],
      ['Anna Berg', null],
      ['Ivan Petrov', 'Ambassador of Sweden'],
    ]);
  });

  it('reads Chief after an organisation\'s word as an office, and no person in a facility after the and before its lower-case noun', () => {
    const body =
      'Talks held\nArab League Chief Aboul Gheit and Mission Chief Tobias Reinholt visited the Ninh Thuan nuclear power plant. ' +
      'The Gara Djebilet iron ore project grew. Chairman of the Committee Alexander Subbotin signed a programme. Russian vice FMs met. ' +
      'He said China-Europe Railway Express trains run daily.';
    assert.deepEqual(rolesOf(body), [
      ['Aboul Gheit', 'Arab League Chief'],
      ['Tobias Reinholt', 'Mission Chief'],
      ['Alexander Subbotin', 'Chairman of the Committee'],
    ]);
  });

  it('reads He opening a sentence before an apposition with also as the surname of a He named in full', () => {
    const body = 'Talks held\nVice Premier He Lifeng met them. He, also a member of the Political Bureau, said so. He, however, left.';
    assert.deepEqual(rolesOf(body), [
      ['He Lifeng', 'Vice Premier'],
      ['He', 'member of the Political Bureau'],
    ]);
    assert.deepEqual(rolesOf('Talks held\nHe, also a member of the board, said so.'), []);
    assert.deepEqual(rolesOf('Talks held\nVice Premier He Lifeng came. He Lifeng, also a member of the Bureau, said. He Li left.'), [
      ['He Lifeng', 'Vice Premier'],
      ['He Lifeng', 'member of the Bureau'],
    ]);
    assert.deepEqual(rolesOf('Talks held\nBiathlete Dilnoza Akbar qizi won. Anar Vagif oglu came.'), [['Dilnoza Akbar qizi', null], ['Anar Vagif oglu', null]]);
  });

  it('reads no person in a list after companies and a comma, the field a department serves, or an event\'s edition', () => {
    const body =
      'Steppe Eagle-2026 Exercise to Bring Together Troops\nSwedish companies, including Scania, Ericsson and Atlas Copco, came. ' +
      'Delegates from the Department of Migrant Workers attended the exercise Steppe Eagle-2026. Anna Berg-Smith came.';
    assert.deepEqual(rolesOf(body), [['Anna Berg-Smith', null]]);
  });

  it('reads junior ranks and a retired rank in brackets, and no aide\'s to after a rank', () => {
    const body =
      'Talks held\nChairman of the Union of Veterans Colonel (ret.) Bakhyt Sarsenbayev and Sergeant (retd) Kairat Zhumabayev came. ' +
      'Sgt. Ivan Orlov left. He awarded the rank of Major General to Colonel Serik Bekmukhambetov.';
    assert.deepEqual(rolesOf(body), [
      ['Bakhyt Sarsenbayev', 'Chairman of the Union of Veterans'],
      ['Kairat Zhumabayev', 'Sergeant (retd)'],
      ['Ivan Orlov', 'Sgt.'],
      ['Serik Bekmukhambetov', 'Colonel'],
    ]);
  });

  it('reads plural chairpersons, provincial ministers, Datuk Wira as a form of address and KG as a legal form', () => {
    const body =
      'Talks held\nDeputy Chairpersons of the Mazhilis Albert Rau and Dania Espayeva came with Provincial Minister for Industries Waqas Cheema ' +
      'and Deputy Minister Datuk Wira Zulkifli Nasir. Representatives of Knauf Gips KG came.';
    assert.deepEqual(rolesOf(body), [
      ['Albert Rau', 'Deputy Chairpersons of the Mazhilis'],
      ['Dania Espayeva', 'Deputy Chairpersons of the Mazhilis'],
      ['Waqas Cheema', 'Provincial Minister for Industries'],
      ['Zulkifli Nasir', 'Deputy Minister'],
    ]);
  });

  it('leaves a rank after a portfolio ending in Affairs out of the office, and reads the post one is relieved of or recalled from', () => {
    const body =
      'Talks held\nMinister of Internal Affairs Colonel General Azer Mustafayev came. An Order relieving Elchin Rzayev of the post of ' +
      'Deputy Minister of Agriculture was signed, and a decree recalling Rashad Ismayilzade from the post of Ambassador to Finland. ' +
      'Boris Orlov was recalled from the position of Consul General in Milan. He recalled Ivan Petrov from Paris.';
    assert.deepEqual(rolesOf(body), [
      ['Azer Mustafayev', 'Minister of Internal Affairs'],
      ['Elchin Rzayev', 'Deputy Minister of Agriculture'],
      ['Rashad Ismayilzade', 'Ambassador to Finland'],
      ['Boris Orlov', 'Consul General in Milan'],
      ['Ivan Petrov', null],
    ]);
  });

  it('reads Chief Engineer and Eng. before a name, an office ending in a lower-case facility, and no office of a dash apposition for the next name', () => {
    const body =
      'Talks held\nHe awarded Vugar Hasanli, Chief Engineer of the Mingachevir Thermal Power Plant, Kamal Abdullayev – foreman of the Shirvan power station, ' +
      'Nigar Ismayilova – senior engineer of the Sumgayit substation, Rufat Karimov – electrician of the Ganja distribution network, and met ' +
      'the Chairman of the Al-Jouf Chamber of Commerce, Eng. Fahad Al-Rashidi.';
    assert.deepEqual(rolesOf(body), [
      ['Vugar Hasanli', 'Chief Engineer of the Mingachevir Thermal Power Plant'],
      ['Kamal Abdullayev', 'foreman of the Shirvan power station'],
      ['Nigar Ismayilova', 'senior engineer of the Sumgayit substation'],
      ['Rufat Karimov', 'electrician of the Ganja distribution network'],
      ['Fahad Al-Rashidi', 'Chairman of the Al-Jouf Chamber of Commerce'],
    ]);
  });

  it('reads a lower-case office with its portfolio after for, and a comma in a list of portfolios before a title', () => {
    const body =
      'Talks held\nDeputy akim of the region for social issues Nurlan Abdrakhmanov, deputy akim for industry Yerbol Tasbolatov and ' +
      'Economy, Trade and Industry Minister Ryosei Akazawa came. He thanked the Minister for support Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [
      ['Nurlan Abdrakhmanov', 'Deputy akim of the region for social issues'],
      ['Yerbol Tasbolatov', 'deputy akim for industry'],
      ['Ryosei Akazawa', 'Economy, Trade and Industry Minister'],
      ['Ivan Petrov', null],
    ]);
  });

  it('reads the Deputy Amir as a title, a rank before an appointed name, a ruler\'s style in a complement and Al-Sultan as a family name', () => {
    const body =
      'Talks held\nHe was received by HH the Deputy Amir Sheikh Abdullah bin Hamad Al Thani and Foreign Minister Amir Khan Muttaqi. ' +
      'An order appointed Prince Sultan bin Khalid as Ambassador to the Republic of Korea. Director of the Office of His Majesty Alaa Batayneh, ' +
      'the Envoy of His Highness Sheikh Ali and Governor of the Commission Eng. Ibrahim bin Mohammed Al-Sultan came.';
    assert.deepEqual(rolesOf(body), [
      ['Abdullah bin Hamad Al Thani', 'Deputy Amir'],
      ['Amir Khan Muttaqi', 'Foreign Minister'],
      ['Sultan bin Khalid', 'Ambassador to the Republic of Korea'],
      ['Alaa Batayneh', 'Director of the Office of His Majesty'],
      ['Ali', 'Envoy'],
      ['Ibrahim bin Mohammed Al-Sultan', 'Governor of the Commission'],
    ]);
  });

  it('reads the office one is elected a member of, and with or from between the capitalised words of a body\'s name', () => {
    const body =
      'Talks held\nDr. Saule Mektepbayeva was elected a member of the UN Committee on the Rights of Persons with Disabilities. ' +
      'He met the Chairman of the Association of Germans from Kazakhstan, Viktor Hoffmann, and Minister of Energy Ivan Petrov with Anna Berg.';
    assert.deepEqual(rolesOf(body), [
      ['Saule Mektepbayeva', 'member of the UN Committee on the Rights of Persons with Disabilities'],
      ['Viktor Hoffmann', 'Chairman of the Association of Germans from Kazakhstan'],
      ['Ivan Petrov', 'Minister of Energy'],
      ['Anna Berg', null],
    ]);
  });

  it('reads to after only an aide\'s title, and no person in a mausoleum\'s name', () => {
    const body =
      'Talks held\nHe conveyed greetings from the Emir of Qatar to President of the Kyrgyz Republic Sadyr Japarov and from Adviser to the President Ivan Petrov. ' +
      'They visited the Mausoleum of Khoja Ahmed Yasawi.';
    assert.deepEqual(rolesOf(body), [
      ['Sadyr Japarov', 'President of the Kyrgyz Republic'],
      ['Ivan Petrov', 'Adviser to the President'],
    ]);
  });

  it('reads no person after a Romance head (Casa, Teatre, Gruppo) and a regional government\'s name in a complement', () => {
    const body =
      'Talks held\nHe met President Javier Milei at the Casa Rosada, heard an opera at the Gran Teatre del Liceu and met the Chairman of Gruppo Saviola Energia. ' +
      'The Regional Minister of Industry of the Generalitat Valenciana, Vicente Almela Ferrer, came.';
    assert.deepEqual(rolesOf(body), [
      ['Javier Milei', 'President'],
      ['Vicente Almela Ferrer', 'Regional Minister of Industry of the Generalitat Valenciana'],
    ]);
  });

  it('reads no role through a weekday, but through a month of a presidency', () => {
    const body =
      'Talks held\nHe will receive the credentials of 18 Envoys on Thursday – Bayo Onanuga. President of the Security Council for June Anna Berg spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Bayo Onanuga', null],
      ['Anna Berg', 'President of the Security Council for June'],
    ]);
  });

  it('reads a lower-case body before a spokesperson, and a person\'s possessive opening a lower-case apposition', () => {
    const body =
      'Talks held\nThe ministry spokesperson Park Il and the government spokesman Ivan Orlov spoke. Wi Sung-lac, Lee\'s national security adviser, ' +
      'and Ivan Petrov, Putin\'s spokesman, came; Boris Orlov, Lee\'s friend, too.';
    assert.deepEqual(rolesOf(body), [
      ['Park Il', 'ministry spokesperson'],
      ['Ivan Orlov', 'government spokesman'],
      ['Wi Sung-lac', "Lee's national security adviser"],
      ['Ivan Petrov', "Putin's spokesman"],
      ['Boris Orlov', null],
    ]);
  });

  it('reads the office an academician is elected to, and no person in Tsagaan Sar', () => {
    const body =
      'Talks held\nAcademician Kuanysh Saurbayev was re-elected President of the National Academy of Sciences. He congratulated ' +
      'the Ambassador on Tsagaan Sar. Mongolians celebrate Tsagaan Sar this year.';
    assert.deepEqual(rolesOf(body), [['Kuanysh Saurbayev', 'President of the National Academy of Sciences']]);
  });

  it('joins three offices held together before a name', () => {
    const body = 'Talks held\nFounder of Peace and National Unity – Leader of the Nation, President of the Republic of Tajikistan Emomali Rahmon arrived.';
    assert.deepEqual(rolesOf(body), [
      ['Emomali Rahmon', 'Founder of Peace and National Unity – Leader of the Nation, President of the Republic of Tajikistan'],
    ]);
  });

  it('reads the office of an appointing verb\'s second object after and', () => {
    const body =
      'Talks held\nThe President appointed Maria Lopes as Minister of Finance and José Cerqueira Bumba as Minister of Energy. A decree appointed ' +
      'Rui Costa Minister of Justice, and Ana Cerqueira Vaz Minister of Health. He thanked Ivan Orlov as Minister of Culture and Boris Petrov as a guest.';
    assert.deepEqual(rolesOf(body), [
      ['Maria Lopes', 'Minister of Finance'],
      ['José Cerqueira Bumba', 'Minister of Energy'],
      ['Rui Costa', 'Minister of Justice'],
      ['Ana Cerqueira Vaz', 'Minister of Health'],
      ['Ivan Orlov', null],
      ['Boris Petrov', null],
    ]);
  });

  it('reads no person in a run after a business\'s lower-case noun, before a tunnel, or after the and a place word before a modified project', () => {
    const body =
      'Talks held\nHe visited the company Andes Lithium, headed by its CEO Sofía Rinaldi Costa, the Turkish firm Kalyon Enerji and ' +
      'the CEO of the French company Orano Nicolas Maes. Work on the Agua Negra tunnel and the Greater Tortue Ahmeyim gas project resumed.';
    assert.deepEqual(rolesOf(body), [
      ['Sofía Rinaldi Costa', 'CEO'],
      ['Nicolas Maes', 'CEO of the French company Orano'],
    ]);
  });

  it('reads the dotless qızı inside an Azerbaijani name', () => {
    const body =
      'Talks held\nAynur Hüseyn qızı Səfərova was appointed Ambassador to Hungary. Deputy Minister Elnur Məmmədov spoke, and E. Mammadov added.';
    assert.deepEqual(rolesOf(body), [
      ['Aynur Hüseyn qızı Səfərova', 'Ambassador to Hungary'],
      ['Elnur Məmmədov', 'Deputy Minister'],
      ['E. Mammadov', null],
    ]);
  });

  it('reads plural Vice Premiers, West African rulers\' titles and forms of address, a title said again after its office, and members\' letters', () => {
    const body =
      'Talks held\nVice Premiers He Lifeng, Zhang Guoqing and Liu Guozhong attended. He met the Oba of Lagos, Oba Rilwan Akiolu, the Asantehene, ' +
      'Otumfuo Osei Tutu II, the Emir of Kano, Emir Muhammadu Sanusi II, the Governor of Lagos, Governor Babajide Sanwo-Olu, and the King of Spain, ' +
      'Queen Letizia. Members of the Bundestag Jürgen Hardt MdB and Knut Abraham MdB met. Naveed Qamar, MNA, and ADB Principal Transport Specialist Ravi Shankar Menon came. Italian specialist Fabio Cannavaro coached. The SADC Organ Troika ' +
      'met in the Zhetysu and Abai regions. Abai Kunanbayev was a poet.';
    assert.deepEqual(rolesOf(body), [
      ['He Lifeng', 'Vice Premiers'],
      ['Zhang Guoqing', 'Vice Premiers'],
      ['Liu Guozhong', 'Vice Premiers'],
      ['Rilwan Akiolu', 'Oba of Lagos'],
      ['Osei Tutu II', 'Asantehene'],
      ['Muhammadu Sanusi II', 'Emir of Kano'],
      ['Babajide Sanwo-Olu', 'Governor of Lagos'],
      ['Letizia', 'Queen'],
      ['Jürgen Hardt', 'Members of the Bundestag'],
      ['Knut Abraham', 'Members of the Bundestag'],
      ['Naveed Qamar', 'MNA'],
      ['Ravi Shankar Menon', 'ADB Principal Transport Specialist'],
      ['Fabio Cannavaro', null],
      ['Abai Kunanbayev', null],
    ]);
  });

  it('leaves a rank across a comma out of an office ending in armed forces, and reads a place before a unit that qualifies a title', () => {
    const body =
      'Talks held\nHe met the Chief of the Defence Staff of the Ghana Armed Forces, Lieutenant General William Agyapong, the Lagos State ' +
      'Commissioner for Commerce, Mrs. Folashade Ambrose, The Ashanti Regional Minister, Dr. Frank Amoakohene, and Rio Grande do Sul State Governor ' +
      'Eduardo Leite. The Regional Minister of Industry, Vicente Almela Ferrer, spoke. Minister Ivan Petrov State Secretary came.';
    assert.deepEqual(rolesOf(body), [
      ['William Agyapong', 'Chief of the Defence Staff of the Ghana Armed Forces'],
      ['Folashade Ambrose', 'Lagos State Commissioner for Commerce'],
      ['Frank Amoakohene', 'Ashanti Regional Minister'],
      ['Eduardo Leite', 'Rio Grande do Sul State Governor'],
      ['Vicente Almela Ferrer', 'Regional Minister of Industry'],
      ['Ivan Petrov', 'Minister'],
    ]);
  });

  it('reads an office whose complement ends in an unknown place of two words, or in a company after lower-case words', () => {
    const body =
      'Talks held\nHe met the Governor of the State of Minas Gerais, Ricardo Teixeira dos Santos, the Mayor of Belo Horizonte, Ana Paula ' +
      'Gonçalves, and the Executive Vice President of the state-owned copper company Codelco, Rodrigo Araya Fuentealba. It included ' +
      'representatives of Linde Engineering and the family-owned company Brandt Kühltechnik.';
    assert.deepEqual(rolesOf(body), [
      ['Ricardo Teixeira dos Santos', 'Governor of the State of Minas Gerais'],
      ['Ana Paula Gonçalves', 'Mayor of Belo Horizonte'],
      ['Rodrigo Araya Fuentealba', 'Executive Vice President of the state-owned copper company Codelco'],
    ]);
  });

  it('reads the office one is appointed to after an apposition that gives none, an appointing verb\'s object after including, and Malay forms of address', () => {
    const body =
      'Talks held\nMr. Rodrigo Teixeira Lopes, a well-known entrepreneur, has been appointed Honorary Consul in Porto Alegre. Aidar Ryskulov, 44, ' +
      'has been appointed Chairman of the Committee. He met Ivan Petrov, Anna Berg, who was appointed Minister of Energy. The President appointed ' +
      '12 ambassadors, including Hermono as Ambassador to Malaysia and Dian Triansyah Djani as Permanent Representative to the United Nations. ' +
      'Sabah Chief Minister Datuk Seri Panglima Hajiji Noor met Tan Sri Abang Johari Tun Openg.';
    assert.deepEqual(rolesOf(body), [
      ['Rodrigo Teixeira Lopes', 'Honorary Consul in Porto Alegre'],
      ['Aidar Ryskulov', 'Chairman of the Committee'],
      ['Ivan Petrov', null],
      ['Anna Berg', 'Minister of Energy'],
      ['Dian Triansyah Djani', 'Permanent Representative to the United Nations'],
      ['Hajiji Noor', 'Sabah Chief Minister'],
      ['Abang Johari Tun Openg', null],
    ]);
  });

  it('reads no person in a list of companies opened after lower-case words, and skips an accreditation to a state written in three words', () => {
    const body =
      'Talks held\nThey met 14 German companies working in energy, machinery and logistics, including Siemens Energy, CLAAS and Fresenius Kabi. ' +
      'The Ambassador of the Kyrgyz Republic to Brazil, concurrently accredited to the Argentine Republic and the Oriental Republic of Uruguay, ' +
      'Bakyt Dzhusupbekov, arrived.';
    assert.deepEqual(rolesOf(body), [['Bakyt Dzhusupbekov', 'Ambassador of the Kyrgyz Republic to Brazil']]);
  });

  it('reads no office of a person after together with, a lower-case body and what it works on, and municipal before a lower-case title', () => {
    const body =
      'Talks held\nDeputy Prime Ministers Nguyen Hoa Binh and Ho Duc Phoc, together with Minister of Finance Nguyen Van Thang, attended. ' +
      'Tahir Mirkishili, head of the Azerbaijan-Kazakhstan working group on inter-parliamentary relations, and Ivan Orlov, head of the Kazakh team, ' +
      'spoke. The municipal chairman Nguyen Van Duoc came.';
    assert.deepEqual(rolesOf(body), [
      ['Nguyen Hoa Binh', 'Deputy Prime Ministers'],
      ['Ho Duc Phoc', 'Deputy Prime Ministers'],
      ['Nguyen Van Thang', 'Minister of Finance'],
      ['Tahir Mirkishili', 'head of the Azerbaijan-Kazakhstan working group on inter-parliamentary relations'],
      ['Ivan Orlov', 'head of the Kazakh team'],
      ['Nguyen Van Duoc', 'municipal chairman'],
    ]);
  });

  it('reads Gov. after a state, a lower-case body\'s possessive and a parliamentary majority in an apposition, and no person in an event\'s name', () => {
    const body =
      'Talks held\nOklahoma Gov. Kevin Stitt met Ebrahim Azizi, chairman of the parliament’s National Security Committee, and Mamuka Mdinaradze, ' +
      'leader of the Georgian Dream parliamentary majority. He attended the Astana Art Fest and the Milano Cortina 2026 Paralympic Winter Games.';
    assert.deepEqual(rolesOf(body), [
      ['Kevin Stitt', 'Oklahoma Gov.'],
      ['Ebrahim Azizi', 'chairman of the parliament’s National Security Committee'],
      ['Mamuka Mdinaradze', 'leader of the Georgian Dream parliamentary majority'],
    ]);
  });

  it('reads approved as, its before an office one is elected to, an organisation before a title in an apposition, vice-rector, a hyphenated museum, and Arabic particles in capitals', () => {
    const body =
      'EMIR OF QATAR SHEIKH TAMIM BIN HAMAD AL THANI RECEIVES MESSAGE\nBakhodir Zaripov was approved as khokim of Bukhara region. The Academy ' +
      're-elected academician Murat Zhurinov as its President. He met with Tatiana Proskuryakova, World Bank Regional Director for Central Asia, ' +
      'the Director of the Zhidebay-Borili memorial reserve-museum Dariga Mussina and Ainur Sadykova, vice-rector of the university. ' +
      'Emir Tamim bin Hamad Al Thani thanked them.';
    assert.deepEqual(rolesOf(body), [
      ['TAMIM BIN HAMAD AL THANI', 'EMIR OF QATAR'],
      ['Bakhodir Zaripov', 'khokim of Bukhara region'],
      ['Murat Zhurinov', 'President'],
      ['Tatiana Proskuryakova', 'World Bank Regional Director for Central Asia'],
      ['Dariga Mussina', 'Director of the Zhidebay-Borili memorial reserve-museum'],
      ['Ainur Sadykova', 'vice-rector of the university'],
      ['Tamim bin Hamad Al Thani', 'Emir'],
    ]);
  });

  it('reads a body within a body and a nationality\'s noun closing an apposition, local offices in lower case, and no person before Co.', () => {
    const body =
      'Talks held\nAizada Temirbek kyzy, head of the external relations department of the regional administration, and Ivan Orlov, head of the ' +
      'department of Kazakh culture, spoke. The maslikhat secretary Tatyana Kovalenko, district akim Kanat Sadvakasov, managing director of ' +
      'Windkraft Nord GmbH Thomas Becker and Unification Minister Chung Dong-young came. The region Governor Anna Berg and Xinjiang Tianrun ' +
      'Agriculture Co. signed it; the Erdenet and Oyu Tolgoi deposits grew.';
    assert.deepEqual(rolesOf(body), [
      ['Aizada Temirbek kyzy', 'head of the external relations department of the regional administration'],
      ['Ivan Orlov', 'head of the department of Kazakh culture'],
      ['Tatyana Kovalenko', 'maslikhat secretary'],
      ['Kanat Sadvakasov', 'district akim'],
      ['Thomas Becker', 'managing director of Windkraft Nord GmbH'],
      ['Chung Dong-young', 'Unification Minister'],
      ['Anna Berg', 'Governor'],
    ]);
  });

  it('reads the Vietnamese To after an organisation\'s word closing an office and opening a sentence, not in a body\'s name', () => {
    const body =
      'Talks held\nGeneral Secretary of the Communist Party of Viet Nam Central Committee To Lam received them. To Lam said so. ' +
      'To Ivan Petrov, he wrote. The Committee To Protect Journalists said.';
    assert.deepEqual(rolesOf(body), [
      ['To Lam', 'General Secretary of the Communist Party of Viet Nam Central Committee'],
      ['To Lam', null],
      ['Ivan Petrov', null],
    ]);
  });

  it('reads no person in a residence or an arts museum\'s name', () => {
    const body = 'Talks held\nThey met at the Yntymak Ordo state residence and at the Kyrgyz National Museum of Fine Arts, then at Yntymak Ordo.';
    assert.deepEqual(rolesOf(body), []);
  });

  it('reads a civil Director General as no rank after an office, Al Said as a family name, and no person in a palácio or a headline\'s events', () => {
    const body =
      'Dialogue Events Held\nChairman of the Agency for Atomic Energy Yerzhan Mukashev and Rosatom Deputy Director General Sergei Volkov met. ' +
      'He met H.E. Ambassador of the Sultanate of Oman Sayyid Faisal bin Turki Al Said at the Palácio do Planalto.';
    assert.deepEqual(rolesOf(body), [
      ['Yerzhan Mukashev', 'Chairman of the Agency for Atomic Energy'],
      ['Sergei Volkov', 'Rosatom Deputy Director General'],
      ['Faisal bin Turki Al Said', 'Ambassador of the Sultanate of Oman'],
    ]);
  });

  it('keeps an abbreviated legal form and its full stop in an apposition\'s office, not a sentence\'s full stop', () => {
    const body =
      'Talks held\nHe met Wang Jianmin, Vice President of China State Railway Group Co., Ltd., the press service said. He met Ivan Petrov, ' +
      'CEO of Halyk Bank JSC. Later he met Ivan Orlov, CEO of Orlov Co. Later he left.';
    assert.deepEqual(rolesOf(body), [
      ['Wang Jianmin', 'Vice President of China State Railway Group Co., Ltd.'],
      ['Ivan Petrov', 'CEO of Halyk Bank JSC'],
      ['Ivan Orlov', 'CEO of Orlov Co'],
    ]);
  });

  it('reads Public as a title\'s qualifier and Defender as a title', () => {
    const body =
      'Talks held\nThe Public Defender of Georgia Levan Ioseliani and Deputy Chief Public Prosecutor of the Court of Cassation Hasan Yılmaz spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Levan Ioseliani', 'Public Defender of Georgia'],
      ['Hasan Yılmaz', 'Deputy Chief Public Prosecutor of the Court of Cassation'],
    ]);
  });

  it('reads a venue, a sports rank, an organisation opened by World, and a headline\'s Taking Office as', () => {
    const body =
      'Head of State Congratulates António José Seguro on Taking Office as President of Portugal\nThe final is at the Nagoya Dome. ' +
      'The team included Master of Sports of International Class Kairat Abdullayev. It was announced by World Boxing President Pieter van den Berg. ' +
      'The UNESCO Representative List of the Intangible Cultural Heritage of Humanity grew.';
    assert.deepEqual(rolesOf(body), [
      ['António José Seguro', 'President of Portugal'],
      ['Kairat Abdullayev', 'Master of Sports of International Class'],
      ['Pieter van den Berg', 'World Boxing President'],
    ]);
  });

  it('reads a portfolio after a minister\'s of, lower-case fields before a title, and relations a body is for', () => {
    const body =
      'Talks held\nAidarbek Saparov, the minister of agriculture, spoke. Yerlan Kadyrov, the vice minister of water resources and irrigation, ' +
      'spoke. Aidar Nurov, the minister of agriculture said that it was fine. He met Estonian digital policy adviser Anna Piperal and ' +
      'deputy akim of the region for industry Yerbol Tasbolatov. It was led by Chair of the Delegation for relations with Central Asia Urmas Paet.';
    assert.deepEqual(rolesOf(body), [
      ['Aidarbek Saparov', 'minister of agriculture'],
      ['Yerlan Kadyrov', 'vice minister of water resources and irrigation'],
      ['Aidar Nurov', 'minister'],
      ['Anna Piperal', 'Estonian digital policy adviser'],
      ['Yerbol Tasbolatov', 'deputy akim of the region for industry'],
      ['Urmas Paet', 'Chair of the Delegation for relations with Central Asia'],
    ]);
  });

  it('joins a further office with lower-case qualifiers after and, and an office before a ruler\'s rank across a comma', () => {
    const body =
      'Talks held\nMagzhan Ilyassov, Ambassador of Kazakhstan to the United States and non-resident Ambassador to Saint Lucia, spoke. ' +
      'He congratulated the Custodian of the Two Holy Mosques, King of Saudi Arabia Salman bin Abdulaziz Al Saud. ' +
      'He met the Minister of Defence of Saudi Arabia, Prince Khalid bin Salman.';
    assert.deepEqual(rolesOf(body), [
      ['Magzhan Ilyassov', 'Ambassador of Kazakhstan to the United States and non-resident Ambassador to Saint Lucia'],
      ['Salman bin Abdulaziz Al Saud', 'Custodian of the Two Holy Mosques, King of Saudi Arabia'],
      ['Khalid bin Salman', 'Minister of Defence of Saudi Arabia'],
    ]);
  });

  it('reads a faction closing an office, a chamber\'s deputy as a style, a doctor of a hospital, a plural\'s possessive and a city before a name', () => {
    const body =
      'Talks held\nLeader of the Aq Zhol faction Daniyar Shaimerdenov spoke. Member of the People\'s Party of Kazakhstan faction Magerram Magerramov asked. ' +
      'Chairman of the Kazakhstan–Japan Interparliamentary Friendship Group, Mazhilis deputy Berik Dyusembinov met them. ' +
      'The Order went to Honoured Coach Sergei Volkov and Saule Nurpeisova, a doctor of the Almaty regional hospital. ' +
      'Chairman of the Writers\' Union of Kazakhstan Mereke Kulkenov came with the steelworker of Temirtau Yerkin Zhakupov. ' +
      'The heads of the railway administrations of Kazakhstan, Azerbaijan and Georgia, Yerlan Baimukhanov, Elchin Mammadli and Giorgi Kapanadze, signed.';
    const heads = 'heads of the railway administrations of Kazakhstan, Azerbaijan and Georgia';
    assert.deepEqual(rolesOf(body), [
      ['Daniyar Shaimerdenov', 'Leader of the Aq Zhol faction'],
      ['Magerram Magerramov', 'Member of the People\'s Party of Kazakhstan faction'],
      ['Berik Dyusembinov', 'Chairman of the Kazakhstan–Japan Interparliamentary Friendship Group'],
      ['Sergei Volkov', 'Honoured Coach'],
      ['Saule Nurpeisova', 'doctor of the Almaty regional hospital'],
      ['Mereke Kulkenov', 'Chairman of the Writers\' Union of Kazakhstan'],
      ['Yerkin Zhakupov', 'steelworker of Temirtau'],
      ['Yerlan Baimukhanov', heads], ['Elchin Mammadli', heads], ['Giorgi Kapanadze', heads],
    ]);
  });

  it('gives each object of an appointment\'s noun its office after as, and reads in charge of after an office', () => {
    const body =
      'Talks held\nHe signed decrees on the appointment of Askar Zhumagulov as Ambassador to the Republic of Austria, Saule Tokhtarova as ' +
      'Ambassador to the State of Qatar and Meirzhan Dzhaksybekov as Ambassador to Brazil. He met Member of the Board (Minister) in charge of ' +
      'Trade of the Eurasian Economic Commission Andrey Slepnev.';
    assert.deepEqual(rolesOf(body), [
      ['Askar Zhumagulov', 'Ambassador to the Republic of Austria'],
      ['Saule Tokhtarova', 'Ambassador to the State of Qatar'],
      ['Meirzhan Dzhaksybekov', 'Ambassador to Brazil'],
      ['Andrey Slepnev', 'Member of the Board (Minister) in charge of Trade of the Eurasian Economic Commission'],
    ]);
  });

  it('leaves a rank across a comma out of an office closed by an acronym or a long organisation name, and reads a portfolio\'s state', () => {
    const body =
      'Talks held\nHe met Chief of the Joint Staff of the CSTO, Colonel General Andrey Serdyukov. It was said by Umid Shadiev, the first ' +
      'deputy minister of tourism of Uzbekistan. Aidar Saparov, the minister of agriculture of the Republic of Kazakhstan, spoke. According to ' +
      'Talgat Nurmagambetov, director of the regional water resources department, it was done. The governor of Bayan-Ölgii aimag Khanat ' +
      'Bolatkhan came. The first section of the Almaty Light Rail Transit opened.';
    assert.deepEqual(rolesOf(body), [
      ['Andrey Serdyukov', 'Chief of the Joint Staff of the CSTO'],
      ['Umid Shadiev', 'first deputy minister of tourism of Uzbekistan'],
      ['Aidar Saparov', 'minister of agriculture of the Republic of Kazakhstan'],
      ['Talgat Nurmagambetov', 'director of the regional water resources department'],
      ['Khanat Bolatkhan', 'governor of Bayan-Ölgii aimag'],
    ]);
  });

  it('reads another spelling of a name after in or at as a place', () => {
    const body = 'Talks held\nMinister Wolfram Weimer opened the days, held in Berlin and Weimar from 3 to 5 April. Weimer spoke.';
    assert.deepEqual(rolesOf(body), [['Wolfram Weimer', 'Minister'], ['Weimer', null]]);
  });

  it('keeps legal forms closing an office, a place before a title with its portfolio, a Catalan i and an occupation before a given name', () => {
    const body =
      'Talks held\nHe met Vice President of Silk Road Logistics Co., Ltd. Zhao Meng and Sir James Whitfield, Chief Executive of Thames Water ' +
      'Engineering plc. He met the CEO of Samsung Ltd. Later Ivan Petrov came. He met Oklahoma Secretary of Commerce Dana Pruitt. On March 17 in ' +
      'Jeddah Minister of Foreign Affairs Jasur Normatov spoke. President of the Parliament of Catalonia Jordi Puigvert i Serra came. ' +
      'The concert featured Italian soprano Georgia Rinaldi. It was said by Rustam Zhumabekov, senior analyst at the Institute for Strategic ' +
      'Studies under the President of the Republic of Kazakhstan, and Aigerim Dauletova, a researcher at the Institute of Philosophy, ' +
      'Political Science and Religious Studies.';
    assert.deepEqual(rolesOf(body), [
      ['Zhao Meng', 'Vice President of Silk Road Logistics Co., Ltd.'],
      ['James Whitfield', 'Chief Executive of Thames Water Engineering plc'],
      ['Ivan Petrov', null],
      ['Dana Pruitt', 'Oklahoma Secretary of Commerce'],
      ['Jasur Normatov', 'Minister of Foreign Affairs'],
      ['Jordi Puigvert i Serra', 'President of the Parliament of Catalonia'],
      ['Georgia Rinaldi', null],
      ['Rustam Zhumabekov', 'senior analyst at the Institute for Strategic Studies under the President of the Republic of Kazakhstan'],
      ['Aigerim Dauletova', 'researcher at the Institute of Philosophy, Political Science and Religious Studies'],
    ]);
  });

  it('reads a lower-case body\'s head before a name with what the body is for, an occupation opening a sentence, and companies after a nationality', () => {
    const body =
      'Talks held\nHe met the deputy akim of the region for industry and investment Timur Kaliyev, head of the city department of housing and ' +
      'communal services Yerzhan Baimakhanov and the head of the regional department of construction, architecture and urban planning Saltanat ' +
      'Yesimova. Rescuer Daniyar Abishev of the Semey rescue unit came. A consortium of the Turkish company Kolin İnşaat builds it. ' +
      'He visited the Kerepesi Cemetery.';
    assert.deepEqual(rolesOf(body), [
      ['Timur Kaliyev', 'deputy akim of the region for industry and investment'],
      ['Yerzhan Baimakhanov', 'head of the city department of housing and communal services'],
      ['Saltanat Yesimova', 'head of the regional department of construction, architecture and urban planning'],
      ['Daniyar Abishev', null],
    ]);
  });

  it('joins offices across a bracketed acronym and a comma, and reads a company named in an apposition as no person anywhere', () => {
    const body =
      'Talks held\nHe received the Executive Director of the United Nations Population Fund (UNFPA), Under-Secretary-General of the United ' +
      'Nations Diene Keita. Jean-Luc Moreau, President of the French company Lumière Énergies, said so, while Lumière Énergies builds a plant. ' +
      'He met General Manager of the company Zhang Hui.';
    assert.deepEqual(rolesOf(body), [
      ['Diene Keita', 'Executive Director of the United Nations Population Fund (UNFPA), Under-Secretary-General of the United Nations'],
      ['Jean-Luc Moreau', 'President of the French company Lumière Énergies'],
      ['Zhang Hui', 'General Manager of the company'],
    ]);
  });

  it('reads an Indian Das closing a name, a team and unarticled institutions in offices, and no office back across another\'s full name', () => {
    const body =
      'Talks held\nThe Ambassador of India, Shri Gourangalal Das, hosted it. He met the head coach of the national freestyle team Marat ' +
      'Zhaksylykov. Directors of employment centres of Aktobe and Atyrau regions, Askhat Zhanbyrbayev and Lyazzat Utegenova, spoke. He awarded ' +
      'the chief agronomist of the Akmola Zher agricultural company Amangeldy Kassymov and the steelworker of the Qarmet plant in Temirtau Viktor Schneider.';
    const directors = 'Directors of employment centres of Aktobe and Atyrau regions';
    assert.deepEqual(rolesOf(body), [
      ['Gourangalal Das', 'Ambassador of India'],
      ['Marat Zhaksylykov', 'head coach of the national freestyle team'],
      ['Askhat Zhanbyrbayev', directors], ['Lyazzat Utegenova', directors],
      ['Amangeldy Kassymov', 'chief agronomist of the Akmola Zher agricultural company'],
      ['Viktor Schneider', 'steelworker of the Qarmet plant in Temirtau'],
    ]);
  });

  it('reads the office one will take or takes, and a name opened by a lower-case letter and a hyphen in a complement', () => {
    const body =
      'Talks held\nJosé Antonio Kast will take office as President of Chile. Anna Berg takes office as Minister of Finance today. ' +
      'He met Director of the e-Governance Academy Tarmo Vaher.';
    assert.deepEqual(rolesOf(body), [
      ['José Antonio Kast', 'President of Chile'],
      ['Anna Berg', 'Minister of Finance'],
      ['Tarmo Vaher', 'Director of the e-Governance Academy'],
    ]);
  });

  it('reads an office after `who is` as an apposition, and no office in any other relative clause', () => {
    const body =
      'Talks held\nTalgat Yermekov, who is also Deputy Minister of Energy, attended. Aibek Nurlanov, who is the Chairman of the ' +
      'Agency for Strategic Planning, spoke. Erlan Karin, who is currently State Counsellor, spoke. Sergey Lavrov, who is on a visit ' +
      'to Astana, met Anna Berg. Askar Umarov, who met Minister of Energy Almasadam Satkaliyev, left.';
    assert.deepEqual(rolesOf(body), [
      ['Talgat Yermekov', 'Deputy Minister of Energy'],
      ['Aibek Nurlanov', 'Chairman of the Agency for Strategic Planning'],
      ['Erlan Karin', 'State Counsellor'],
      ['Sergey Lavrov', null], ['Anna Berg', null],
      ['Askar Umarov', null], ['Almasadam Satkaliyev', 'Minister of Energy'],
    ]);
  });

  it('reads a plural office of several nationalities, portfolios of transport and logistics, lawmakers, a possessive\'s object and a charge\'s portfolio', () => {
    const body =
      'Talks held\nHe met the Brazilian and Indian sherpas, Eduardo Paes Leme and Anand Rao. The Kazakh, Kyrgyz and Uzbek foreign ministers ' +
      'Murat Nurtleu, Zheenbek Kulubaev and Bakhtiyor Saidov met Transport and Logistics Minister Dawit Bekele and lawmakers Irina Veselova ' +
      'and Oleg Tsvetkov. He said so, said Lü Jianhua, director of the GAC\'s statistics and analysis department. Merdan Gurbanov, deputy ' +
      'chairman of the Cabinet of Ministers of Turkmenistan in charge of the oil and gas industry, spoke.';
    const sherpas = 'Brazilian and Indian sherpas';
    const ministers = 'Kazakh, Kyrgyz and Uzbek foreign ministers';
    assert.deepEqual(rolesOf(body), [
      ['Eduardo Paes Leme', sherpas], ['Anand Rao', sherpas],
      ['Murat Nurtleu', ministers], ['Zheenbek Kulubaev', ministers], ['Bakhtiyor Saidov', ministers],
      ['Dawit Bekele', 'Transport and Logistics Minister'],
      ['Irina Veselova', 'lawmakers'], ['Oleg Tsvetkov', 'lawmakers'],
      ['Lü Jianhua', 'director of the GAC\'s statistics and analysis department'],
      ['Merdan Gurbanov', 'deputy chairman of the Cabinet of Ministers of Turkmenistan in charge of the oil and gas industry'],
    ]);
  });

  it('reads a father\'s name Sultan after bin, and no person in a numbered plant, after near, or in a Malay university\'s name', () => {
    const body =
      'Talks held\nSaudi Energy Minister Prince Fahd bin Sultan came. They signed a deal on the Ninh Thuan 1 nuclear power plant and ' +
      'discussed activities near Ren\'ai Jiao. Musicians from Universiti Teknologi MARA played.';
    assert.deepEqual(rolesOf(body), [['Fahd bin Sultan', 'Saudi Energy Minister']]);
  });

  it('reads a company before an office holding a leader\'s title, a bank before its country, a bracketed acronym before a spokesperson and Xinhua\'s provinces', () => {
    const body =
      'Talks held\nRosatom First Deputy Director General Kirill Zhuravlev and Gazprom Kyrgyzstan Director General Dmitry Lyakhov met ' +
      'Bank Indonesia Governor Adi Prasetyo Wibowo. Ministry of Commerce (MOFCOM) spokesperson He Jiawen spoke. Liu Jianhua, governor of ' +
      'central China\'s Hunan Province, and Nong Guoming, chairman of the government of south China\'s Guangxi Zhuang Autonomous Region, came.';
    assert.deepEqual(rolesOf(body), [
      ['Kirill Zhuravlev', 'Rosatom First Deputy Director General'],
      ['Dmitry Lyakhov', 'Gazprom Kyrgyzstan Director General'],
      ['Adi Prasetyo Wibowo', 'Bank Indonesia Governor'],
      ['He Jiawen', 'Ministry of Commerce (MOFCOM) spokesperson'],
      ['Liu Jianhua', 'governor of central China\'s Hunan Province'],
      ['Nong Guoming', 'chairman of the government of south China\'s Guangxi Zhuang Autonomous Region'],
    ]);
  });

  it('reads an office held for the next person (and the next person\'s as what it serves), a capitalised title opening a sentence before a lower-case object, a department\'s field and two offices before an acronym', () => {
    const body =
      'Talks held\nMulugeta Tesfaye, special envoy of Ethiopian Prime Minister Abiy Ahmed, came. Anna Berg, adviser to the President ' +
      'Kassym-Jomart Tokayev, spoke. He met Vassily Nebenzia, Deputy Permanent Representative of the United States Dorothy Shea. Vice-rector for research Dina Abdrakhmanova ' +
      'said so. Director of the farm Bolat Ismailov spoke. Lyazzat Bekenova, head of the department of hydrological forecasting, added. ' +
      'He received Assistant Secretary-General of the United Nations, UNDP Regional Director for Europe and Central Asia Ivana Kovacevic.';
    assert.deepEqual(rolesOf(body), [
      ['Mulugeta Tesfaye', 'special envoy of Ethiopian Prime Minister'], ['Abiy Ahmed', 'Ethiopian Prime Minister'],
      ['Anna Berg', 'adviser to the President'], ['Kassym-Jomart Tokayev', 'President'],
      ['Vassily Nebenzia', null], ['Dorothy Shea', 'Deputy Permanent Representative of the United States'],
      ['Dina Abdrakhmanova', 'Vice-rector for research'],
      ['Bolat Ismailov', 'Director of the farm'],
      ['Lyazzat Bekenova', 'head of the department of hydrological forecasting'],
      ['Ivana Kovacevic', 'Assistant Secretary-General of the United Nations, UNDP Regional Director for Europe and Central Asia'],
    ]);
  });

  it('reads a capitalised He inside a sentence before lower-case words as a surname, and no pronoun', () => {
    const body =
      'Talks held\nMinistry of Commerce spokesperson He Jiawen spoke. Asked about the expo, He told reporters that trade grew. ' +
      'He said so, and he left.';
    assert.deepEqual(rolesOf(body), [['He Jiawen', 'Ministry of Commerce spokesperson'], ['He', null]]);
  });

  it('reads Arabic given names before bin and after a title before Al, legal forms closing a company before a full name, a style after a committee\'s portfolio', () => {
    const body =
      'Talks held\nSaudi Foreign Minister Prince Bandar bin Mishaal Al Saud met Omani Foreign Minister Said Al Busaidi. Anadolu Tekstil ' +
      'Sanayi A.Ş. will build a plant. Senior Vice President of Veronelle Énergies S.A. Philippe Garnier-Duval and Managing Director of ' +
      'Sunveda Pharma Pvt. Ltd. Rajesh Kumar Menon signed. It was led by Chairman of the Senate Standing Committee on Foreign Affairs ' +
      'Senator Farhat Ali Qureshi.';
    assert.deepEqual(rolesOf(body), [
      ['Bandar bin Mishaal Al Saud', 'Saudi Foreign Minister'],
      ['Said Al Busaidi', 'Omani Foreign Minister'],
      ['Philippe Garnier-Duval', 'Senior Vice President of Veronelle Énergies S.A.'],
      ['Rajesh Kumar Menon', 'Managing Director of Sunveda Pharma Pvt. Ltd.'],
      ['Farhat Ali Qureshi', 'Chairman of the Senate Standing Committee on Foreign Affairs'],
    ]);
  });

  it('reads an occupation with an institution, and a body\'s lower-case gloss in brackets inside an office', () => {
    const body =
      'Talks held\nDong Yuan, a researcher with the Chinese Academy of Social Sciences, said so. Deputy Chairperson of the Mejlis ' +
      '(parliament) of Turkmenistan Ogulnabat Hojamova and Speaker of the Mazhilis (lower house) Yerlan Koshanov met.';
    assert.deepEqual(rolesOf(body), [
      ['Dong Yuan', 'researcher with the Chinese Academy of Social Sciences'],
      ['Ogulnabat Hojamova', 'Deputy Chairperson of the Mejlis (parliament) of Turkmenistan'],
      ['Yerlan Koshanov', 'Speaker of the Mazhilis (lower house)'],
    ]);
  });

  it('reads a run before a qualifier, and, and words closed by an organisation\'s word as that organisation\'s name, but not across a headline\'s verb', () => {
    const body = 'Talks held\nHe visited the China-Egypt TEDA Suez Economic and Trade Cooperation Zone with Anna Berg.';
    assert.deepEqual(rolesOf(body), [['Anna Berg', null]]);
    const headline = 'Olzhas Bektenov and Li Qiang Discuss Energy and Transit Projects\nPrime Minister Olzhas Bektenov met Premier Li Qiang.';
    assert.deepEqual(rolesOf(headline).map(([name]) => name), ['Olzhas Bektenov', 'Li Qiang', 'Olzhas Bektenov', 'Li Qiang']);
  });

  it('reads lower-case permanent representatives, sworn in as, spokespeople, a spokesman\'s two fields, a chamber before its Speaker and an opposition leader', () => {
    const body =
      'Talks held\nLi Yanmin, China\'s permanent representative to the United Nations, and Tang Mingyu, China\'s deputy permanent ' +
      'representative to the UN, spoke. Helen Ashcroft-Blyth, the British permanent representative, agreed. Ignacio Valdes Errazuriz ' +
      'was sworn in as president of Chile. Commission spokespeople Arianne Coulon and Stefano Marchetti and Commission spokesman for ' +
      'economic affairs Jonas Verhaegen met Czech Chamber of Deputies Speaker Karel Novotny and Deputy Librarian of Congress Mark Ellison. ' +
      'Opposition leader Michal Simko said so.';
    assert.deepEqual(rolesOf(body), [
      ['Li Yanmin', 'China\'s permanent representative to the United Nations'],
      ['Tang Mingyu', 'China\'s deputy permanent representative to the UN'],
      ['Helen Ashcroft-Blyth', 'British permanent representative'],
      ['Ignacio Valdes Errazuriz', 'president of Chile'],
      ['Arianne Coulon', 'Commission spokespeople'], ['Stefano Marchetti', 'Commission spokespeople'],
      ['Jonas Verhaegen', 'Commission spokesman for economic affairs'],
      ['Karel Novotny', 'Czech Chamber of Deputies Speaker'],
      ['Mark Ellison', 'Deputy Librarian of Congress'],
      ['Michal Simko', 'Opposition leader'],
    ]);
  });

  it('reads a delegation to a body, a nationality with a style after a comma, a lower-case object closed by a comma before a style, and a demonym after a comma', () => {
    const body =
      'Talks held\nHe met the head of the Swiss delegation to PACE, Andreas Huber, and the Assembly\'s Special Representative for ' +
      'Central Asia, Greek MP Nikolaos Vlachos, with Iranian Ambassador Alireza Haghighian. He met the Chairman of the Board of Trustees ' +
      'of the institute, Professor Oyungerel Ganbaatar. Her coach, Spaniard Alejandro Ruiz Campos, said so.';
    assert.deepEqual(rolesOf(body), [
      ['Andreas Huber', 'head of the Swiss delegation to PACE'],
      ['Nikolaos Vlachos', 'Assembly\'s Special Representative for Central Asia'],
      ['Alireza Haghighian', 'Iranian Ambassador'],
      ['Oyungerel Ganbaatar', 'Chairman of the Board of Trustees of the institute'],
      ['Alejandro Ruiz Campos', 'coach'],
    ]);
  });

  it('reads a form of address closing two name words as a surname, and no person in a mausoleum, a newspaper, Gazprom Neft, a headline\'s company or after a position', () => {
    const body =
      'Austrian Company Steinhauser Industrie Signs Deal\nHe met Dr. Mahmoud Abdel-Rahman Sayed. They restored the mausoleum of Aisha ' +
      'Bibi. He told the Magyar Nemzet newspaper about Gazprom Neft. Forward Karim El-Sayed scored.';
    assert.deepEqual(rolesOf(body), [['Mahmoud Abdel-Rahman Sayed', null], ['Karim El-Sayed', null]]);
  });

  it('reads East African particles inside names', () => {
    const body = 'Talks held\nHe met Kenyan Prime Cabinet Secretary Joseph ole Sankale. He read Ngugi wa Thiong\'o and met Daniel arap Moi.';
    assert.deepEqual(rolesOf(body), [['Joseph ole Sankale', 'Kenyan Prime Cabinet Secretary'], ['Ngugi wa Thiong\'o', null], ['Daniel arap Moi', null]]);
  });

  it('reads a chief\'s post, worked as, a relative clause after an opening phrase\'s name, congressional styles and bodies', () => {
    const body =
      'Talks held\nIt rose, according to NBS chief statistician Yan Shufen. The party chief said Anna Berg left. S. Kuanyshbayeva ' +
      'previously worked as Deputy Chairperson of the Committee for Trade Regulation. By the Decree of the Head of State, Marat ' +
      'Sultanbekov, who has served as Vice Minister of Foreign Affairs, has been appointed Ambassador to China. It was led by ' +
      'Congressman Thomas R. Beckett, Chairman of the House Foreign Affairs Subcommittee on Europe. He met the President of the ' +
      'Friendship Group of the Congress of Peru, Congresswoman Rosa Quispe Mamani.';
    assert.deepEqual(rolesOf(body), [
      ['Yan Shufen', 'NBS chief statistician'], ['Anna Berg', null],
      ['S. Kuanyshbayeva', 'Deputy Chairperson of the Committee for Trade Regulation'],
      ['Marat Sultanbekov', 'Vice Minister of Foreign Affairs'],
      ['Thomas R. Beckett', 'Chairman of the House Foreign Affairs Subcommittee on Europe'],
      ['Rosa Quispe Mamani', 'President of the Friendship Group of the Congress of Peru'],
    ]);
  });

  it('reads no person in a place its article writes before a province\'s unit, an award, or a city opened by San', () => {
    const body =
      'Talks held\nHe met the secretary of the Quang Ninh Provincial Party Committee Nguyen Xuan Ky. Guangdong and Quang Ninh should ' +
      'cooperate. He was awarded the Order of Yeren Yenbegi. He met José Luis Ugarte; a seminar follows in San Jose.';
    assert.deepEqual(rolesOf(body), [
      ['Nguyen Xuan Ky', 'secretary of the Quang Ninh Provincial Party Committee'], ['José Luis Ugarte', null],
    ]);
  });

  it('reads responsible for between an office and its portfolio, and a named region\'s unit before a deputy akim\'s portfolio', () => {
    const body =
      'Talks held\nHe met Deputy Minister of Foreign Affairs of Greece responsible for Economic Diplomacy Stavros Kalogeropoulos. ' +
      'Deputy akim of Pavlodar region for industry and investment Marat Iskakov spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Stavros Kalogeropoulos', 'Deputy Minister of Foreign Affairs of Greece responsible for Economic Diplomacy'],
      ['Marat Iskakov', 'Deputy akim of Pavlodar region for industry and investment'],
    ]);
  });

  it('reads an apposition\'s lower-case body of up to three words and the capitalised body it belongs to', () => {
    const body =
      'Talks held\nAidana Mukhametzhanova, director of the renewable energy department of the Kazakh Ministry of Energy, said so. ' +
      'Shokhrukh Ergashev, head of the regional department of the Ministry of Investment, spoke. Daniyar Omarov, chief executive ' +
      'officer of the national company Kazakhstan Airports Group, agreed.';
    assert.deepEqual(rolesOf(body), [
      ['Aidana Mukhametzhanova', 'director of the renewable energy department of the Kazakh Ministry of Energy'],
      ['Shokhrukh Ergashev', 'head of the regional department of the Ministry of Investment'],
      ['Daniyar Omarov', 'chief executive officer of the national company Kazakhstan Airports Group'],
    ]);
  });

  it('reads one lower-case word between two lower-case title words in an apposition as the title\'s own', () => {
    const body = 'Talks held\nHe met Kenji Moriyama, the chief cabinet secretary, and Agriculture Minister Yuko Harada.';
    assert.deepEqual(rolesOf(body), [['Kenji Moriyama', 'chief cabinet secretary'], ['Yuko Harada', 'Agriculture Minister']]);
  });

  it('reads the first of three name words after a state company\'s capitalised noun as the company\'s name', () => {
    const body =
      'Talks held\nDirector General of the State Corporation Rosatom Alexei Likhachev said so. Chairman of the State Concern ' +
      'Turkmengaz Maksat Babayev agreed. Chairman of the National Bank Timur Kairatovich Suleimenov spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Alexei Likhachev', 'Director General of the State Corporation Rosatom'],
      ['Maksat Babayev', 'Chairman of the State Concern Turkmengaz'],
      ['Timur Kairatovich Suleimenov', 'Chairman of the National Bank'],
    ]);
  });

  it('reads a plural title\'s lower-case body after the government, and a lower-case portfolio before the countries', () => {
    const body =
      'Talks held\nThe heads of the government delegations of Kyrgyzstan and Tajikistan, Kurbanbek Ormonbekov and Nematullo ' +
      'Khikmatzoda, signed it. Ministers of energy of Azerbaijan and Uzbekistan, Parviz Shahbazov and Jurabek Mirzamahmudov, met. ' +
      'The Minister of foreign affairs of Kyrgyzstan Zheenbek Kulubaev arrived.';
    const heads = 'heads of the government delegations of Kyrgyzstan and Tajikistan';
    const ministers = 'Ministers of energy of Azerbaijan and Uzbekistan';
    assert.deepEqual(rolesOf(body), [
      ['Kurbanbek Ormonbekov', heads], ['Nematullo Khikmatzoda', heads], ['Parviz Shahbazov', ministers],
      ['Jurabek Mirzamahmudov', ministers], ['Zheenbek Kulubaev', 'Minister of foreign affairs of Kyrgyzstan'],
    ]);
  });

  it('reads an apposition\'s title after a common noun\'s possessive, and a lower-case portfolio after for', () => {
    const body =
      'Talks held\nAbdulrahman Al-Rassi, the kingdom\'s deputy minister for multilateral international affairs, said so. ' +
      'Omar Said, the ministry\'s spokesman, agreed. Kim Min-jae, the project manager, and Akmaral Seitova, the group\'s friend, came.';
    assert.deepEqual(rolesOf(body), [
      ['Abdulrahman Al-Rassi', 'deputy minister for multilateral international affairs'],
      ['Omar Said', 'spokesman'],
      ['Kim Min-jae', 'project manager'],
      ['Akmaral Seitova', null],
    ]);
  });

  it('reads no apposition before a plural verb, a Romance company\'s words as no name, and Mwalimu as a form of address', () => {
    const body =
      'Talks held\nCyril Ramaphosa, Chinese FM discuss BRICS. It was built by Peru\'s Volcan Compania Minera. ' +
      'He praised Mwalimu Julius Nyerere and met Juan de los Santos.';
    assert.deepEqual(rolesOf(body), [['Cyril Ramaphosa', null], ['Julius Nyerere', null], ['Juan de los Santos', null]]);
  });

  it('reads an apposition\'s lower-case title after an organisation\'s name opening with an acronym', () => {
    const body = 'Talks held\nHe met Shen Xiaoming, CPC Hunan Provincial Committee secretary, in Changsha.';
    assert.deepEqual(rolesOf(body), [['Shen Xiaoming', 'CPC Hunan Provincial Committee secretary']]);
  });

  it('reads companies\' own-language words and a lower-case group as companies\', and a press service as no office', () => {
    const body =
      'Talks held\nHe met Michael J. Harrington, Chairman of the American company Westland Power Systems, Akorda\'s press ' +
      'service reports. Chairman of the Board of Akdeniz Tekstil Murat Yılmazer spoke. The Emirati company Al Noor ' +
      'Renewables signed it with Chief Executive Officer of Al Noor Renewables Khalid Saeed Al Mansoori. Fitch Ratings ' +
      'affirmed it. Jean-Philippe Moreau, Executive Vice President of the French group Terralis, came.';
    assert.deepEqual(rolesOf(body), [
      ['Michael J. Harrington', 'Chairman of the American company Westland Power Systems'],
      ['Murat Yılmazer', 'Chairman of the Board of Akdeniz Tekstil'],
      ['Khalid Saeed Al Mansoori', 'Chief Executive Officer of Al Noor Renewables'],
      ['Jean-Philippe Moreau', 'Executive Vice President of the French group Terralis'],
    ]);
  });

  it('reads lawmaker after an office as a style, a two-word region before a portfolio, and offices after a full name and and', () => {
    const body =
      'Talks held\nHe met Chairman of the Korea–Kazakhstan Parliamentary Friendship Association, lawmaker Choi Jae-won. ' +
      'Deputy akim of East Kazakhstan region for industry and investment Ruslan Abenov spoke. It was co-chaired by Russian ' +
      'Deputy Prime Minister Alexey Overchuk and Deputy Prime Minister, Minister of Foreign Affairs of Laos Thongsavanh ' +
      'Phomvihane. Li Hui, the Chinese government\'s special representative on Eurasian affairs, came.';
    assert.deepEqual(rolesOf(body), [
      ['Choi Jae-won', 'Chairman of the Korea–Kazakhstan Parliamentary Friendship Association'],
      ['Ruslan Abenov', 'Deputy akim of East Kazakhstan region for industry and investment'],
      ['Alexey Overchuk', 'Russian Deputy Prime Minister'],
      ['Thongsavanh Phomvihane', 'Deputy Prime Minister, Minister of Foreign Affairs of Laos'],
      ['Li Hui', 'special representative on Eurasian affairs'],
    ]);
  });

  it('reads a company of two words before a given name and a Slavic or Turkic surname, not a Spanish one', () => {
    const body =
      'Talks held\nDirector of the agricultural company Zhana Dala Amangeldy Kassymov spoke. Chairman of the Management Board ' +
      'of Tau-Ken Samruk Yerlan Abdirov agreed. Governor of the Province of Cebu Maria Lourdes Villanueva came. President of ' +
      'Codelco Rubén Alvarado Vigar and Chairman of Kazakhmys Yerlan Bakhytzhanuly Karin met.';
    assert.deepEqual(rolesOf(body), [
      ['Amangeldy Kassymov', 'Director of the agricultural company Zhana Dala'],
      ['Yerlan Abdirov', 'Chairman of the Management Board of Tau-Ken Samruk'],
      ['Maria Lourdes Villanueva', 'Governor of the Province of Cebu'],
      ['Rubén Alvarado Vigar', 'President of Codelco'],
      ['Yerlan Bakhytzhanuly Karin', 'Chairman of Kazakhmys'],
    ]);
  });

  it('reads each listed name\'s lower-case akim office, a unit\'s portfolio after for, and its in a complement', () => {
    const body =
      'Talks held\nIt was attended by Marat Dossanov, akim of Akmola region, Berik Zhylkybayev, the akim of Zhetysu region, ' +
      'and others. Bolat Zhakenov previously served as deputy akim of Karaganda region for industry and infrastructure. ' +
      'B. Zaripov served as first deputy khokim of the region for economic issues and, from 2021, headed a zone. He met Le Hoai ' +
      'Trung, secretary of the CPV Central Committee and head of its Commission for External Relations.';
    assert.deepEqual(rolesOf(body), [
      ['Marat Dossanov', 'akim of Akmola region'],
      ['Berik Zhylkybayev', 'akim of Zhetysu region'],
      ['Bolat Zhakenov', 'deputy akim of Karaganda region for industry and infrastructure'],
      ['B. Zaripov', 'first deputy khokim of the region'],
      ['Le Hoai Trung', 'secretary of the CPV Central Committee and head of its Commission for External Relations'],
    ]);
  });

  it('reads a plural lower-case title over a portfolio, grandmasters, a lone deputy as a style, and no office after a', () => {
    const body =
      'Talks held\nHe met the ministers of sport of Azerbaijan and Türkiye, Farid Gayibov and Osman Aşkın Bak. The team has ' +
      'grandmasters Rinat Zhumabekov and Alisher Suleimenov. He met the head of the Kyrgyzstan-Russia friendship group, deputy ' +
      'Dastan Bekeshev. Armenia will remain a full member of the Eurasian Economic Union (EAEU), Leonid Kalashnikov, chairman ' +
      'of the State Duma Committee on CIS Affairs, said. Dutch cyclist Jan de Vries won.';
    const ministers = 'ministers of sport of Azerbaijan and Türkiye';
    assert.deepEqual(rolesOf(body), [
      ['Farid Gayibov', ministers], ['Osman Aşkın Bak', ministers],
      ['Rinat Zhumabekov', 'grandmasters'], ['Alisher Suleimenov', 'grandmasters'],
      ['Dastan Bekeshev', 'head of the Kyrgyzstan-Russia friendship group'],
      ['Leonid Kalashnikov', 'chairman of the State Duma Committee on CIS Affairs'],
      ['Jan de Vries', null],
    ]);
  });

  it('reads no person in a border gate\'s name after and, nor in ASEAN Plus Three', () => {
    const body = 'Talks held\nThey met at the Youyiguan and Huu Nghi border gates before the ASEAN Plus Three Foreign Ministers\' Meeting.';
    assert.deepEqual(rolesOf(body), []);
  });

  it('reads a capitalised body\'s possessive lower-case object up to a further office after and', () => {
    const body =
      'Talks held\nLeonid Slutsky, head of the Duma\'s international affairs committee and leader of the Liberal Democratic ' +
      'Party of Russia (LDPR), said so. Grigory Karasin, chairman of the Federation Council\'s international affairs ' +
      'committee and Russia\'s former deputy foreign minister, agreed.';
    assert.deepEqual(rolesOf(body), [
      ['Leonid Slutsky', 'head of the Duma\'s international affairs committee'],
      ['Grigory Karasin', 'chairman of the Federation Council\'s international affairs committee'],
    ]);
  });

  it('reads an office through C&T, an ordinal inside a company, a title\'s possessive complement and a yearly office', () => {
    const body =
      'Talks held\nVice President of Samsung C&T Jung Hae-won said so. Li Wei, project manager of China Railway 20th Bureau ' +
      'Group Corp., agreed. He met the Head of State\'s Adviser – Press Secretary Ruslan Zheldibay and conveyed greetings ' +
      'from the President of the Swiss Confederation for 2027, Ignazio Cassis. Roscosmos Chief Dmitry Bakanov and Chief ' +
      'Olusegun Obasanjo came.';
    assert.deepEqual(rolesOf(body), [
      ['Jung Hae-won', 'Vice President of Samsung C&T'],
      ['Li Wei', 'project manager of China Railway 20th Bureau Group Corp.'],
      ['Ruslan Zheldibay', 'Head of State\'s Adviser – Press Secretary'],
      ['Ignazio Cassis', 'President of the Swiss Confederation'],
      ['Dmitry Bakanov', 'Roscosmos Chief'],
      ['Olusegun Obasanjo', null],
    ]);
  });

  it('reads no person in a project\'s company with a number word, nor in a trade fair', () => {
    const body = 'Talks held\nThe green hydrogen project of Hyrasia One in Mangystau region. He will attend the Hannover Messe industrial fair. ' +
      'It is run by Enabel, headed by Jean Van Wetter, under the Interstate Use rules.';
    assert.deepEqual(rolesOf(body), [['Jean Van Wetter', null]]);
  });

  it('reads Exchanges as a headline\'s verb', () => {
    const body = 'Kassym-Jomart Tokayev Exchanges New Year Greetings with Foreign Leaders\nKassym-Jomart Tokayev sent greetings.';
    assert.deepEqual(rolesOf(body), [['Kassym-Jomart Tokayev', null], ['Kassym-Jomart Tokayev', null]]);
  });

  it('reads no person in a company closing a plural title\'s list with a commodity or a common word', () => {
    const body =
      'Talks held\nThey met representatives of Lotte Chemical, Samsung C&T and Korea Zinc, and Heads of Executive Powers of ' +
      'Lankaran and Shaki.';
    assert.deepEqual(rolesOf(body), []);
  });

  it('reads an office through a body\'s and, a mixed-case acronym, a bracketed acronym before a leader and a company\'s possessive', () => {
    const body =
      'Talks held\nKonstantin Vorontsov, deputy director of the Russian Foreign Ministry\'s Department for Non-Proliferation ' +
      'and Arms Control, said so. AfCFTA Secretary-General Wamkele Mene and European Central Bank (ECB) President Christine ' +
      'Lagarde met Korea Electric Power Corporation (KEPCO) CEO Yoon Sung-jin. Mark Zandi, chief economist at Moody\'s Analytics, agreed. Tom Fletcher, UN under-secretary-general for ' +
      'humanitarian affairs and emergency relief coordinator, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Konstantin Vorontsov', 'deputy director of the Russian Foreign Ministry\'s Department for Non-Proliferation and Arms Control'],
      ['Wamkele Mene', 'AfCFTA Secretary-General'],
      ['Christine Lagarde', 'European Central Bank (ECB) President'],
      ['Yoon Sung-jin', 'Korea Electric Power Corporation (KEPCO) CEO'],
      ['Mark Zandi', 'chief economist at Moody\'s Analytics'],
      ['Tom Fletcher', 'UN under-secretary-general for humanitarian affairs and emergency relief coordinator'],
    ]);
  });

  it('reads no person before a title opening an event\'s name', () => {
    const body = 'Kazakhstan Qualifies for Billie Jean King Cup Finals\nThey won the Billie Jean King Cup qualifier. Billie Jean King came.';
    assert.deepEqual(rolesOf(body), [['Billie Jean King', null]]);
  });

  it('reads an authority closing an apposition\'s body, and no person in a pact', () => {
    const body =
      'Talks held\nHala Mostafa, deputy chairperson of the Suez Canal Economic Zone authority, came. They recalled the ' +
      'Rubber-Rice Pact.';
    assert.deepEqual(rolesOf(body), [['Hala Mostafa', 'deputy chairperson of the Suez Canal Economic Zone authority']]);
  });
  it('reads a one-letter numeral before a sentence\'s full stop as the numeral, and an initial before a surname as an initial', () => {
    const body = 'Credentials presented\nHe met the Grand Duke of Luxembourg Guillaume V. Then he met Vladimir V. Putin and King Harald V.';
    assert.deepEqual(rolesOf(body), [['Guillaume V', 'Grand Duke of Luxembourg'], ['Vladimir V. Putin', null], ['Harald V', 'King']]);
  });
  it('reads a territory and a direction opening a sentence in the place before a title', () => {
    const body =
      'Governors met\nKhabarovsk Territory Governor Dmitry Demeshin and Amur Region Governor Vasily Orlov met. East Kazakhstan Region ' +
      'Akim Yermek Kosherbayev came.';
    assert.deepEqual(rolesOf(body), [
      ['Dmitry Demeshin', 'Khabarovsk Territory Governor'], ['Vasily Orlov', 'Amur Region Governor'], ['Yermek Kosherbayev', 'East Kazakhstan Region Akim'],
    ]);
  });

  it('reads the office a title-case headline\'s verb appoints to, and no person in companies after their plural noun', () => {
    const body = 'Putin Appoints Andrei Fedorov Ambassador to UAE\nThe Indian companies ONGC Videsh and Tata Steel signed deals.';
    assert.deepEqual(rolesOf(body), [['Andrei Fedorov', 'Ambassador to UAE']]);
  });

  it('reads Southeast Asian legal forms and a Chinese surname that is a word closing a company before a name', () => {
    const body =
      'Forum held\nChairman of the Board of PT Nusantara Energi Tbk Budi Santoso Wirawan, Chief Executive Officer of Aquaris Water ' +
      'Technologies Pte. Ltd. Ong Kian Hock and Group CEO of Meridian Logistics Tan Wei Ming spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Budi Santoso Wirawan', 'Chairman of the Board of PT Nusantara Energi Tbk'],
      ['Ong Kian Hock', 'Chief Executive Officer of Aquaris Water Technologies Pte. Ltd.'],
      ['Tan Wei Ming', 'Group CEO of Meridian Logistics'],
    ]);
  });

  it('reads no person in a head\'s name after a particle, the West Indies as a place, and a clause as no opening phrase', () => {
    const body =
      'Visit held\nA concert at the Palacio de Bellas Artes opened. He met the Vice-Chancellor of the University of the West Indies, ' +
      'Professor Desmond A. Whitfield. In Bridgetown he was received by Minister of Foreign Affairs and Foreign Trade of Barbados, Senator Dwight R. Greaves.';
    assert.deepEqual(rolesOf(body), [
      ['Desmond A. Whitfield', 'Vice-Chancellor of the University of the West Indies'],
      ['Dwight R. Greaves', 'Minister of Foreign Affairs and Foreign Trade of Barbados'],
    ]);
  });
  it('reads a company through a spaced ampersand, its bracketed short name, Corp., a Turkish dotted capital and a branch', () => {
    const body =
      'Deals signed\nVice President of China Petroleum & Chemical Corporation (Sinopec) Zhao Dong, Vice President of Posco International ' +
      'Corp. Kim Jae-won, General Manager of Cengiz İnşaat Mehmet Yıldırım and Director of PowerChina\'s Kazakhstan branch Wang Lei spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Zhao Dong', 'Vice President of China Petroleum & Chemical Corporation (Sinopec)'], ['Kim Jae-won', 'Vice President of Posco International Corp.'],
      ['Mehmet Yıldırım', 'General Manager of Cengiz İnşaat'], ['Wang Lei', 'Director of PowerChina\'s Kazakhstan branch'],
    ]);
  });

  it('reads a chief\'s post after a comma, a portfolio closing before the next person, and a clause\'s conjunction', () => {
    const body =
      'Visit held\nRonald Lee, chief executive of the dairy cooperative, said. He came with his wife Brigitte Macron, Minister for ' +
      'Europe and Foreign Affairs Jean-Noel Barrot and others. It went to the writer Dulat Omarkhanov, while Master of Sports Aruzhan Tleubergenova won.';
    assert.deepEqual(rolesOf(body), [
      ['Ronald Lee', 'chief executive of the dairy cooperative'], ['Brigitte Macron', null], ['Jean-Noel Barrot', 'Minister for Europe and Foreign Affairs'],
      ['Dulat Omarkhanov', null], ['Aruzhan Tleubergenova', 'Master of Sports'],
    ]);
  });

  it('reads deputy of a chamber as a style, an owner\'s office before a style, and a city of two words before its head', () => {
    const body =
      'Meeting held\nThe head of the friendship group, deputy of the Grand National Assembly Osman Nuri Yalçınkaya, came, led by its ' +
      'president, Senator Philippe Morel. Putin received Abu Dhabi Crown Prince Khaled bin Mohamed and New York Mayor Zohran Mamdani.';
    assert.deepEqual(rolesOf(body), [
      ['Osman Nuri Yalçınkaya', 'head of the friendship group'], ['Philippe Morel', 'president'],
      ['Khaled bin Mohamed', 'Abu Dhabi Crown Prince'], ['Zohran Mamdani', 'New York Mayor'],
    ]);
  });

  it('reads no person in a trade\'s company, an air show, or a holiday\'s workers', () => {
    const body =
      'Wheat bought\nThe state commodity buyer Mostakbal Misr bought wheat before the Dubai Airshow and the Day of Culture and Art Workers. ' +
      'Indian actor and producer Rajesh Malhotra came.';
    assert.deepEqual(rolesOf(body), [['Rajesh Malhotra', null]]);
  });
  it('reads a plural title closed by General, and no person in a squad, a pipeline or a company of its own language', () => {
    const body =
      'Prosecutors met\nDeputy Prosecutors General Nurlan Abdirov and Aidos Kenzhebekov came. Rescuers of the Republican Rescue Squad, ' +
      'the Nord Stream case and the Naftna Industrija Srbije (NIS) oil company were named.';
    assert.deepEqual(rolesOf(body), [['Nurlan Abdirov', 'Deputy Prosecutors General'], ['Aidos Kenzhebekov', 'Deputy Prosecutors General']]);
  });

  it('ends an apposition at two name words after a capitalised organisation\'s word, and gives a speaker no office of the name before', () => {
    const body =
      'Summit held\nIt was attended by the Secretaries-General of the SCO and the OTS, Nurlan Yermekbayev and Kubanychbek Omuraliev, ' +
      'Executive Director of the CICA Secretariat Kairat Sarybay and others. At the invitation of Rashid Meredov, Deputy Chairman ' +
      'of the Cabinet of Ministers of Turkmenistan, Wang Lei said so. Ricardo Lins, CEO of the agribusiness group Terra Viva Agro, came.';
    assert.deepEqual(rolesOf(body), [
      ['Nurlan Yermekbayev', 'Secretaries-General of the SCO and the OTS'], ['Kubanychbek Omuraliev', 'Secretaries-General of the SCO and the OTS'],
      ['Kairat Sarybay', 'Executive Director of the CICA Secretariat'], ['Rashid Meredov', 'Deputy Chairman of the Cabinet of Ministers of Turkmenistan'],
      ['Wang Lei', null], ['Ricardo Lins', 'CEO of the agribusiness group Terra Viva Agro'],
    ]);
  });

  it('reads a unit after the, and a city alone before a portfolio, as closing a lower-case object', () => {
    const body =
      'Visit made\nThe delegation was led by Governor of the prefecture Nurlan Abdumanap. He met deputy akim of Shymkent for ' +
      'investment and entrepreneurship Dauren Abenov. The Minister of the region thanked Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [
      ['Nurlan Abdumanap', 'Governor of the prefecture'], ['Dauren Abenov', 'deputy akim of Shymkent for investment and entrepreneurship'], ['Ivan Petrov', null],
    ]);
  });

  it('reads an honoree described before the name, or of two words before a verb, as part of the thing named', () => {
    const body =
      'Centre opened\nA centre named after academician Zhanar Nurmagambetova, a complex named after Olympic boxing champion Vassiliy ' +
      'Jirov and a grant named after Ybyrai Altynsarin will open. The rector of the university named after Al-Farabi Zhanar Temirbekova spoke.';
    assert.deepEqual(rolesOf(body), [['Zhanar Temirbekova', 'rector of the university named after Al-Farabi']]);
  });
  it('reads no person in a governorate, a viloyat, a registry or a plural\'s organisation, and a bracketed acronym after an object', () => {
    const body =
      'Projects discussed\nThey visited the Dhofar Governorate, the Khatlon Viloyat and the National Civil Registry. Zhang Haidi, ' +
      'president of the China Disabled Persons\' Federation, spoke. The head of the National Office of Electoral Processes (ONPE), Piero Corvetto, said so.';
    assert.deepEqual(rolesOf(body), [
      ['Zhang Haidi', 'president of the China Disabled Persons\' Federation'], ['Piero Corvetto', 'head of the National Office of Electoral Processes (ONPE)'],
    ]);
  });

  it('reads a body\'s word before a lower-case title in an apposition, a director\'s field, and no verb with its object', () => {
    const body =
      'Statements made\nAlexander Bloshenko, Roscosmos executive director, told reporters. Liz McKeown, the ONS director of economic ' +
      'statistics, said. Wang Yi, Kallas co-chair China-EU Dialogue. Ivan Petrov, director of the regional water resources department, came.';
    assert.deepEqual(rolesOf(body), [
      ['Alexander Bloshenko', 'Roscosmos executive director'], ['Liz McKeown', 'ONS director of economic statistics'], ['Wang Yi', null],
      ['Ivan Petrov', 'director of the regional water resources department'],
    ]);
  });

  it('reads a direction opening a leader\'s place, a state\'s delegation head, and the office one will serve as', () => {
    const body = 'Officials spoke\nWest Java Governor Dedi Mulyadi, Chinese delegation head Zhang Haidi and economist Arnoldo Chacon, who will serve as finance minister, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Dedi Mulyadi', 'West Java Governor'], ['Zhang Haidi', 'Chinese delegation head'], ['Arnoldo Chacon', 'finance minister'],
    ]);
  });
  it('reads a given name that is a country, and no person in a publishing house, plants shared by two names or an index', () => {
    const body =
      'Plants modernised\nHe met Vice Minister of Industry of the Republic of Kazakhstan Iran Sharkhan. The Romanian publishing house ' +
      'Editura Ararat, the Maximo Gomez and Ernesto Guevara plants and the Shanghai Composite Index were named.';
    assert.deepEqual(rolesOf(body), [['Iran Sharkhan', 'Vice Minister of Industry of the Republic of Kazakhstan']]);
  });

  it('reads chief executive officer after and, a nationality before a company\'s lower-case noun, Sector and Chief Economist', () => {
    const body =
      'Firms met\nSeo Jae-won, president and chief executive officer of Hanjin Marine Engineering, and Heinrich Vogel, CEO of German ' +
      'industrial group Rheinwerk AG, met Vice President for the Economic Sector Yarisma Castellanos Medina and ADB Chief Economist Kang Hyun-woo.';
    assert.deepEqual(rolesOf(body), [
      ['Seo Jae-won', 'president and chief executive officer of Hanjin Marine Engineering'], ['Heinrich Vogel', 'CEO of German industrial group Rheinwerk AG'],
      ['Yarisma Castellanos Medina', 'Vice President for the Economic Sector'], ['Kang Hyun-woo', 'ADB Chief Economist'],
    ]);
  });
  it('gives an occupation\'s post with its institution to the name after it, not to the name before the comma', () => {
    const body =
      'Orders conferred\nOrders went to steelworker of Qarmet JSC Viktor Schneider, chief physician of the Regional Hospital of ' +
      'Shymkent Gulnar Abenova and People\'s Artist of Kazakhstan Nurzhamal Usenbayeva. Anna Berg, a nurse of the Aksu city hospital, said.';
    assert.deepEqual(rolesOf(body), [
      ['Viktor Schneider', 'steelworker of Qarmet JSC'], ['Gulnar Abenova', 'chief physician of the Regional Hospital of Shymkent'],
      ['Nurzhamal Usenbayeva', 'People\'s Artist of Kazakhstan'], ['Anna Berg', 'nurse of the Aksu city hospital'],
    ]);
  });
  it('reads a unit\'s number in a role, a portfolio of mineral development, a possessive before transitional, Expects, and no person in a link', () => {
    const body =
      'Likhachev Expects First Akkuyu Unit to Start\nAlexey Likhachev spoke. He met the General Director of Ekibastuz GRES-1 Timur ' +
      'Kaiyrbekov, Energy and Mineral Development Minister Ruth Nankabirwa and Mali\'s transitional President Assimi Goita on the Padma Bridge Rail Link.';
    assert.deepEqual(rolesOf(body), [
      ['Likhachev', null], ['Alexey Likhachev', null], ['Timur Kaiyrbekov', 'General Director of Ekibastuz GRES-1'],
      ['Ruth Nankabirwa', 'Energy and Mineral Development Minister'], ['Assimi Goita', 'Mali\'s transitional President'],
    ]);
  });
  it('keeps New when it opens the body\'s name, not when it says when one took office', () => {
    const body = 'New EU Special Representative Kaja Tamm Begins Tour\nKaja Tamm met New Development Bank President Dilma Rousseff.';
    assert.deepEqual(rolesOf(body), [['Kaja Tamm', 'EU Special Representative'], ['Kaja Tamm', null], ['Dilma Rousseff', 'New Development Bank President']]);
  });
  it('gives a plural title over a list of bodies to each name, and a portfolio and its body to a vice-rector', () => {
    const body =
      'Rectors sign\nRectors of Karaganda Technical University and the University of Debrecen, Yerlan Dosmukhamedov and Judit Fekete, ' +
      'signed it. Aigerim Sultanbekova, vice-rector for international cooperation of Satbayev University, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Dosmukhamedov', 'Rectors of Karaganda Technical University and the University of Debrecen'],
      ['Judit Fekete', 'Rectors of Karaganda Technical University and the University of Debrecen'],
      ['Aigerim Sultanbekova', 'vice-rector for international cooperation of Satbayev University'],
    ]);
  });
  it('reads General before a body\'s name as the body\'s, Controller as a title and a place before a portfolio\'s title', () => {
    const body =
      'Officials meet\nSaeed Al Nuaimi, Director General of the General Civil Aviation Authority, met Drugs Controller General of India ' +
      'Vikram Iyer and Kerala Health Minister K. Sreelatha at Coast General Teaching and Referral Hospital.';
    assert.deepEqual(rolesOf(body), [
      ['Saeed Al Nuaimi', 'Director General of the General Civil Aviation Authority'], ['Vikram Iyer', 'Drugs Controller General of India'],
      ['K. Sreelatha', 'Kerala Health Minister'],
    ]);
  });
  it('reads no person after a drugmaker, a charity or a ship, even with a country or a common word opening the name', () => {
    const body =
      'Ships dock\nJapanese drugmaker Takeda and the hospital ship Africa Mercy, operated by the charity Mercy Ships, came; its sister ' +
      'ship Global Mercy stayed, as did the feeder vessel Al Reem Pioneer. Mercy Boateng spoke.';
    assert.deepEqual(rolesOf(body), [['Mercy Boateng', null]]);
  });
  it('reads a portfolio at a body, a body of capitalised words joined by and, and a past headline verb as ending a role', () => {
    const body =
      'Head of State Congratulated Mauricio Solano Quesada on Assuming Office as President of Costa Rica\nMauricio Solano Quesada was ' +
      'sworn in. Lerato Mokoena, head of paediatrics at Chris Hani Baragwanath Academic Hospital in Soweto, met the director of the ' +
      'Asia and Pacific department of the Foreign Ministry, Arman Dzhaksybekov, and Anna Kim, head of state.';
    assert.deepEqual(rolesOf(body), [
      ['Mauricio Solano Quesada', 'President of Costa Rica'], ['Mauricio Solano Quesada', null],
      ['Lerato Mokoena', 'head of paediatrics at Chris Hani Baragwanath Academic Hospital'],
      ['Arman Dzhaksybekov', 'director of the Asia and Pacific department of the Foreign Ministry'], ['Anna Kim', 'head of state'],
    ]);
  });
  it('leaves a rank after a body\'s bracketed acronym out of the office, reads Turkish companies\' words, and no person before General Hospital or teaching hospitals', () => {
    const body =
      'Deals signed\nGroup Chief Executive Officer of Gulf Maritime Holding (GMH) Captain Khalid Al Marri and General Manager of TCDD ' +
      'Taşımacılık Hakan Özdemir met staff of the Cipto Mangunkusumo General Hospital and of the Korle Bu and Komfo Anokye teaching hospitals.';
    assert.deepEqual(rolesOf(body), [
      ['Khalid Al Marri', 'Group Chief Executive Officer of Gulf Maritime Holding (GMH)'], ['Hakan Özdemir', 'General Manager of TCDD Taşımacılık'],
    ]);
  });
  it('reads Vietnamese surnames after a portfolio, regional leaders of Indonesia and Malaysia, and portfolios before titles', () => {
    const body =
      'Ministers meet\nMinister of Construction To Thanh Son, Deputy Minister of Construction Do Van Khanh, Minister of Transportation ' +
      'Haryanto, Lumajang Regent Siti Rahmawati, Johor Menteri Besar Datuk Onn Hafiz Ghazi, Social Welfare Secretary Rosario Dimaculangan ' +
      'and Oceans and Fisheries Minister Hwang Dong-jin met.';
    assert.deepEqual(rolesOf(body), [
      ['To Thanh Son', 'Minister of Construction'], ['Do Van Khanh', 'Deputy Minister of Construction'], ['Haryanto', 'Minister of Transportation'],
      ['Siti Rahmawati', 'Lumajang Regent'], ['Onn Hafiz Ghazi', 'Johor Menteri Besar'], ['Rosario Dimaculangan', 'Social Welfare Secretary'],
      ['Hwang Dong-jin', 'Oceans and Fisheries Minister'],
    ]);
  });
  it('reads a list of portfolios, two legal forms, a chief\'s post at a bank, and no person in orders, universities or exercises', () => {
    const body =
      'Awards conferred\nAhmad Marzuki, chief executive of RTS Operations Pte. Ltd., said so. Hirose Masaaki, former vice minister of economy, ' +
      'trade and industry, Armen Sargsyan, chief information security officer at Ameriabank, and Budi Santoso, Rector of Universitas ' +
      'Gadjah Mada, got the Order of the Rising Sun from the University of Gadjah Mada after the Locked Shields scenario.';
    assert.deepEqual(rolesOf(body), [
      ['Ahmad Marzuki', 'chief executive of RTS Operations Pte. Ltd.'], ['Hirose Masaaki', 'former vice minister of economy, trade and industry'],
      ['Armen Sargsyan', 'chief information security officer at Ameriabank'], ['Budi Santoso', 'Rector of Universitas Gadjah Mada'],
    ]);
  });
  it('reads the honoree of a title-case headline\'s Named After, described by a rank, as no person', () => {
    const body = 'Border Outpost Named After Fallen Sergeant Yerzhan Tulegenov\nThe outpost named after Sergeant Yerzhan Tulegenov opened.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('reads a place before a body of `of` before a leader\'s title, an appointment after a closing comma, a unit\'s number and two fields of a department', () => {
    const body =
      'Posts filled\nKayseri Chamber of Industry Chairman Mehmet Yalcinkaya and Gazprom Export Director General Elena Burmistrova came. ' +
      'His predecessor, Serik Omarov, has been appointed director of the Ekibastuz GRES-2 power plant. They met the head of the Almaty ' +
      'city department of public transport and mobility Yerlan Kuatov at the Patapat Viaduct and the floating power unit Akademik Lomonosov.';
    assert.deepEqual(rolesOf(body), [
      ['Mehmet Yalcinkaya', 'Kayseri Chamber of Industry Chairman'], ['Elena Burmistrova', 'Gazprom Export Director General'],
      ['Serik Omarov', 'director of the Ekibastuz GRES-2 power plant'], ['Yerlan Kuatov', 'head of the Almaty city department of public transport and mobility'],
    ]);
  });
  it('reads a state\'s possessive before Amir, Emir and King, co-leaders, intelligence chiefs and an occupation after appointed', () => {
    const body =
      'Leaders meet\nKuwait\'s Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah, Qatar\'s Emir Sheikh Tamim bin Hamad Al Thani, Türkiye\'s ' +
      'intelligence chief Ibrahim Kalin and AfD co-leader Tino Chrupalla met. Kast appointed economist Daniela Ortúzar Vial as Minister of Mining.';
    assert.deepEqual(rolesOf(body), [
      ['Mishal Al-Ahmad Al-Jaber Al-Sabah', 'Kuwait\'s Amir'], ['Tamim bin Hamad Al Thani', 'Qatar\'s Emir'],
      ['Ibrahim Kalin', 'Türkiye\'s intelligence chief'], ['Tino Chrupalla', 'co-leader'], ['Daniela Ortúzar Vial', 'Minister of Mining'],
    ]);
  });
  it('reads no person in places, ships, works, ensembles, buildings, parties, newspapers or OPEC+', () => {
    const body =
      'OPEC+ keeps output\nEight OPEC+ countries met in Sharm El-Sheikh, after Ras El Hekma and the Alam El Roum area, the Puna de Atacama, ' +
      'the MV Pwani Star, the tankers Viktor Bakaev and Sierra Nevada, Brahms’s Violin Concerto, the Sazgen Sazy folk ensemble, the Louise ' +
      'Weiss building, the Weimar Triangle, the Białowieża Forest, the Christian Democrats, the daily Magyar Nemzet, the publisher Wolkenhaus ' +
      'Verlag, the Compagnie Sucrière Sénégalaise and the Cheikh Anta Diop agricultural training centre.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('reads Amir alone before a headline\'s verb as the title', () => {
    const body = 'Amir receives Crown Prince\nHis Highness the Amir Sheikh Mishal Al-Sabah received him. Amir Khan said.';
    assert.deepEqual(rolesOf(body), [['Mishal Al-Sabah', 'Amir'], ['Amir Khan', null]]);
  });
  it('reads officers of a company\'s board, the board of directors, a mixed-case legal form and plenipotentiary representatives', () => {
    const body =
      'Results out\nChief Financial Officer Dina Sarsenova, Chief Operating Officer Ivan Petrov and the chairman of the board of ' +
      'directors, Bolat Issenov, met CEO of Ventura Impianti S.p.A. Giulio Ferraresi and the plenipotentiary representative of the ' +
      'President Almazbek Toktogulov.';
    assert.deepEqual(rolesOf(body), [
      ['Dina Sarsenova', 'Chief Financial Officer'], ['Ivan Petrov', 'Chief Operating Officer'], ['Bolat Issenov', 'chairman of the board of directors'],
      ['Giulio Ferraresi', 'CEO of Ventura Impianti S.p.A.'], ['Almazbek Toktogulov', 'plenipotentiary representative of the President'],
    ]);
  });
  it('reads no person in firms named as people, exchanges, sites, complexes or Li Auto', () => {
    const body =
      'Deals signed\nMorgan Stanley, Goldman Sachs, Baker McKenzie, Borsa Italiana, Borsa Istanbul, Cassa Depositi e Prestiti, Li Auto ' +
      'and Cosco Shipping met at the Bakyrchik North site. Morgan Freeman came.';
    assert.deepEqual(rolesOf(body), [['Morgan Freeman', null]]);
  });
  it('reads a chief\'s post before a form of address, an object of four lower-case words, and no person before a medal or a pass', () => {
    const body =
      'Awards given\nChief surgeon Dr. Sun Tao and the head coach of the national figure skating team Aliya Tazhibayeva received the ' +
      'Yeren Yenbegi medal near the Jvari Pass.';
    assert.deepEqual(rolesOf(body), [['Sun Tao', 'Chief surgeon'], ['Aliya Tazhibayeva', 'head coach of the national figure skating team']]);
  });
  it('reads portfolios of the European Commission before a name, a lower-case body\'s possessive in an apposition, and no person in a glacier or a wall', () => {
    const body =
      'Climate talks\nExecutive Vice-President for Tech Sovereignty, Security and Democracy Henna Virkkunen met Ryskul Usubaliev, head of ' +
      'the institute\'s glaciology laboratory, at the Thwaites Glacier and the Great Green Wall Accelerator with COP30 President André Corrêa do Lago.';
    assert.deepEqual(rolesOf(body), [
      ['Henna Virkkunen', 'Executive Vice-President for Tech Sovereignty, Security and Democracy'],
      ['Ryskul Usubaliev', 'head of the institute\'s glaciology laboratory'], ['André Corrêa do Lago', 'COP30 President'],
    ]);
  });
  it('reads no person in a list right after a plural vessel\'s noun or in Spanish companies\' heads, and a portfolio before a title after a nationality', () => {
    const body =
      'Tankers listed\nAmong them the tankers Viktor Bakaev and Sierra Nevada, the Coordinador Eléctrico Nacional, the Minera Cordillera ' +
      'Austral and the Memorandum on Geology and Subsoil Use. Indian Fertilizers Secretary Rajat Kumar Mishra spoke.';
    assert.deepEqual(rolesOf(body), [['Rajat Kumar Mishra', 'Indian Fertilizers Secretary']]);
  });
  it('reads a city of three words before a regional title, medical superintendents, agencies\' posts, and a past verb after a name as no modifier', () => {
    const body =
      'Officials speak\nDar es Salaam Regional Commissioner Albert Chalamila, UNHCR Senior Protection Officer Mariam Tsereteli, FAO ' +
      'Subregional Coordinator for Central Asia Stefan Dumitrescu and Iranian Roads and Urban Development Minister Farzaneh Sadegh met. ' +
      'Khamis Fakih, medical superintendent of Abdalla Mzee Hospital, said so. Deputy of the Mazhilis Aigerim Satybaldiyeva proposed holding a forum.';
    assert.deepEqual(rolesOf(body), [
      ['Albert Chalamila', 'Dar es Salaam Regional Commissioner'], ['Mariam Tsereteli', 'UNHCR Senior Protection Officer'],
      ['Stefan Dumitrescu', 'FAO Subregional Coordinator for Central Asia'], ['Farzaneh Sadegh', 'Iranian Roads and Urban Development Minister'],
      ['Khamis Fakih', 'medical superintendent of Abdalla Mzee Hospital'], ['Aigerim Satybaldiyeva', 'Deputy of the Mazhilis'],
    ]);
  });
  it('reads a translator opening a sentence as no part of the name', () => {
    assert.deepEqual(rolesOf('Book out\nEszter Lendvai translated it. Translator E. Lendvai said so.'), [['Eszter Lendvai', null], ['E. Lendvai', null]]);
  });
  it('reads a capitalised common word\'s possessive before a lower-case title, a country manager, and Fall as a surname after a given name', () => {
    const body = 'Plant opens\nIt was attended by Gotion\'s chairman Li Zhen, Sinohydro\'s country manager Lu Zhiqiang and Mayor of Dakar Abass Fall.';
    assert.deepEqual(rolesOf(body), [['Li Zhen', 'Gotion\'s chairman'], ['Lu Zhiqiang', 'Sinohydro\'s country manager'], ['Abass Fall', 'Mayor of Dakar']]);
  });
  it('reads makers and forwarders after a nationality or a place\'s -based, lower-case officers, He opening a sentence, and no person before a year', () => {
    const body =
      'Huawei unveils roadmap at Huawei Connect 2025\nHiroshi Tanabe, president of Japanese medical equipment maker Kiyose Medical, ' +
      'and Thomas Brenner, managing director of Duisburg-based forwarder Rhein-Eurasia Cargo, met Meng Wanzhou, Huawei\'s deputy ' +
      'chairwoman and chief financial officer, at Huawei Connect 2025. He Yongqian, the ministry\'s spokesperson, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Hiroshi Tanabe', 'president of Japanese medical equipment maker Kiyose Medical'],
      ['Thomas Brenner', 'managing director of Duisburg-based forwarder Rhein-Eurasia Cargo'],
      ['Meng Wanzhou', 'Huawei\'s deputy chairwoman and chief financial officer'], ['He Yongqian', 'spokesperson'],
    ]);
  });
  it('reads a given name that is a country after a title and a comma, Co-ordinator, a body of General Intelligence, and no person at a shipyard, a temple or a drillship', () => {
    const body =
      'Talks go on\nIts chief negotiator, Israel Ramírez Pineda, met the Co-ordinator of OSCE Economic and Environmental Activities, Lukas ' +
      'Brandstaetter, and Egypt\'s General Intelligence chief Major General Hassan Shaheen at the Hyundai Samho shipyard, the Ta Moan Thom ' +
      'temple and the drillship Cagri Bey.';
    assert.deepEqual(rolesOf(body), [
      ['Israel Ramírez Pineda', 'chief negotiator'], ['Lukas Brandstaetter', 'Co-ordinator of OSCE Economic and Environmental Activities'],
      ['Hassan Shaheen', 'Egypt\'s General Intelligence chief'],
    ]);
  });
  it('reads the article and a lower-case qualifier describing an honoree after named after, but a passive verb\'s honoree as a person', () => {
    const body = 'School opens\nThe school will be named after the physician Khalel Dosmukhamedov and the centre named after the late Kanysh Satbayev.';
    assert.deepEqual(rolesOf(body), [['Khalel Dosmukhamedov', 'physician']]);
  });
  it('reads no person in a vessel\'s name opening with a title, nor in firms named as people or Boeing Commercial Airplanes', () => {
    const body =
      'Deals signed\nThe passenger ferry Lady Aurora, the tanker Sultan Beibarys, Baker Hughes and Boeing Commercial Airplanes Vice ' +
      'President for Eurasia Sales Jonathan Reyes came. The company Sultan Ivan Petrov met.';
    assert.deepEqual(rolesOf(body), [['Jonathan Reyes', 'Boeing Commercial Airplanes Vice President for Eurasia Sales'], ['Ivan Petrov', 'Sultan']]);
  });
  it('reads a minister-counselor\'s office and no person in a mountain range', () => {
    const body = 'Trains run\nThey crossed the Ferghana Range. Yang Hong, minister-counselor of the Chinese Embassy, said so.';
    assert.deepEqual(rolesOf(body), [['Yang Hong', 'minister-counselor of the Chinese Embassy']]);
  });
  it('reads General and a common word closing a line without reading past the line', () => {
    assert.deepEqual(rolesOf('Talks held\nHe met the Director of the General Disaster'), [['Disaster', 'Director of the General']]);
  });
  it('reads Korean given names of long syllables, a nationality describing an honoree, and Arts in a list of portfolios', () => {
    const body =
      'Envoys meet\nAmbassador Kim Do-hyeong met Malaysia\'s Tourism, Arts and Culture Minister Ahmad Faizal Rahman about a scholarship ' +
      'named after Chinese railway engineer Zhan Tianyou.';
    assert.deepEqual(rolesOf(body), [['Kim Do-hyeong', 'Ambassador'], ['Ahmad Faizal Rahman', 'Malaysia\'s Tourism, Arts and Culture Minister']]);
  });
  it('reads any capitalised name after a portfolio\'s at as where the post is held', () => {
    assert.deepEqual(rolesOf('Rates held\nAidarkhan Kaliyev, head of research at Halyk Finance, said so.'), [['Aidarkhan Kaliyev', 'head of research at Halyk Finance']]);
  });
  it('gives a company the article names with its legal form back to the complement before a name', () => {
    const body =
      'Forum held\nFirms came, including Kessler Anlagentechnik GmbH. Managing Director of Kessler Anlagentechnik Thomas Brandauer spoke.';
    assert.deepEqual(rolesOf(body), [['Thomas Brandauer', 'Managing Director of Kessler Anlagentechnik']]);
  });
  it('keeps an owner\'s lower-case office with a complement before a comma and a style', () => {
    const body = 'Talks held\nHe met Brazil\'s sous-sherpa for BRICS, Ambassador Eduardo Saboia Neto. Pope Leo XIV\'s envoy, Cardinal Pietro Parolin, came.';
    assert.deepEqual(rolesOf(body), [['Eduardo Saboia Neto', 'Brazil\'s sous-sherpa for BRICS'], ['Leo XIV', 'Pope'], ['Pietro Parolin', 'Cardinal']]);
  });
  it('joins a stateless portfolio after the to a further office by and, and reads a style after fellow as the role', () => {
    const body =
      'Talks held\nThe High Representative of the Union for Foreign Affairs and Security Policy and Vice-President of the European ' +
      'Commission, Kaja Kallas, met the President of Kazakhstan and Prime Minister of Japan Fumio Kishida. Fellow MEP Jan-Peter Vogelsang agreed.';
    assert.deepEqual(rolesOf(body), [
      ['Kaja Kallas', 'High Representative of the Union for Foreign Affairs and Security Policy and Vice-President of the European Commission'],
      ['Fumio Kishida', 'Prime Minister of Japan'],
      ['Jan-Peter Vogelsang', 'MEP'],
    ]);
  });
  it('reads no person in a bracketed agency after a dateline, and no The after a dash in an organisation before a title', () => {
    const body = 'Talks held\nBRASÍLIA (Agência Brasil) – The Cabinet Secretary for Foreign and Diaspora Affairs, Dr. Wanjiru Akinyi Odhiambo, spoke.';
    assert.deepEqual(rolesOf(body), [['Wanjiru Akinyi Odhiambo', 'Cabinet Secretary for Foreign and Diaspora Affairs']]);
  });
  it('reads India\'s Hindi titles and MoS, and no person in Malay buildings', () => {
    const body =
      'Raksha Mantri holds talks\nRaksha Mantri Shri Ashok Chandra Rathore met Wisma Putra officials at Istana Negara. ' +
      'Minister of State Devinder Singh Rawat came. In Bishkek, MoS Rawat will meet them.';
    assert.deepEqual(rolesOf(body), [
      ['Ashok Chandra Rathore', 'Raksha Mantri'],
      ['Devinder Singh Rawat', 'Minister of State'],
      ['Rawat', 'MoS'],
    ]);
  });
  it('reads a place a word of direction closes as no person, and as the place before its governor', () => {
    const body = 'Envoy visits Davao del Norte\nHe met Davao del Norte Governor Rodolfo Mangubat and Rio Grande do Sul Governor Eduardo Leite in Ilocos Norte.';
    assert.deepEqual(rolesOf(body), [['Rodolfo Mangubat', 'Davao del Norte Governor'], ['Eduardo Leite', 'Rio Grande do Sul Governor']]);
  });
  it('reads a year between the capitalised words of a body\'s name in a role, before and after the name', () => {
    const body =
      'Unit set up\nThe decree appoints Dr. Rahma bint Ali Al Mahrouqi as Chairperson of the Oman Vision 2040 Implementation Follow-up Unit. ' +
      'Director of the Expo 2017 Legacy Office Ivan Petrov came.';
    assert.deepEqual(rolesOf(body), [
      ['Rahma bint Ali Al Mahrouqi', 'Chairperson of the Oman Vision 2040 Implementation Follow-up Unit'],
      ['Ivan Petrov', 'Director of the Expo 2017 Legacy Office'],
    ]);
  });
  it('reads an organisation\'s whole name before its possessive office, and an office sitting in a place before a comma', () => {
    const body =
      'Loan signed\nThe World Bank’s Regional Vice President for Europe and Central Asia, Hamid Al-Rashidi, met the Head of the ' +
      'EBRD’s office in Kazakhstan, Ekaterina Volkova. On Monday Eurasian Development Bank\'s Chairman Nikolai Podguzov came.';
    assert.deepEqual(rolesOf(body), [
      ['Hamid Al-Rashidi', 'World Bank’s Regional Vice President for Europe and Central Asia'],
      ['Ekaterina Volkova', 'Head of the EBRD’s office in Kazakhstan'],
      ['Nikolai Podguzov', 'Eurasian Development Bank\'s Chairman'],
    ]);
  });
  it('reads Berhad as a legal form, SSR as a Soviet republic\'s head, khyakim as a title, and a rank and an office after a ruler\'s style', () => {
    const body =
      'Guests received\nThe company Sinar Petrokimia Berhad came with People\'s Artist of the Kyrgyz SSR Gapar Aitiev and Khyakim of the ' +
      'city Dovlet Orazmyradov, and His Royal Highness Crown Prince, Prime Minister Mohammed bin Salman Al Saud.';
    assert.deepEqual(rolesOf(body), [
      ['Gapar Aitiev', 'People\'s Artist of the Kyrgyz SSR'],
      ['Dovlet Orazmyradov', 'Khyakim of the city'],
      ['Mohammed bin Salman Al Saud', 'Crown Prince, Prime Minister'],
    ]);
  });
  it('reads a committee of the ministry, an abbreviated rank after a country, a field a nationality qualifies, and Qari as an honorific', () => {
    const body =
      'Talks held\nVice Minister Olzhas Saparbekov and Chairman of the Geology Committee of the ministry Yerbolat Mukhamejanov met Chief ' +
      'of Army Staff of Nigeria Lt. Gen. Olufemi Adewale and China’s special envoy for Afghan affairs Liu Jiancheng, then Qari Mohammad Ibrahim Rasuli.';
    assert.deepEqual(rolesOf(body), [
      ['Olzhas Saparbekov', 'Vice Minister'],
      ['Yerbolat Mukhamejanov', 'Chairman of the Geology Committee of the ministry'],
      ['Olufemi Adewale', 'Chief of Army Staff of Nigeria'],
      ['Liu Jiancheng', 'China’s special envoy for Afghan affairs'],
      ['Mohammad Ibrahim Rasuli', null],
    ]);
  });
  it('reads no person in an acronym between an office and a rank, nor in Thai Nguyen', () => {
    const body = 'Delegation briefed\nNational Coordinator SIFC Lt Gen (retd) Asim Raza Malik visited Thai Nguyen Province.';
    assert.deepEqual(rolesOf(body), [['Asim Raza Malik', 'National Coordinator SIFC']]);
  });
  it('reads an honorary consul\'s city before a comma, a place closed by Sul in a complement, and an office after a description and and', () => {
    const body =
      'Consul appointed\nHe met the Honorary Consul of the Republic of Kazakhstan in Porto Alegre, Mr. Eduardo Henrique Vasconcelos Filho, ' +
      'and Secretary of Economic Development of Rio Grande do Sul Mariana Teixeira Lopes. Mr. Vasconcelos, a well-known entrepreneur and ' +
      'CEO of the agribusiness group Pampa Verde Alimentos, spoke. Ms. Teixeira Lopes agreed.';
    assert.deepEqual(rolesOf(body), [
      ['Eduardo Henrique Vasconcelos Filho', 'Honorary Consul of the Republic of Kazakhstan in Porto Alegre'],
      ['Mariana Teixeira Lopes', 'Secretary of Economic Development of Rio Grande do Sul'],
      ['Vasconcelos', 'CEO of the agribusiness group Pampa Verde Alimentos'],
      ['Teixeira Lopes', null],
    ]);
  });
  it('reads a business of two or three words before its leader\'s title as the office\'s, and a headline\'s plural Eye', () => {
    const body =
      'Indian Oil Minister Iyer, Kazakh Energy Minister Nurgaliyev Eye Deals\nIt was signed by Al Rashed Power Chief Executive Officer ' +
      'Faisal bin Abdulaziz Al-Otaibi, Orient Motors founder and CEO Sherzod Kamilov, Kazphosphate LLP General Director Nurlan Bekmukhanov ' +
      'and Kaya Yapı Chairman of the Board Mehmet Emre Kayaoğlu with Ravi Iyer and Bolat Nurgaliyev, while the minister and President Tokayev watched.';
    assert.deepEqual(rolesOf(body), [
      ['Iyer', 'Indian Oil Minister'],
      ['Nurgaliyev', 'Kazakh Energy Minister'],
      ['Faisal bin Abdulaziz Al-Otaibi', 'Al Rashed Power Chief Executive Officer'],
      ['Sherzod Kamilov', 'Orient Motors founder and CEO'],
      ['Nurlan Bekmukhanov', 'Kazphosphate LLP General Director'],
      ['Mehmet Emre Kayaoğlu', 'Kaya Yapı Chairman of the Board'],
      ['Ravi Iyer', null],
      ['Bolat Nurgaliyev', null],
      ['Tokayev', 'President'],
    ]);
  });
  it('reads a portfolio between a title\'s of and a company\'s before a comma, and no person in a language\'s centre or a Frigorífico', () => {
    const body =
      'Centre opens\nHe met the head of international affairs of the state-owned copper company Codelco, Rodrigo Sepúlveda, at the Kazakh ' +
      'Language and Culture Centre, and the meat producer Frigorífico Serra Azul signed.';
    assert.deepEqual(rolesOf(body), [['Rodrigo Sepúlveda', 'head of international affairs of the state-owned copper company Codelco']]);
  });
  it('reads an honorary title across a comma and an occupation, and a further accreditation after a comma and concurrently', () => {
    const body =
      'Awards given\nThe award went to People\'s Artist of Kazakhstan, singer Aigul Imanbayeva, and the Minister of Culture, singer Anna Berg. ' +
      'Ivan Petrov was appointed Ambassador of Kazakhstan to the Arab Republic of Egypt, and concurrently to the Republic of Sudan.';
    assert.deepEqual(rolesOf(body), [
      ['Aigul Imanbayeva', 'People\'s Artist of Kazakhstan'],
      ['Anna Berg', 'Minister of Culture'],
      ['Ivan Petrov', 'Ambassador of Kazakhstan to the Arab Republic of Egypt, and concurrently to the Republic of Sudan'],
    ]);
  });
  it('reads appositions of a business after a nationality, a place-based noun or an ordinal, and an organisation\'s lower-case qualified office', () => {
    const body =
      'Deals signed\nLi Weiming, vice president of the Chinese state-owned firm, spoke. Maria Ortega, a senior analyst at Madrid-based ' +
      'consultancy Energia Global, agreed. Wei Dongsheng, a project manager with China Railway 20th Bureau Group, came. David O\'Sullivan, ' +
      'the EU\'s special envoy for sanctions, and the Cold War-era rules.';
    assert.deepEqual(rolesOf(body), [
      ['Li Weiming', 'vice president of the Chinese state-owned firm'],
      ['Maria Ortega', 'senior analyst at Madrid-based consultancy Energia Global'],
      ['Wei Dongsheng', 'project manager with China Railway 20th Bureau Group'],
      ['David O\'Sullivan', 'EU\'s special envoy for sanctions'],
    ]);
  });
  it('reads no person in the Tian Shan, a gallery or after Olympian', () => {
    assert.deepEqual(rolesOf('Gallery opens\nThe Umai Gallery opened in the Tian Shan; Olympian Ivan Petrov came.'), [['Ivan Petrov', null]]);
  });
  it('reads Uzbek o\'g\'li in a name, a Korean name after a company\'s words, and a member\'s constituency after from', () => {
    const body =
      'Talks held\nMinister of Health Otabek Farhod o\'g\'li Rahimov met President of South Korea\'s Daeyang Textile Park Sung-ho, ' +
      'KOTRA Regional Director for CIS Park Min-seok, Senator from Samarkand region Dilorom Ergash qizi Yusupova and Congressman from Texas Michael McCaul.';
    assert.deepEqual(rolesOf(body), [
      ['Otabek Farhod o\'g\'li Rahimov', 'Minister of Health'],
      ['Park Sung-ho', 'President of South Korea\'s Daeyang Textile'],
      ['Park Min-seok', 'KOTRA Regional Director for CIS'],
      ['Dilorom Ergash qizi Yusupova', 'Senator from Samarkand region'],
      ['Michael McCaul', 'Congressman from Texas'],
    ]);
  });
  it('reads lower-case bodies after and other, a bracketed qualifier of two words joined by and, and no Park in a park', () => {
    const body =
      'Talks held\nPermanent Representative of Kazakhstan to the UN Office and other international organizations in Geneva Nurlan ' +
      'Sauranbayev met Deputy Secretary-General (Political and Security) of the Ministry of Foreign Affairs of Malaysia Dato\' Mohd Faizal ' +
      'bin Abdul Rahman and Serik Zhumabekov, Permanent Representative of Kazakhstan to the statutory and other bodies of the CIS. ' +
      'Ambassador Park Min-seok visited a textile park; Park said so.';
    assert.deepEqual(rolesOf(body), [
      ['Nurlan Sauranbayev', 'Permanent Representative of Kazakhstan to the UN Office and other international organizations in Geneva'],
      ['Mohd Faizal bin Abdul Rahman', 'Deputy Secretary-General (Political and Security) of the Ministry of Foreign Affairs of Malaysia'],
      ['Serik Zhumabekov', 'Permanent Representative of Kazakhstan to the statutory and other bodies of the CIS'],
      ['Park Min-seok', 'Ambassador'],
      ['Park', null],
    ]);
  });
  it('reads a lower-case body\'s possessive in a complement, a place a direction opens before its possessive office, and no person in a business its apposition names', () => {
    const body =
      'Rules change\nThe head of the ministry\'s Main Directorate for Migration Affairs, Irina Volodina, met Western Australia\'s Minister for ' +
      'Mines Daniel Whitford and executives of Erdenes Mongol, the state-owned mining company. Ivan Petrov, a company founder, came.';
    assert.deepEqual(rolesOf(body), [
      ['Irina Volodina', 'head of the ministry\'s Main Directorate for Migration Affairs'],
      ['Daniel Whitford', 'Western Australia\'s Minister for Mines'],
      ['Ivan Petrov', null],
    ]);
  });
  it('reads Nordic legal forms, an apposition through an organisation\'s possessive or a bare business noun, and Head of State as an office of its own', () => {
    const body =
      'Talks held\nCEO of Nordic Clean Steel Oy Henrik Aaltonen met Chief Executive Officer of Nordvind Energy A/S Søren Kjeldsen. Maria ' +
      'Ortiz, the World Bank\'s regional director for Central Asia, and Hiroshi Tanabe, executive officer of trading house Sojitz ' +
      'Corporation, came. The Head of State and President of Montenegro Andrija Vuković spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Henrik Aaltonen', 'CEO of Nordic Clean Steel Oy'],
      ['Søren Kjeldsen', 'Chief Executive Officer of Nordvind Energy A/S'],
      ['Maria Ortiz', 'World Bank\'s regional director for Central Asia'],
      ['Hiroshi Tanabe', 'executive officer of trading house Sojitz Corporation'],
      ['Andrija Vuković', 'President of Montenegro'],
    ]);
  });
  it('reads a lower-case portfolio of two tokens, companies listed after a plural title\'s of, Wali inside a name, party labels and EXPO 2017', () => {
    const body =
      'Talks held\nThe ministers of foreign affairs of the two countries, Yermek Kosherbayev and Aissatou Sarr, met representatives of ' +
      'TotalEnergies, Air Liquide, Alstom and Vicat, Afghan Foreign Minister Ahmad Wali Rahimzai, Social Democrat Jens Oberländer, the ' +
      'president of the Chamber of Commerce, Fabrizio Colombo, and Serik Baimukhanov, Commissioner of EXPO 2017.';
    assert.deepEqual(rolesOf(body), [
      ['Yermek Kosherbayev', 'ministers of foreign affairs of the two countries'],
      ['Aissatou Sarr', 'ministers of foreign affairs of the two countries'],
      ['Ahmad Wali Rahimzai', 'Afghan Foreign Minister'],
      ['Jens Oberländer', null],
      ['Fabrizio Colombo', 'president of the Chamber of Commerce'],
      ['Serik Baimukhanov', 'Commissioner of EXPO 2017'],
    ]);
  });
  it('reads no person in a shrine\'s namesake, and appositions of a state\'s lower-case office, a company\'s possessive, and a based analyst at a consultancy', () => {
    const body =
      'The President Visits the Mosque of Sultan Baybars in Cairo\nHe visited the Mosque of Sultan al-Zahir Baybars and the Mausoleum of ' +
      'Khoja Akhmet Yassawi; Sultan Baybars, a native of the steppe, is a symbol. Tesfaye Gebremedhin, Ethiopia\'s state minister of ' +
      'agriculture, Abdulrahman Al-Qahtani, ACWA Power\'s country director for Uzbekistan, and Rajesh Venkataraman, a Dubai-based ' +
      'analyst at shipping consultancy Drewry, came. A student, Dana Serikkyzy, thanked the Head of State for the grant.';
    assert.deepEqual(rolesOf(body), [
      ['Baybars', 'Sultan'],
      ['Tesfaye Gebremedhin', 'Ethiopia\'s state minister of agriculture'],
      ['Abdulrahman Al-Qahtani', 'ACWA Power\'s country director for Uzbekistan'],
      ['Rajesh Venkataraman', 'Dubai-based analyst at shipping consultancy Drewry'],
      ['Dana Serikkyzy', null],
    ]);
  });
  it('reads a legal form closing a company\'s name before a name of three words', () => {
    const body = 'Centre planned\nGeneral Director of Vkusny Dom LLC Andrei Sergeevich Volkov said so. Chairman of JSC Uzbekneftegaz Mehriddin Abdullayev agreed.';
    assert.deepEqual(rolesOf(body), [
      ['Andrei Sergeevich Volkov', 'General Director of Vkusny Dom LLC'],
      ['Mehriddin Abdullayev', 'Chairman of JSC Uzbekneftegaz'],
    ]);
  });
  it('reads Assessore as a title, and no person in a body\'s name closed by Significance', () => {
    const body = 'Commission met\nThe Commission on Water Facilities of Interstate Significance met Assessore for Tourism Giulia Fontanesi.';
    assert.deepEqual(rolesOf(body), [['Giulia Fontanesi', 'Assessore for Tourism']]);
  });
  it('reads a line closing with a lower-case word and and without reading past it', () => {
    assert.deepEqual(rolesOf('Talks held\nGhulam Sarwar Noori, Afghan deputy minister of commerce and'), [['Ghulam Sarwar Noori', 'Afghan deputy minister']]);
  });
  it('reads an Arabic family name after Al that is also a form of address, and bodies of utilities and inspectorates', () => {
    const body =
      'Talks held\nBahrain\'s Minister of Industry and Commerce Yousif bin Ahmed Al Sayed met Aidar Bekov, foreman of the Almaty heating ' +
      'networks, and Ivan Petrov, director of the Pavlodar water utility.';
    assert.deepEqual(rolesOf(body), [
      ['Yousif bin Ahmed Al Sayed', 'Bahrain\'s Minister of Industry and Commerce'],
      ['Aidar Bekov', 'foreman of the Almaty heating networks'],
      ['Ivan Petrov', 'director of the Pavlodar water utility'],
    ]);
  });
  it('reads an office whose complement ends in a head written before its name, across a comma and an academic style', () => {
    const body = 'Talks held\nHe met with the Rector of Universitas Gadjah Mada, Professor Bambang Purnomo, and Anna Berg, Professor Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [['Bambang Purnomo', 'Rector of Universitas Gadjah Mada'], ['Anna Berg', null], ['Ivan Petrov', 'Professor']]);
  });
  it('reads a royal household as a body, and no person in Adani Agri Fresh', () => {
    const body = 'Credentials presented\nHe met Head of the Royal Household Vincent de Saedeleer, and India\'s Adani Agri Fresh signed.';
    assert.deepEqual(rolesOf(body), [['Vincent de Saedeleer', 'Head of the Royal Household']]);
  });
  it('reads no name word in an age before a name, and Livestock as a portfolio word', () => {
    const body = 'Champion named\nTwenty-year-old Aibek Toktorov met Brazil\'s Deputy Minister of Agriculture and Livestock Rafael Teixeira Campos.';
    assert.deepEqual(rolesOf(body), [['Aibek Toktorov', null], ['Rafael Teixeira Campos', 'Brazil\'s Deputy Minister of Agriculture and Livestock']]);
  });
  it('joins offices across a comma after an opening adverb or before a body\'s member, and reads a company\'s acronym before its possessive', () => {
    const body = 'Talks held\nSeparately, Deputy Prime Minister, Minister of Foreign Affairs Murat Nurtleu met Minister of State for Foreign Affairs, ' +
      'Cabinet Member and Climate Envoy Adel Al-Jubeir. Later, ACWA Power’s Chief Investment Officer Abdulrahman Al-Qahtani spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Murat Nurtleu', 'Deputy Prime Minister, Minister of Foreign Affairs'],
      ['Adel Al-Jubeir', 'Minister of State for Foreign Affairs, Cabinet Member and Climate Envoy'],
      ['Abdulrahman Al-Qahtani', 'ACWA Power’s Chief Investment Officer'],
    ]);
  });
  it('reads a nationality after a place and of as the office\'s, and Textiles as a company\'s word', () => {
    const body = 'Talks held\nDuring the visit to Moscow of Brazilian Foreign Minister Eduardo Pimentel Ramos, Vice President of Deccan Textiles Anil Sharma spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Eduardo Pimentel Ramos', 'Brazilian Foreign Minister'], ['Anil Sharma', 'Vice President of Deccan Textiles'],
    ]);
  });
  it('reads a compass adjective after a state\'s possessive, two fields after for, and a quoted name after a lower-case society', () => {
    const body = 'Talks held\nThe governor of Iran\'s northern Golestan province, Ali-Reza Mousavi-Far, met deputy khokim for investments and ' +
      'foreign trade Dilshod Nazarov and Chairwoman of the Kazakh cultural society "Dostyk" Gulnara Sarsenbayeva.';
    assert.deepEqual(rolesOf(body), [
      ['Ali-Reza Mousavi-Far', 'governor of Iran\'s northern Golestan province'],
      ['Dilshod Nazarov', 'deputy khokim for investments and foreign trade'],
      ['Gulnara Sarsenbayeva', 'Chairwoman of the Kazakh cultural society "Dostyk"'],
    ]);
  });
  it('leaves a given name after a complement closed by a common word whole, though the article writes its surname alone after a title', () => {
    const body = 'Talks held\nHe received Minister of Foreign Affairs, Emigration and Egyptian Expatriates Khaled Abdel Moneim. Later Minister Abdel Moneim left.';
    assert.deepEqual(rolesOf(body), [
      ['Khaled Abdel Moneim', 'Minister of Foreign Affairs, Emigration and Egyptian Expatriates'], ['Abdel Moneim', 'Minister'],
    ]);
  });
  it('reads a spaced dash between two states in a body, a particle opening a company, and an honour before an occupation with its company', () => {
    const body = 'Awards presented\nHe met Chairman of the Viet Nam – Kazakhstan Friendship Association Nguyen Van Hoa and Al Nakheel Renewables ' +
      'Chief Executive Officer Faisal Al-Otaibi. The Order went to People\'s Artist of Kazakhstan, soloist of the Astana Opera Saule Tokhtarova and others.';
    assert.deepEqual(rolesOf(body), [
      ['Nguyen Van Hoa', 'Chairman of the Viet Nam – Kazakhstan Friendship Association'],
      ['Faisal Al-Otaibi', 'Al Nakheel Renewables Chief Executive Officer'],
      ['Saule Tokhtarova', 'People\'s Artist of Kazakhstan, soloist of the Astana Opera'],
    ]);
  });
  it('reads Mallam as a form of address and no person in Hari Raya Aidilfitri', () => {
    const body = 'Greetings sent\nOn Hari Raya Aidilfitri he met the Governor of Kaduna State, Mallam Ibrahim Danladi Musa, and Hari Krishnan.';
    assert.deepEqual(rolesOf(body), [['Ibrahim Danladi Musa', 'Governor of Kaduna State'], ['Hari Krishnan', null]]);
  });
  it('leaves a military rank (Police Major General) after a lower-case office and its comma out of the office, and reads a known Park after Mr.', () => {
    const body = 'Report heard\nThe head of the regional police department, Police Major General Marat Kozhakhmetov, spoke. ' +
      'Korea Textile chairman Park Min-jae came. Mr. Park noted that they built a textile park.';
    assert.deepEqual(rolesOf(body), [
      ['Marat Kozhakhmetov', 'head of the regional police department'], ['Park Min-jae', 'Korea Textile chairman'], ['Park', null],
    ]);
  });
  it('reads a quoted company nested in another before a name and in an apposition', () => {
    const body = 'Talks held\nChairman of the Management Board of JSC "NC "KazMunayGas" Askhat Khassenov met Talgat Aldabergenov, ' +
      'Chairman of the Board of JSC "NC "Kazakhstan Temir Zholy", and Ivan Petrov, director of LLP "Kazakhstan Paper".';
    assert.deepEqual(rolesOf(body), [
      ['Askhat Khassenov', 'Chairman of the Management Board of JSC "NC "KazMunayGas"'],
      ['Talgat Aldabergenov', 'Chairman of the Board of JSC "NC "Kazakhstan Temir Zholy"'],
      ['Ivan Petrov', 'director of LLP "Kazakhstan Paper"'],
    ]);
  });
  it('reads no person in Tau-Ken Samruk or Tau-Ken Altyn, and a Kazakh company opening a sentence before its leader\'s title', () => {
    const body = 'Tau-Ken Altyn launches refinery\nTau-Ken Altyn CEO Marat Seitkaliyev met the management of Kazatomprom and Tau-Ken Samruk.';
    assert.deepEqual(rolesOf(body), [['Marat Seitkaliyev', 'Tau-Ken Altyn CEO']]);
  });
  it('reads Chief State Sanitary Doctor, an apposition closed before where its body stands, Uzbek and Dari companies\' words and Alhaj', () => {
    const body = 'Awards presented\nChief State Sanitary Doctor of Kazakhstan Aidar Zhumabekov met Saule Iskakova, a nurse of the Aksu city hospital ' +
      'in Pavlodar region, Chairman of JSC Uzbekistan Temir Yullari Otabek Karimov and Alhaj Mohammad Yaqub Hamdard of Da Afghanistan Breshna Sherkat.';
    assert.deepEqual(rolesOf(body), [
      ['Aidar Zhumabekov', 'Chief State Sanitary Doctor of Kazakhstan'], ['Saule Iskakova', 'nurse of the Aksu city hospital'],
      ['Otabek Karimov', 'Chairman of JSC Uzbekistan Temir Yullari'], ['Mohammad Yaqub Hamdard', null],
    ]);
  });
  it('reads a numbered body\'s number after No. inside an apposition and before a name', () => {
    const body = 'Awards presented\nTamara Petrenko, the director of the school-lyceum No. 3, and Gulmira Seitkaliyeva, a mathematics teacher at ' +
      'School-Lyceum No. 7, were awarded.';
    assert.deepEqual(rolesOf(body), [
      ['Tamara Petrenko', 'director of the school-lyceum No. 3'], ['Gulmira Seitkaliyeva', 'mathematics teacher at School-Lyceum No. 7'],
    ]);
    assert.deepEqual(rolesOf('Awards presented\nDirector of school No. 12 Aigul Serik met the director of the school-lyceum No. 3 Tamara Petrenko.'), [
      ['Aigul Serik', 'Director of school No. 12'], ['Tamara Petrenko', 'director of the school-lyceum No. 3'],
    ]);
  });
  it('reads a community as an institution before its quoted name, and no person in Tamil Nadu', () => {
    const body = 'Diaspora met\nHead of the Kazakh community "Dostyk" Gulnar Abdrakhmanova spoke of ports in Gujarat and Tamil Nadu.';
    assert.deepEqual(rolesOf(body), [['Gulnar Abdrakhmanova', 'Head of the Kazakh community "Dostyk"']]);
  });
  it('reads a person after a trade that names businesses too when the name is shaped as a person\'s', () => {
    const body = 'Awards presented\nIt went to steelmaker Yerlan Mukanov and Brazilian exporter José Carlos Pereira da Silva, not the steelmaker SSAB Oxelosund.';
    assert.deepEqual(rolesOf(body), [['Yerlan Mukanov', null], ['José Carlos Pereira da Silva', null]]);
  });
  it('reads Hero and Heroine as titles, and no person in the Altyn Alka pendant', () => {
    const body = 'Awards presented\nThe Altyn Alka pendant went to Mother Heroine Zhibek Saparova and Hero of Labour of Kazakhstan Amangeldy Kassymov.';
    assert.deepEqual(rolesOf(body), [['Zhibek Saparova', 'Heroine'], ['Amangeldy Kassymov', 'Hero of Labour of Kazakhstan']]);
  });
  it('reads an honorary consul across a comma and a nationality\'s occupation as the name\'s office', () => {
    const body = 'Consul appointed\nHe met the new Honorary Consul of the Republic of Kazakhstan in Debrecen, Hungarian entrepreneur Gábor Szentmiklósi.';
    assert.deepEqual(rolesOf(body), [['Gábor Szentmiklósi', 'Honorary Consul of the Republic of Kazakhstan in Debrecen']]);
  });
  it('ends an apposition before a given name and surname after a business\'s one-word name', () => {
    const body = 'Awards presented\nAmong them were Gulnara Sadykova, the founder of the IT company Qazcode Dana Amanzholova and Aiymgul Toktarbekova.';
    assert.deepEqual(rolesOf(body), [['Gulnara Sadykova', null], ['Dana Amanzholova', 'founder of the IT company Qazcode'], ['Aiymgul Toktarbekova', null]]);
  });
  it('reads a spaced dash between a state and a region, Saudi as a nationality before a business noun, Ir. and a Romance connector in a name', () => {
    const body = 'Forum held\nHe met the President of the Brazil – Central Asia Chamber of Commerce, Fernanda Oliveira Costa. Abdulrahman Al-Shammari, ' +
      'CEO of the Saudi developer Riyadh Clean Power, came. So did Indonesia\'s Coordinating Minister for Food Affairs, Ir. Haryanto Wibisono, and Anna Berg, ' +
      'a soloist of the Teatro alla Scala.';
    assert.deepEqual(rolesOf(body), [
      ['Fernanda Oliveira Costa', 'President of the Brazil – Central Asia Chamber of Commerce'],
      ['Abdulrahman Al-Shammari', 'CEO of the Saudi developer Riyadh Clean Power'],
      ['Haryanto Wibisono', 'Indonesia\'s Coordinating Minister for Food Affairs'],
      ['Anna Berg', 'soloist of the Teatro alla Scala'],
    ]);
  });
  it('reads Food, Dairy and the Turkish Yapı as companies\' words before a name', () => {
    const body = 'Deals signed\nChairman of the Board of Turkish construction company Anadolu Yapı Mehmet Serdar Karaca met Chairwoman of Sao Mai Dairy ' +
      'Nguyen Thi Lan Huong and Budi Santoso Wijaya, president director of PT Nusantara Halal Food.';
    assert.deepEqual(rolesOf(body), [
      ['Mehmet Serdar Karaca', 'Chairman of the Board of Turkish construction company Anadolu Yapı'],
      ['Nguyen Thi Lan Huong', 'Chairwoman of Sao Mai Dairy'], ['Budi Santoso Wijaya', 'president director of PT Nusantara Halal Food'],
    ]);
  });
  it('keeps an office across a comma when the rank after it says one of its titles again', () => {
    const body = 'Talks held\nHe met the Crown Prince and Prime Minister of Bahrain, His Royal Highness Prince Salman bin Hamad. ' +
      'Later the King of Spain, Queen Letizia and the Crown Prince of Saudi Arabia, Prince Mohammed bin Salman, arrived.';
    assert.deepEqual(rolesOf(body), [
      ['Salman bin Hamad', 'Crown Prince and Prime Minister of Bahrain'], ['Letizia', 'Queen'], ['Mohammed bin Salman', 'Crown Prince of Saudi Arabia'],
    ]);
  });
  it('reads a lower-case unit and its place after the, with or without its state, in an office\'s complement', () => {
    const body = 'Governors met\nHe met Chief Minister of the Indian state of Kerala Pinarayi Vijayan, Governor of the US state of Utah Spencer Cox ' +
      'and the governor of the Russian region of Tatarstan, Rustam Minnikhanov.';
    assert.deepEqual(rolesOf(body), [
      ['Pinarayi Vijayan', 'Chief Minister of the Indian state of Kerala'], ['Spencer Cox', 'Governor of the US state of Utah'],
      ['Rustam Minnikhanov', 'governor of the Russian region of Tatarstan'],
    ]);
  });
  it('reads a state\'s possessive lower-case body after a portfolio, and customs as an institution', () => {
    const body = 'Talks held\nHe met Abdul Baradar, acting minister of public works of Afghanistan\'s interim government. ' +
      'Deputy Director of Khorgos customs Yerlan Saparov joined them.';
    assert.deepEqual(rolesOf(body), [
      ['Abdul Baradar', 'acting minister of public works of Afghanistan\'s interim government'], ['Yerlan Saparov', 'Deputy Director of Khorgos customs'],
    ]);
  });
  it('reads companies in a list with a described one, groups\' names, Kenyan CS and PS, and the minister in charge of a lower-case portfolio', () => {
    const body = 'Deals signed\nDeals were signed with Siemens Energy, Knauf, the French company Orano and Italy’s Maire Tecnimont, and contracts with ' +
      'Hyundai Rotem. Trade CS Lydia Chebet Kosgei, Foreign Affairs PS Kiprono Chelang\'a and the minister in charge of regional cooperation, ' +
      'Solange Mutesi, came to the Nelson Mandela Institution, Cheong Wa Dae said.';
    assert.deepEqual(rolesOf(body), [
      ['Lydia Chebet Kosgei', 'Trade CS'], ['Kiprono Chelang\'a', 'Foreign Affairs PS'], ['Solange Mutesi', 'minister in charge of regional cooperation'],
    ]);
  });
  it('reads His Eminence, Most Rev., Engr. and Mama as forms of address, an office before a style, and a legal form\'s short name', () => {
    const body = 'Condolences\nPresent were the Sultan of Sokoto and President-General of the Supreme Council for Islamic Affairs, His Eminence Alhaji ' +
      'Muhammad Abubakar III, the Catholic Archbishop of Abuja, Most Rev. Ignatius Kaigama, the Emir of Zazzau, Ambassador Ahmed Nuhu Bamalli, and the ' +
      'Chief Executive Officer of Nigerian National Petroleum Company Limited (NNPC Ltd), Engr. Bashir Ojulari. Mama Gertrude Sithebe was mourned by the ' +
      'Sithebe family, who prayed Almighty Allah for her. He left from Air Force Base Waterkloof. Ntate Motsamai Khethisa met Cllr Babalwa Lobishe.';
    assert.deepEqual(rolesOf(body), [
      ['Muhammad Abubakar III', 'Sultan of Sokoto and President-General of the Supreme Council for Islamic Affairs'],
      ['Ignatius Kaigama', 'Catholic Archbishop of Abuja'],
      ['Ahmed Nuhu Bamalli', 'Emir of Zazzau'], ['Bashir Ojulari', 'Chief Executive Officer of Nigerian National Petroleum Company Limited (NNPC Ltd)'],
      ['Gertrude Sithebe', null], ['Motsamai Khethisa', null], ['Babalwa Lobishe', null],
    ]);
  });
  it('reads a portfolio\'s lower-case words after its capitalised ones, a ministry\'s possessive and a research fellow in appositions', () => {
    const body = 'Talks held\nThey were led by Kim Tae-yeon, director general for FTA negotiations at the Ministry of Trade, Industry and Energy, ' +
      'Kanai Masaaki, director-general of the foreign ministry\'s Asian and Oceanian Affairs Bureau, and Seo Jae-won, special representative for ' +
      'Korean Peninsula peace and security affairs. Lee Ji-yong, a research fellow at the Asan Institute for Policy Studies, said so.';
    assert.deepEqual(rolesOf(body), [
      ['Kim Tae-yeon', 'director general for FTA negotiations at the Ministry of Trade, Industry and Energy'],
      ['Kanai Masaaki', 'director-general of the foreign ministry\'s Asian and Oceanian Affairs Bureau'],
      ['Seo Jae-won', 'special representative for Korean Peninsula peace and security affairs'],
      ['Lee Ji-yong', 'research fellow at the Asan Institute for Policy Studies'],
    ]);
  });
  it('reads round-two cases: credentials as an appointment, a negotiator, a holiday as a father\'s name, firms, studios and a speaker after a name', () => {
    const body = 'Credentials presented\nHe received the credentials of HE Aidos Temirkhanov as Ambassador of Kazakhstan. Azerbaijan\'s Chief Negotiator ' +
      'Yalchin Rafiyev, People\'s Artist Elshan Gurban oglu Mansimov and Director of ADY Container Ramil Mammadli met Atlas Copco and Alfa Laval at the ' +
      'Shaken Aimanov Kazakhfilm Studio. Mr. Wang will also be received by King Letsie III, the spokesperson said.';
    assert.deepEqual(rolesOf(body), [
      ['Aidos Temirkhanov', 'Ambassador of Kazakhstan'], ['Yalchin Rafiyev', 'Azerbaijan\'s Chief Negotiator'],
      ['Elshan Gurban oglu Mansimov', 'People\'s Artist'], ['Ramil Mammadli', 'Director of ADY Container'], ['Wang', null], ['Letsie III', 'King'],
    ]);
  });
  it('reads a nationality before an occupation at an institution, and a terminal as an institution\'s noun', () => {
    const body = 'Experts\nIt was said by Mamadou Diallo, a Senegalese economist at Cheikh Anta Diop University in Dakar, and Hasanova Sevinj Tofig qizi – ' +
      'director of the railway terminal of the Baku International Sea Trade Port.';
    assert.deepEqual(rolesOf(body), [
      ['Mamadou Diallo', 'Senegalese economist at Cheikh Anta Diop University'],
      ['Hasanova Sevinj Tofig qizi', 'director of the railway terminal of the Baku International Sea Trade Port'],
    ]);
  });
  it('reads Per opening a full name after a complement as a given name', () => {
    const body = 'Talks\nHe met Chair of the Storting’s Standing Committee on Foreign Affairs and Defence Per Olav Lunde. Oil sold at 80 dollars per barrel.';
    assert.deepEqual(rolesOf(body), [['Per Olav Lunde', 'Chair of the Storting’s Standing Committee on Foreign Affairs and Defence']]);
  });
  it('reads round-three cases: an office that is the name before\'s apposition, companies by their nouns and words, a street, a place of two words before -based', () => {
    const body = 'Visits\nThey met Zsolt Németh, Chairman of the Foreign Affairs Committee, MP Ágnes Vadai. Eni, Leonardo and Maire Tecnimont, plants of Pindad and Bio Farma, the hotel chain ' +
      'Dusit Thani, the grain trader Astyk Trans, Sime Darby Plantation and the Aitmatov House-Museum on Jalan Jenderal Sudirman were shown to the grain ' +
      'trader Ivan Petrov and Siti Aisyah binti Kamarudin, the founder of the Kuala Lumpur-based start-up HalalChain.';
    assert.deepEqual(rolesOf(body), [
      ['Zsolt Németh', 'Chairman of the Foreign Affairs Committee'], ['Ágnes Vadai', 'MP'], ['Ivan Petrov', null],
      ['Siti Aisyah binti Kamarudin', 'founder of the Kuala Lumpur-based start-up HalalChain'],
    ]);
  });
  it('reads round-four cases: EAM, EUSR, a chamber\'s speaker, a participle\'s object, a company list holding an ampersand', () => {
    const body = 'Visits\nWelcoming the delegates, Mr Bhardwaj said EAM Kulkarni and EUSR Eduards Stiprais would meet Kyrgyz parliament Speaker ' +
      'Marlen Mamataliev. Representing the President, Ambassador Anna Berg named Indian firms such as Tata Projects, Mahindra & Mahindra and Godrej Agrovet.';
    assert.deepEqual(rolesOf(body), [
      ['Bhardwaj', null], ['Kulkarni', 'EAM'], ['Eduards Stiprais', 'EUSR'], ['Marlen Mamataliev', 'Kyrgyz parliament Speaker'], ['Anna Berg', 'Ambassador'],
    ]);
  });
  it('reads round-four Pakistani cases: MNA, Additional Secretary, ur in a name, a commerce secretary, a capitalised list of firms, headquarters', () => {
    const body = 'Meetings\nMNA Syeda Nosheen Iftikhar and Additional Secretary (Inter-Parliamentary Relations) Ghulam Mustafa Panhwar met Jamaat-e-Islami ' +
      'chief Hafiz Naeem ur Rehman. Former commerce secretary Younus Dagha came to the General Headquarters. Firms such as Lucky Cement, ' +
      'Fauji Fertilizer and Habib Bank Limited had shown interest.';
    assert.deepEqual(rolesOf(body), [
      ['Syeda Nosheen Iftikhar', 'MNA'], ['Ghulam Mustafa Panhwar', 'Additional Secretary (Inter-Parliamentary Relations)'],
      ['Hafiz Naeem ur Rehman', 'Jamaat-e-Islami chief'], ['Younus Dagha', 'Former commerce secretary'],
    ]);
  });
  it('reads a lower-case field after for and a place, before at, in an office before a name', () => {
    const body = 'Talks\nHe met the director general for South Asia affairs at the Foreign Ministry, Mohammad-Reza Bahrami.';
    assert.deepEqual(rolesOf(body), [['Mohammad-Reza Bahrami', 'director general for South Asia affairs at the Foreign Ministry']]);
  });
  it('reads a bracketed qualifier of two places joined by and after a title', () => {
    const body = 'Committee\nAdditional Secretary (Afghanistan and West Asia) Ali Asad Gillani told the committee.';
    assert.deepEqual(rolesOf(body), [['Ali Asad Gillani', 'Additional Secretary (Afghanistan and West Asia)']]);
  });
  it('keeps a lower-case legal form in an office before a name, and reads a hall named after someone as no person', () => {
    const body = 'Meetings\nHe met with Chief Executive Officer of Linde plc Sanjiv Lamba. A festival opened at the Lyudmila Zhivkova hall.';
    assert.deepEqual(rolesOf(body), [['Sanjiv Lamba', 'Chief Executive Officer of Linde plc']]);
  });
  it('reads round-five cases: who holds the post of, a unit before its state, Malaysian forms of address, places and mills', () => {
    const body = 'Talks\nHe met Yerlan Kozhabekov, who also holds the post of Minister of Trade and Integration, and Governor of Bayan-Ölgii aimag of ' +
      'Mongolia Aibek Khabdulkhan at Seri Perdana. It was signed by UiTM vice-chancellor Prof Datuk Ts Dr Khairul Anuar Mohd Ali and Deputy Foreign ' +
      'Minister Datuk Hajah Siti Aminah Abdul Rahim. Flights link Ha Noi; flour millers San Miguel Mills came.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Kozhabekov', 'Minister of Trade and Integration'], ['Aibek Khabdulkhan', 'Governor of Bayan-Ölgii aimag of Mongolia'],
      ['Khairul Anuar Mohd Ali', 'UiTM vice-chancellor'], ['Siti Aminah Abdul Rahim', 'Deputy Foreign Minister'],
    ]);
  });
  it('reads an accreditation as an appointment, a concurrent accreditation between commas, and a double-barrelled surname ending in Hall', () => {
    const body = 'Consuls\nHe delivered the exequatur accrediting Mr. Francisco Lozano Garza as Honorary Consul of Uzbekistan in Guadalajara. He met the ' +
      'Ambassador of Kazakhstan to Brazil, with concurrent accreditation to Uruguay, Nurlan Zhumagulov, and Secretary-General of the Caribbean ' +
      'Community, Dr. Everton McKenzie-Hall. They talked of Aberdeen Angus embryos.';
    assert.deepEqual(rolesOf(body), [
      ['Francisco Lozano Garza', 'Honorary Consul of Uzbekistan in Guadalajara'], ['Nurlan Zhumagulov', 'Ambassador of Kazakhstan to Brazil'],
      ['Everton McKenzie-Hall', 'Secretary-General of the Caribbean Community'],
    ]);
  });
  it('reads a residence in brackets without with between an office and the name', () => {
    const body = 'Credentials\nHe received Ambassador of the Republic of Chad to Kazakhstan (residence in Moscow) Mahamat Saleh Annadif.';
    assert.deepEqual(rolesOf(body), [['Mahamat Saleh Annadif', 'Ambassador of the Republic of Chad to Kazakhstan']]);
  });
  it('reads a contractor as a business noun after a nationality, and concluding a mission as an office\'s end', () => {
    const body = 'Meetings\nHe met Muhammad Karim, a senior engineer with the Afghan contractor Hamid Construction, and Anna Berg, concluding her mission as ' +
      'Ambassador of Sweden. The contractor Ivan Petrov spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Muhammad Karim', 'senior engineer with the Afghan contractor Hamid Construction'], ['Anna Berg', 'Ambassador of Sweden'], ['Ivan Petrov', null],
    ]);
  });
  it('reads round-seven cases: who is also accredited to, an agricultural coordinator, a lawyer named Jordan, laws\' names', () => {
    const body = 'Envoys\nHe met Zambia’s Ambassador to the Russian Federation, who is also accredited to Kazakhstan, H.E. Mrs. Chileshe Mulenga-Phiri, ' +
      'Provincial Agricultural Coordinator Mr. Chanda Musonda and Jordan Ellis, a lawyer with the Bishkek-based NGO Adilet, on the Protocol on ' +
      'Democracy and Good Governance and the Due Diligence Directive.';
    assert.deepEqual(rolesOf(body), [
      ['Chileshe Mulenga-Phiri', 'Zambia’s Ambassador to the Russian Federation'], ['Chanda Musonda', 'Provincial Agricultural Coordinator'],
      ['Jordan Ellis', 'lawyer with the Bishkek-based NGO Adilet'],
    ]);
  });
  it('reads round-nine cases: a field of study after of and a place, second and third before titles, charities and initiatives named after people', () => {
    const body = 'Experts\nPark Ji-won, professor of Central Asian studies at Hankuk University of Foreign Studies, met Oh Jin-seok, the third deputy director ' +
      'of the National Security Office. Ivan Petrov, Ambassador of Japan stressed it. They work with the Mohammed bin Rashid Al Maktoum Global Initiatives ' +
      'and the Zayed bin Sultan Al Nahyan Charitable and Humanitarian Foundation.';
    assert.deepEqual(rolesOf(body), [
      ['Park Ji-won', 'professor of Central Asian studies at Hankuk University of Foreign Studies'],
      ['Oh Jin-seok', 'third deputy director of the National Security Office'], ['Ivan Petrov', 'Ambassador of Japan'],
    ]);
  });
  it('reads a colon in a list of appointments as an apposition, a residence in a place with a particle, and a lone particle surname', () => {
    const body = 'Cabinet\nThe Cabinet appointed: Mr. Patrick Rugamba Kabera: Ambassador of Rwanda to the Republic of Indonesia; Mr. Didier Ntwari Kamanzi: ' +
      'City Manager. He met the Ambassador of Viet Nam to Rwanda, resident in Dar es Salaam, Nguyen Nam Tien, and Do Thanh Hai. Mr Do said so.';
    assert.deepEqual(rolesOf(body), [
      ['Patrick Rugamba Kabera', 'Ambassador of Rwanda to the Republic of Indonesia'], ['Didier Ntwari Kamanzi', 'City Manager'],
      ['Nguyen Nam Tien', 'Ambassador of Viet Nam to Rwanda'], ['Do Thanh Hai', null], ['Do', null],
    ]);
  });
  it('reads round-ten cases: Ir without its point, Rail as a company\'s word, Brazilian cities', () => {
    const body = 'Visits\nThe agreement was signed by UTM Vice-Chancellor Prof Datuk Ir Ts Dr Rosli Ahmad. Swiss companies, among them ABB Switzerland and ' +
      'Stadler Rail, came to Curitiba and Porto Alegre.';
    assert.deepEqual(rolesOf(body), [['Rosli Ahmad', 'UTM Vice-Chancellor']]);
  });
  it('reads an office joined by and concurrently, and then- before a title', () => {
    const body = 'Visits\nHe met Ambassador of Kazakhstan to Ethiopia and concurrently Permanent Representative to the African Union Daniyar Sarsenbayev ' +
      'during the state visit of then-President Yoon Suk Yeol.';
    assert.deepEqual(rolesOf(body), [
      ['Daniyar Sarsenbayev', 'Ambassador of Kazakhstan to Ethiopia and concurrently Permanent Representative to the African Union'],
      ['Yoon Suk Yeol', 'then-President'],
    ]);
  });
  it('reads Justice before a judge\'s name as a title, and keeps it a portfolio in an office', () => {
    const body = 'Courts\nChief Justice Martha Koome met Justice Isaac Lenaola. Minister of Justice Azamat Yeskarayev and Justice Minister Erlan Sarsembayev came.';
    assert.deepEqual(rolesOf(body), [
      ['Martha Koome', 'Chief Justice'], ['Isaac Lenaola', 'Justice'], ['Azamat Yeskarayev', 'Minister of Justice'], ['Erlan Sarsembayev', 'Justice Minister'],
    ]);
  });
  it('reads no person in a works named for two industries, a partnership, a bracketed branch before its legal form or a firm of brothers', () => {
    const body = 'Business\nThey brought Magnitogorsk Iron and Steel Works and Kamaz in. It was confirmed by the British auditor Gaffney, Cline & Associates. ' +
      'Executives of Petronas Carigali (Turkmenistan) Sdn Bhd came, as did Ferrero, Fratelli Martini and Siemens Healthineers, Hermann Klein Bau ' +
      'and Gauff Engineering. Chairman Mehmet Yalcinkaya and Gazprom Export Director Elena Burmistrova came.';
    assert.deepEqual(rolesOf(body), [['Mehmet Yalcinkaya', 'Chairman'], ['Elena Burmistrova', 'Gazprom Export Director']]);
  });
  it('reads an office named after an honorific place, a newly held office before a style, and an anniversary of an election', () => {
    const body = 'Offices\nHe heard the khyakim of Arkadag city Begmyrat Annayev. He received the new head of the Irish diplomatic mission, Ambassador Maeve Collins. ' +
      'He congratulated Ilham Aliyev on the 20th anniversary of his election as President of Azerbaijan, and Frederick Shava on his ' +
      're-appointment as Minister of Foreign Affairs. Wang Yi, who also serves as China\'s foreign minister, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Begmyrat Annayev', 'khyakim of Arkadag city'], ['Maeve Collins', 'head of the Irish diplomatic mission'], ['Ilham Aliyev', 'President of Azerbaijan'],
      ['Frederick Shava', 'Minister of Foreign Affairs'], ['Wang Yi', 'China\'s foreign minister'],
    ]);
  });
  it('ends an apposition before lower-case plural titles of other guests, and reads quoted names with a year or after the board of', () => {
    const body = 'Guests\nIt was attended by Aibek Smadiyarov, Minister of Culture, heads of diplomatic missions and guests. Deputy chairman of the board ' +
      'of "Astana EXPO-2017" national company Rapil Zhoshybayev spoke. Marat Zhaksybekov, chairman of the board of "Kazakh Invest" regional branch, and ' +
      'Mr. Joaquín Arrieta, Publisher of Diplomat Magazine, came.';
    assert.deepEqual(rolesOf(body), [
      ['Aibek Smadiyarov', 'Minister of Culture'], ['Rapil Zhoshybayev', 'Deputy chairman of the board of "Astana EXPO-2017" national company'],
      ['Marat Zhaksybekov', 'chairman of the board of "Kazakh Invest" regional branch'], ['Joaquín Arrieta', 'Publisher of Diplomat Magazine'],
    ]);
  });
  it('reads a situation in a place as an envoy\'s field, before a name and in an apposition', () => {
    const body = 'Envoys\nHe met the EU Special Representative for the South Caucasus and the crisis in Georgia, Henrik Sjöberg. The UN Special Envoy for the situation in Yemen Hans Grundberg spoke. ' +
      'He received Ilse Marquardt, the Special Envoy for the Sahel and the conflict in Mali, on Tuesday.';
    assert.deepEqual(rolesOf(body), [
      ['Henrik Sjöberg', 'EU Special Representative for the South Caucasus and the crisis in Georgia'], ['Hans Grundberg', 'UN Special Envoy for the situation in Yemen'],
      ['Ilse Marquardt', 'Special Envoy for the Sahel and the conflict in Mali'],
    ]);
  });
  it('reads a nuncio\'s office before a style, a past post after an opening phrase\'s name, a place opening a sentence\'s body and Pak as a surname', () => {
    const body = 'Posts\nAbu Dhabi Ports CEO Mohamed Juma Al Shamisi came. He met the Apostolic Nuncio to Kazakhstan Archbishop Lucian Paterson. ' +
      'By Decree of the Head of State, Dinara Zhaksybekova, previously Director of the Asia Department, has been appointed Ambassador. ' +
      'The director of the Kostanay Agro company Viktor Pak and Yerlan Seitkali, chairman of the board of the Kazakh national company KTZ Express, ' +
      'and Pablo Ferrer, logistics director at the Port of Valencia, spoke at the Sabarmati Ashram, founded by Mahatma Gandhi.';
    assert.deepEqual(rolesOf(body), [
      ['Mohamed Juma Al Shamisi', 'Abu Dhabi Ports CEO'], ['Lucian Paterson', 'Apostolic Nuncio to Kazakhstan'], ['Dinara Zhaksybekova', 'Director of the Asia Department'],
      ['Viktor Pak', 'director of the Kostanay Agro company'], ['Yerlan Seitkali', 'chairman of the board of the Kazakh national company KTZ Express'],
      ['Pablo Ferrer', 'logistics director at the Port of Valencia'], ['Gandhi', null],
    ]);
  });
  it('reads no person in an agency\'s city office, a castello, a white spring, a firm of sons or Tetra Pak', () => {
    const body = 'Places\nWith JETRO Osaka, N. Duissenov toured the Castello Sforzesco and the resorts of Shymbulak and Ak Bulak; Naranjas Martínez e Hijos ' +
      'and Tetra Pak came.';
    assert.deepEqual(rolesOf(body), [['N. Duissenov', null]]);
  });
  it('reads a chief doctor\'s post, a unit at its hospital, a rank after an honour, a firm\'s possessive of two words and a metropolis', () => {
    const body = 'Posts\nChief Sanitary Doctor Yerlan Kiyasov and Dr. Yerlan Mukhamediyarov, head of the intensive care unit at the Regional Hospital in ' +
      'Karaganda, came with the hero of the independence movement, General Hong Beom-do, and Standard Chartered’s Chief Executive for Central Asia, ' +
      'Rahul Menon. He is to meet the president of the Lyon Metropolis, Bruno Delorme, and Alderman Michael Hartley-Crane.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Kiyasov', 'Chief Sanitary Doctor'], ['Yerlan Mukhamediyarov', 'head of the intensive care unit at the Regional Hospital in Karaganda'],
      ['Hong Beom-do', 'General'], ['Rahul Menon', 'Standard Chartered’s Chief Executive for Central Asia'], ['Bruno Delorme', 'president of the Lyon Metropolis'],
      ['Michael Hartley-Crane', 'Alderman'],
    ]);
  });
  it('reads no person in firms named as people, a trust, an acronym\'s company inside another\'s office, or a titled honoree of a mausoleum', () => {
    const body = 'Firms\nHe met Mohammad Abunayyan, Chairman of the Board of Directors of Saudi Arabia’s ACWA Power. ACWA Power and Philip Morris ' +
      'International came; CEO of the British company Johnson Matthey Richard Ashworth visited the mausoleum of Imam al-Bukhari. Samruk-Kazyna Trust paid. ' +
      'Later Richard Ashworth left.';
    assert.deepEqual(rolesOf(body), [
      ['Mohammad Abunayyan', 'Chairman of the Board of Directors of Saudi Arabia’s ACWA Power'], ['Richard Ashworth', 'CEO of the British company Johnson Matthey'],
      ['Richard Ashworth', null],
    ]);
  });
  it('joins a body\'s member after and to an office, and reads the office owning a body after a ruler\'s style', () => {
    const body = 'Gulf\nHe met Minister of State for Foreign Affairs and Cabinet Member Adel Al-Jubeir and Head of His Highness the Crown Prince\'s Diwan ' +
      'Jamal Al-Thiyab, and the Minister of Trade and Industry Ali Khan.';
    assert.deepEqual(rolesOf(body), [
      ['Adel Al-Jubeir', 'Minister of State for Foreign Affairs and Cabinet Member'], ['Jamal Al-Thiyab', 'Head of His Highness the Crown Prince\'s Diwan'],
      ['Ali Khan', 'Minister of Trade and Industry'],
    ]);
  });
  it('reads no person before a lower-case monument, in a museum of two fields joined by and, or in a lycée, and no body before a title after of', () => {
    const body = 'Visits\nHe laid a wreath at the Otan Korgaushylar monument, visited the Abai Kunanbayev Literary and Memorial Museum and the Lycée ' +
      'Français, and was briefed on the reforms of the Government of President Javier Milei.';
    assert.deepEqual(rolesOf(body), [['Javier Milei', 'President']]);
  });
  it('reads a quoted name whose line opens with a lower-case word before it', () => {
    assert.deepEqual(rolesOf('Exhibits\nphotographs "Astana - Heart of Eurasia".'), []);
    assert.deepEqual(rolesOf('Firms\nand "Daewoo E&C". The Korean businessmen came.'), []);
  });
  it('reads a list of appointees one a line, a spokesperson to the President, clergy giving way to an office, honours\' letters and Kenyan titles', () => {
    const body = 'Heads of Mission\nThe President appointed the following persons as Heads of Mission:\nMs Nomvula Dlamini-Khoza as High Commissioner to the ' +
      'Republic of Kenya;\nAdv. Kagiso Molefe as Ambassador to the Kingdom of Saudi Arabia;\nIt was said by the Spokesperson to the President, Mr Vincent ' +
      'Magwenya. His Excellency Archbishop Luigi Ferrante, Apostolic Nuncio of the Holy See, and His Excellency Bola Ahmed Tinubu, GCFR, President of ' +
      'Nigeria, came. Ruto nominated Amb. Kipkemboi Sang as Principal Secretary and former Kisumu Woman Representative Joyce Atieno Ouma; Foreign and ' +
      'Diaspora Affairs CS Rose Wanjiru Kamau signed. Ambassador Vardan Sargsyan, who previously served as Consul General in Los Angeles, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Nomvula Dlamini-Khoza', 'High Commissioner to the Republic of Kenya'], ['Kagiso Molefe', 'Ambassador to the Kingdom of Saudi Arabia'],
      ['Vincent Magwenya', 'Spokesperson to the President'], ['Luigi Ferrante', 'Apostolic Nuncio of the Holy See'], ['Bola Ahmed Tinubu', 'President of Nigeria'],
      ['Kipkemboi Sang', 'Principal Secretary'], ['Joyce Atieno Ouma', 'former Kisumu Woman Representative'],
      ['Rose Wanjiru Kamau', 'Foreign and Diaspora Affairs CS'], ['Vardan Sargsyan', 'Ambassador'],
    ]);
  });
  it('reads no person in an EU mission, an archipelago, showgrounds or Tan Son Nhat', () => {
    const body = 'Places\nThe EU supports EUBAM Rafah and EUPOL COPPS near the Chagos Archipelago, the Komani Showgrounds and Tan Son Nhat airport.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('ends a name at a generational suffix, reads credentials presented as an office, and no office for a lower-case description', () => {
    const body = 'Guests\nIt was sent to President Ferdinand R. Marcos Jr. Guests enjoyed it. H.E. Ms. Nthabiseng Mokoena-Dube presented her credentials as ' +
      'Permanent Representative of South Africa. The Kazakh representative, Deputy Foreign Minister Alibek Bakayev, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Ferdinand R. Marcos Jr.', 'President'], ['Nthabiseng Mokoena-Dube', 'Permanent Representative of South Africa'], ['Alibek Bakayev', 'Deputy Foreign Minister'],
    ]);
  });
  it('reads no person in a troupe, a kitchen, a château, a Kurhaus, a stichting, cars, goods or a railway', () => {
    const body = 'Venues\nThe Kabataan Dance Troupe and Lola Remedios Kitchen came to the Château de Senningen and the Grand Hotel Amrâth Kurhaus; the ' +
      'Stichting Vluchtelingenwerk, Volvo Cars and Emergency Relief Goods, and the Gashuun Sukhait-Gantsmod railway.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('runs an apposition\'s role through an ampersand between a company\'s capitalised words', () => {
    const body = 'Firms\nDaniela Kapfer, managing partner of Plasser & Theurer, presented a project.';
    assert.deepEqual(rolesOf(body), [['Daniela Kapfer', 'managing partner of Plasser & Theurer']]);
  });
  it('reads no person in a memorial to one called the …, and keeps a body that owns a spokesperson in the role', () => {
    const body = 'Memorials\nWreaths were laid at the Monument to the Tsar Liberator and the monument to Abai Kunanbayev. ' +
      "The ministry's spokesperson Aibek Smadiyarov and Putin's spokesman Dmitry Peskov spoke.";
    assert.deepEqual(rolesOf(body), [['Abai Kunanbayev', null], ['Aibek Smadiyarov', "ministry's spokesperson"], ['Dmitry Peskov', "Putin's spokesman"]]);
  });
  it('runs an office through a serial comma, after an appointment to His Majesty\'s office, to an embassy a state\'s adjective opens, and through dan', () => {
    const body = 'Offices\nUnder Secretary of State for Economic Growth, Energy, and the Environment Nathan Brightwell spoke. ' +
      'Mr Oliver Pemberton has been appointed His Majesty’s Ambassador to Turkmenistan. ' +
      'Mehmet Emin Doğan previously served as deputy head of mission at the Turkish Embassy in Tbilisi. ' +
      "Director-General of Dewan Bahasa dan Pustaka Dato' Dr. Ramli Yusof spoke. António Costa, President of the European Council, and Ursula von der Leyen met.";
    assert.deepEqual(rolesOf(body), [
      ['Nathan Brightwell', 'Under Secretary of State for Economic Growth, Energy, and the Environment'],
      ['Oliver Pemberton', 'Ambassador to Turkmenistan'],
      ['Mehmet Emin Doğan', 'deputy head of mission at the Turkish Embassy'],
      ['Ramli Yusof', 'Director-General of Dewan Bahasa dan Pustaka'],
      ['António Costa', 'President of the European Council'],
      ['Ursula von der Leyen', null],
    ]);
  });
  it('reads no person in a firm of General Trading, a Survey or a festival after its particle, and Galaktion as a given name', () => {
    const body = 'Firms\nThe funds went to Hamilton Rhodes General Trading, the U.S. Geological Survey and the Festival du Livre de Paris. ' +
      'They stood near the house-museum of Galaktion Tabidze.';
    assert.deepEqual(rolesOf(body), [['Galaktion Tabidze', null]]);
  });
  it('reads a business unit between a business and its leader\'s title, a further office after its state, a bracket with a possessive and serving as', () => {
    const body = 'Units\nKOTRA Almaty office director Park Seo-yeon and Halyk Bank board chairman Umut Shayakhmetova came; The office director Ivan Petrov too. ' +
      'It was chaired by Wang Yi, member of the Political Bureau of the CPC Central Committee and Chinese foreign minister, in Beijing. ' +
      "Chairman of the Halk Maslahaty (People's Council) of Turkmenistan Gurbanguly Berdimuhamedov came when Kassym-Jomart Tokayev was serving as Minister of Foreign Affairs.";
    assert.deepEqual(rolesOf(body), [
      ['Park Seo-yeon', 'KOTRA Almaty office director'],
      ['Umut Shayakhmetova', 'Halyk Bank board chairman'],
      ['Ivan Petrov', 'director'],
      ['Wang Yi', 'member of the Political Bureau of the CPC Central Committee and Chinese foreign minister'],
      ['Gurbanguly Berdimuhamedov', "Chairman of the Halk Maslahaty (People's Council) of Turkmenistan"],
      ['Kassym-Jomart Tokayev', 'Minister of Foreign Affairs'],
    ]);
  });
  it('reads no person in a minaret, a madrasa, a museum-reserve, a dynasty, a paradise or a smelter', () => {
    const body = 'Sites\nThe Itchan Kala museum-reserve, the Islam Khodja minaret, the Kukeldash madrasa, Tang Dynasty poems, the Tang Paradise ' +
      'and Kazakhstan Aluminium Smelter were shown.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('reads an office after was earlier, is currently or who was previously, and none after is now in', () => {
    const body = "Posts\nMr. Morales was earlier Chile's Ambassador to the Republic of Türkiye. Ivan Petrov is currently Ambassador to Spain. " +
      'Anna Berg, who was previously Deputy Minister of Energy, came. Karl Ott is now in Astana.';
    assert.deepEqual(rolesOf(body), [
      ['Morales', "Chile's Ambassador to the Republic of Türkiye"], ['Ivan Petrov', 'Ambassador to Spain'], ['Anna Berg', 'Deputy Minister of Energy'], ['Karl Ott', null],
    ]);
  });
  it('runs an apposition\'s office through for relations with', () => {
    const body = 'MEPs\nA group of MEPs led by Tonino Picula, Chair of the Delegation for relations with Central Asia, arrived.';
    assert.deepEqual(rolesOf(body), [['Tonino Picula', 'Chair of the Delegation for relations with Central Asia']]);
  });
  it('reads no person in a company a Chinese province opens, and a group\'s company before its possessive', () => {
    const body = 'Firms\nERG and China’s Jiangsu Delong agreed. Xinjiang Governor Erkin Tuniyaz came with Toyota Tsusho’s General Manager for Central Asia, Yuki Ishikawa.';
    assert.deepEqual(rolesOf(body), [['Erkin Tuniyaz', 'Xinjiang Governor'], ['Yuki Ishikawa', 'Toyota Tsusho’s General Manager for Central Asia']]);
  });
  it('reads a listed office before and as another\'s, a lower-case committee chair, a consular officer and Khoja as a form of address', () => {
    const body = 'Posts\nThe event was attended by the Senate Speaker, the Mazhilis Chairman and Prime Minister Olzhas Bektenov. ' +
      "The committee chair, Azat Peruashev, noted it. The Embassy's consular officer Zhanar Bekmukhambetova received citizens. " +
      'The University named after Khoja Ahmed Yasawi hosted it.';
    assert.deepEqual(rolesOf(body), [
      ['Olzhas Bektenov', 'Prime Minister'], ['Azat Peruashev', 'committee chair'], ['Zhanar Bekmukhambetova', "Embassy's consular officer"],
    ]);
  });
  it('reads no person in Polish, Hungarian, Dutch, German and Italian bodies\' words', () => {
    const body = 'Firms\nGedeon Richter, KGHM Polska Miedź, Grupa Azoty, Magyar Telekom, the Stipendium Hungaricum, the Franckesche Stiftungen, ' +
      'the Tweede Kamer and the Istituto Centrale per la Patologia degli Archivi took part.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('gives a plural honour\'s title to each name of its list', () => {
    const body = 'Heroes\nThey honoured the feat of Heroes of the Soviet Union Aliya Moldagulova and Manshuk Mametova.';
    assert.deepEqual(rolesOf(body), [['Aliya Moldagulova', 'Heroes of the Soviet Union'], ['Manshuk Mametova', 'Heroes of the Soviet Union']]);
  });
  it('reads no person in a railway of Temir Zholu or a Bergbau company', () => {
    const body = 'Firms\nKazakhstan Temir Zholy and Kyrgyz Temir Zholu signed; Chief Executive Officer of HMS Bergbau Dennis Schwindt came.';
    assert.deepEqual(rolesOf(body), [['Dennis Schwindt', 'Chief Executive Officer of HMS Bergbau']]);
  });
  it('reads the office after later served as, to take up the post of and as its new, and no name in a language confirmed by a spelling', () => {
    const body = 'Posts\nSeitkali Ospanov later served as Deputy Foreign Minister. Ahmad Rizal, who is to take up the post of Ambassador of Malaysia, came. ' +
      'The bank announced the appointment of Ozan Demirkaya as its new Country Manager for Tajikistan. Ambassador Ruslan Abdikalikov speaks Kazakh, Russian and English. ' +
      'The State Unitary Enterprise and the Cinéma Le Balzac opened.';
    assert.deepEqual(rolesOf(body), [
      ['Seitkali Ospanov', 'Deputy Foreign Minister'], ['Ahmad Rizal', 'Ambassador of Malaysia'], ['Ozan Demirkaya', 'Country Manager for Tajikistan'], ['Ruslan Abdikalikov', 'Ambassador'],
    ]);
  });
  it('reads an office before at the time and a comma, a lower-case department of two fields, and Relief in an office', () => {
    const body = 'Envoys\nIt was what the UN Special Envoy for Syria at the time, Staffan de Mistura, called a step. ' +
      'Mawlawi Sediqullah Quraishi, head of the information and culture department of Nangarhar, said. ' +
      'UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator Tom Fletcher warned.';
    assert.deepEqual(rolesOf(body), [
      ['Staffan de Mistura', 'UN Special Envoy for Syria'],
      ['Sediqullah Quraishi', 'head of the information and culture department of Nangarhar'],
      ['Tom Fletcher', 'UN Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator'],
    ]);
  });
  it('reads the office of an official inauguration, and no person in a prayer, Novo Nordisk or after a sentence\'s occupation', () => {
    const body = 'Telegrams\nHe congratulated Olivier Houngbédji on his official inauguration as President of the Republic of Benin. ' +
      'Novo Nordisk expanded. After the Regina Caeli prayer he spoke. Seismologist Hernando Tavera warned.';
    assert.deepEqual(rolesOf(body), [['Olivier Houngbédji', 'President of the Republic of Benin'], ['Hernando Tavera', null]]);
  });
  it('reads a chargé d\'affaires as one, and the office after an opening phrase\'s name and the as that name\'s', () => {
    const body = 'Talks\nWith Ambassador James Kariuki, the UK Chargé d’Affaires, K. Umarov discussed cooperation. Chargé d\'Affaires Ivan Petrov and Anna Berg came.';
    assert.deepEqual(rolesOf(body), [['James Kariuki', 'Ambassador'], ['K. Umarov', null], ['Ivan Petrov', "Chargé d'Affaires"], ['Anna Berg', null]]);
  });
  it('reads then- before a qualifier, a shuffling headline\'s verb, and no person in a poet\'s mausoleum, a cascade or Barki Tojik', () => {
    const body = 'Tokayev Shuffles Government\nKassym-Jomart Tokayev met then-Foreign Minister Kairat Abdrakhmanov. ' +
      'They visited the mausoleum of the poet Molla Panah Vagif, the Toktogul cascade under Almazbek Toktogulov, and Barki Tojik.';
    assert.deepEqual(rolesOf(body), [['Tokayev', null], ['Kassym-Jomart Tokayev', null], ['Kairat Abdrakhmanov', 'then-Foreign Minister'], ['Almazbek Toktogulov', null]]);
  });
  it('keeps associate before a post in an apposition', () => {
    const body = 'Experts\nOlivia Harrington, an associate fellow at Chatham House, argues.';
    assert.deepEqual(rolesOf(body), [['Olivia Harrington', 'associate fellow at Chatham House']]);
  });
  it('reads a body\'s acronym after a nationality in a complement, and no person in Khalyk Kakharmany, Ford Otosan or after Technologist', () => {
    const body = 'Titles\nDirector of the Asia Department of the Kazakh MFA Nurlan Zhumagulov came. The title of Khalyk Kakharmany was conferred. ' +
      'Ford Otosan and Dallah Albaraka opened plants. Technologist Gulzhan Toktarova said it.';
    assert.deepEqual(rolesOf(body), [['Nurlan Zhumagulov', 'Director of the Asia Department of the Kazakh MFA'], ['Gulzhan Toktarova', null]]);
  });
  it('reads a business\'s board member, and no person in a pavilion or a Robotics firm', () => {
    const body = 'Firms\nIt was signed by Kalyon Lojistik board member Emre Aydın. They visited the Nur Alem pavilion and Bereke Robotics.';
    assert.deepEqual(rolesOf(body), [['Emre Aydın', 'Kalyon Lojistik board member']]);
  });
  it('reads Ing. and Assoc. as forms of address, his country\'s office after served as, and no person in a cinema\'s or film archive\'s name', () => {
    const body = 'Academia\nHe met the Rector of the Slovak University of Technology in Bratislava, Prof. Ing. Juraj Halás, PhD. ' +
      'He met the Vice-Rector for International Relations, Assoc. Prof. Katarína Novotná. ' +
      'Ivan Petrov, who previously served as his country’s Permanent Representative to the OSCE, came to the Cine Doré and the Filmoteca Española.';
    assert.deepEqual(rolesOf(body), [
      ['Juraj Halás', 'Rector of the Slovak University of Technology in Bratislava'], ['Katarína Novotná', 'Vice-Rector for International Relations'],
      ['Ivan Petrov', 'Permanent Representative to the OSCE'],
    ]);
  });
  it('reads Emeritus as part of a title, never a name, and no person in a Bibliotheca', () => {
    const body = 'Guests\nThe President received Cardinal Giancarlo Rinaldi, Archbishop Emeritus of Florence, at Akorda. Professor Emeritus Ivan Petrov spoke.';
    // (A cardinal's style gives way to the office in apposition, as decided for religious styles.)
    assert.deepEqual(rolesOf(body), [['Giancarlo Rinaldi', 'Archbishop Emeritus of Florence'], ['Ivan Petrov', 'Professor Emeritus']]);
    assert.deepEqual(rolesOf('Library\nHe visited the Bibliotheca Alexandrina. Alexandria has always been a city of scholars.'), []);
  });
  it('skips a bracketed concurrently, reads recalled and appointed, a desk, a further office after former, and a portfolio with its article', () => {
    const body = 'Envoys\nAmbassador of Kazakhstan to Sweden and Denmark (concurrently) Yerlan Kubashev met them. ' +
      'Serik Bekturganov, who had headed the embassy in Stockholm, has been recalled and appointed Ambassador-at-Large of the Ministry of Foreign Affairs. ' +
      'Gerhard Lindner-Haas, head of the Eurasia desk of the WKO, spoke. It was chaired by Binali Yıldırım, Chairman of the Council of Elders, former Prime Minister of Türkiye, who opened it. ' +
      'He met Ahmed Attaf, Minister of State, Minister of Foreign Affairs, the National Community Abroad and African Affairs of Algeria. ' +
      'He met Anna Berg, Minister of Trade, the European Commission and the EBRD.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Kubashev', 'Ambassador of Kazakhstan to Sweden and Denmark'], ['Serik Bekturganov', 'Ambassador-at-Large of the Ministry of Foreign Affairs'],
      ['Gerhard Lindner-Haas', 'head of the Eurasia desk of the WKO'], ['Binali Yıldırım', 'Chairman of the Council of Elders, former Prime Minister of Türkiye'],
      ['Ahmed Attaf', 'Minister of State, Minister of Foreign Affairs, the National Community Abroad and African Affairs of Algeria'], ['Anna Berg', 'Minister of Trade'],
    ]);
  });
  it('reads Lord Mayor and Rector Magnificus as offices', () => {
    const body = 'Cities\nHe was received by the Lord Mayor of the City of London, Alderman Sir Peter Ashworth. Florian Rausch, Lord Mayor of Darmstadt, said it. ' +
      'He met the Rector Magnificus, Prof. Dr. Ir. Hendrik Bosman, and Lord Cameron, Foreign Secretary.';
    assert.deepEqual(rolesOf(body), [
      ['Peter Ashworth', 'Lord Mayor of the City of London'], ['Florian Rausch', 'Lord Mayor of Darmstadt'], ['Hendrik Bosman', 'Rector Magnificus'], ['Cameron', 'Foreign Secretary'],
    ]);
  });
  it('reads no person in firms, halls, hotels and towns: Norsk Hydro, A.P. Moller, a miner\'s short name, Salle, at the, Bad, Punta, a numbered university', () => {
    const body = 'Places\nHe met Kongsberg Maritime and Norsk Hydro, and noted the interest of A.P. Moller – Maersk. ' +
      'He received Malcolm Ashby, Chairman of the Board of Hartwell Stanton Minerals. Hartwell Stanton, which has operated here since 2004, will invest. ' +
      'An evening was held at the Salle Cortot and a reception at the Waldorf Astoria. In Bad Homburg, tourists said they visited Punta Cana. ' +
      'He visited the Lumière Lyon 2 University. The cities of Lyon and Almaty are twinned.';
    assert.deepEqual(rolesOf(body), [['Malcolm Ashby', 'Chairman of the Board of Hartwell Stanton Minerals']]);
  });
  it('reads a poet or thinker named by one word alone, but not before a body\'s or a place\'s word', () => {
    const body = 'Culture\nThe program included works by Kurmangazy Sagyrbayuly and Abai. Students quoted Aristotle. ' +
      'The akim of the Abai region opened the Abai Readings at the Abai University.';
    assert.deepEqual(rolesOf(body), [['Kurmangazy Sagyrbayuly', null], ['Abai', null], ['Aristotle', null]]);
  });
  it('reads Chief after a title as a form of address, Pradhan as a surname, a graduate as no post, and no person in a holiday, a firm or a shrine', () => {
    const body = 'Guests\nHe called on former Commonwealth Secretary-General Chief Emeka Anyaoku. Deputy Chief Ivan Petrov came. ' +
      'He was received by the Chief Minister of Odisha, Shri Biren Kumar Pradhan. It is taught by Ainur Beisenova, a graduate of Abai University. ' +
      'It marks St Patrick’s Day. He met Tata Steel and Dr. Reddy’s Laboratories, and Irish companies, among them Kerry Group and Smurfit Westrock. ' +
      'He visited the Imam Reza Shrine.';
    assert.deepEqual(rolesOf(body), [
      ['Emeka Anyaoku', 'former Commonwealth Secretary-General'], ['Ivan Petrov', 'Deputy Chief'], ['Biren Kumar Pradhan', 'Chief Minister of Odisha'], ['Ainur Beisenova', null],
    ]);
  });
  it('reads no role across the article of a form of address after a connector, MK as a title, Hojjatoleslam as a form of address, a ruler\'s name in a university\'s, and offices before a legal form or a state\'s possessive', () => {
    const body = 'Guests\nHe wrote to the Turkmen President and to the Hero-Arkadag Gurbanguly Berdimuhamedov. MK Avraham Ben-David came. ' +
      'He met Friday Prayer Leader of Gorgan Hojjatoleslam Mahmoud Alavi-Tabar and the Vice-Chancellor of Sultan Qaboos University, Dr. Rashid Al-Mahrouqi. ' +
      'Bauyrzhan Omarov, Chairman of the Supervisory Board of Altai Ridder Polymetal LLP, became a consul. ' +
      'He met Hungary’s Parliamentary State Secretary Levente Magyar and the Principal Secretary of the state’s Industries Department, Hemant Sharma.';
    assert.deepEqual(rolesOf(body), [
      ['Gurbanguly Berdimuhamedov', null], ['Avraham Ben-David', 'MK'], ['Mahmoud Alavi-Tabar', 'Friday Prayer Leader of Gorgan'],
      ['Rashid Al-Mahrouqi', 'Vice-Chancellor of Sultan Qaboos University'], ['Bauyrzhan Omarov', 'Chairman of the Supervisory Board of Altai Ridder Polymetal LLP'],
      ['Levente Magyar', 'Hungary’s Parliamentary State Secretary'], ['Hemant Sharma', 'Principal Secretary of the state’s Industries Department'],
    ]);
  });
  it('reads Al-Farabi and Baibars alone as people, and no person in a mosque, a conservatory or a dome', () => {
    const body = 'Heritage\nThey honoured Abai Kunanbayev and Al-Farabi, and the Mamluk sultan Baibars. They saw the Ulu Cami, ' +
      'the Yong Siew Toh Conservatory of Music and Gonbad-e Qabus.';
    assert.deepEqual(rolesOf(body), [['Abai Kunanbayev', null], ['Al-Farabi', null], ['Baibars', 'sultan']]);
  });
  it('reads People’s Artist in an apposition, left the post of, a body after its owner\'s of, Druk Gyalpo, and an honoree\'s form of address inside a university\'s name', () => {
    const body = 'Awards\nAwards went to Rysty Abdykarimova, People’s Artist of Kazakhstan, and Kairat Baimukhanov, a miner of the Kostenko mine of Qarmet JSC. ' +
      'He thanked Serik Zhumangarin, who left the post of Deputy Prime Minister. He congratulated the Fourth Druk Gyalpo of Bhutan. ' +
      'Rector of the Khoja Akhmet Yassawi International Kazakh-Turkish University Zhanar Temirbekova spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Rysty Abdykarimova', 'People’s Artist of Kazakhstan'], ['Kairat Baimukhanov', 'miner of the Kostenko mine of Qarmet JSC'],
      ['Serik Zhumangarin', 'Deputy Prime Minister'], ['Zhanar Temirbekova', 'Rector of the Khoja Akhmet Yassawi International Kazakh-Turkish University'],
    ]);
  });
  it('reads the office a title-case headline says one was relieved of', () => {
    assert.deepEqual(rolesOf('Almassadam Kenzhebekov Relieved of His Post as Minister of Energy\nHe was relieved of his post.'), [['Almassadam Kenzhebekov', 'Minister of Energy']]);
  });
  it('reads Emerita as part of a title, and no person in a camp, a people, an epithet or a lower-case orchestra', () => {
    const body = 'Guests\nHe greeted Emperor Emeritus Akihito and Empress Emerita Michiko. He visited Camp Faouar and Camp General Emilio Aguinaldo and met the Koryo Saram ' +
      'living in the Land of the Rising Sun, then heard the Otyrar Sazy orchestra.';
    assert.deepEqual(rolesOf(body), [['Akihito', 'Emperor Emeritus'], ['Michiko', 'Empress Emerita']]);
  });
  it('reads chess titles and Maestro, a ruler\'s title opening a hyphenated given name, and no person in Gagarin’s Start or a Sapary company', () => {
    const body = 'Culture\nWorks by Shaken Aimanov and Sultan-Akhmet Khodzhikov were shown. GM Rinat Jumabayev won. ' +
      'Abzal Mukhitdin conducted, Maestro Mukhitdin said. He flew from Gagarin’s Start. Kazakhstan Gharysh Sapary signed it.';
    assert.deepEqual(rolesOf(body), [['Shaken Aimanov', null], ['Sultan-Akhmet Khodzhikov', null], ['Rinat Jumabayev', 'GM'], ['Abzal Mukhitdin', null], ['Mukhitdin', null]]);
  });
  it('reads Prince and Begum closing a name as surnames, a headline\'s particles before a confirmed word, and a word qualifying a lower-case body', () => {
    const body = 'Kosherbayev and de la Fuente Discuss Consultations\nDeputy Minister Alibek Kosherbayev met Ambassador Juan Ramón de la Fuente. ' +
      'He met Member of the Ontario Provincial Parliament Dolly Begum, who spoke, and Professor Gerald Prince, head of the Global Institute for Food Security. ' +
      'Dr. Christiane Vogt, head of the Central Asia working group of the German Eastern Business Association, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Kosherbayev', null], ['de la Fuente', null], ['Alibek Kosherbayev', 'Deputy Minister'], ['Juan Ramón de la Fuente', 'Ambassador'],
      ['Dolly Begum', 'Member of the Ontario Provincial Parliament'], ['Gerald Prince', 'head of the Global Institute for Food Security'],
      ['Christiane Vogt', 'head of the Central Asia working group of the German Eastern Business Association'],
    ]);
  });
  it('reads no person in firms named as people in a list, SMEs or a Winery', () => {
    const body = 'Firms\nWe thank Siemens Energy, Robert Bosch and Carl Zeiss. He met Bavarian SMEs and Asconi Winery.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('reads no person in Combat Cancer, Háza, a Politecnico, a Piazza, Russian towns\' openers or the Alash Orda', () => {
    const body = 'Places\nThe Plan to Combat Cancer is in force. It was held at the Hungarian Heritage House (Hagyományok Háza). The Politecnico di Torino ' +
      'opened a branch near Piazza Venezia. A memorial stands near Staraya Russa and Veliky Novgorod. The Alash Orda government and the Alash leaders met.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('skips a bracketed concurrently before the comma, and reads no person in German bodies\' words', () => {
    const body = 'Envoys\nThe Ambassador of Kazakhstan to Ethiopia and Eritrea (concurrently), Yerzhan Yelekeyev, is to visit Asmara. ' +
      'Chairman of the Mogilev City Executive Committee Sergei Lukashevich signed it. S. Lukashevich invited them. ' +
      'Instructors from the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) came.';
    assert.deepEqual(rolesOf(body), [
      ['Yerzhan Yelekeyev', 'Ambassador of Kazakhstan to Ethiopia and Eritrea'],
      ['Sergei Lukashevich', 'Chairman of the Mogilev City Executive Committee'], ['S. Lukashevich', null],
    ]);
  });
  it('reads no one-word poet before a dash joining a place, and no person in Krasny Yar or Kazan Helicopters', () => {
    const body = 'Border\nTraffic through the Kurmangazy – Krasny Yar border crossing rose. KAMAZ and Kazan Helicopters came. Works by Kurmangazy were played.';
    assert.deepEqual(rolesOf(body), [['Kurmangazy', null]]);
  });
  it('reads Tattimbet alone as a person, and no person in John Cockerill or a Freezone', () => {
    const body = 'Firms\nIt was signed with John Cockerill and the Sohar Freezone. Works by Kurmangazy, Tattimbet and Dina Nurpeissova were played.';
    assert.deepEqual(rolesOf(body), [['Kurmangazy', null], ['Tattimbet', null], ['Dina Nurpeissova', null]]);
  });
  it('reads no person in a storm, Gran Canaria or Santa Cruz de Tenerife', () => {
    const body = 'Storm\nCitizens were stranded after Storm Martina hit. Gusts on Tenerife and Gran Canaria grew. ' +
      'First Secretary Aidana Omarova was sent to Santa Cruz de Tenerife on Monday.';
    assert.deepEqual(rolesOf(body), [['Aidana Omarova', 'First Secretary']]);
  });
  it('reads member before states as qualifying a plural title\'s object, before a dash or a comma', () => {
    const body = 'Summit\nThe foreign ministers of the member states – Wang Yi (China) and Ishaq Dar (Pakistan) – met. ' +
      'Foreign Ministers of the SCO member states, Sergey Lavrov and Bakhtiyor Saidov, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Wang Yi', 'foreign ministers of the member states'], ['Ishaq Dar', 'foreign ministers of the member states'],
      ['Sergey Lavrov', 'Foreign Ministers of the SCO member states'], ['Bakhtiyor Saidov', 'Foreign Ministers of the SCO member states'],
    ]);
  });
  it('gives no role through an occupation before a name, and reads a unit\'s field before where it sits', () => {
    const body = 'Posts\nHe invited the Kazakh minister to the anniversary of the poet Kerim Gurbannepesov. ' +
      'Water is scarce, said Aigerim Nurpeisova, head of the laboratory of hydrology at the Institute of Geography.';
    assert.deepEqual(rolesOf(body), [['Kerim Gurbannepesov', null], ['Aigerim Nurpeisova', 'head of the laboratory of hydrology at the Institute of Geography']]);
  });
  it('reads a body\'s possessive with its complement and an envoy\'s topic after on', () => {
    const body = 'Talks\nIt was represented by Aliya Shalabekova, the Ministry of Ecology’s chief negotiator on climate issues. ' +
      'Dana Omarova, special envoy on climate, spoke.';
    assert.deepEqual(rolesOf(body), [['Aliya Shalabekova', 'Ministry of Ecology’s chief negotiator on climate issues'], ['Dana Omarova', 'special envoy']]);
  });
  it('reads no person in a convention\'s name, a railway line or a house-museum, and Shakarim alone as one', () => {
    const body = 'Water\nIt joined the Convention on the Protection and Use of Transboundary Watercourses. They modernised the Baku – Boyuk Kesik line. ' +
      'Works of Mukhtar Auezov, Abai and Shakarim were read. The Auezov house-museum reopens.';
    assert.deepEqual(rolesOf(body), [['Mukhtar Auezov', null], ['Abai', null], ['Shakarim', null]]);
  });
  it('gives the office after a copula, but no description after the first', () => {
    const body = 'Posts\nUntil now, Saule Myrzakhmetova was Deputy Chairperson of the Board of QazTrade JSC. Arman Bekov became Minister of Trade. ' +
      'Luong Quoc Binh, who arrived on Tuesday, is the first Vietnamese head of state to visit Rwanda.';
    assert.deepEqual(rolesOf(body), [
      ['Saule Myrzakhmetova', 'Deputy Chairperson of the Board of QazTrade JSC'], ['Arman Bekov', 'Minister of Trade'], ['Luong Quoc Binh', null],
    ]);
  });
  it('reads a leader after partners joined by an ampersand, and heads after who as a verb', () => {
    const body = 'Firms\nHe met Black & Veatch CEO Kim Hoechun. It was advised by Baker & McKenzie. ' +
      'Frank Ostermeier, who heads Linde’s business in Central Asia, said it.';
    assert.deepEqual(rolesOf(body), [['Kim Hoechun', 'Black & Veatch CEO'], ['Frank Ostermeier', null]]);
  });
  it('reads no person in a business list, a university named with its city or a grant competition, and Palacio as a surname', () => {
    const body = 'Firms\nIt gathered German business, including Siemens Energy, Linde, Knauf and Wintershall Dea. They study at RWTH Aachen and TU Dresden. ' +
      'The Zhas Galym grant competition closed. The company’s Chairman, Carlos de Palacio y Oriol, briefed them at the Palacio San Martín.';
    assert.deepEqual(rolesOf(body), [['Carlos de Palacio y Oriol', 'Chairman']]);
  });
  it('reads an office whose body a name word opens before a rank of a service, and Major alone before a full name as a rank', () => {
    const body = 'Rescue\nIt was the head of the Kazaviaspas aviation rescue service, Colonel of Civil Protection Marat Zhunusov. ' +
      'Major Daulet Nurpeisov received it. Major projects were discussed.';
    assert.deepEqual(rolesOf(body), [
      ['Marat Zhunusov', 'head of the Kazaviaspas aviation rescue service'], ['Daulet Nurpeisov', 'Major'],
    ]);
  });
  it('reads the title a Pehin opens as its form of address, a portfolio after a vice president, and what one is now', () => {
    const body = 'Envoys\nHe met the Ambassador-designate of Brunei Darussalam, Pehin Datu Pekerma Jaya Dato Paduka Haji Abdul Hadi bin Haji Md Salleh. ' +
      'They elected Rakhima Zhunusova Vice President for natural sciences. Aidos Zhakupov, now a research scientist at Stanford University, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Abdul Hadi bin Haji Md Salleh', 'Ambassador-designate of Brunei Darussalam'], ['Rakhima Zhunusova', 'Vice President for natural sciences'],
      ['Aidos Zhakupov', 'research scientist at Stanford University'],
    ]);
  });
  it('reads an office past a description set off before as, and past a form of address set off by commas', () => {
    const body = 'Posts\nThey approved the appointment of Timur Serikuly, a Kazakh diplomat, as Deputy Secretary General of the OTS. ' +
      'He met Gurbanguly Berdimuhamedov, Hero-Arkadag, the National Leader of the Turkmen people.';
    assert.deepEqual(rolesOf(body), [
      ['Timur Serikuly', 'Deputy Secretary General of the OTS'], ['Gurbanguly Berdimuhamedov', 'National Leader of the Turkmen people'],
    ]);
  });
  it('reads Cllr. as a form of address, and MEC, Strategist and Ranking as title words', () => {
    const body = 'Mayors\nShe met Executive Mayor Cllr. Babalwa Lobishe. He met the MEC for Economic Development of KwaZulu-Natal, Hon. Musa Zondi. ' +
      'He met BlackRock’s Chief Investment Strategist, Dr. Samuel Adeyemi. He met the Committee’s Ranking Member Jeanne Shaheen.';
    assert.deepEqual(rolesOf(body), [
      ['Babalwa Lobishe', 'Executive Mayor'], ['Musa Zondi', 'MEC for Economic Development of KwaZulu-Natal'],
      ['Samuel Adeyemi', 'BlackRock’s Chief Investment Strategist'], ['Jeanne Shaheen', 'Committee’s Ranking Member'],
    ]);
  });
  it('reads no person in a consensus, a TV channel or carriers, and Whitmore-Banks and Ten as surnames', () => {
    const body = 'Names\nIt backs the Ezulwini Consensus. He spoke to Liberty TV Kaduna and visited Kaduna State. Indian Ocean Bulk Carriers grew. ' +
      'Sarah E. Whitmore-Banks and skater Denis Ten came.';
    assert.deepEqual(rolesOf(body), [['Sarah E. Whitmore-Banks', null], ['Denis Ten', null]]);
  });
  it('reads no person in a lone word inside another name\'s role, unless a possessive makes it the owner', () => {
    const body = 'Sport\nBoxer Kairat Ospan won. Kairat head coach Rafael Urazbakhtin spoke. President Sadyr Japarov met them. ' +
      'Japarov\'s chief of staff Kanybek Tumanbaev came.';
    assert.deepEqual(rolesOf(body), [
      ['Kairat Ospan', null], ['Rafael Urazbakhtin', 'Kairat head coach'], ['Sadyr Japarov', 'President'], ['Japarov', null],
      ['Kanybek Tumanbaev', 'Japarov\'s chief of staff'],
    ]);
  });
  it('reads Darya as a given name, a common word after a regnal numeral as a body\'s, and a chamber\'s constituency after from', () => {
    const body = 'Russia\nHe met Deputy Head of the Federal Agency for Youth Affairs Darya Aleksandrovna Gorshkova on the Syr Darya. ' +
      'He visited the King Abdullah II Design and Development Bureau with representatives of John Deere. ' +
      'He met member of the Federation Council from Orenburg Region Andrei Shevchenko and Deputy Head of the Federal Service for ' +
      'Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor) Konstantin Savenkov.';
    assert.deepEqual(rolesOf(body), [
      ['Darya Aleksandrovna Gorshkova', 'Deputy Head of the Federal Agency for Youth Affairs'],
      ['Andrei Shevchenko', 'member of the Federation Council from Orenburg Region'],
      ['Konstantin Savenkov', 'Deputy Head of the Federal Service for Veterinary and Phytosanitary Surveillance (Rosselkhoznadzor)'],
    ]);
  });
  it('gives each listed name its own office past a particle, and ends an office before a form of address opening the next name', () => {
    const body = 'Guests\nPresent were Sheikh Saif bin Zayed Al Nahyan, Minister of Interior, Khaldoon Khalifa Al Mubarak, Chairman of the ' +
      'Authority, and Reem Al Hashimy, Minister of State. In a ceremony at Qasr Al Watan, President of the United Arab Emirates ' +
      'Sheikh Mohamed bin Zayed Al Nahyan presented it.';
    assert.deepEqual(rolesOf(body), [
      ['Saif bin Zayed Al Nahyan', 'Minister of Interior'], ['Khaldoon Khalifa Al Mubarak', 'Chairman of the Authority'],
      ['Reem Al Hashimy', 'Minister of State'], ['Mohamed bin Zayed Al Nahyan', 'President of the United Arab Emirates'],
    ]);
  });
  it('gives no plural object to a lone speaker after its comma, and reads Usec., Mian and a port\'s name', () => {
    const body = 'Talks\nOlzhas Bektenov chaired it. Responsibility rests with the akims, Bektenov emphasized. Usec. Leo Tolentino spoke. ' +
      'It was chaired by its President Mian Tariq Nisar. Grain goes through the port of Tanjung Pelepas.';
    assert.deepEqual(rolesOf(body), [
      ['Olzhas Bektenov', null], ['Bektenov', null], ['Leo Tolentino', 'Usec.'], ['Tariq Nisar', 'President'],
    ]);
  });
  it('reads no person in a German logistics firm, a life-sciences firm, the Wise Men or a Congresium', () => {
    const body = 'Firms\nHerrenknecht and Fischer Logistik came with Zydus Lifesciences. The Wise Men’s Council met at the ATO Congresium.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('reads an office assumed, a member of a chamber named with of, a faction leader, Grand Chief, and ports as places', () => {
    const body = 'Greetings\nHe sent greetings to Željko Marić on his assumption of the office of Chairman of the Presidency. ' +
      'It is chaired by House of Representatives member Hiroshi Moriyama. Faction leader Azat Peruashev noted it. ' +
      'He met Governor-General of Papua New Guinea Grand Chief Sir Peter Aruma Kaupa. José Antonio Kast came. ' +
      'Ores go through the ports of Santos and São Luís, and the ports of San Antonio and Aktau.';
    assert.deepEqual(rolesOf(body), [
      ['Željko Marić', 'Chairman of the Presidency'], ['Hiroshi Moriyama', 'House of Representatives member'],
      ['Azat Peruashev', 'Faction leader'], ['Peter Aruma Kaupa', 'Governor-General of Papua New Guinea'], ['José Antonio Kast', null],
    ]);
  });
  it('reads Sindaco and Oberbürgermeister as titles, Reggio Emilia as a place, and Jordan after an initial as a surname', () => {
    const body = 'Cities\nShymkent twins with Reggio Emilia, signed by Mayor of Reggio Emilia Paolo Ferrarini. Sindaco Ferrarini said so. ' +
      'Oberbürgermeister Thomas Reinhardt noted it. He met Consul General in Almaty Mark T. Jordan.';
    assert.deepEqual(rolesOf(body), [
      ['Paolo Ferrarini', 'Mayor of Reggio Emilia'], ['Ferrarini', 'Sindaco'], ['Thomas Reinhardt', 'Oberbürgermeister'],
      ['Mark T. Jordan', 'Consul General in Almaty'],
    ]);
  });
  it('reads no person in a panda, an Innopolis, Eminent Persons, pediatrics, or an honour after the title of', () => {
    const body = 'Awards\nIt visited the Research Base of Giant Panda Breeding and Daedeok Innopolis. The Group of Eminent Persons met. ' +
      'The Centre of Pediatrics and Pediatric Surgery grew. The title of Halyk Kaharmany was conferred on Bakhytzhan Ormanov.';
    assert.deepEqual(rolesOf(body), [['Bakhytzhan Ormanov', null]]);
  });
  it('reads make as a headline verb, and no person in firms, a newspaper or Machu Picchu', () => {
    const body = 'Tokayev and Alexander Van der Bellen Make Statements for the Press\nRepresentatives of Franklin Templeton, Julius Meinl ' +
      'and A.P. Møller – Mærsk came. He spoke to Die Presse. Tours combine the Charyn Canyon and Machu Picchu.';
    assert.deepEqual(rolesOf(body), [['Alexander Van der Bellen', null]]);
  });
  it('reads a lone surname written as a place as the place, even where a full name holds it', () => {
    const body = 'The President arrived in Ridder, where he visited the Ridder mining and processing complex. In Ridder, he met workers. Ridder is a town with a ' +
      'history. It bears the name of the engineer Philipp Ridder. He met teachers of the Ridder school-lyceum and visited Oskemen, ' +
      'Ridder and Glubokoe district. Reforms of the Tinubu administration.\nThe guest met Bola Tinubu.';
    assert.deepEqual(rolesOf(body), [['Philipp Ridder', 'engineer'], ['Tinubu', null], ['Bola Tinubu', null]]);
  });
  it('reads a portfolio for a group\'s countries, a special plenipotentiary, a degree giving way, and no plural office in apposition', () => {
    const body = 'Vice President of Glenmark for CIS countries Anil Deshpande spoke. It hosted the Special Plenipotentiary of the Federal ' +
      'Government for Migration Agreements, Dr. Matthias Köhler, and Ambassador Askar Zhumagulov, the Mayor of Porto, Carla Sousa ' +
      'Ferreira, representatives of the business community. A team led by Doctor of Medical Sciences Marat Seitkaliyev, head of the ' +
      'transplantation department, met the Friday Prayer Leader of Gorgan, Ayatollah Nourollah Tabatabaei.';
    assert.deepEqual(rolesOf(body), [
      ['Anil Deshpande', 'Vice President of Glenmark for CIS countries'],
      ['Matthias Köhler', 'Special Plenipotentiary of the Federal Government for Migration Agreements'],
      ['Askar Zhumagulov', 'Ambassador'], ['Carla Sousa Ferreira', 'Mayor of Porto'],
      ['Marat Seitkaliyev', 'head of the transplantation department'], ['Nourollah Tabatabaei', 'Friday Prayer Leader of Gorgan'],
    ]);
  });
  it('reads no person in an open university named after one, nor in the shrine foundation and province of Mashhad', () => {
    const body = 'Students of the Allama Iqbal Open University came. He met Deputy Custodian of Astan Quds Razavi Hojatoleslam ' +
      'Mohammad Hossein Jafari in the Central Library of Astan Quds Razavi and the Kazakhs of Khorasan Razavi.';
    assert.deepEqual(rolesOf(body), [['Mohammad Hossein Jafari', 'Deputy Custodian of Astan Quds Razavi']]);
  });
  it('reads Balinese names, a consul\'s city and state, a lower-case government of a state, and an apposition past where one comes from', () => {
    const body = 'He thanked the Governor of Bali, I Made Sutrisna, the Honorary Consul in Santiago, Chile, Francisco Lagos Ibáñez; ' +
      'the Honorary Consul in São Paulo, Georgia Mendes; and the Acting Minister of Commerce of the interim government of ' +
      'Afghanistan, Mawlawi Abdul Ghani Faizi. Farmer Bakhytzhan Nurgaliyev from Kurchum district, head of the Altyn Dala farm, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['I Made Sutrisna', 'Governor of Bali'], ['Francisco Lagos Ibáñez', 'Honorary Consul in Santiago, Chile'],
      ['Georgia Mendes', 'Honorary Consul in São Paulo'], ['Abdul Ghani Faizi', 'Acting Minister of Commerce of the interim government of Afghanistan'],
      ['Bakhytzhan Nurgaliyev', 'head of the Altyn Dala farm'],
    ]);
  });
  it('reads a product before its maker as no one, and a Russian surname after a trade\'s noun as a person\'s', () => {
    const body = 'They bought the French Vaxigrip Tetra manufactured by Sanofi. He met miner Sergei Voronin. Driller Ivan Borodin, a ' +
      'third-generation miner, said it.';
    assert.deepEqual(rolesOf(body), [['Sergei Voronin', null], ['Ivan Borodin', null]]);
  });
  it('reads India\'s Hon’ble as a form of address, a monk\'s Thero after his name, an Intendant, the arts\' fields and composers', () => {
    const body = 'He met the Hon’ble Chief Minister of Maharashtra, Shri Devendra Fadnavis, Ven. Pallegama Sumanatissa Thero, the Intendant ' +
      'of Montevideo, Alejandra Ferreira da Rosa, film director Yerlan Nurmukhambetov and club president Kiat Lim. Arias by Puccini ' +
      'were sung at the headquarters of Banco Santander. The classic is by Sultan Khodzhikov.';
    assert.deepEqual(rolesOf(body), [
      ['Devendra Fadnavis', 'Chief Minister of Maharashtra'], ['Pallegama Sumanatissa', null], ['Alejandra Ferreira da Rosa', 'Intendant of Montevideo'],
      ['Yerlan Nurmukhambetov', 'film director'], ['Kiat Lim', 'club president'], ['Puccini', null], ['Sultan Khodzhikov', null],
    ]);
  });
  it('leaves an office that the next full name closes to that name, and an honour conferred on a list to no one', () => {
    const body = 'Kobyz player Medet Ospanov, director of the Otrar Sazy orchestra Zhanat Baimukhanov and Gulnar Dzhaksybekova were named ' +
      'Honoured Workers of Kazakhstan. Jens Hartmann, member of the board of the German company Krone Technik, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Medet Ospanov', null], ['Zhanat Baimukhanov', 'director of the Otrar Sazy orchestra'], ['Gulnar Dzhaksybekova', null],
      ['Jens Hartmann', 'member of the board of the German company Krone Technik'],
    ]);
  });
  it('reads a saint\'s word after a particle as a surname\'s, a capitalised article in an owner\'s name, and a Brazilian city', () => {
    const body = 'He honoured General José de San Martín. La Scala’s superintendent Giorgio Valsecchi spoke. They visited Ribeirão Preto.';
    assert.deepEqual(rolesOf(body), [['José de San Martín', 'General'], ['Giorgio Valsecchi', 'La Scala’s superintendent']]);
  });
  it('reads no people in villages of a list, programmes\' Actions, a General Scheme, a Causeway or a Fertiliser plant', () => {
    const body = 'Gas reached the villages of Kazhymukan and Baidibek Ata, the residents of Kazybek Bi, and the Kumisbek Ata and Zhalgyztobe villages. The Marie ' +
      'Skłodowska-Curie Actions fund it under the General Scheme of Gasification. They saw the Sheikh Jaber Al-Ahmad Al-Sabah ' +
      'Causeway and Dangote Fertiliser. Baybars ruled Egypt.';
    assert.deepEqual(rolesOf(body), [['Baybars', null]]);
  });
  it('reads a company\'s name before its state\'s possessive, and no role after a colon in a title-case headline', () => {
    const body = 'Ruslan Zheldibay: President to Pay State Visits to China\nPress Secretary Ruslan Zheldibay said so. Alstom Kazakhstan’s ' +
      'managing director, Béatrice Dupont-Moreau, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Ruslan Zheldibay', null], ['Ruslan Zheldibay', 'Press Secretary'], ['Béatrice Dupont-Moreau', 'Alstom Kazakhstan’s managing director'],
    ]);
  });
  it('leaves then out of an office, reads a qualifier opening an owner\'s name, an airport and a poet named alone', () => {
    const body = 'It was signed with then Chancellor Olaf Scholz and Air Astana’s Chief Commercial Officer Richard Ledger. Anna Berg, ' +
      'head of the Tokhtarov peasant farm in the village of Kabanbai, flew to Milan Malpensa. Verses by Abai and Tukay are read.';
    assert.deepEqual(rolesOf(body), [
      ['Olaf Scholz', 'Chancellor'], ['Richard Ledger', 'Air Astana’s Chief Commercial Officer'], ['Anna Berg', 'head of the Tokhtarov peasant farm'],
      ['Abai', null], ['Tukay', null],
    ]);
  });
  it('reads the office before a comma-closed name in an opening phrase, Outer Space as a field, and bodies by their apposition', () => {
    const body = 'At the meeting with Jamaica\'s Minister of Foreign Affairs, Senator Marcia Grant-Lewis, the parties spoke. He met the ' +
      'Director of the UN Office for Outer Space Affairs, Aarti Holla-Maini, at the Karolinska Institutet. Perum Bulog, the state ' +
      'logistics agency, came.';
    assert.deepEqual(rolesOf(body), [
      ['Marcia Grant-Lewis', 'Jamaica\'s Minister of Foreign Affairs'], ['Aarti Holla-Maini', 'Director of the UN Office for Outer Space Affairs'],
    ]);
  });
  it('reads a paragraph that opens with a number sign and a name without failing', () => {
    assert.deepEqual(rolesOf('School news\nNo. 5 Svetlana Morozova told the President about it.'), [['Svetlana Morozova', null]]);
  });
  it('reads a bishop\'s see before his office in apposition, Vladyka, a hyphenated scope, and no role past another\'s listed name', () => {
    const body = 'He received Metropolitan Nikodim of Tver and Kashin, Chairman of the Department for External Church Relations, today. ' +
      'Vladyka Nikodim spoke. It was chaired by the FAO Sub-regional Coordinator for Central Asia Viorel Gutu. The akims of North ' +
      'Kazakhstan region Gauez Nurmukhambetov, Kostanay region Kumar Aksakalov and Akmola region Marat Akhmetzhanov reported. ' +
      'They met Deputy Minister of Agriculture Jihad Ali Mehrani near the Kul Tegin inscription.';
    assert.deepEqual(rolesOf(body), [
      ['Nikodim', 'Chairman of the Department for External Church Relations'], ['Nikodim', null],
      ['Viorel Gutu', 'FAO Sub-regional Coordinator for Central Asia'], ['Gauez Nurmukhambetov', 'akims of North Kazakhstan region'],
      ['Kumar Aksakalov', null], ['Marat Akhmetzhanov', null], ['Ali Mehrani', 'Deputy Minister of Agriculture Jihad'],
    ]);
  });
  it('reads ur- and ul- as particles inside a name, a sports director, and no people in a Trophy or a Swedish AB', () => {
    const body = 'Afghan Railway Authority head Bakht ur-Rahman Sharafat and the team\'s sports director Ruslan Tleubayev met. He won the Val ' +
      'Barker Trophy. Anna Berg, founder of Steppe Logistics AB, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Bakht ur-Rahman Sharafat', 'Afghan Railway Authority head'], ['Ruslan Tleubayev', 'sports director'],
      ['Anna Berg', 'founder of Steppe Logistics AB'],
    ]);
  });
  it('reads the New South Wales state whole, the title of Hero before an occupation and a comma, and an office before Associate Professor as before Professor', () => {
    const body = 'He met the New South Wales Minister for Industry and Trade, Ms. Anoulack Chanthivong, and Hero of Kazakhstan, cosmonaut ' +
      'Aidyn Aimbetov.';
    assert.deepEqual(rolesOf(body + ' His deputy, Associate Professor Aliya Seitkali, added it.'), [
      ['Anoulack Chanthivong', 'Minister for Industry and Trade'], ['Aidyn Aimbetov', 'Hero of Kazakhstan'], ['Aliya Seitkali', 'deputy'],
    ]);
  });
  it('reads Sultan before a family name with its article as a given name, poets and a basilica, and an educator before a name', () => {
    const body = 'Y. Kosherbayev and Sultan Al-Marri signed it. Poems by Goethe, Schiller and Heine were read at the Sagrada Família and ' +
      'the TU Bergakademie Freiberg. He discussed with representatives of the UNESCO Secretariat the anniversary of the educator ' +
      'Ybyrai Altynsarin.';
    assert.deepEqual(rolesOf(body), [
      ['Y. Kosherbayev', null], ['Sultan Al-Marri', null], ['Goethe', null], ['Schiller', null], ['Heine', null], ['Ybyrai Altynsarin', null],
    ]);
  });
  it('reads a full name after a business group\'s family name, and no people in a cluster, an Outlook or a Rating', () => {
    const body = 'He received Chairman and CEO of Groupe Lavergne Jean-Baptiste Lefort. They visited the Mirzo Ulugbek textile cluster. ' +
      'Fitch kept a Stable Outlook and the Issuer Default Rating. He saw the Avenue Habib Bourguiba.';
    assert.deepEqual(rolesOf(body + ' It covers Chiang Rai and Dadra and Nagar Haveli. He met Thiru S. Arumugam of Deutsche Bahn.'), [
      ['Jean-Baptiste Lefort', 'Chairman and CEO of Groupe Lavergne'], ['S. Arumugam', null],
    ]);
  });
  it('reads a post\'s noun after a further office\'s chief in an apposition', () => {
    const body = 'Anna Berg, founder and chief executive of Nordic Wind AB, said the plant would open. ' +
      'Jon Lee, co-founder and chief technology officer of Qazaq AI, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Anna Berg', 'founder and chief executive of Nordic Wind AB'], ['Jon Lee', 'co-founder and chief technology officer of Qazaq AI'],
    ]);
  });
  it('reads a machine operator, a business named by what it is, and three offices joined by commas', () => {
    const body = 'The order went to Yerbol Smagulov, a machine operator of the Abai agricultural cooperative in Zhambyl region. ' +
      'Mehmet Ali Soylu, founder of a Kayseri-based furniture manufacturer, spoke. He met with the OSCE Chairman-in-Office, ' +
      'Federal Councillor, Head of the Federal Department of Foreign Affairs Ignazio Cassis. Messages came from President of ' +
      'Germany Frank Walter, King of Jordan Abdullah II, Emir of Qatar Tamim Hamad.';
    assert.deepEqual(rolesOf(body), [
      ['Yerbol Smagulov', 'machine operator of the Abai agricultural cooperative'],
      ['Mehmet Ali Soylu', 'founder of a Kayseri-based furniture manufacturer'],
      ['Ignazio Cassis', 'OSCE Chairman-in-Office, Federal Councillor, Head of the Federal Department of Foreign Affairs'],
      ['Frank Walter', 'President of Germany'], ['Abdullah II', 'King of Jordan'], ['Tamim Hamad', 'Emir of Qatar'],
    ]);
  });
  it('reads no person in a university\'s place after a dash, a band, an academy, a film archive or the city of Rome', () => {
    const body = 'He is a graduate of the University of Wisconsin–Madison. It featured the folk ensemble Kurultáj Band. Smt. Leela ' +
      'Samson-Iyer, a renowned Bharatanatyam dancer and former chairperson of the Sangeet Natak Akademi, spoke. Films ran at the ' +
      'Cinemateca Brasileira. He met Deputy Mayor of Roma Capitale Silvia Marchetti-Conti.\nProfessor Madison Clarke spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Leela Samson-Iyer', 'former chairperson of the Sangeet Natak Akademi'], ['Silvia Marchetti-Conti', 'Deputy Mayor of Roma Capitale'],
      ['Madison Clarke', 'Professor'],
    ]);
  });
  it('reads an office before a body\'s name and a style, the appointment over a description, and an ampersand in a firm\'s name', () => {
    const body = 'He met Chairman of the Board of Trustees of the Yassawi University Professor Cengiz Aydemir and Harris County Judge ' +
      'Elena Vasquez. Washington Lemos, a Uruguayan entrepreneur and founder of the Lemos logistics group, was appointed Honorary ' +
      'Consul of Kazakhstan in Montevideo. Anna Berg, senior partner at the law firm Ferrante Rossi & Associati, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Cengiz Aydemir', 'Chairman of the Board of Trustees of the Yassawi University'], ['Elena Vasquez', 'Harris County Judge'],
      ['Washington Lemos', 'Honorary Consul of Kazakhstan in Montevideo'], ['Anna Berg', 'senior partner at the law firm Ferrante Rossi & Associati'],
    ]);
  });
  it('reads a single name after a bracketed acronym, Vietnamese Le, Sri after Ibu, Barrister, and a ruling family\'s member', () => {
    const body = 'Head of the National Disaster Management Agency (BNPB) Suharyanto said, while Governor Anwar Hafid declared. He met ' +
      'Director General of the International Cooperation Department Le Van Minh. He briefed Ibu Sri Wahyuningsih, Director ' +
      'General of Trade Negotiations. He met the Permanent Secretary of the ministry, Barrister Emeka Nwosu-Eze. He mourned ' +
      'Sheikh Fahad Al-Sabah, a senior member of the ruling family. Marine Le Pen said.';
    assert.deepEqual(rolesOf(body), [
      ['Suharyanto', 'Head of the National Disaster Management Agency (BNPB)'], ['Anwar Hafid', 'Governor'],
      ['Le Van Minh', 'Director General of the International Cooperation Department'], ['Sri Wahyuningsih', 'Director General of Trade Negotiations'],
      ['Emeka Nwosu-Eze', 'Permanent Secretary of the ministry'], ['Fahad Al-Sabah', 'senior member of the ruling family'], ['Marine Le Pen', null],
    ]);
  });
  it('reads a hyphenated company before a title, a portfolio of common words, Sultan before Al, and no owner past a comma', () => {
    const body = 'Samruk-Energy Chairman of the Board Kairat Mussin added. KTZ Managing Director for Rolling Stock Nurbek Sadvakassov ' +
      'spoke. Masdar CEO Sultan Al Hajeri came. He received Jean-Marc Delacroix, Executive Vice President of TotalEnergies, ' +
      'Akorda\'s press secretary Berik Ualikhan said. He visited Universiti Tunku Abdul Rahman and the Egnatia Odos motorway.';
    assert.deepEqual(rolesOf(body), [
      ['Kairat Mussin', 'Samruk-Energy Chairman of the Board'], ['Nurbek Sadvakassov', 'KTZ Managing Director for Rolling Stock'],
      ['Sultan Al Hajeri', 'Masdar CEO'], ['Jean-Marc Delacroix', 'Executive Vice President of TotalEnergies'],
      ['Berik Ualikhan', 'Akorda\'s press secretary'],
    ]);
  });
  it('reads a party before a member\'s lower-case title, no capital after a visit to, no streets or a palace named after people', () => {
    const body = 'Ak Zhol faction member Daniyar Kenzhebulat asked. Respublica deputy Aigerim Tulegenova and Auyl party deputy ' +
      'Bakhytzhan Orynbayev spoke. Its secretary, Dmytro Usov, thanked them. He paid a working visit to Sofia on 2 March. ' +
      'Škoda Transportation, Vítkovice Machinery and Tatra Trucks came. Roads: Abai, Al-Farabi and Raiymbek avenues. They met at ' +
      'the Palacio San Martín.\nAmbassador Sofia Abenova met Foreign Minister Martín Lanús.';
    assert.deepEqual(rolesOf(body), [
      ['Daniyar Kenzhebulat', 'Ak Zhol faction member'], ['Aigerim Tulegenova', 'Respublica deputy'], ['Bakhytzhan Orynbayev', 'Auyl party deputy'],
      ['Dmytro Usov', 'secretary'], ['Sofia Abenova', 'Ambassador'], ['Martín Lanús', 'Foreign Minister'],
    ]);
  });
  it('reads no office across the visit of, a capitalised chief\'s lower-case post, a resident\'s place and a company before a state\'s possessive', () => {
    const body = 'He briefed the Ambassador on the results of the visit of Lord Peter Havers, the UK Prime Minister\'s Trade Envoy to ' +
      'Central Asia, who came. Chief doctor of the hospital Marlen Sultanbekov said. A resident of Zhanatas Ainur Beisenova told ' +
      'us. He met Enterprise Ireland’s Regional Director for Central Asia, Ms. Siobhán Kerrigan, on Wednesday.';
    assert.deepEqual(rolesOf(body), [
      ['Peter Havers', 'UK Prime Minister\'s Trade Envoy to Central Asia'], ['Marlen Sultanbekov', 'Chief doctor of the hospital'],
      ['Ainur Beisenova', null], ['Siobhán Kerrigan', 'Enterprise Ireland’s Regional Director for Central Asia'],
    ]);
    assert.deepEqual(rolesOf('Saule Mukhamedzhanova, a mathematics teacher at school-lyceum No. 38 in Ust-Kamenogorsk, won.'), [
      ['Saule Mukhamedzhanova', 'mathematics teacher at school-lyceum No. 38'],
    ]);
  });
  it('reads Cambodian styles and Brother as forms of address, and no person in a calendar, a hypermarket or a college', () => {
    const body = 'He met Samdech Moha Bovor Thipadei Hun Manet, Prime Minister of Cambodia, and Samdech Techo Hun Sen, President of the ' +
      'Senate. Brother Tokayev, Turkey and Kazakhstan are one nation. Hajj, by the Umm Al-Qura calendar, ends. Contracts went to ' +
      'Lulu Hypermarket. Soloists of the Zhubanov Sisters music college sang.\nPresident Kassym-Jomart Tokayev spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Hun Manet', 'Prime Minister of Cambodia'], ['Hun Sen', 'President of the Senate'], ['Tokayev', null], ['Kassym-Jomart Tokayev', 'President'],
    ]);
  });
  it('reads a law firm closing an apposition, an ornithologist before a name, and no person in Tavan Tolgoi or Naberezhnye Chelny', () => {
    const body = 'Fatima Al Mansouri, co-founder of the Al Mansouri & Partners law firm, spoke. Ornithologist Bakhyt Sadykova noted it. ' +
      'He met Ariunaa Dorj of Tavan Tolgoi Transport. It unites families from Kazan, Naberezhnye Chelny and Almetyevsk.';
    assert.deepEqual(rolesOf(body), [
      ['Fatima Al Mansouri', 'co-founder of the Al Mansouri & Partners law firm'], ['Bakhyt Sadykova', null], ['Ariunaa Dorj', null],
    ]);
  });
  it('reads a laboratory\'s and an expedition\'s field before a lower-case post', () => {
    assert.deepEqual(rolesOf('He met laboratory assistant Dinara Sadvakassova. According to expedition leader Ruslan Dyussenov, it grew.'), [
      ['Dinara Sadvakassova', 'laboratory assistant'], ['Ruslan Dyussenov', 'expedition leader'],
    ]);
  });
  it('reads Amir after a portfolio as a given name, Bashkan, Chief Election Commissioner, no headline verb in a role, no Faculty', () => {
    const body = 'The President Receives State Counsellor Yerlan Karin\nHe met acting Minister of Foreign Affairs Amir Khan Muttaqi and the ' +
      'Bashkan of Gagauzia Maria Topal. Bashkan Topal said. He met Chief Election Commissioner of Nepal Ram Prasad Ghimire at the ' +
      'Faculty of Oriental Studies.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Karin', 'State Counsellor'], ['Amir Khan Muttaqi', 'acting Minister of Foreign Affairs'], ['Maria Topal', 'Bashkan of Gagauzia'],
      ['Topal', 'Bashkan'], ['Ram Prasad Ghimire', 'Chief Election Commissioner of Nepal'],
    ]);
  });
  it('reads one word named as a counterpart as a name without a role, not a place or a common word', () => {
    const body = 'He met his Indonesian counterpart Sugiono in Jakarta. She thanked her counterpart, Tomyris, for the visit. ' +
      'He called his counterpart, Astana is ready. They met their counterpart Bishkek.';
    assert.deepEqual(rolesOf(body), [['Sugiono', null], ['Tomyris', null]]);
  });
  it('reads insurance and solar as companies\' words, a board member, and four lower-case words before a specialist at a body', () => {
    const body = 'Chairman of the Board of the Fund for Social Health Insurance Marat Shoranov spoke. Charité – Universitätsmedizin Berlin ' +
      'joined. Representatives of Li Auto, Jinko Solar and Shanghai Electric came. He met Sultan Al-Harbi, a board member of the ' +
      'Federation of Saudi Chambers, and Chad Morrison, a senior water resources specialist at the World Bank.';
    assert.deepEqual(rolesOf(body), [
      ['Marat Shoranov', 'Chairman of the Board of the Fund for Social Health Insurance'],
      ['Sultan Al-Harbi', 'board member of the Federation of Saudi Chambers'], ['Chad Morrison', 'senior water resources specialist at the World Bank'],
    ]);
  });
  it('reads a rank after another name\'s apposition, a form of address opening a body, a quoted body and a numbered school', () => {
    const body = 'Awards went to Colonel Asylbek Nurmagambetov, commander of a military unit of the Regional Command "East", Major of ' +
      'Civil Protection Aidana Serikkyzy and others. Rector of the Khoja Akhmet Yassawi International Kazakh-Turkish University ' +
      'Professor Zhanar Temirbekova spoke. Bakhytzhan Yermekbayev, chairman of the public association "Zheltoksan Akikaty", ' +
      'thanked Omarova Gulmira Sadykovna – teacher of secondary school No. 45 of Ust-Kamenogorsk; the Tauelsizdik Tany (Dawn of ' +
      'Independence) monument was restored.';
    assert.deepEqual(rolesOf(body), [
      ['Asylbek Nurmagambetov', 'commander of a military unit of the Regional Command "East"'], ['Aidana Serikkyzy', 'Major of Civil Protection'],
      ['Zhanar Temirbekova', 'Rector of the Khoja Akhmet Yassawi International Kazakh-Turkish University'],
      ['Bakhytzhan Yermekbayev', 'chairman of the public association "Zheltoksan Akikaty"'],
      ['Omarova Gulmira Sadykovna', 'teacher of secondary school No. 45 of Ust-Kamenogorsk'],
    ]);
  });
  it('reads an apposition whose lower-case body ends the line without failing', () => {
    assert.deepEqual(rolesOf('He met with Hugo De Smet, head of the Central Asia desk'), [['Hugo De Smet', 'head of the Central Asia desk']]);
  });
  it('reads a line opening with a portfolio\'s relations with a region without failing', () => {
    assert.deepEqual(rolesOf('for relations with Central Asia, Leopoldo López Gil (EPP, Spain), presented a statement.'), [['Leopoldo López Gil', null]]);
  });
  it('reads an apposition whose organisation\'s word ends the line without failing', () => {
    assert.deepEqual(rolesOf('He got a letter from PRC Foreign Minister Wang Yi, the Ministry'), [['Wang Yi', 'PRC Foreign Minister']]);
  });
  it('reads a seat\'s letters as the role where nothing else gives one, a retained post, an agro-holding, and districts named after people', () => {
    const body = 'He met Daniel Hartley MP. Levan Davitashvili retained the post of Minister of Economy. He met Gábor Kiss, founder of ' +
      'the agro-holding Hajdú Agrár, who came. In Gabit Musrepov and Magzhan Zhumabayev districts, gas arrived on Abai street.';
    assert.deepEqual(rolesOf(body), [
      ['Daniel Hartley', 'MP'], ['Levan Davitashvili', 'Minister of Economy'], ['Gábor Kiss', 'founder of the agro-holding Hajdú Agrár'],
    ]);
  });
  it('reads a title\'s own body inside a complement, a plural title after for, a body\'s branch before of, and a headline\'s Hears', () => {
    const body = 'Tokayev Hears Report of Akim\nHead of the Prosecutor General\'s Office Service for Special Prosecutors Kairat Dossanov and ' +
      'Rector of the Law Enforcement Academy under the Prosecutor General\'s Office Dana Aitmukhametova came. Chairwoman of the ' +
      'Karaganda regional branch of Atameken Saule Temirbekova spoke. Head of His Highness the Crown Prince\'s Diwan Jamal Al-Thiyab came.';
    assert.deepEqual(rolesOf(body), [
      ['Kairat Dossanov', 'Head of the Prosecutor General\'s Office Service for Special Prosecutors'],
      ['Dana Aitmukhametova', 'Rector of the Law Enforcement Academy under the Prosecutor General\'s Office'],
      ['Saule Temirbekova', 'Chairwoman of the Karaganda regional branch of Atameken'], ['Jamal Al-Thiyab', 'Head of His Highness the Crown Prince\'s Diwan'],
    ]);
  });
  it('reads no people in a company with S.A.C., a range, an estate, springs, a family winery, a -based business or a capital after a journey', () => {
    const body = 'He met the head of the company Andes Cobre S.A.C., the founder of the coffee exporter Café Sierra Nevada, ' +
      'Familia Zuccardi, representatives of Rio Tinto and the Adelaide-based Santos, and the Kazakh-Australian Association of ' +
      'Victoria near the Sierra Madre, the Point Lisas Industrial Estate and Alice Springs. He will travel to Wellington. Victoria ' +
      'Santos and Wellington Souza came with New Zealand\'s Disarmament Ambassador Tom Whitcombe.';
    assert.deepEqual(rolesOf(body), [
      ['Victoria Santos', null], ['Wellington Souza', null], ['Tom Whitcombe', 'New Zealand\'s Disarmament Ambassador'],
    ]);
  });
  it('reads a museum\'s director, no birthplace in an office, and no people in an ensemble, a banka, an order or De Havilland', () => {
    const body = 'He heard the Ljubljana vocal ensemble Perpetuum Jazzile. Representatives of Krka, Petrol and Nova Ljubljanska Banka ' +
      '(NLB) came. A. Zhunusov was awarded the Yenbek Dangky order. Museum director Ainur Tulegenova said so, as did Victoria ' +
      'Hale, the airline’s British-born chief executive, on a De Havilland Dash 8-400.';
    assert.deepEqual(rolesOf(body), [['A. Zhunusov', null], ['Ainur Tulegenova', 'Museum director'], ['Victoria Hale', 'chief executive']]);
  });
  it('reads no degree after an office as a further office, a milkmaid at a cooperative, and Cervantes alone', () => {
    const body = 'He met Kadyrzhan Beisenov, academician of the National Academy of Sciences, Doctor of Chemical Sciences, Professor. ' +
      'Kaliyeva Saule Amanovna, milkmaid of the Ak Bidai agricultural cooperative, came. Abai is for Kazakhs what Cervantes is for Spaniards.';
    assert.deepEqual(rolesOf(body), [
      ['Kadyrzhan Beisenov', 'academician of the National Academy of Sciences'], ['Kaliyeva Saule Amanovna', 'milkmaid of the Ak Bidai agricultural cooperative'],
      ['Abai', null], ['Cervantes', null],
    ]);
  });
  it('reads a goalkeeping coach, and no people in oil blocks named after people or in Karlovy Vary', () => {
    const body = 'Kazakh goalkeeping coach Stas Pokatilov spoke of the Isatay and Abai offshore blocks and of Berlin, Karlovy Vary and Busan.';
    assert.deepEqual(rolesOf(body), [['Stas Pokatilov', 'Kazakh goalkeeping coach']]);
  });
  it('reads the Vietnamese surname Le alone after a title, before lower-case words', () => {
    assert.deepEqual(rolesOf('Deputy Minister Le noted it. He met Marine Le Pen.'), [['Le', 'Deputy Minister'], ['Marine Le Pen', null]]);
  });
  it('reads Sultan as a surname after a given name, and a founder\'s office joined to the next one', () => {
    const body = 'Arman Sultan and Dariga Nurlanova took bronze, as the Johor Sultan looked on. He received co-founder and Chief ' +
      'Technology Officer of the American company Nexora AI Samuel Okafor. The AI model is ready.';
    assert.deepEqual(rolesOf(body), [
      ['Arman Sultan', null], ['Dariga Nurlanova', null], ['Samuel Okafor', 'co-founder and Chief Technology Officer of the American company Nexora AI'],
    ]);
  });
  it('ends a list\'s role at an initialled name before and, and reads lower-case presidents before a list', () => {
    const body = 'Minister of Science and Higher Education S. Nurbek and Sultan Akhmetov, Rector of Satbayev University, came. ' +
      'It paves the way for presidents Sadyr Japarov and Emomali Rahmon to sign.';
    assert.deepEqual(rolesOf(body), [
      ['S. Nurbek', 'Minister of Science and Higher Education'], ['Sultan Akhmetov', 'Rector of Satbayev University'],
      ['Sadyr Japarov', 'presidents'], ['Emomali Rahmon', 'presidents'],
    ]);
  });
  it('reads no people in a route of places, a variety called so, an airports\' operator or a headline\'s company', () => {
    const body = 'Head of State Meets with Founder of Korean Logistics Company Hanbit Logis\nThe Turgundi–Herat–Kandahar–Spin Boldak ' +
      'route and the Herat–Spin Boldak road were discussed, as were the Tokayev–Putin talks, a wheat variety called Akmola Zhuldyzy ' +
      'and a deal with Aéroports de Lyon.';
    assert.deepEqual(rolesOf(body), []);
  });
  it('reads a body named after an honoree in an office after the name, an office after `with … as`, and a firm with an ampersand', () => {
    const body = 'Kairat Seitzhanov has been appointed rector of Khoja Akhmet Yassawi International Kazakh-Turkish University. ' +
      'Seitzhanov, 52, previously served as vice-rector for science at Satbayev University and, from 2019, as director. The ' +
      'academy was founded with Kanysh Satbayev as its first president. He met Chief Executive of Halden & Price Sir Anthony Whitcombe.';
    assert.deepEqual(rolesOf(body), [
      ['Kairat Seitzhanov', 'rector of Khoja Akhmet Yassawi International Kazakh-Turkish University'],
      ['Seitzhanov', 'vice-rector for science at Satbayev University'], ['Kanysh Satbayev', 'first president'],
      ['Anthony Whitcombe', 'Chief Executive of Halden & Price'],
    ]);
  });
  it('reads a trade before of and its object as an office, joined to an honour before it, and no office after a description', () => {
    const body = 'Medals went to the foreman of the converter shop Yerlan Bekov, to People\'s Writer of Kazakhstan, laureate of the ' +
      'State Prize Tolen Abishev, and to a student of the Nazarbayev University Aigerim Bekova. He met Saule Iskakova, a nurse of the ' +
      'Aksu city hospital, Chairman of JSC Uzbekistan Temir Yullari Otabek Karimov.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Bekov', 'foreman of the converter shop'], ['Tolen Abishev', 'People\'s Writer of Kazakhstan, laureate of the State Prize'],
      ['Aigerim Bekova', null], ['Saule Iskakova', 'nurse of the Aksu city hospital'], ['Otabek Karimov', 'Chairman of JSC Uzbekistan Temir Yullari'],
    ]);
  });
  it('reads a dynasty\'s Sultan as a title, Chef de Cabinet, a cabinet member, an age before an apposition and a post from an institution', () => {
    const body = 'It was built by order of the Mamluk Sultan al-Zahir Baybars. He met UN Chef de Cabinet Courtenay Rattray and Chancellor ' +
      'Friedrich Merz\'s cabinet member Karin Prien. Matej Korošec, 51, a former mayor of Maribor, won. Anna Berg, 54, is managing director of Berg & Zonen. Welder Dias Tursynbek, 24, told ' +
      'the President so. Camilla Svensson, a hydrologist from the Stockholm International Water Institute, and Ivan Petrov, a ' +
      'businessman from Almaty, spoke. Serik Sapiyev was appointed chef de mission last week.';
    assert.deepEqual(rolesOf(body), [
      ['al-Zahir Baybars', 'Sultan'], ['Courtenay Rattray', 'UN Chef de Cabinet'], ['Friedrich Merz', 'Chancellor'], ['Karin Prien', 'cabinet member'],
      ['Matej Korošec', 'former mayor of Maribor'], ['Anna Berg', 'managing director of Berg & Zonen'], ['Dias Tursynbek', null],
      ['Camilla Svensson', 'hydrologist from the Stockholm International Water Institute'], ['Ivan Petrov', null], ['Serik Sapiyev', 'chef'],
    ]);
  });
  it('reads no person in a town listed before its kind and noun', () => {
    assert.deepEqual(rolesOf('They moved residents of the Shakhan and Abay mining towns.'), []);
  });
  it('reads the Father Amir as a title, Amir as a given name after a body\'s last word, a mother\'s name and a numbered body before a comma', () => {
    const body = 'He conveyed greetings from the Father Amir, Sheikh Hamad bin Khalifa Al Thani, and invited the Amir. General Director of ' +
      'Kazakhstan Aviation Industry Amir Nurlanov spoke, as did the former chief physician of City Hospital No. 3, Marat Abenov. ' +
      '“He runs,” his mother Saltanat said.';
    assert.deepEqual(rolesOf(body), [
      ['Hamad bin Khalifa Al Thani', 'Father Amir'], ['Amir Nurlanov', 'General Director of Kazakhstan Aviation Industry'],
      ['Marat Abenov', 'former chief physician of City Hospital No. 3'], ['Saltanat', null],
    ]);
  });
  it('reads a list whose names each have a lower-case office after them, an owner of a business, Mag., St. Anton and Optik', () => {
    const body = 'It included Johann Strobl, Chairman of the Management Board of Raiffeisen Bank International, Thomas Pichler, managing ' +
      'director of Doppelmayr Seilbahnen, and managers of Strabag and Swarovski Optik. WKO Vice President Mag. Martha Schultz and ' +
      'Governor of Tyrol Anton Mattle spoke of Ischgl, St. Anton and Kitzbühel. Timur Yessenov, owner of the Saryarka Agro company, came.';
    assert.deepEqual(rolesOf(body), [
      ['Johann Strobl', 'Chairman of the Management Board of Raiffeisen Bank International'], ['Thomas Pichler', 'managing director of Doppelmayr Seilbahnen'],
      ['Martha Schultz', 'WKO Vice President'], ['Anton Mattle', 'Governor of Tyrol'], ['Timur Yessenov', 'owner of the Saryarka Agro company'],
    ]);
  });
  it('reads a group\'s members, Pintér-Major, Independent director, Support after for, a trade after an honour\'s comma, and no people in firms', () => {
    const body = 'He met members of the Hungary–Kazakhstan parliamentary friendship group Ágnes Pintér-Major and Tamás Bencze. Independent director Marcus ' +
      'Feldmann spoke. Dinara Sultanova, Chairwoman of the State Centre for Support of National Cinema, came with Raushan Temirkhanova, ' +
      'People’s Artist of Kazakhstan, soloist of the Abai Kazakh National Opera and Ballet Theatre. Aliya Mukanova, 27, founder of the ' +
      'agritech startup Dala Drones, spoke of J.P. Morgan and the Berliner Philharmoniker.';
    assert.deepEqual(rolesOf(body), [
      ['Ágnes Pintér-Major', 'members of the Hungary–Kazakhstan parliamentary friendship group'],
      ['Tamás Bencze', 'members of the Hungary–Kazakhstan parliamentary friendship group'], ['Marcus Feldmann', 'Independent director'],
      ['Dinara Sultanova', 'Chairwoman of the State Centre for Support of National Cinema'],
      ['Raushan Temirkhanova', 'People’s Artist of Kazakhstan, soloist of the Abai Kazakh National Opera and Ballet Theatre'],
      ['Aliya Mukanova', 'founder of the agritech startup Dala Drones'],
    ]);
  });
  it('reads Minas Gerais and Mato Grosso as places, before a governor\'s name too', () => {
    assert.deepEqual(rolesOf('Firms from Santa Catarina and Minas Gerais came. Governor of Mato Grosso Mauro Mendes met them.'), [['Mauro Mendes', 'Governor of Mato Grosso']]);
  });
  it('reads round-73 cases: a chief post after its qualifiers, a trainer, the new President, short surnames in capitals, races and streets', () => {
    const body = 'The region’s chief sanitary doctor, Aigul Serikova, spoke. The team is headed by the American trainer Buddy McGirt. The congress elected ' +
      'Yerlan Zhakupov as the new President of the KFF. Magnus Carlsen, WEI Yi and JU Wenjun came; Smetov defeated KIM Won-jin. He met the NGO Adilet. ' +
      'After the Ivan Yarygin Grand Prix, the Tour Down Under and the Tour de France, they played Sporting Clube de Portugal. The office on Anna Salai opened. ' +
      'Deutsche Welle reported it.';
    assert.deepEqual(rolesOf(body), [
      ['Aigul Serikova', 'chief sanitary doctor'], ['Buddy McGirt', 'American trainer'], ['Yerlan Zhakupov', 'President of the KFF'], ['Magnus Carlsen', null],
      ['WEI Yi', null], ['JU Wenjun', null], ['KIM Won-jin', null],
    ]);
  });
  it('reads round-74 cases: Principal of, while serving as, a numbered hospital, A/S, Per-Olof, a professor described with a, and no people in names', () => {
    const body = 'Principal of school No. 147 Nadezhda Kim spoke. Daniyar Seitkali, while serving as head of the department, signed. Oksana Kirilenko, ' +
      'a nurse of the Pavlodar city hospital No. 1, came with Mr. Henrik Juul Pedersen, Chairman of the Board of Jutland Wind Partners A/S. He met ' +
      'Speaker of the Riksdag Per-Olof Bergström, the UN’s personal envoy for Sudan Ramtane Lamamra and Professor Akira Matsumoto, a prominent researcher ' +
      'of Kazakh history. Governor of Banque du Liban Karim Souaid and Special Envoy on the Middle East Issue ZHAI Jun came. A school named after the ' +
      'Hero of the Soviet Union Bauyrzhan Momyshuly, Nokian Tyres, Booz Allen Hamilton, Raoul Wallenbergs torg and the European Economic Area.';
    assert.deepEqual(rolesOf(body), [
      ['Nadezhda Kim', 'Principal of school No. 147'], ['Daniyar Seitkali', 'head of the department'],
      ['Oksana Kirilenko', 'nurse of the Pavlodar city hospital No. 1'], ['Henrik Juul Pedersen', 'Chairman of the Board of Jutland Wind Partners A/S'],
      ['Per-Olof Bergström', 'Speaker of the Riksdag'], ['Ramtane Lamamra', 'UN’s personal envoy for Sudan'], ['Akira Matsumoto', 'Professor'],
      ['Karim Souaid', 'Governor of Banque du Liban'], ['ZHAI Jun', 'Special Envoy on the Middle East Issue'],
    ]);
  });
  it('reads round-75 cases: editor-in-chief, heads of plural bodies, PARK Sung-ho, Nuevo León, a professor\'s own name after a list\'s office, and no people in places', () => {
    const body = 'An interview conducted by its editor-in-chief Choi Hoon. It was signed by T. Sakenov and Han Mun-hee, heads of the two railway companies. ' +
      'Permanent Representative of the Republic of Korea to the UN PARK Sung-ho met the Governor of Nuevo León Rodrigo Elizondo Cantú, CEO of G42 Cloud ' +
      'Faisal Al Hammadi and Bakhrom Ergashev, Rector of the Tashkent State University, Turkish professor Dr. Ayşe Nur Yıldırım. They saw the Iguazú ' +
      'Falls, the Kurmangazy–Zhanaozen gas pipeline and the Astana Hub Pitch Battle. Mazhilis deputy from the People’s Party of Kazakhstan Aidos Sarym spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Choi Hoon', 'editor-in-chief'], ['T. Sakenov', 'heads of the two railway companies'], ['Han Mun-hee', 'heads of the two railway companies'],
      ['PARK Sung-ho', 'Permanent Representative of the Republic of Korea to the UN'], ['Rodrigo Elizondo Cantú', 'Governor of Nuevo León'],
      ['Faisal Al Hammadi', 'CEO of G42 Cloud'], ['Bakhrom Ergashev', 'Rector of the Tashkent State University'], ['Ayşe Nur Yıldırım', 'Turkish professor'],
      ['Aidos Sarym', 'Mazhilis deputy from the People’s Party of Kazakhstan'],
    ]);
  });
  it('reads round-76 cases: a Korean name in three words, -san, a -based acronym, a teacher\'s subjects, and no people in a see or a route\'s section', () => {
    const body = 'It was signed by PARK Sang-hoon, Vice President of Korea Zinc, and NAKAMURA Hiroshi. “It is a new stage,” Park Sang Hoon said. ' +
      'Nakamura-san agreed. Chief Executive Officer of the Abu Dhabi-based ADQ Mohamed Hassan Al Suwaidi came with Gulnara Zhaksylykova, a teacher of ' +
      'Kazakh language and literature from Kyzylorda region, and Director of the National Center for Correctional Pedagogy Saule Abenova. Archbishop ' +
      'Tomasz Peta of the Archdiocese of Maria Santissima blessed the Inche Burun – Gorgan section. They stayed at the Park Inn Hotel.';
    assert.deepEqual(rolesOf(body), [
      ['PARK Sang-hoon', 'Vice President of Korea Zinc'], ['NAKAMURA Hiroshi', null], ['Park Sang Hoon', null], ['Nakamura', null],
      ['Mohamed Hassan Al Suwaidi', 'Chief Executive Officer of the Abu Dhabi-based ADQ'], ['Gulnara Zhaksylykova', 'teacher of Kazakh language and literature'],
      ['Saule Abenova', 'Director of the National Center for Correctional Pedagogy'], ['Tomasz Peta', 'Archbishop'],
    ]);
  });
  it('reads round-77 cases: a member from a quoted party\'s faction, a federal deputy, Jan before two particles, and no birthplace in an office', () => {
    const body = 'Deputy of the Mazhilis from the “Amanat” party faction Ekaterina Smyshlyaeva asked. Member of the “Respublica” party faction Aidos ' +
      'Sarym agreed. The delegation was headed by federal deputy João Pedro Alves da Silva.';
    assert.deepEqual(rolesOf(body), [
      ['Ekaterina Smyshlyaeva', 'Deputy of the Mazhilis from the “Amanat” party faction'], ['Aidos Sarym', 'Member of the “Respublica” party faction'],
      ['João Pedro Alves da Silva', 'federal deputy'],
    ]);
    assert.deepEqual(rolesOf('Jan van der Berg, Director of the Port of Rotterdam Authority, spoke. The Ethiopian-born Director-General, Dr. Gebreyesus, agreed.'), [
      ['Jan van der Berg', 'Director of the Port of Rotterdam Authority'], ['Gebreyesus', 'Director-General'],
    ]);
  });
  it('reads round-78 cases: FC and a club, a sporting director, of the federation, Today before a title, Juraeva, and no people in peaks or named things', () => {
    const body = 'Head coach of FC Kairat Rafael Urazbakhtin spoke. Rostov’s sporting director Sergei Korneyev came. First Vice-President of the ' +
      'federation Daulet Akhmetov came. Today Head of State Kassym-Jomart Tokayev met Seamstress Gulshat Aliyeva and Khalima Dzhurayeva; Kh. Juraeva ' +
      'thanked him. He met the Director of the Saudi company Al Rajhi Travel, Mr. Faisal Al-Ghamdi. They saw Ismoil Somoni Peak, the Mongolian ' +
      'section, known as Soyuz Vostok, the Azret Sultan Museum-Reserve, the Palace named after Mashkhur Zhusup Kopeiuly and Polish side Lech Poznań.';
    assert.deepEqual(rolesOf(body), [
      ['Rafael Urazbakhtin', 'Head coach of FC Kairat'], ['Sergei Korneyev', 'Rostov’s sporting director'],
      ['Daulet Akhmetov', 'First Vice-President of the federation'], ['Kassym-Jomart Tokayev', 'Head of State'], ['Gulshat Aliyeva', null],
      ['Khalima Dzhurayeva', null], ['Kh. Juraeva', null], ['Faisal Al-Ghamdi', 'Director of the Saudi company Al Rajhi Travel'],
    ]);
  });
  it('reads round-79 cases: a number glued to a body\'s name, trade union leader, a dateline before joined offices, and no Counterpart or Soviet physicist', () => {
    const body = 'Kazakh FM Meets Emirati Counterpart Sheikh Abdullah bin Zayed\nASTANA. KAZINFORM – Deputy Prime Minister, Minister of Foreign ' +
      'Affairs of Poland Radosław Sikorski met Dr. Ahmed Al-Mansouri, adviser to the COP28 Presidency, and trade union leader Vladimir Golovin at ' +
      'a branch named after the Soviet physicist Igor Kurchatov.';
    assert.deepEqual(rolesOf(body), [
      ['Abdullah bin Zayed', null], ['Radosław Sikorski', 'Deputy Prime Minister, Minister of Foreign Affairs of Poland'],
      ['Ahmed Al-Mansouri', 'adviser to the COP28 Presidency'], ['Vladimir Golovin', 'trade union leader'],
    ]);
  });
  it('reads round-80 cases: Mgr., a former office joined after a comma, XI Jinping, Pak after Mr., and no people in empires or law firms', () => {
    const body = 'He met the Mayor of the City of Brno Mgr. Pavla Horáková and Special Envoy of the Prime Minister of Japan, former Prime Minister ' +
      'SATO Kenichiro, in Bursa, the first capital of the Ottoman Empire. Freshfields Bruckhaus Deringer represented them.';
    assert.deepEqual(rolesOf(body), [
      ['Pavla Horáková', 'Mayor of the City of Brno'], ['SATO Kenichiro', 'Special Envoy of the Prime Minister of Japan, former Prime Minister'],
    ]);
    assert.deepEqual(rolesOf('The visit of H.E. Chairman XI Jinping followed. Mr. Pak Seung Deok and Pak Joko Widodo spoke of King Louis XI Capet.'), [
      ['XI Jinping', 'Chairman'], ['Pak Seung Deok', null], ['Joko Widodo', null], ['Louis XI Capet', 'King'],
    ]);
  });
  it('reads round-81 cases: a bank of a nation or in French before a leader, a list past a surname in capitals, and no people in Unbowed or Fishermen', () => {
    const body = 'Bank of England Governor Andrew Bailey and Banque de France Governor François Villeroy de Galhau spoke. He met Hiroshi Sakamoto, ' +
      'President of Sojitz Corporation, KAWASAKI Akira, Executive Vice President of Toyota Tsusho, and Jean-Luc Mélenchon, leader of France Unbowed. ' +
      'Chairman of the Society of Hunters and Fishermen Serik Ospanov came.';
    assert.deepEqual(rolesOf(body).slice(0, 5), [
      ['Andrew Bailey', 'Bank of England Governor'], ['François Villeroy de Galhau', 'Banque de France Governor'],
      ['Hiroshi Sakamoto', 'President of Sojitz Corporation'], ['KAWASAKI Akira', 'Executive Vice President of Toyota Tsusho'],
      ['Jean-Luc Mélenchon', 'leader of France Unbowed'],
    ]);
    assert.equal(rolesOf(body)[5][0], 'Serik Ospanov');
  });
  it('reads round-82 cases: an office ending in Exchange outside a headline, and no person before an ethno-complex', () => {
    const body = 'He met Mr. Chen Liqun, Vice President of the Shanghai Stock Exchange. We will open the Caravan Saray ethno-complex next month.';
    assert.deepEqual(rolesOf(body), [['Chen Liqun', 'Vice President of the Shanghai Stock Exchange']]);
  });
  it('reads round-83 cases: dotted letters after a name, an office in brackets before its ministry, and a satellite maker', () => {
    const body = 'The Taoiseach, Micheál Martin T.D., met Simon Harris T.D. and T.D. Jakes. Shri Arun Kumar Chatterjee, Secretary (West), ' +
      'Ministry of External Affairs, spoke. Mr. Om Rao, Secretary (East), Rakesh Kumar and others came. Thales Alenia Space builds it.';
    assert.deepEqual(rolesOf(body), [
      ['Micheál Martin', 'Taoiseach'], ['Simon Harris', 'T.D.'], ['T.D. Jakes', null],
      ['Arun Kumar Chatterjee', 'Secretary (West), Ministry of External Affairs'], ['Om Rao', 'Secretary (East)'], ['Rakesh Kumar', null],
    ]);
    // (An office between two names' commas is the first one's apposition, no title of the second.)
  });
  it('reads round-84 cases: a monarch before another\'s office, a rank giving way to its apposition, a counted noun, Named in a headline and Viet Nam\'s provinces', () => {
    const body = 'Aya Kouassi Named Chair of AU Health Task Force\nIt was chaired by His Highness the Amir and President Recep Tayyip Erdogan. ' +
      'Togolese Minister of Security and Civil Protection, General Yark Damehame, said. General Abdourahamane Tiani, President of the Transition, came. ' +
      'A 70-member Japan Disaster Relief (JDR) team returned to Bac Ninh with Deputy Prime Minister Nguyen Hoa Binh and Aya Kouassi.';
    assert.deepEqual(rolesOf(body), [
      ['Aya Kouassi', 'Chair of AU Health Task Force'], ['Recep Tayyip Erdogan', 'President'],
      ['Yark Damehame', 'Togolese Minister of Security and Civil Protection'], ['Abdourahamane Tiani', 'President of the Transition'],
      ['Nguyen Hoa Binh', 'Deputy Prime Minister'], ['Aya Kouassi', null],
    ]);
  });
  it('reads round-85 cases: portfolios of faith, migrants and matters, Atty. and K.H., a firm before or after its legal form, pilgrimages and acronyms', () => {
    const body = 'Talks held\nBangladesh\'s Religious Affairs Minister Begum Rokeya Sultana Chowdhury met the Saudi Deputy Minister of Hajj and Umrah. ' +
      'Migrant Workers Secretary Atty. Ramon B. Dimaculangan and Minister of Religious Affairs K.H. Ahmad Zainul Muttaqin came. ' +
      'It was led by the Special Envoy for Arctic Matters, Ambassador Clara Fuente Iturriaga. PT Pelabuhan Nusantara Timur signed with the Chinese partner CNPC. ' +
      'Azerbaijan Railways CJSC Chairman Rovshan Rustamov spoke. Al-Nile SC appointed Moroccan tactician Youssef El Amrani as head coach.';
    assert.deepEqual(rolesOf(body), [
      ['Rokeya Sultana Chowdhury', 'Bangladesh\'s Religious Affairs Minister'], ['Ramon B. Dimaculangan', 'Migrant Workers Secretary'],
      ['Ahmad Zainul Muttaqin', 'Minister of Religious Affairs'], ['Clara Fuente Iturriaga', 'Special Envoy for Arctic Matters'],
      ['Rovshan Rustamov', 'Azerbaijan Railways CJSC Chairman'], ['Youssef El Amrani', 'head coach'],
    ]);
  });

  it('reads round-86 cases: Canciller and Fiscal General, a royal\'s given name set off by commas, honours\' letters, states of two words, Lady and a swearing in', () => {
    const body = 'Talks held\nArgentina\'s Canciller Gerardo Werthein Ibáñez met Colombia\'s Fiscal General Luz Adriana Camargo Garzón. ' +
      'The King of Spain, Felipe VI, and the Princess of Wales, Catherine, came. Dame Rosalind Ngata, GNZM, QSO, Governor-General of New Zealand, spoke. ' +
      'New South Wales Premier Rachel Kingsley met Premier of Nova Scotia Colin MacAskill and the Governor of San Juan Marcelo Orrego Ortiz. ' +
      'Lady Amelia Hartfield and Sheikh-ul-Islam Allahshukur Pashazade came. The President swore in engineer Luis Bravo de la Cruz as Minister of Energy at Government Palace.';
    assert.deepEqual(rolesOf(body), [
      ['Gerardo Werthein Ibáñez', 'Argentina\'s Canciller'], ['Luz Adriana Camargo Garzón', 'Colombia\'s Fiscal General'],
      ['Felipe VI', 'King of Spain'], ['Catherine', 'Princess of Wales'], ['Rosalind Ngata', 'Governor-General of New Zealand'],
      ['Rachel Kingsley', 'New South Wales Premier'], ['Colin MacAskill', 'Premier of Nova Scotia'], ['Marcelo Orrego Ortiz', 'Governor of San Juan'],
      ['Amelia Hartfield', null], ['Allahshukur Pashazade', 'Sheikh-ul-Islam'], ['Luis Bravo de la Cruz', 'Minister of Energy'],
    ]);
  });

  it('reads round-87 cases: a portfolio of relations, a first female office, a party named with a title word, a navy, an honour before a two-word occupation', () => {
    const body = 'Talks held\nInternational Relations and Cooperation Minister Ronald Lamola met Anna Berg, the country\'s first female president. ' +
      'Opposition Law and Justice (PiS) deputy Mariusz Błaszczak and the Commander of the Estonian Navy, Captain Ivo Värk, came. ' +
      'He presented the Order to Honored Worker of Kazakhstan, oil worker Zhaksylyk Utebayev.';
    assert.deepEqual(rolesOf(body), [
      ['Ronald Lamola', 'International Relations and Cooperation Minister'], ['Anna Berg', 'first female president'], ['Mariusz Błaszczak', 'Opposition Law and Justice (PiS) deputy'],
      ['Ivo Värk', 'Commander of the Estonian Navy'], ['Zhaksylyk Utebayev', 'Honored Worker of Kazakhstan'],
    ]);
  });

  it('reads round-88 cases: two offices joined by and in an apposition, a resident and humanitarian coordinator, two lower-case qualifiers, a lower-case owner, and no office of one\'s kin', () => {
    const body = 'Talks held\nMarie-Claude Vieux-Dorsainvil, the UN Resident and Humanitarian Coordinator in Haiti, met Anna Berg, Namibia\'s first female head of state. ' +
      'The Resident and Humanitarian Coordinator for Ukraine, Mr. Kjetil B. Haugland, met Atyrau region akim\'s adviser Nurbol Seitkali. ' +
      'The President\'s wife Aida Berg and the wife of the Premier, Dana Berg, came.';
    assert.deepEqual(rolesOf(body), [
      ['Marie-Claude Vieux-Dorsainvil', 'UN Resident and Humanitarian Coordinator in Haiti'], ['Anna Berg', 'Namibia\'s first female head of state'],
      ['Kjetil B. Haugland', 'Resident and Humanitarian Coordinator for Ukraine'], ['Nurbol Seitkali', 'Atyrau region akim\'s adviser'],
      ['Aida Berg', null], ['Dana Berg', null],
    ]);
  });

  it('reads round-89 cases: a region\'s adjective opening an apposition\'s office, a feat before an office, a post a verb says one held', () => {
    const body = 'Talks held\nHe met Hubert Aiwanger, Bavarian State Minister for Economic Affairs, and Ilya Ilyin, two-time Olympic champion and vice-president of the ' +
      'Kazakhstan Weightlifting Federation. Ambassador PARK Sung-ho served as Ambassador to the Kingdom of Norway from 2019. Ambassador Ivan Petrov, the Ambassador of Qatar, came.';
    assert.deepEqual(rolesOf(body), [
      ['Hubert Aiwanger', 'Bavarian State Minister for Economic Affairs'], ['Ilya Ilyin', 'vice-president of the Kazakhstan Weightlifting Federation'],
      ['PARK Sung-ho', 'Ambassador'], ['Ivan Petrov', 'Ambassador of Qatar'],
    ]);
  });

  it('reads round-90 cases: an airline and a state\'s firm before a leader\'s title, Sk., a unit of rescuers, also appointed, and no person in festivals, rites, fortresses, firms or an airport', () => {
    const body = 'Talks held\nHe met Saudi Aramco President and CEO Amin H. Nasser and Riyadh Air CEO Tony Douglas. Air Astana CEO Peter Foster invited the Commerce Adviser, ' +
      'Sk. Bashir Uddin, and Arman Kenzhebekov, head of the Aktobe regional rescue detachment. By the same Decree, Marat Ilyassov is also appointed Permanent Representative ' +
      'to the IMO. Chhath Puja ended with the Usha Arghya at the Tashichho Dzong. Emaar Properties, Tata Power, Mazagon Dock Shipbuilders, the Phuket Tourist Police ' +
      'and London Heathrow met Minister Puja Sharma.';
    assert.deepEqual(rolesOf(body), [
      ['Amin H. Nasser', 'Saudi Aramco President and CEO'], ['Tony Douglas', 'Riyadh Air CEO'], ['Peter Foster', 'Air Astana CEO'],
      ['Bashir Uddin', 'Commerce Adviser'], ['Arman Kenzhebekov', 'head of the Aktobe regional rescue detachment'],
      ['Marat Ilyassov', 'Permanent Representative to the IMO'], ['Puja Sharma', 'Minister'],
    ]);
  });

  it('reads round-91 cases: a team before its leader\'s title, and no person in the Golden Man', () => {
    const body = 'Talks held\nUS team captain Daniel Roberts said the national team coach Ivan Petrov was right. "The return of Altyn Adam is a symbol," Adam Smith said.';
    assert.deepEqual(rolesOf(body), [['Daniel Roberts', 'US team captain'], ['Ivan Petrov', 'national team coach'], ['Adam Smith', null]]);
  });

  it('reads round-92 cases: Malaysian and Indonesian portfolios, USec without its full stop, and no person in shipyards or a think tank', () => {
    const body = 'Talks held\nPlantation and Commodities Minister Johari Abdul Ghani met Investment and Downstreaming Minister Rosan Perkasa Roeslani. ' +
      'USec Perez said Admiralty Shipyards, Severnaya Verf and the International Think Tank for LLDCs agreed.';
    assert.deepEqual(rolesOf(body), [
      ['Johari Abdul Ghani', 'Plantation and Commodities Minister'], ['Rosan Perkasa Roeslani', 'Investment and Downstreaming Minister'], ['Perez', 'USec'],
    ]);
  });

  it('reads round-93 cases: a South Slavic firm and entity before a leader\'s title, and no person in Banja Luka', () => {
    const body = 'Talks held\nGEN Energija CEO Dejan Paravan urged Sarajevo and Banja Luka to act. Republika Srpska President Siniša Karan was briefed.';
    assert.deepEqual(rolesOf(body), [['Dejan Paravan', 'GEN Energija CEO'], ['Siniša Karan', 'Republika Srpska President']]);
  });

  it('reads the office of a copy of credentials, and no surname in a headline\'s Ahead after a title', () => {
    const body = 'Deputy Minister Meets U.S. Chargé d\'Affaires Ahead of His Departure\nDeputy Minister Arman Issetov received Mr. KIM Dong-hyun, who presented a ' +
      'copy of his credentials as Ambassador of the Republic of Korea.';
    assert.deepEqual(rolesOf(body), [['Arman Issetov', 'Deputy Minister'], ['KIM Dong-hyun', 'Ambassador of the Republic of Korea']]);
  });

  it('reads a double surname after Saint- and its particle, and no person in French parties', () => {
    const body = 'Talks held\nHe received Thérèse de Saint-Exupéry-Nguyen, French Minister Delegate for Francophonie, and the party Les Démocrates. ' +
      'Mme de Saint-Exupéry-Nguyen also met Les Républicains.';
    assert.deepEqual(rolesOf(body), [['Thérèse de Saint-Exupéry-Nguyen', 'French Minister Delegate for Francophonie'], ['de Saint-Exupéry-Nguyen', null]]);
  });

  it('reads a judge\'s Justice after another title as a style, not as part of the office', () => {
    const body = 'Talks held\nElectoral Commission of Zambia Chairperson Justice Mwangala Zaloumis met Chief Justice Anna Berg and Justice Minister Dana Berg.';
    assert.deepEqual(rolesOf(body), [['Mwangala Zaloumis', 'Electoral Commission of Zambia Chairperson'], ['Anna Berg', 'Chief Justice'], ['Dana Berg', 'Justice Minister']]);
  });

  it('reads no person in a state firm, a party, a mine or an aircraft\'s model', () => {
    const body = 'Talks held\nYacimientos de Litio Bolivianos signed. Senator Iván Cepeda Castro of the Pacto Histórico and the Centro Democrático spoke. ' +
      'Quebrada Blanca 2 and Cerro Verde grew. Two C-130J Hercules aircraft landed.';
    assert.deepEqual(rolesOf(body), [['Iván Cepeda Castro', 'Senator']]);
  });

  it('reads round-94 cases: a region a direction opens before its leader\'s title, and the office after confirmed … as', () => {
    const body = 'Talks held\nInner Mongolia Autonomous Region Vice Chairman Huang Zhiqiang came. He met Western Cape Premier Alan Winde. ' +
      'The Senate confirmed Elizabeth A. Rood as Ambassador of the United States to Turkmenistan. He confirmed Ali Veli would come.';
    assert.deepEqual(rolesOf(body), [
      ['Huang Zhiqiang', 'Inner Mongolia Autonomous Region Vice Chairman'], ['Alan Winde', 'Western Cape Premier'],
      ['Elizabeth A. Rood', 'Ambassador of the United States to Turkmenistan'], ['Ali Veli', null],
    ]);
  });

  it('reads a whole name owning a post, and the French Monsieur before a surname written in full, then before every name of the article', () => {
    const body = 'Talks held\nIt was led by Vice Chairman Zhao Leji\'s deputy, Mr. Wang Dongfeng. He met Jean-Noël Barrot. M. Barrot agreed. ' +
      'Michel Barnier met M. Barnier. M. Petrov came.';
    assert.deepEqual(rolesOf(body), [
      ['Zhao Leji', 'Vice Chairman'], ['Wang Dongfeng', 'Zhao Leji\'s deputy'], ['Jean-Noël Barrot', null], ['Barrot', null],
      ['Michel Barnier', null], ['Barnier', null], ['Petrov', null],
    ]);
  });

  it('reads no person in a field body\'s qualified object, an order\'s ribbon, a publisher or a body\'s closing common word', () => {
    const body = 'Talks held\nThe Office of Foreign Assets Control acted. He got the Order of the Rising Sun, Gold Rays with Neck Ribbon. ' +
      'It was published by Ediciones Siruela. Director of the Institute of Literature and Art Kensary Bakytzhanov and Art Garfunkel Smith came.';
    assert.deepEqual(rolesOf(body), [['Kensary Bakytzhanov', 'Director of the Institute of Literature and Art'], ['Art Garfunkel Smith', null]]);
  });

  it('reads round-95 roles: a post left, a body\'s head in lower case, German states\' leaders, an aide to the President', () => {
    const body = 'Talks held\nIvan Petrov is relieved of his previous post of Vice Minister of Industry. The party chief Anna Berg spoke. ' +
      'Bavarian Minister-President Markus Söder and Economics Minister Guy Parmelin met. Minister-in-Assistance to the President, Hon. David Paul, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Ivan Petrov', 'Vice Minister of Industry'], ['Anna Berg', 'party chief'], ['Markus Söder', 'Bavarian Minister-President'],
      ['Guy Parmelin', 'Economics Minister'], ['David Paul', 'Minister-in-Assistance to the President'],
    ]);
  });

  it('reads a name opening with an ʻokina, a Samoan form of address, and no person in St Vincent or a volcano', () => {
    const body = 'Talks held\nPrime Minister Hon. Dr. ʻAisake Valu Eke and Prime Minister Fiamē Naomi Mataʻafa met. Afioga Fiamē thanked them. ' +
      'Grenada and St Vincent mark one year since the Hunga Tonga-Hunga Ha\'apai eruption.';
    assert.deepEqual(rolesOf(body), [['ʻAisake Valu Eke', 'Prime Minister'], ['Fiamē Naomi Mataʻafa', 'Prime Minister'], ['Fiamē', null]]);
  });

  it('reads Gen after a surname in capitals as the given name, and as a rank before a name', () => {
    const body = 'Talks held\nHe met Minister of Defense of Japan NAKATANI Gen in Tokyo. National Coordinator Lt Gen (retd) Sarfraz Ali came.';
    assert.deepEqual(rolesOf(body), [['NAKATANI Gen', 'Minister of Defense of Japan'], ['Sarfraz Ali', 'National Coordinator']]);
  });

  it('reads round-96 cases: a surname in capitals after a company, CM, a Union portfolio list, a particle after Mr., no person in a yatra', () => {
    const body = 'Talks held\nIt was signed by Vice President of Hyundai Mobis KIM Sung-ho and Punjab CM Maryam Nawaz. ' +
      'He met Union Commerce and Industry Minister Piyush Goyal and Gourangalal Das. Mr. Das said the Kailash Mansarovar Yatra resumed. ' +
      'King Carl XVI Gustaf came.';
    assert.deepEqual(rolesOf(body), [
      ['KIM Sung-ho', 'Vice President of Hyundai Mobis'], ['Maryam Nawaz', 'Punjab CM'], ['Piyush Goyal', 'Union Commerce and Industry Minister'],
      ['Gourangalal Das', null], ['Das', null], ['Carl XVI Gustaf', 'King'],
    ]);
  });

  it('reads Spanish forms of address (Don only before a full Spanish name), a hakim in lower case, and a Turkic name in -guly opening a line', () => {
    const body = 'Talks held\nHe met Don Gabriel Boric Font, Thai Foreign Minister Don Pramudwinai, Doña Ana Lya Uriarte Rodríguez and Licenciado ' +
      'Marcelo Ebrard Casaubón. He was accompanied by the hakim of Mary velayat Dovran Annaberdiyev.\n' +
      'Gurbanguly Malikgulyevich Berdimuhamedov stressed that it will bring peace.';
    assert.deepEqual(rolesOf(body), [
      ['Gabriel Boric Font', null], ['Don Pramudwinai', 'Thai Foreign Minister'], ['Ana Lya Uriarte Rodríguez', null], ['Marcelo Ebrard Casaubón', null],
      ['Dovran Annaberdiyev', 'hakim of Mary velayat'], ['Gurbanguly Malikgulyevich Berdimuhamedov', null],
    ]);
  });

  it('reads round-98 cases: one\'s state before an apposition, a chief of a field, a federation\'s president, surnames listed after a place', () => {
    const body = 'Talks held\nSheikh Fahad Nasser Al-Sabah of Kuwait, Acting President of the Olympic Council of Asia, arrived. The Chief Data Officer ' +
      'Dr Eleanor Whitcombe spoke, and federation president Mukhtar Yerzhanov. Foreign Minister Cho Hyun met his counterpart IWAYA Takeshi.\n' +
      'During a meeting in Seoul, Cho and Iwaya also discussed it. Events were held in Bogotá, Lima and Santiago.';
    assert.deepEqual(rolesOf(body), [
      ['Fahad Nasser Al-Sabah', 'Acting President of the Olympic Council of Asia'], ['Eleanor Whitcombe', 'Chief Data Officer'],
      ['Mukhtar Yerzhanov', 'federation president'], ['Cho Hyun', 'Foreign Minister'], ['IWAYA Takeshi', null], ['Cho', null], ['Iwaya', null],
    ]);
  });

  it('reads EVP and Shadow in titles, and relations with a region after responsible for', () => {
    const body = 'Talks held\nExecutive Vice-President Stéphane Séjourné came. EVP Séjourné replied. Shadow rapporteur Bernd Lange asked. ' +
      'He was received by the Vice-President responsible for relations with Central Asia, Ms. Katarina Barley.';
    assert.deepEqual(rolesOf(body), [
      ['Stéphane Séjourné', 'Executive Vice-President'], ['Séjourné', 'EVP'], ['Bernd Lange', 'Shadow rapporteur'],
      ['Katarina Barley', 'Vice-President responsible for relations with Central Asia'],
    ]);
  });

  it('reads round-99 cases: an envoy\'s two posts after the, a state after the name, a faction head, Oba as a style, Togbe, a motorway', () => {
    const body = 'Talks held\nIt was witnessed by the Nigerian Ambassador to Ethiopia and Permanent Representative to the African Union, Dr. Bashir ' +
      'Garba Mohammed. He met the President of Kazakhstan and Prime Minister of Japan Anna Berg. He met a delegation led by Chair of the Delegation ' +
      'for relations with Central Asia, Mrs. Ilze Kalniņa from Latvia, and faction head Mageram Magerramov. The Ooni of Ife, Oba Adeyeye Enitan ' +
      'Ogunwusi, hosted Togbe Afede XIV near the Tema Motorway.';
    assert.deepEqual(rolesOf(body), [
      ['Bashir Garba Mohammed', 'Nigerian Ambassador to Ethiopia and Permanent Representative to the African Union'],
      ['Anna Berg', 'Prime Minister of Japan'], ['Ilze Kalniņa', 'Chair of the Delegation for relations with Central Asia'],
      ['Mageram Magerramov', 'faction head'], ['Adeyeye Enitan Ogunwusi', 'Ooni of Ife'], ['Afede XIV', null],
    ]);
  });

  it('reads Courts as a headline\'s verb after a surname', () => {
    const body = 'Ghana\'s Mahama Courts Chinese Investors for Lithium Refinery\nPresident John Dramani Mahama met them.';
    assert.deepEqual(rolesOf(body), [['Mahama', null], ['John Dramani Mahama', 'President']]);
  });

  it('reads round-100 cases: Sri after Mrs., a surname in capitals before a comma opening a line, Oli, ages, a Business Minister', () => {
    const body = 'Talks held\nHe met Mrs. Sri Wahyuni Hartono and opposition leader Péter Magyar.\nMAGYAR, a former insider, told supporters. ' +
      'Prime Minister K.P. Sharma Oli met the Chairman of the Majlisi Oli Rustam Emomali. Vogelsang named Aylin Demirtaş, 39, as minister for ' +
      'digital affairs. The House elected TAKEMURA Kenji, the 61-year-old leader of the Liberal Democratic Party, as prime minister. ' +
      'Energy and Business Minister Ebba Busch spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Sri Wahyuni Hartono', null], ['Péter Magyar', 'opposition leader'], ['MAGYAR', null], ['K.P. Sharma Oli', 'Prime Minister'],
      ['Rustam Emomali', 'Chairman of the Majlisi Oli'], ['Aylin Demirtaş', 'minister for digital affairs'],
      ['TAKEMURA Kenji', 'leader of the Liberal Democratic Party'], ['Ebba Busch', 'Energy and Business Minister'],
    ]);
  });

  it('reads round-101 cases: no person in a family\'s business or the family, Al-Azhar, a body before a state\'s adjective', () => {
    const body = 'Hendricks Resources Bids for Tajik Silver Assets\nLondon-listed Hendricks Resources, founded by the Hendricks family of Perth, ' +
      'made an offer, chairman Sir Geoffrey W. Hendricks said. It is owned by the Dzhumabaev brothers, general director Nurlan Dzhumabaev said. ' +
      'Dzhumabaev added more. The Grand Imam of Al-Azhar, Sheikh Dr. Ahmed El-Tayeb, met Minister Osama Al-Azhari, who said Al-Azhar will help. ' +
      'He received at the Ittihadiya Palace Uzbek President Shavkat Mirziyoyev.';
    assert.deepEqual(rolesOf(body), [
      ['Geoffrey W. Hendricks', 'chairman'], ['Nurlan Dzhumabaev', 'general director'], ['Dzhumabaev', null],
      ['Ahmed El-Tayeb', 'Grand Imam of Al-Azhar'], ['Osama Al-Azhari', 'Minister'], ['Shavkat Mirziyoyev', 'Uzbek President'],
    ]);
  });

  it('reads Welsh ap, Assemblywoman, Landammann, Onorevole and Spanish abbreviated forms of address', () => {
    const body = 'Talks held\nHe met Rhys ap Gwilym, Member of the Senedd, and Assemblywoman Rachel Goldstein-Park. Landammann Beat Zimmermann-Räber ' +
      'and Onorevole Francesco Maria Lo Presti spoke. He met the Honorary Consul, Dña. Carmen Alcaraz Peris, and Sra. Ana López.';
    assert.deepEqual(rolesOf(body), [
      ['Rhys ap Gwilym', 'Member of the Senedd'], ['Rachel Goldstein-Park', 'Assemblywoman'], ['Beat Zimmermann-Räber', 'Landammann'],
      ['Francesco Maria Lo Presti', null], ['Carmen Alcaraz Peris', 'Honorary Consul'], ['Ana López', null],
    ]);
  });

  it('reads no person in a miner of rare earths or in the passports an agreement names', () => {
    const body = 'Talks held\nThe delegation includes IGO, Pilbara Minerals and Lynas Rare Earths. They initialled the Agreement on Mutual Visa ' +
      'Exemption for Holders of Ordinary Passports with Minister Anna Berg.';
    assert.deepEqual(rolesOf(body), [['Anna Berg', 'Minister']]);
  });

  it('reads round-103 cases: NSA, GOC-in-C in apposition after a rank, Bestows as a headline verb, no person in an award', () => {
    const body = 'Kassym-Jomart Tokayev Bestows Order of Dostyk on Former Chinese Ambassador\nPresident Kassym-Jomart Tokayev met NSA Shri Ajit Doval. ' +
      'Lt Gen Anindya Sengupta, GOC-in-C Central Command, was present. He received the laureates of the Altyn Sapa award.';
    assert.deepEqual(rolesOf(body), [
      ['Kassym-Jomart Tokayev', null], ['Kassym-Jomart Tokayev', 'President'], ['Ajit Doval', 'NSA'], ['Anindya Sengupta', 'GOC-in-C Central Command'],
    ]);
  });

  it('reads round-104 cases: one word with a relative clause\'s office, Pengiran, against in a complement, a state after a titled name', () => {
    const body = 'Talks held\nFadillah, who is also Minister of Energy Transition, said this. It was signed by Brunei\'s Minister of Transport Pengiran ' +
      'Dato Seri Setia Shamhary Mustapha. The Special Representative of the Secretary-General on Violence against Children, Dr. Najat Maalla ' +
      'M’jid, praised it. It was moderated by the President of the Human Rights Council, H.E. Mr. Jürg Lauber of Switzerland, and attended.';
    assert.deepEqual(rolesOf(body), [
      ['Fadillah', 'Minister of Energy Transition'], ['Shamhary Mustapha', 'Brunei\'s Minister of Transport'],
      ['Najat Maalla M’jid', 'Special Representative of the Secretary-General on Violence against Children'],
      ['Jürg Lauber', 'President of the Human Rights Council'],
    ]);
  });

  it('reads round-105 cases: a nomination to be, a verb before an occupation and its adjective, a liaison officer, studios as businesses', () => {
    const body = 'Talks held\nThe committee advanced the nomination of Philip J. Kowalczyk to be Ambassador of the United States to Kazakhstan. He named ' +
      'veteran diplomat Richard Osei as Special Envoy for Asia. The liaison officer Ivan Petrov came. The film by Steppe Pictures was shown by Kino Lab.';
    assert.deepEqual(rolesOf(body), [
      ['Philip J. Kowalczyk', 'Ambassador of the United States to Kazakhstan'], ['Richard Osei', 'Special Envoy for Asia'], ['Ivan Petrov', 'liaison officer'],
    ]);
  });

  it('reads round-106 cases: Emergency Situations and State Assets as portfolios, no person in an aircraft maker', () => {
    const body = 'Talks held\nEmergency Situations Minister Bakhytzhan Ospanov arrived. He met Deputy Minister of State Assets Marek Sadowski. ' +
      'Excalibur Army and Aero Vodochody presented their products.';
    assert.deepEqual(rolesOf(body), [['Bakhytzhan Ospanov', 'Emergency Situations Minister'], ['Marek Sadowski', 'Deputy Minister of State Assets']]);
  });

  it('reads round-107 cases: religious offices and bodies, a Greek father\'s initial, Phra and KH, a rank opened by Senior, no verb before a number', () => {
    const body = 'Kazakhstan and Chile Mark 30 Years of Ties\nEcumenical Patriarch Bartholomew met Minister Eleni Th. Karagianni. Guests came from the ' +
      'Chief Rabbinate of Israel and from Nahdlatul Ulama, led by its General Chairman KH Ahmad Fauzan Rahim and by Phra Maha Somchai Thanawiro, abbot of Wat Arun. ' +
      'He received Sephardi Chief Rabbi of Israel Rabbi David Ben-Ami and Rabbi Levi Cohen, Chief Rabbi of the Jewish Community of Bahrain. ' +
      'Senior Lieutenant General Tran Van Minh, Deputy Minister of National Defence, spoke. Commandant Ravi Doorgah and the Khamba Lama of ' +
      'Gandan Monastery, D. Batbayar, attended with the Special Envoy for Press Freedom Mark Ellison. Mark Ellison spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Bartholomew', 'Ecumenical Patriarch'], ['Eleni Th. Karagianni', 'Minister'], ['Ahmad Fauzan Rahim', 'General Chairman'],
      ['Somchai Thanawiro', 'abbot of Wat Arun'], ['David Ben-Ami', 'Sephardi Chief Rabbi of Israel'],
      ['Levi Cohen', 'Chief Rabbi of the Jewish Community of Bahrain'], ['Tran Van Minh', 'Deputy Minister of National Defence'],
      ['Ravi Doorgah', 'Commandant'], ['D. Batbayar', 'Khamba Lama of Gandan Monastery'], ['Mark Ellison', 'Special Envoy for Press Freedom'],
      ['Mark Ellison', null],
    ]);
  });

  it('reads round-108 cases: Pakistan\'s provinces and Senate after and before an office, a nation\'s possessive, Baroness as a form of address, accession as', () => {
    const body = 'Talks held\nChief Minister Balochistan Tariq Khan Jamali met Khyber Pakhtunkhwa Governor Imran Saleem Kundi and Chief Secretary ' +
      'Sindh Asif Hyder. Scotland\'s First Minister Ailsa Grant spoke. The Special Envoy for Freedom of Religion or Belief, Baroness Helen ' +
      'Marsh, came. They marked the accession of Sheikh Hamad bin Rashid Al Nuaimi as Ruler of Ajman. The Chief Rabbinate of Israel and ' +
      'Soka Gakkai sent guests to Diego Garcia. He met the Secretary-General of the Eurasian Water League and Chairman of the Council of ' +
      'River Basins, Dr. Omar Haddad. Chairman Senate Farid Ahmed Qasim received them.';
    assert.deepEqual(rolesOf(body), [
      ['Tariq Khan Jamali', 'Chief Minister Balochistan'], ['Imran Saleem Kundi', 'Khyber Pakhtunkhwa Governor'], ['Asif Hyder', 'Chief Secretary Sindh'],
      ['Ailsa Grant', 'Scotland\'s First Minister'], ['Helen Marsh', 'Special Envoy for Freedom of Religion or Belief'],
      ['Hamad bin Rashid Al Nuaimi', 'Ruler of Ajman'], ['Omar Haddad', 'Secretary-General of the Eurasian Water League and Chairman of the Council of River Basins'],
      ['Farid Ahmed Qasim', 'Chairman Senate'],
    ]);
  });

  it('reads round-109 cases: a state\'s name as the surname of a person named in full before a verb of speaking, a resource minister', () => {
    const body = 'Talks held\nThe Prime Minister, Tomás Jordan, received the Iranian oil minister, Reza Mahdavi. Jordan recalled that ' +
      'Jordan and Portugal signed a deal. Mr. Jordan thanked him.';
    assert.deepEqual(rolesOf(body), [['Tomás Jordan', 'Prime Minister'], ['Reza Mahdavi', 'Iranian oil minister'], ['Jordan', null], ['Jordan', null]]);
  });

  it('reads round-110 cases: a body\'s word as a surname before a titled apposition, a form of address in brackets, Kabiyesi', () => {
    const body = 'Talks held\nHe met Margaret Anne Hall, the newly appointed Irish Ambassador, on Monday. The Minister of State for Trade, Dr. (Mrs.) ' +
      'Amina Bello Sani, spoke. Kabiyesi Adeyemi thanked them. He toured Abai Hall, the Minister said.';
    assert.deepEqual(rolesOf(body), [
      ['Margaret Anne Hall', 'Irish Ambassador'], ['Amina Bello Sani', 'Minister of State for Trade'], ['Adeyemi', null],
    ]);
  });

  it('reads round-111 cases: a nationality before a yielding style, a description after an appointing verb, Sheikh Sultan, FC and a club, Hijri months', () => {
    const body = 'FC Ordabasy Names New Head Coach\nThe jury was chaired by Czech professor Jan Dvorak, Rector of the Academy of Music. The union has ' +
      'appointed renowned Serbian specialist Goran Petrovic as head coach of FC Ordabasy. Sheikh Sultan noted the interest. DOHA, Jumada ' +
      'Al-Awwal 28, 1447 AH -- Officials of Lembaga Tabung Haji came. Ordabasy Sultanov spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Jan Dvorak', 'Rector of the Academy of Music'], ['Goran Petrovic', 'head coach of FC Ordabasy'], ['Sultan', null], ['Ordabasy Sultanov', null],
    ]);
  });

  it('reads round-112 cases: Cambodian styles, the Burmese U, Dra., a lower-case qualifier of a body, a clause after an opening phrase', () => {
    const body = 'Talks held\nSamdech Akka Moha Sena Padei Techo Hun Sen, President of the Senate, came. He met Union Minister U Kyaw Tin and Dra. ' +
      'Ana María Soto, Minister of Health. Secretary of the municipal Party Committee Le Van Thanh came to Luang Prabang and Alta Verapaz. In ' +
      'Dhaka she held talks with the Minister of Planning, Abdul Karim Bhuiyan, who said so. He met the Humanitarian Aid Commissioner, Amina Idris.';
    assert.deepEqual(rolesOf(body), [
      ['Hun Sen', 'President of the Senate'], ['Kyaw Tin', 'Union Minister'], ['Ana María Soto', 'Minister of Health'],
      ['Le Van Thanh', 'Secretary of the municipal Party Committee'], ['Abdul Karim Bhuiyan', 'Minister of Planning'],
      ['Amina Idris', 'Humanitarian Aid Commissioner'],
    ]);
  });

  it('reads round-113 cases: a full name and its and close an office before a qualified style, a place before Vice-Governor, no person in a gap', () => {
    const body = 'Talks held\nHe met Ohio Secretary of State Mary Ellen Cole and State Senator Tomas R. Vega. Niigata Vice-Governor Haruka Mori came. ' +
      'They defend the Fulda Gap and visited Santiago de Compostela.';
    assert.deepEqual(rolesOf(body), [
      ['Mary Ellen Cole', 'Ohio Secretary of State'], ['Tomas R. Vega', 'State Senator'], ['Haruka Mori', 'Niigata Vice-Governor'],
    ]);
  });

  it('reads round-114 cases: FS before a surname, a place and a lower-case unit before a capitalised title', () => {
    const body = 'Talks held\nForeign Secretary Arjun Mehra came. FS Mehra called on the Minister. Uvs aimag Governor Dorjiin Bat met him.';
    assert.deepEqual(rolesOf(body), [['Arjun Mehra', 'Foreign Secretary'], ['Mehra', 'FS'], ['Dorjiin Bat', 'Uvs aimag Governor']]);
  });

  it('reads round-115 cases: one word after a body\'s capitalised word in another name\'s apposition is the body', () => {
    const body = 'Talks held\nHe received Daulet Sarsen, Chairman of the Board of the National Fund Baiterek-Invest, who reported.';
    assert.deepEqual(rolesOf(body), [['Daulet Sarsen', 'Chairman of the Board of the National Fund Baiterek-Invest']]);
  });

  it('reads round-116 cases: a nation\'s people closing an object, a dateline in normal case before a dash, two common words in a portfolio', () => {
    const body = 'Talks held\nHe greeted National Leader of the Turkmen people Serdar Amanov.\nMilan - The President of the Lombardy Region, Marco Galli, ' +
      'and the Mayor of Milan, Anna Berti, signed it. He met the Minister for the Ecological Transition and the Demographic Challenge, Ms. Laura Vidal.';
    assert.deepEqual(rolesOf(body), [
      ['Serdar Amanov', 'National Leader of the Turkmen people'], ['Marco Galli', 'President of the Lombardy Region'], ['Anna Berti', 'Mayor of Milan'],
      ['Laura Vidal', 'Minister for the Ecological Transition and the Demographic Challenge'],
    ]);
  });

  it('reads round-117 cases: the and a title before a past verb are a subject, a newspaper described with its of, Agong, a margin', () => {
    const body = 'Talks held\nOn the eve of the visit of Luong Thanh Nghi, the President gave an interview to Tien Phong, the youth newspaper of the ' +
      'Union. He was received by Agong Sultan Ahmad. Drilling in the Equatorial Margin and at Andes Energía went on.';
    assert.deepEqual(rolesOf(body), [['Luong Thanh Nghi', null], ['Sultan Ahmad', 'Agong']]);
  });

  it('reads round-118 cases: an office whose object is the King named with his style, a state after a given name stays the state', () => {
    const body = 'Talks held\nAdviser to HM the King Karim Benali met Counsellor of His Majesty the King Omar Tazi. Defence Minister Israel Cohen ' +
      'spoke. Israel said it would respond. It was attended by William Barr. The Minister Lin Yu-kai came.';
    assert.deepEqual(rolesOf(body), [
      ['Karim Benali', 'Adviser to HM the King'], ['Omar Tazi', 'Counsellor of His Majesty the King'], ['Israel Cohen', 'Defence Minister'],
      ['William Barr', null], ['Lin Yu-kai', 'Minister'],
    ]);
  });

  it('reads round-120 cases: Accredited as a headline verb, Yang Di-Pertuan and His Serene Highness as forms of address, Hereditary Prince, a directed place of two words', () => {
    const body = 'Envoy Karimov Accredited in Brunei\nAmbassador Daulet Karimov met Sultan Hassanal Bolkiah, the Sultan and Yang Di-Pertuan of Brunei, and ' +
      'His Serene Highness Hereditary Prince Alois. East Nusa Tenggara Governor Yohanes Ndoen came. They toured the Large Hadron Collider.';
    assert.deepEqual(rolesOf(body), [
      ['Karimov', 'Envoy'], ['Daulet Karimov', 'Ambassador'], ['Hassanal Bolkiah', 'Sultan'], ['Alois', 'Hereditary Prince'],
      ['Yohanes Ndoen', 'East Nusa Tenggara Governor'],
    ]);
  });

  it('reads round-121 cases: an envoy to a group of states, a lower-case habilitation, Malaysia\'s Tuan after a minister\'s style', () => {
    const body = 'Talks held\nHe met Jamaica’s non-resident Ambassador to the Gulf states, Her Excellency Mrs. Alison Roofe, and the Rector of ' +
      'Eotvos Lorand University Dr. habil. Laszlo Borhy. The Chief Minister of Penang, YAB Tuan Chow Kon Yeow, spoke. Mr. smith saw the dr. office.';
    assert.deepEqual(rolesOf(body), [
      ['Alison Roofe', 'Jamaica’s non-resident Ambassador to the Gulf states'], ['Laszlo Borhy', 'Rector of Eotvos Lorand University'],
      ['Chow Kon Yeow', 'Chief Minister of Penang'],
    ]);
  });

  it('reads round-122 cases: an office after a place\'s opening phrase, Sec., Messrs, a count before a group of states', () => {
    const body = 'Talks held\nSpeaking on behalf of Islamabad, Pakistan’s SCO National Coordinator, Ms. Amna Baloch, proposed it. Project Officer ' +
      'W.J. Vermeulen and Sec. Cristina Roque came; Messrs Saparov and Nurzhigitov left. The Prime Ministers of the five EAEU member states, ' +
      'Olzhas Bektenov and Nikol Pashinyan, met. Sec. 5 of the law applies.';
    assert.deepEqual(rolesOf(body), [
      ['Amna Baloch', 'Pakistan’s SCO National Coordinator'], ['W.J. Vermeulen', 'Project Officer'], ['Cristina Roque', 'Sec.'], ['Saparov', null],
      ['Nurzhigitov', null], ['Olzhas Bektenov', 'Prime Ministers of the five EAEU member states'], ['Nikol Pashinyan', 'Prime Ministers of the five EAEU member states'],
    ]);
  });

  it('reads no name in one word that ends a cut-off body, but a full name or a titled word that ends it, or one word before a line break', () => {
    assert.deepEqual(rolesOf('Talks held\nHe met the Undersecretary at the Ministry of Foreign Aff'), []);
    assert.deepEqual(rolesOf('Talks held\nHe met Minister Ivan Petrov'), [['Ivan Petrov', 'Minister']]);
    assert.deepEqual(rolesOf('Talks held\nThe decree was signed by President Tokayev'), [['Tokayev', 'President']]);
    assert.deepEqual(rolesOf('Talks held\nHe met Minister Petrov\n'), [['Petrov', 'Minister']]);
  });

  it('reads round-123 cases: SRSG, Ms Pope, an army chief, an envoy\'s to after the state, a plural office\'s colon, a verb in capitals, a passive named after', () => {
    const body = 'BEKTENOV CHAIRS GOVERNMENT MEETING\nPrime Minister Olzhas Bektenov spoke. SRSG Kaha Imnadze said so. IOM Director General Amy Pope came, ' +
      'and he thanked Ms Pope. He called Sudanese army chief Abdel Fattah al-Burhan and the Ambassador of Jordan to the Benelux countries, ' +
      'Ms. Rana Haddad. He met the UN Resident Coordinators for Central Asia: Antje Grawe (Kyrgyz Republic) and Sabina Stein (Uzbekistan). ' +
      'The Minister: Ivan Petrov spoke. A street will be named after Bektenov.';
    assert.deepEqual(rolesOf(body), [
      ['BEKTENOV', null], ['Olzhas Bektenov', 'Prime Minister'], ['Kaha Imnadze', 'SRSG'], ['Amy Pope', 'IOM Director General'], ['Pope', null],
      ['Abdel Fattah al-Burhan', 'Sudanese army chief'], ['Rana Haddad', 'Ambassador of Jordan to the Benelux countries'],
      ['Antje Grawe', 'UN Resident Coordinators for Central Asia'], ['Sabina Stein', 'UN Resident Coordinators for Central Asia'], ['Ivan Petrov', null],
      ['Bektenov', null],
    ]);
  });

  it('reads a plural\'s apostrophe inside a lower-case object, and a quoted name after of the in an apposition', () => {
    const body = 'Talks held\nHe met chairman of the district veterans\' council K.Zh. Dosmagambetov and Ivan Petrov, director of the "Nur" company, ' +
      'and Tom Lee, head of the “Bereke” farm.';
    assert.deepEqual(rolesOf(body), [
      ['K.Zh. Dosmagambetov', 'chairman of the district veterans\' council'], ['Ivan Petrov', 'director of the "Nur" company'], ['Tom Lee', 'head of the “Bereke” farm'],
    ]);
  });

  it('reads round-124 cases: an elided particle, the Quai d\'Orsay, ad interim, a state\'s honorary consul before an industrialist, Al Sayed alone, a list of districts, a competition', () => {
    const body = 'Talks held\nMinister Ahmed bin Mohammed Al Sayed met Carlo Maria dell’Acqua, deputy head of the visa unit, and Pierre Roux, Director ' +
      'for Europe at the Quai d\'Orsay. The Chargé d’Affaires ad interim of Kazakhstan in India, Counsellor Askar Zhumabekov, and the Kazakh ' +
      'honorary consul in Kolkata, industrialist Sanjay Mehta, came. Speaking to QNA, Al Sayed said it covers the districts of Porto, Braga ' +
      'and Viana do Castelo. The Zhaniya Aubakirova International Piano Competition opened.';
    assert.deepEqual(rolesOf(body), [
      ['Ahmed bin Mohammed Al Sayed', 'Minister'], ['Carlo Maria dell’Acqua', 'deputy head of the visa unit'], ['Pierre Roux', 'Director for Europe at the Quai d\'Orsay'],
      ['Askar Zhumabekov', 'Chargé d’Affaires ad interim of Kazakhstan in India'], ['Sanjay Mehta', 'Kazakh honorary consul in Kolkata'], ['Al Sayed', null],
    ]);
  });

  it('reads round-125 cases: a portfolio before a spokes-body, degrees between office and name, a party in brackets, an apposition a title closes after the', () => {
    const body = 'Costa Cites Tokayev’s Remarks\nPresident Kassym-Jomart Tokayev met António Costa. Egypt\'s foreign ministry spokesman Tamim Khallaf and the ' +
      'Energy ministry spokesperson Aizhan Bekova spoke, as did the Rector of AMU, MD, PhD Saule Bekturganova and Corresponding Member of ' +
      'the Academy Askar Ospanov. His colleague Asylbek Temirov (Aq Jol) and Calum Miller (Lib Dem, Bicester) objected. Josep Borrell, the EU’s ' +
      'foreign policy chief, and Iain Duncan Smith, 71, the former Conservative leader, agreed. The Institute of Radiation Medicine and ' +
      'Cortina d’Ampezzo hosted a €12 Billion Package.';
    assert.deepEqual(rolesOf(body), [
      ['Costa', null], ['Tokayev', null], ['Kassym-Jomart Tokayev', 'President'], ['António Costa', null],
      ['Tamim Khallaf', 'Egypt\'s foreign ministry spokesman'], ['Aizhan Bekova', 'Energy ministry spokesperson'], ['Saule Bekturganova', 'Rector of AMU'],
      ['Askar Ospanov', 'Corresponding Member of the Academy'], ['Asylbek Temirov', null], ['Calum Miller', null],
      ['Josep Borrell', 'EU’s foreign policy chief'], ['Iain Duncan Smith', 'former Conservative leader'],
    ]);
  });

  it('joins an owner\'s two lower-case titles by and, and reads a field after of before its scope', () => {
    const body = 'Talks held\nAir Astana\'s president and chief executive, Graham Whitcombe, said so. The head of sales in Kazakhstan Ivan Petrov ' +
      'agreed. The President and Prime Minister met.';
    assert.deepEqual(rolesOf(body), [['Graham Whitcombe', 'Air Astana\'s president and chief executive'], ['Ivan Petrov', 'head of sales in Kazakhstan']]);
  });

  it('reads round-126 cases: a body\'s name with its of before a possessive office, the Secretaría as a body, the Vali of a province', () => {
    const body = 'Talks held\nIt was signed by the University of Malaya’s Vice-Chancellor, Professor Noor Azuan Abu Osman, and issued by Mexico’s ' +
      'Secretaría de Relaciones Exteriores. He met the Vali of Kayseri Gökmen Çiçek.';
    assert.deepEqual(rolesOf(body), [['Noor Azuan Abu Osman', 'University of Malaya’s Vice-Chancellor'], ['Gökmen Çiçek', 'Vali of Kayseri']]);
  });

  it('reads round-127 cases: a lower-case qualifier between a place and its noun, a state after its place, a court\'s kinds of cases', () => {
    const body = 'Talks held\nHe introduced the newly appointed chairman of the Mangystau regional court, Zhaksylykov Timur Maratovich, to the judges. ' +
      'He had served as a judge of the Judicial Board for Civil Cases. Governor of Mato Grosso state Ricardo Alves Pereira came.';
    assert.deepEqual(rolesOf(body), [['Zhaksylykov Timur Maratovich', 'chairman of the Mangystau regional court'], ['Ricardo Alves Pereira', 'Governor of Mato Grosso state']]);
  });

  it('reads a name after a list of places an and has closed as a person, every time the article names it', () => {
    const body = 'Talks held\nHe toured the regions of Almaty and Zhambyl, Yerlan Karin said. Later Yerlan Karin met students.';
    assert.deepEqual(rolesOf(body), [['Yerlan Karin', null], ['Yerlan Karin', null]]);
  });

  it('reads an office after an adverb\'s opening phrase as the name\'s, and none after a phrase a monarch\'s numeral closes', () => {
    const body = 'Talks held\nIn parallel, Saudi Arabia’s Deputy Minister of Investment, Badr Al-Badr, led a group. In his message to King ' +
      'Charles III, Head of the Commonwealth, Kassym-Jomart Tokayev expressed condolences.';
    assert.deepEqual(rolesOf(body), [
      ['Badr Al-Badr', 'Saudi Arabia’s Deputy Minister of Investment'], ['Charles III', 'Head of the Commonwealth'], ['Kassym-Jomart Tokayev', null],
    ]);
  });

  it('reads DPM as a title, alone and joined to FM by a slash', () => {
    assert.deepEqual(rolesOf('Talks held\nDPM Ishaq Dar came. DPM/FM Dar underlined that.'), [['Ishaq Dar', 'DPM'], ['Dar', 'DPM/FM']]);
  });

  it('reads round-129 cases: a qualified title after a party\'s of, a lower-case qualifier before a place opening an office, occupations opening a sentence', () => {
    const body = 'Talks held\nHe led the Slovenian Democratic Party of former premier Janez Janša, while former Medellín mayor Andrés Quintero won. ' +
      'Fisherman Nurmakhan Bekbolatov and Moderator Dana Zhunusova spoke at the border crossing Verkhny Lars.';
    assert.deepEqual(rolesOf(body), [
      ['Janez Janša', 'former premier'], ['Andrés Quintero', 'former Medellín mayor'], ['Nurmakhan Bekbolatov', null], ['Dana Zhunusova', null],
    ]);
  });

  it('reads ad interim kept before a name', () => {
    const body = 'Talks held\nChargé d’Affaires ad interim OKADA Yusuke welcomed them.';
    assert.deepEqual(rolesOf(body), [['OKADA Yusuke', 'Chargé d’Affaires ad interim']]);
  });

  it('reads second-review cases: a field closing an opening phrase stays out of an office, a cut-off title after Deputy, departments listed', () => {
    assert.deepEqual(rolesOf('Talks held\nIn the field of culture Shymkent akim Gabit Syzdykbekov noted progress.'), [['Gabit Syzdykbekov', 'Shymkent akim']]);
    assert.deepEqual(rolesOf('Talks held\nHe held talks with Deputy Minis'), []);
    assert.deepEqual(rolesOf('Talks held\nFloods hit the departments of Antioquia, Cundinamarca and Valle del Cauca.'), []);
  });

  it('reads Syed after a personal form of address as the name\'s first word', () => {
    const body = 'Talks held\nHe met the Ambassador of Pakistan, Mr. Syed Ahmed Maroof, on Monday. Syed Ali Shah came.';
    assert.deepEqual(rolesOf(body), [['Syed Ahmed Maroof', 'Ambassador of Pakistan'], ['Ali Shah', null]]);
  });

  it('reads round-132 cases: a body\'s native name in brackets, a seat\'s mixed-case letters set off, two leaders\' titles after the, an aide in a list', () => {
    const body = 'Talks held\nHe met the President of the Regional Government of Andalusia (Junta de Andalucía), Ana Moreno, and Anna-Lena Schröder, MdB, ' +
      'chair of the group. He met the chairman and CEO of Citigroup Jane Fraser. The delegation includes Foreign Minister Ye. Kosherbayev, Aide to the ' +
      'President Yerzhan Kazykhan and Ambassador Kairat Umarov. He met Anna Berg, adviser to the President Kassym-Jomart Tokayev.';
    assert.deepEqual(rolesOf(body), [
      ['Ana Moreno', 'President of the Regional Government of Andalusia (Junta de Andalucía)'], ['Anna-Lena Schröder', 'chair of the group'],
      ['Jane Fraser', 'chairman and CEO of Citigroup'], ['Ye. Kosherbayev', 'Foreign Minister'], ['Yerzhan Kazykhan', 'Aide to the President'],
      ['Kairat Umarov', 'Ambassador'], ['Anna Berg', 'adviser to the President'], ['Kassym-Jomart Tokayev', 'President'],
    ]);
  });

  it('reads round-133 cases: a lower-case owner left out of a post, two lower-case posts joined by and, junior, CFO, a firm\'s name before its possessive', () => {
    const body = 'Talks held\nHe met the museum’s director, Gulmira Shalabayeva, and the national biathlon team\'s head coach, Frode Andresen. Under its ' +
      'artistic director and chief conductor Abzal Mukhitdin it played; junior research fellow Aigerim Kemelbekova spoke. CFO Anna-Liisa Kuusk came. ' +
      'He met Harbourview Capital’s Managing Partner, Ms. Chan Wing-yee. Talks between the governor and mayor Ali Khan went on.';
    assert.deepEqual(rolesOf(body), [
      ['Gulmira Shalabayeva', 'director'], ['Frode Andresen', 'head coach'],
      ['Abzal Mukhitdin', 'artistic director and chief conductor'], ['Aigerim Kemelbekova', 'junior research fellow'], ['Anna-Liisa Kuusk', 'CFO'],
      ['Chan Wing-yee', 'Harbourview Capital’s Managing Partner'], ['Ali Khan', 'mayor'],
    ]);
  });

  it('reads round-133 cases: European forms of address glued or stacked before a name, letters in mixed case set off, no state in brackets', () => {
    const body = 'Talks held\nHe met the Rector of the University Linz, Univ.-Prof. DI Dr. Stefan Koch, the Mayor of Bergamo, Dott.ssa Chiara ' +
      'Locatelli; Honorary Consul in Stuttgart Prof. Dr.-Ing. Hans Lind and the President of the Port Authority, dr inż. Agnieszka Zawadzka-Lis. ' +
      'Professor Nurlan Amirov, MD, PhD, rector of Astana Medical University, spoke with Mr. Giovanni Rossi, President of the Chamber of Commerce ' +
      '(Italian Republic).';
    assert.deepEqual(rolesOf(body), [
      ['Stefan Koch', 'Rector of the University Linz'], ['Chiara Locatelli', 'Mayor of Bergamo'], ['Hans Lind', 'Honorary Consul in Stuttgart'],
      ['Agnieszka Zawadzka-Lis', 'President of the Port Authority'], ['Nurlan Amirov', 'rector of Astana Medical University'],
      ['Giovanni Rossi', 'President of the Chamber of Commerce'],
    ]);
  });

  it('reads no name in a file cut off after the and a capitalised word', () => {
    assert.deepEqual(rolesOf('Talks held\nHe spoke on the implementation of the Comprehensive Pl'), []);
  });

  it('reads round-133 cases: offices joined by a spaced slash, a plural royal style, a house that is no person', () => {
    const body = 'Talks held\nHe met the High Representative for Foreign Affairs / Vice-President of the European Commission, Kaja Kallas. Their Royal ' +
      'Highnesses Crown Prince Al Hussein bin Abdullah II came. They visited the National Museum and Beit Al Quran.';
    assert.deepEqual(rolesOf(body), [
      ['Kaja Kallas', 'High Representative for Foreign Affairs / Vice-President of the European Commission'], ['Al Hussein bin Abdullah II', 'Crown Prince'],
    ]);
  });

  it('reads round-134 cases: bracketed regions joined by & or and, a native word glossing an office, a field before a body\'s short name', () => {
    const body = 'Talks held\nHe met Additional Secretary (Afghanistan & West Asia) Mr. Ali Gillani and Director General (East Asia and Central Asia) ' +
      'Mr. Shashika Somaratne; Vice-Governor (fukuchiji) Ms. OGAWA Reiko and Deputy Head of the Federal Agency for Fisheries (Rosrybolovstvo) ' +
      'Vasily Sokolov came. The Minister (pictured) Anna Berg came.';
    assert.deepEqual(rolesOf(body), [
      ['Ali Gillani', 'Additional Secretary (Afghanistan & West Asia)'], ['Shashika Somaratne', 'Director General (East Asia and Central Asia)'],
      ['OGAWA Reiko', 'Vice-Governor (fukuchiji)'], ['Vasily Sokolov', 'Deputy Head of the Federal Agency for Fisheries (Rosrybolovstvo)'], ['Anna Berg', null],
    ]);
  });

  it('reads round-134 cases: dotted degrees after a name as letters, Bayram opening a Turkic name, no Sanctions in an office', () => {
    const body = 'Talks held\nHe met Bapak Ridwan Hidayat, S.H., M.Si., in Bandung, Mr. Douglas McAllister, P.Eng., Chief Executive Officer of ' +
      'Prairie Ventures Inc., and Bayram Annameredov, head of the agency. EU Sanctions Envoy David O’Sullivan came on Kurban Bayram.';
    assert.deepEqual(rolesOf(body), [
      ['Ridwan Hidayat', null], ['Douglas McAllister', 'Chief Executive Officer of Prairie Ventures Inc.'], ['Bayram Annameredov', 'head of the agency'],
      ['David O’Sullivan', 'Envoy'],
    ]);
  });

  it('reads round-135 cases: an office ending before a bracketed accreditation or portfolio, a retired rank yielding, a firm\'s letters, a list\'s next title', () => {
    const body = 'Talks held\nDeputy Akim of Shymkent (in charge of investment) Nurzhan Ospanov came. The Ambassador of Kazakhstan to Jordan (concurrently to the Republic of Iraq), Azamat Berdybay, hosted it with Lt. Gen. (R) ' +
      'Muhammad Ali, Secretary of the Ministry of Defence Production. He said DP World’s Group Chairman Sultan Ahmed bin Sulayem came. It was attended ' +
      'by Prime Minister Olzhas Bektenov, the Chairperson of the Constitutional Court, Elvira Azimova, State Counsellor Yerlan Karin, and the ' +
      'Governor, Lic. Joaquín Díaz Mena.';
    assert.deepEqual(rolesOf(body), [
      ['Nurzhan Ospanov', 'Deputy Akim of Shymkent'], ['Azamat Berdybay', 'Ambassador of Kazakhstan to Jordan'], ['Muhammad Ali', 'Secretary of the Ministry of Defence Production'],
      ['Sultan Ahmed bin Sulayem', 'DP World’s Group Chairman'], ['Olzhas Bektenov', 'Prime Minister'], ['Elvira Azimova', 'Chairperson of the Constitutional Court'],
      ['Yerlan Karin', 'State Counsellor'], ['Joaquín Díaz Mena', 'Governor'],
    ]);
  });

  it('reads second-review cases of session 34: undotted degree letters, Junior and Sanctions in names and headlines, lower-case posts kept apart', () => {
    const body = 'US Sanctions Former Defence Minister Ali Khan\nFormer Premier Li Peng came with Zhang Peng and Neymar Junior. Letters went to the ' +
      'governor and deputy governor Anna Berg; the minister and ambassador Kairat Umarov spoke. The Minister (photo) Ivan Petrov opened it, and ' +
      'Ambassador Dana Bek, adviser to the President Kassym-Jomart Tokayev, spoke. He met Prime Minister Li and the chairman and CEO of Citigroup ' +
      'Jane Fraser, and Foreign Minister Ali Khan, Special Assistant to the Prime Minister Zafar Mahmood.';
    assert.deepEqual(rolesOf(body), [
      ['Ali Khan', 'Former Defence Minister'], ['Li Peng', 'Former Premier'], ['Zhang Peng', null], ['Neymar Junior', null], ['Anna Berg', 'deputy governor'],
      ['Kairat Umarov', 'ambassador'], ['Ivan Petrov', null], ['Dana Bek', 'adviser to the President'], ['Kassym-Jomart Tokayev', 'President'], ['Li', 'Prime Minister'],
      ['Jane Fraser', 'chairman and CEO of Citigroup'], ['Ali Khan', 'Foreign Minister'], ['Zafar Mahmood', 'Special Assistant to the Prime Minister'],
    ]);
  });

  it('reads a full name after its title at a cut-off end', () => {
    assert.deepEqual(rolesOf('Talks held\nThe President received Microsoft co-founder Bill Gates'), [['Bill Gates', 'Microsoft co-founder']]);
  });

  it('reads round-137 cases: a style marked as retired after an office, FREng, a badge, an envoy\'s residence, no venue or greeting as a person', () => {
    const body = 'Talks held\nIt was led by Assistant Secretary of State for Energy Resources, Ambassador (ret.) Jonathan R. Whitfield. Sir Geoffrey ' +
      'Ashworth KBE FREng, chairman of the board of Caspian Metals plc, came. He was awarded the Altyn Juldyz badge. Ambassador of Mongolia ' +
      '(with residence in Astana and accreditation to the Kyrgyz Republic) Batbayar Enkhtuvshin and Deputy Akim (responsible for construction) ' +
      'Ivan Petrov spoke. At Hillsborough Castle, former Secretary of State ' +
      'Julian Smith spoke. Respected Guests! Singapore\'s Ambassador Kenneth Oon came.';
    assert.deepEqual(rolesOf(body), [
      ['Jonathan R. Whitfield', 'Assistant Secretary of State for Energy Resources'], ['Geoffrey Ashworth', 'chairman of the board of Caspian Metals plc'],
      ['Batbayar Enkhtuvshin', 'Ambassador of Mongolia'], ['Ivan Petrov', 'Deputy Akim'], ['Julian Smith', 'former Secretary of State'],
      ['Kenneth Oon', 'Singapore\'s Ambassador'],
    ]);
  });

  it('reads round-138 cases: more letters after a name before its apposition (GCSK, FRCP, DCMG), and Herr Konsul', () => {
    const body = 'Talks held\nHe spoke with Dr. Navinchandra Ramgoolam, GCSK, FRCP, Prime Minister of the Republic of Mauritius, and Dame Olivia ' +
      'Harcourt DCMG, Minister of State for Europe, and the Honorary Consul in Saxony, Herr Konsul Prof. Dr. Heinz-Georg Albrecht-Stein.';
    assert.deepEqual(rolesOf(body), [
      ['Navinchandra Ramgoolam', 'Prime Minister of the Republic of Mauritius'], ['Olivia Harcourt', 'Minister of State for Europe'],
      ['Heinz-Georg Albrecht-Stein', 'Honorary Consul in Saxony'],
    ]);
  });

  it('reads round-139 cases: a lower-case gloss in brackets before a name, a numbered region in an office\'s brackets, Turkish forms of address', () => {
    const body = 'Talks held\nThe akim of Pavlodar region (governor) Asain Baikhanov met Vice President for Investment Operations (Region 1) of the Bank ' +
      'Zhou Haiyang. The Chairman of the Foundation, Hacı Abdurrahman Alpay, spoke; Alpay Bey thanked the Kazakh Turks Foundation (Kazak Türkleri Vakfı).';
    assert.deepEqual(rolesOf(body), [
      ['Asain Baikhanov', 'akim of Pavlodar region'], ['Zhou Haiyang', 'Vice President for Investment Operations (Region 1) of the Bank'],
      ['Abdurrahman Alpay', 'Chairman of the Foundation'], ['Alpay', null],
    ]);
  });

  it('reads round-140 cases: an envoy\'s further accreditation in brackets, an office\'s one word in brackets after a state, Ph.D. and FRSE', () => {
    const body = 'Talks held\nAmbassador of Kazakhstan to Nigeria (also accredited to Ghana and Senegal) Daulet Yemberdiyev met Commissioner for Human ' +
      'Rights in the Republic of Kazakhstan (Ombudsman) Artur Lastayev, judge Yerlan Sarsembayev, Ph.D., and Professor Sir Alan Whitcombe, FRSE, ' +
      'Vice-Principal of the University of Glasgow.';
    assert.deepEqual(rolesOf(body), [
      ['Daulet Yemberdiyev', 'Ambassador of Kazakhstan to Nigeria'], ['Artur Lastayev', 'Commissioner for Human Rights in the Republic of Kazakhstan (Ombudsman)'],
      ['Yerlan Sarsembayev', 'judge'], ['Alan Whitcombe', 'Vice-Principal of the University of Glasgow'],
    ]);
  });

  it('reads round-141 cases: FCA and dotted S.T. and M.Eng. before an apposition, Hat Yai as a place', () => {
    const body = 'Talks held\nIt was led by Shri Rajesh Kumar Agarwal, FCA, Managing Director of Medisun Pvt. Ltd., and Prof. Dr. Ir. Heri ' +
      'Hermansyah, S.T., M.Eng., Rector of Universitas Indonesia, who escorted groups from Hat Yai.';
    assert.deepEqual(rolesOf(body), [
      ['Rajesh Kumar Agarwal', 'Managing Director of Medisun Pvt. Ltd.'], ['Heri Hermansyah', 'Rector of Universitas Indonesia'],
    ]);
  });

  it('reads round-142 cases: offices a dash joins before an enclosing title, nested quoted names, the Yang di-Pertuan Agong, a state closing brackets', () => {
    const body = 'Talks held\nTokayev received Chairman of the Cabinet of Ministers of the Kyrgyz Republic – Head of the Administration of the President ' +
      'Adylbek Kasymaliev and Nurlan Zhakupov, Chairman of the Management Board of JSC “National Company “Kazakhstan Temir Zholy”, who was received ' +
      'by the Yang di-Pertuan Agong, His Majesty Sultan Ibrahim Iskandar. Ms Veronika Bílková (Member, Czech Republic) and Mr Josep Maria ' +
      'Castellà Andreu (Substitute Member, Spain) came with Professor Ana Palacio, a former Foreign Minister of Spain, and Professor Ali Khan, ' +
      'a researcher of the steppe.';
    assert.deepEqual(rolesOf(body), [
      ['Adylbek Kasymaliev', 'Chairman of the Cabinet of Ministers of the Kyrgyz Republic – Head of the Administration of the President'],
      ['Nurlan Zhakupov', 'Chairman of the Management Board of JSC “National Company “Kazakhstan Temir Zholy”'], ['Ibrahim Iskandar', 'Yang di-Pertuan Agong'],
      ['Veronika Bílková', 'Member'], ['Josep Maria Castellà Andreu', 'Substitute Member'], ['Ana Palacio', 'former Foreign Minister of Spain'],
      ['Ali Khan', 'Professor'],
    ]);
  });

  it('reads round-142 cases: the Grand Duchy in an office, two offices of one side after between, an office after as before a comma', () => {
    const body = 'Talks held\nHe met Minister of Foreign Affairs of the Grand Duchy Xavier Bettel. It followed a meeting between Kazakhstan’s Minister of ' +
      'Emergency Situations, Major General of the Civil Protection Service Nurbol Zhumabekov, and others. A decree appointed Dastan Ryspekov as Akim ' +
      'of the Ulytau region, Press Secretary Berik Uali said.';
    assert.deepEqual(rolesOf(body), [
      ['Xavier Bettel', 'Minister of Foreign Affairs of the Grand Duchy'],
      ['Nurbol Zhumabekov', 'Kazakhstan’s Minister of Emergency Situations'],
      ['Dastan Ryspekov', 'Akim of the Ulytau region'], ['Berik Uali', 'Press Secretary'],
    ]);
  });

  it('reads round-143 cases: a portfolio and another title after for, Dr. h.c., particles in a listed name, an envoy\'s other states after a comma', () => {
    const body = 'Talks held\nHe met Minister of State for Foreign Affairs and Climate Envoy Adel Al-Jubeir, AHK Central Asia Chairman of the Board ' +
      'Dr. h.c. Friedrich-Wilhelm von Ahlen, Ambassador of the Netherlands Maartje van der Linden, H.E. Dr. Rashid Al-Kaabi (State of Qatar), ' +
      'and Ambassador of Kazakhstan to Brazil, concurrently to the Republic of Colombia and the Republic of Peru, Bakhyt Sultanbekov. ' +
      'Ambassador of Kazakhstan to Italy and concurrently to Malta Yerlan Alimbayev spoke on the Karaton Subsalt block.';
    assert.deepEqual(rolesOf(body), [
      ['Adel Al-Jubeir', 'Minister of State for Foreign Affairs and Climate Envoy'], ['Friedrich-Wilhelm von Ahlen', 'AHK Central Asia Chairman of the Board'],
      ['Maartje van der Linden', 'Ambassador of the Netherlands'], ['Rashid Al-Kaabi', null], ['Bakhyt Sultanbekov', 'Ambassador of Kazakhstan to Brazil'],
      ['Yerlan Alimbayev', 'Ambassador of Kazakhstan to Italy and concurrently to Malta'],
    ]);
  });

  it('reads round-144 cases: a unit head in lower case, a place word as a surname after a title, glosses and autonomies, an office with its complement after a comma', () => {
    const body = 'Talks held\nHe came with regional health department head Ye. Nurpeisov and U.S. Deputy Representative Linda Carrow Mills at Carnegie Hall. ' +
      'First Deputy Chairman of the Government of the Omsk Region (agro-industrial complex) Valery Chichkanov met Chairwoman of the Astrakhan regional ' +
      'Kazakh national-cultural autonomy “Zhuldyz” Aigul Utegenova. Scientific Director of RIBSP, Academician of NAS RK Lespek Kutumbetov met Asel ' +
      'Mukhametova, chair of the regional volunteer headquarters, in the Republic of Karakalpakstan.';
    assert.deepEqual(rolesOf(body), [
      ['Ye. Nurpeisov', 'regional health department head'], ['Linda Carrow Mills', 'U.S. Deputy Representative'],
      ['Valery Chichkanov', 'First Deputy Chairman of the Government of the Omsk Region'],
      ['Aigul Utegenova', 'Chairwoman of the Astrakhan regional Kazakh national-cultural autonomy “Zhuldyz”'],
      ['Lespek Kutumbetov', 'Scientific Director of RIBSP, Academician of NAS RK'], ['Asel Mukhametova', 'chair of the regional volunteer headquarters'],
    ]);
  });

  it('reads round-144 cases: an office after a name and its letters is that name\'s, Turkish and Georgian forms of address, a field listed after an office', () => {
    const body = 'Talks held\nSpeaking to Nicholas Ashworth OBE, Ambassador of the United Kingdom, Kassym-Jomart Tokayev recalled his talks. Rector Mehmet ' +
      'Emin Aydın came; Aydın Hoca spoke. Batono Kakha Kaladze spoke. Chairman of the Jokargy Kenes of the Republic of Karakalpakstan Amanbay ' +
      'Orynbayev met the Director for Disarmament, Arms Control and Non-Proliferation.';
    assert.deepEqual(rolesOf(body), [
      ['Nicholas Ashworth', 'Ambassador of the United Kingdom'], ['Kassym-Jomart Tokayev', null], ['Mehmet Emin Aydın', 'Rector'], ['Aydın', null],
      ['Kakha Kaladze', null], ['Amanbay Orynbayev', 'Chairman of the Jokargy Kenes of the Republic of Karakalpakstan'],
    ]);
  });

  it('reads round-145 cases: degrees and honours give way to an office across a comma, Emeritus, Responsible for, a kin across no comma, letters MPH', () => {
    const body = 'Talks held\nThe centre’s chief physician, Candidate of Medical Sciences Yerlan Sagynbekov, met his coach, Honoured Coach of Kazakhstan ' +
      'Igor Anisimov, and Ali Khan, Professor Emeritus of Geography. Minister Responsible for Trade Dominic LeBlanc met the eldest son of former ' +
      'President Jair Bolsonaro and Dr Hans Kluge, MD, MPH, WHO Regional Director for Europe. Honoured Miner of Kazakhstan Serik Abdrakhmanov, Hero ' +
      'of Labour of Kazakhstan, came.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Sagynbekov', 'chief physician'], ['Igor Anisimov', 'coach'], ['Ali Khan', 'Professor Emeritus of Geography'],
      ['Dominic LeBlanc', 'Minister Responsible for Trade'], ['Jair Bolsonaro', 'former President'], ['Hans Kluge', 'WHO Regional Director for Europe'],
      ['Serik Abdrakhmanov', 'Honoured Miner of Kazakhstan'],
    ]);
  });

  it('reads round-145 cases: no office for a name after an owner alone, a state after a comma, a meeting verb\'s object, under a body, Georgia\'s governor', () => {
    const body = 'Talks held\nHe met Japanese Foreign Minister MOTEGI Toshimitsu and the UK’s Yvette Cooper, and European Commissioner for Agriculture, ' +
      'Luxembourg’s Christophe Hansen. Archbishop Ettore Balestrero, received Kazakhstan’s Permanent Representative, Ambassador Yerlan Alimbayev. ' +
      'The Director of the Information and Mass Communications Agency under the Administration of the President of Uzbekistan, Asadjon Khodjaev, ' +
      'met Georgia Gov. Brian Kemp.';
    assert.deepEqual(rolesOf(body), [
      ['MOTEGI Toshimitsu', 'Japanese Foreign Minister'], ['Yvette Cooper', null], ['Christophe Hansen', 'European Commissioner for Agriculture'],
      ['Ettore Balestrero', 'Archbishop'], ['Yerlan Alimbayev', 'Kazakhstan’s Permanent Representative'],
      ['Asadjon Khodjaev', 'Director of the Information and Mass Communications Agency under the Administration of the President of Uzbekistan'],
      ['Brian Kemp', 'Georgia Gov.'],
    ]);
  });

  it('reads round-146 cases: a unit\'s words and number in brackets, a body\'s name in brackets after a state, presiding and warrant ranks, (Res.)', () => {
    const body = 'Talks held\nHe met Deputy Director (Central Asia Desk) Olusegun Adeyemi and Head of Division 205 (Central Asia) Claudia von Altenburg. ' +
      'Chairman of the Anti-Corruption Agency of the Republic of Kazakhstan (Anti-Corruption Service) Nurtas Zhumagaliyev said that Presiding judge ' +
      'Aigerim Tulegenova sentenced Senior Warrant Officer T. Baimukhanov; Maj. Gen. (Res.) Talgat Musabayev came.';
    assert.deepEqual(rolesOf(body), [
      ['Olusegun Adeyemi', 'Deputy Director (Central Asia Desk)'], ['Claudia von Altenburg', 'Head of Division 205 (Central Asia)'],
      ['Nurtas Zhumagaliyev', 'Chairman of the Anti-Corruption Agency of the Republic of Kazakhstan (Anti-Corruption Service)'],
      ['Aigerim Tulegenova', 'Presiding judge'], ['T. Baimukhanov', 'Senior Warrant Officer'], ['Talgat Musabayev', 'Maj. Gen. (Res.)'],
    ]);
  });

  it('reads round-146 cases: a demonym alone after an apposition\'s comma opens the next clause, a state closing brackets, no smelter or range as a person', () => {
    const body = 'Talks held\nAccording to Yevgeny Karabanov, a spokesman for the Grain Union of Kazakhstan, Afghan and Iranian traders bought more. ' +
      'Ms. Anna Weber-Kollár, Senior Fellow, German Institute for International and Security Affairs, Mr Bakhyt Sultanbekov (Ambassador to ' +
      'Brazil, Colombia, Peru) and Ms Veronika Bílková (Member, Czech Republic) met Kazakhmys Smelting in the Hindu Kush.';
    assert.deepEqual(rolesOf(body), [
      ['Yevgeny Karabanov', 'spokesman for the Grain Union of Kazakhstan'], ['Anna Weber-Kollár', 'Senior Fellow, German Institute for International and Security Affairs'],
      ['Bakhyt Sultanbekov', 'Ambassador to Brazil, Colombia, Peru'], ['Veronika Bílková', 'Member'],
    ]);
  });

  it('reads round-147 cases: a state\'s own office after an apposition\'s comma, a management board, a lower-case body\'s gloss, African forms of address and letters', () => {
    const body = 'Talks held\nTalks involved Sun Weidong, Vice Minister of Foreign Affairs of China, Kyrgyzstan’s Ambassador to Beijing, Mr. Akylbek ' +
      'Toktosunov, the chairman of the management board of KMG, Askhat Khassenov, and Chairman of the regional maslikhat (representative ' +
      'assembly) Serik Abdrakhmanov. He met the Oba of Lagos, His Royal Majesty Oba Rilwan Akiolu, Weizero Tigist Hailemariam, Deputy ' +
      'Commissioner, Inkosi Sibusiso Zungu and Hon. Daniel Kiprotich Rono, EGH, Principal Secretary of the State Department for Trade. The title ' +
      'Halyk Kaharmany was awarded.';
    assert.deepEqual(rolesOf(body), [
      ['Sun Weidong', 'Vice Minister of Foreign Affairs of China'], ['Akylbek Toktosunov', 'Kyrgyzstan’s Ambassador to Beijing'],
      ['Askhat Khassenov', 'chairman of the management board of KMG'], ['Serik Abdrakhmanov', 'Chairman of the regional maslikhat'],
      ['Rilwan Akiolu', 'Oba of Lagos'], ['Tigist Hailemariam', 'Deputy Commissioner'], ['Sibusiso Zungu', null],
      ['Daniel Kiprotich Rono', 'Principal Secretary of the State Department for Trade'],
    ]);
  });

  it('reads round-148 cases: initials after a surname before a comma, former before a lord\'s office, Deputy as a member\'s style, vice-chairman, the Ili prefecture', () => {
    const body = 'Talks held\nThe Deputy Chairperson of the Senate, Dzhakupova Sh., met Sir Robert Buckland KC, former Lord Chancellor, the President of the ' +
      'Chamber of Representatives of Uruguay, Deputy Martín Olazábal, Ms Elly Fraser PSM, a company represented by its vice-chairman, Chung Tae-won, ' +
      'the head of the Ili Kazakh Autonomous Prefecture, Erkin Tursunbai, and Permanent Representative of Kazakhstan to ESCAP, Ambassador to the ' +
      'Kingdom of Thailand Zhanar Utebayeva.';
    assert.deepEqual(rolesOf(body), [
      ['Dzhakupova Sh.', 'Deputy Chairperson of the Senate'], ['Robert Buckland', 'former Lord Chancellor'],
      ['Martín Olazábal', 'President of the Chamber of Representatives of Uruguay'], ['Elly Fraser', null], ['Chung Tae-won', 'vice-chairman'],
      ['Erkin Tursunbai', 'head of the Ili Kazakh Autonomous Prefecture'],
      ['Zhanar Utebayeva', 'Permanent Representative of Kazakhstan to ESCAP, Ambassador to the Kingdom of Thailand'],
    ]);
  });

  it('reads the second review\'s cases of session 35: an untitled name keeps its apposition, a place or a speaker does not, between, styles after commas', () => {
    const body = 'Talks held\nThe panel included Anna Berg, Senior Fellow of the Institute, John Smith and others. Speaking in Geneva, Minister of ' +
      'Foreign Affairs, Murat Nurtleu, spoke. Talks were held between Deputy Prime Minister, Minister of Foreign Affairs of Kazakhstan Murat Nurtleu ' +
      'and Minister of Foreign Affairs of Hungary Peter Szijjarto. Present were the Minister of Culture, Ambassador of France to Kazakhstan Sylvain ' +
      'Guiaugue, John Smith, invited Professor of Economics at Nazarbayev University, and the Dean of the Diplomatic Corps, Ambassador of ' +
      'Kuwait Bader Al-Otaibi.';
    assert.deepEqual(rolesOf(body), [
      ['Anna Berg', 'Senior Fellow of the Institute'], ['John Smith', null], ['Murat Nurtleu', 'Minister of Foreign Affairs'],
      ['Murat Nurtleu', 'Deputy Prime Minister, Minister of Foreign Affairs of Kazakhstan'], ['Peter Szijjarto', 'Minister of Foreign Affairs of Hungary'],
      ['Sylvain Guiaugue', 'Ambassador of France to Kazakhstan'], ['John Smith', 'Professor of Economics at Nazarbayev University'],
      ['Bader Al-Otaibi', 'Dean of the Diplomatic Corps, Ambassador of Kuwait'],
    ]);
  });

  it('reads the second review\'s cases of session 35: degrees and honours yield only to an owned office, kin, halls, Kenes, a second state in brackets', () => {
    const body = 'Talks held\nSpeaking after the minister, Candidate of Economic Sciences Aidos Sarsenov noted it. Honoured Worker of Culture Aigul ' +
      'Bekova, laureate of the State Prize, read. The reception was hosted by the wife of the Ambassador of Japan Mrs. Yuko Tanaka in the Queen ' +
      'Elizabeth Hall. Businessman Kenes Rakishev met Anna Berg (Ambassador to Kazakhstan, Germany).';
    assert.deepEqual(rolesOf(body), [
      ['Aidos Sarsenov', 'Candidate of Economic Sciences'], ['Aigul Bekova', 'Honoured Worker of Culture'], ['Yuko Tanaka', null],
      ['Kenes Rakishev', null], ['Anna Berg', 'Ambassador to Kazakhstan, Germany'],
    ]);
  });

  it('reads long chains of possessives, offices and letters after names in time and without overflowing the stack', () => {
    for (const unit of ["Kazakhstan's, ", 'Ambassador of the UK, ', 'X OBE KCB, Senator of the UK, ']) {
      const found = rolesOf('Talks held\n' + unit.repeat(8000) + 'Yvette Cooper said.');
      assert.equal(found[found.length - 1][0], 'Yvette Cooper');
    }
    // Offices in charge of offices, inside one another (they recursed without end).
    for (const unit of ['director of the company in charge of ', 'akim of Mangystau region in charge of ']) {
      assert.doesNotThrow(() => rolesOf('Talks held\n' + unit.repeat(3000) + 'Yvette Cooper said.'));
    }
  });

  it('reads round-149 cases: Pak before a patronymic, fields listed after a portfolio\'s comma, a common word closing a complement before an academic style', () => {
    const body = 'Talks held\nAwarded: Pak Elena Vladimirovna, teacher. He met Commissioner for Climate, Net Zero and Clean Growth Wopke Hoekstra. ' +
      'He met the National Secretary for Climate Change, Professor Ana Toni. The Minister for Trade, Ali Khan and Foreign Minister Anna Berg came.';
    assert.deepEqual(rolesOf(body), [
      ['Pak Elena Vladimirovna', null], ['Wopke Hoekstra', 'Commissioner for Climate, Net Zero and Clean Growth'], ['Ana Toni', 'National Secretary for Climate Change'],
      ['Ali Khan', 'Minister for Trade'], ['Anna Berg', 'Foreign Minister'],
    ]);
  });

  it('reads round-150 cases: a degree between an office and a style or name is neither\'s, Under before another title, a place before the next name, a Panel', () => {
    const body = 'Talks held\nAcademician of the National Academy of Sciences of Kazakhstan, Doctor of Chemical Sciences, Professor Bakhytzhan ' +
      'Abdikarimov and Director of the School, Candidate of Physical and Mathematical Sciences Gulmira Akhmetzhanova spoke. Under President Lee ' +
      'Jae-myung the agenda broadened. It was attended by Secretary of State Bernardo Cruz, the Vice-Mayor of Porto, Filipe Araújo, Consul General ' +
      'of Spain in Porto Ana María Salomón, and the Intergovernmental Panel on Climate Change.';
    assert.deepEqual(rolesOf(body), [
      ['Bakhytzhan Abdikarimov', 'Academician of the National Academy of Sciences of Kazakhstan'],
      ['Gulmira Akhmetzhanova', 'Director of the School'], ['Lee Jae-myung', 'President'], ['Bernardo Cruz', 'Secretary of State'],
      ['Filipe Araújo', 'Vice-Mayor of Porto'], ['Ana María Salomón', 'Consul General of Spain in Porto'],
    ]);
  });

  it('reads the third review\'s cases of session 35: kin without a comma, Kenes, initials before an apposition, owned offices, halls, a mission\'s state', () => {
    const body = 'Talks held\nKenes Ospanov, akim of the district, came. A gift came from the daughter of the First President of Kazakhstan ' +
      'Nursultan Nazarbayev. Speaker of the Jokargy Kenes Amanbai Orynbayev spoke. The Jokargy Kenesi of ' +
      'Karakalpakstan met Businessman Kenes Rakishev, A. Bekova, Director of the Department of Culture, M. Sadykov and I. Petrov. His coach, ' +
      'Honoured Coach of Kazakhstan Ivan Petrov, met Ambassador Linda Hall in the President Kennedy Hall and the Head of the OSCE Mission to Moldova, Estonia’s Kelly ' +
      'Keiderling. It was led by the Chairman of the Committee on Foreign Affairs, Senator of the Parliament of Kazakhstan Ivan Petrov. The ' +
      'Minister for Europe, Stephen Doughty and Central Asia experts met.';
    assert.deepEqual(rolesOf(body), [
      ['Kenes Ospanov', 'akim of the district'], ['Nursultan Nazarbayev', 'First President of Kazakhstan'],
      ['Amanbai Orynbayev', 'Speaker of the Jokargy Kenes'], ['Kenes Rakishev', null], ['A. Bekova', 'Director of the Department of Culture'],
      ['M. Sadykov', null], ['I. Petrov', null], ['Ivan Petrov', 'coach'], ['Linda Hall', 'Ambassador'],
      ['Kelly Keiderling', 'Head of the OSCE Mission to Moldova'],
      ['Ivan Petrov', 'Chairman of the Committee on Foreign Affairs, Senator of the Parliament of Kazakhstan'], ['Stephen Doughty', 'Minister for Europe'],
    ]);
  });

  it('reads round-151 cases: an ampersand between portfolios, a navy captain\'s rank', () => {
    const body = 'Talks held\nHe met with Minister of Commerce & Industry Piyush Goyal, MP, and Captain 1st Rank Nurlan Zhumagaliyev, Commander of ' +
      'the Naval Forces, at Black & Veatch.';
    assert.deepEqual(rolesOf(body), [['Piyush Goyal', 'Minister of Commerce & Industry'], ['Nurlan Zhumagaliyev', 'Commander of the Naval Forces']]);
  });

  it("gives a prefix legal form its firm, an opening phrase's object its apposition, and reads US plural abbreviations", () => {
    const body = 'Offices\nThe deal was signed by President Director of PT Pertamina Simon Aloysius Mantiri and the Chairman of Samruk-Kazyna JSC ' +
      'Nurlan Rakhmetov. By Decree of the Head of State, Askar Zhumagaliyev, Vice Minister of Digital Development, has been appointed. ' +
      'At the invitation of the President of Kazakhstan, H.E. Kassym-Jomart Tokayev, the President of Pakistan, Mr. Asif Ali Zardari, came. ' +
      'Voting no were Sens. Hal Dorsey (Kan.) and Corinne Abt (Alaska). Dorsey, a former Kansas state treasurer, said so.';
    assert.deepEqual(rolesOf(body), [
      ['Simon Aloysius Mantiri', 'President Director of PT Pertamina'],
      ['Nurlan Rakhmetov', 'Chairman of Samruk-Kazyna JSC'],
      ['Askar Zhumagaliyev', 'Vice Minister of Digital Development'],
      ['Kassym-Jomart Tokayev', 'President of Kazakhstan'],
      ['Asif Ali Zardari', 'President of Pakistan'],
      ['Hal Dorsey', 'Sens.'],
      ['Corinne Abt', 'Sens.'],
      ['Dorsey', 'Kansas state treasurer'],
    ]);
  });

  it('reads lower-case legal offices, a Fed office, Minister without Portfolio, Magistrate, Arq. and a Hong Kong English given name', () => {
    const body = 'Offices\nRobert L. Fenwick Jr., the solicitor general, told the justices. The attorney general, Pam Bondi, and Atlanta Fed ' +
      'President Rafael Mbeki-Torres spoke. It was headed by Minister without Portfolio Lin Chia-hsing. We met the former mayor of ' +
      'Trujillo, Arq. César Augusto Villacorta Ríos, and Magistrate María Centeno Obando. Secretary for Commerce, Hubert Leung Kin-wai, ' +
      'spoke; the CEO of Daeyang Textile Park Sung-ho came.';
    assert.deepEqual(rolesOf(body), [
      ['Robert L. Fenwick Jr.', 'solicitor general'],
      ['Pam Bondi', 'attorney general'],
      ['Rafael Mbeki-Torres', 'Atlanta Fed President'],
      ['Lin Chia-hsing', 'Minister without Portfolio'],
      ['César Augusto Villacorta Ríos', 'former mayor of Trujillo'],
      ['María Centeno Obando', 'Magistrate'],
      ['Hubert Leung Kin-wai', 'Secretary for Commerce'],
      ['Park Sung-ho', 'CEO of Daeyang Textile'],
    ]);
  });

  it("joins offices by cum, keeps a common word that opens another of the name's mentions, and reads Mexican and Nigerian styles", () => {
    const body = 'Offices\nDeputy Prime Minister cum Foreign Minister Bui Thanh Son met Federal Minister for Commerce Jam Kamal Khan. ' +
      'Federal Minister Jam Kamal spoke. The Governor of the State of Jalisco, Mtro. Luis Arriaga Pulido, and the Undersecretary for ' +
      'Bilateral Relations, Emb. Laura Carrillo Tovar, met Alhaji Aminu Dantata Bello, CON, Chairman of the Kano Chamber of Commerce. ' +
      'Its chairman, House of Councillors member SATO Kenji, and Thabo Ndlovu, a former chief whip of the Gauteng legislature, came. ' +
      'Ambassador of Kazakhstan to Nigeria (with concurrent accreditation to Ghana and Côte d’Ivoire) Zhanbolat Ussenov took part.';
    assert.deepEqual(rolesOf(body), [
      ['Bui Thanh Son', 'Deputy Prime Minister cum Foreign Minister'],
      ['Jam Kamal Khan', 'Federal Minister for Commerce'],
      ['Jam Kamal', 'Federal Minister'],
      ['Luis Arriaga Pulido', 'Governor of the State of Jalisco'],
      ['Laura Carrillo Tovar', 'Undersecretary for Bilateral Relations'],
      ['Aminu Dantata Bello', 'Chairman of the Kano Chamber of Commerce'],
      ['SATO Kenji', 'House of Councillors member'],
      ['Thabo Ndlovu', 'former chief whip of the Gauteng legislature'],
      ['Zhanbolat Ussenov', 'Ambassador of Kazakhstan to Nigeria'],
    ]);
  });

  it('reads no person in a seat or party bracketed after a name and its letters, and a UN mandate whole', () => {
    const body = 'Debate\nThe Rt Hon Helen Marchbank MP (Stockton West) and Sir Geoffrey Pallister (Con, Harrogate South) spoke, as did ' +
      'Rihards Kols MEP (ECR, Latvia) and Randall Oduya (Oshawa—Durham East). They heard Nils Muižnieks, Special Rapporteur on the ' +
      'situation of human rights in Belarus, and Ms Zanele Precious Mthembu.';
    assert.deepEqual(rolesOf(body), [
      ['Helen Marchbank', 'MP'],
      ['Geoffrey Pallister', null],
      ['Rihards Kols', 'MEP'],
      ['Randall Oduya', null],
      ['Nils Muižnieks', 'Special Rapporteur on the situation of human rights in Belarus'],
      ['Zanele Precious Mthembu', null],
    ]);
  });

  it('gives a name its own apposition over an earlier name\'s, and an office past a long further accreditation', () => {
    const body = 'Guests\nIt was attended by Baroness Whitcombe, Chair of the Group on Kazakhstan, Sir Andrew Blake KCMG, former British ' +
      'Ambassador to Kazakhstan, and others. Ambassador of Kazakhstan to Brazil (concurrently accredited to the Argentine Republic, ' +
      'the Republic of Chile and the Oriental Republic of Uruguay) Timur Zhaksylykov came.';
    assert.deepEqual(rolesOf(body), [
      ['Whitcombe', 'Chair of the Group on Kazakhstan'],
      ['Andrew Blake', 'former British Ambassador to Kazakhstan'],
      ['Timur Zhaksylykov', 'Ambassador of Kazakhstan to Brazil'],
    ]);
  });

  it('gives a degree\'s place to the office after it, and reads a title across Hojatoleslam val-Moslemin', () => {
    const body = 'Laureates\nThe laureates are: Igor Tkachenko – Doctor of Chemical Sciences, chief researcher at Karaganda University; ' +
      'Anna Berg, Doctor of Law, Minister of Justice. Judiciary Chief Hojatoleslam val-Moslemin Gholamhossein Mohseni-Ejei spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Igor Tkachenko', 'chief researcher at Karaganda University'],
      ['Anna Berg', 'Minister of Justice'],
      ['Gholamhossein Mohseni-Ejei', 'Judiciary Chief'],
    ]);
  });

  it('keeps a person named in brackets, an opening phrase\'s object whose next apposition opens a clause, and the LLP\'s holder whole', () => {
    const body = 'Notes\nThe award went to Anna Petrova (pictured with Prime Minister Olzhas Bektenov). The director of the LLP Aidar ' +
      'Nurlanov said so. In a letter to the Secretary-General, Antonio Guterres, the Permanent Representative of Kazakhstan, who ' +
      'chairs the committee, raised it. Deputy Minister Nguyen Van Con, Alhaji Aminu Bello, CON, Chairman of the Kano Chamber, ' +
      'and Ivan Petrov, rapporteur on the bill and a member of the committee, came.';
    assert.deepEqual(rolesOf(body), [
      ['Anna Petrova', null],
      ['Olzhas Bektenov', 'Prime Minister'],
      ['Aidar Nurlanov', 'director of the LLP'],
      ['Antonio Guterres', 'Secretary-General'],
      ['Nguyen Van Con', 'Deputy Minister'],
      ['Aminu Bello', 'Chairman of the Kano Chamber'],
      ['Ivan Petrov', 'rapporteur'],
    ]);
  });

  it('reads a field qualifier only before a lower-case title, an acting office in brackets, in charge of after a unit, and under a name', () => {
    const body = 'Notes\nParliament approved the draft budget Finance Minister Madina Takieva submitted. The city akim, Temirlan ' +
      'Bayakhmetov, spoke with Minister of Natural Resources (acting) Kamal Salih and deputy akim of Mangystau region in charge of ' +
      'industry Nurzhan Baishev. Mohammad Reza Aref, a former vice-president under Mohammad Khatami, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Madina Takieva', 'Finance Minister'],
      ['Temirlan Bayakhmetov', 'city akim'],
      ['Kamal Salih', 'Minister of Natural Resources'],
      ['Nurzhan Baishev', 'deputy akim of Mangystau region in charge of industry'],
      ['Mohammad Reza Aref', 'former vice-president'],
    ]);
  });

  it('runs a lower-case body\'s office on through the place and unit it serves', () => {
    const body = 'Energy\nHe met the head of the department of energy of East Kazakhstan region, Arman Zhumabayev, and the chief of ' +
      'the department of roads of Pavlodar region Aidar Bekov. The rains of Pavlodar region, Anna Berg said, stopped.';
    assert.deepEqual(rolesOf(body), [
      ['Arman Zhumabayev', 'head of the department of energy of East Kazakhstan region'],
      ['Aidar Bekov', 'chief of the department of roads of Pavlodar region'],
      ['Anna Berg', null],
    ]);
  });

  it('reads an office past the state bracketed after a consul\'s city, not after where one met', () => {
    const body = 'Notes\nThe Honorary Consul of Kazakhstan in Tartu (Republic of Estonia), Dr. Tiit Mägi, came. The delegation met ' +
      'the President in Tashkent (Uzbekistan) Shavkat Mirziyoyev, and Kgosi Letlape, a prominent surgeon.';
    assert.deepEqual(rolesOf(body), [
      ['Tiit Mägi', 'Honorary Consul of Kazakhstan in Tartu'],
      ['Shavkat Mirziyoyev', null],
      ['Kgosi Letlape', null],
    ]);
  });

  it('ends an office before a second office in brackets, and an apposition before the next item\'s office and name', () => {
    const body = 'Guests\nHe met Deputy Chairman of the Government of Omsk Region (Minister of Economy) Nikolai Sidorenko, the Commissioner ' +
      'for Human Rights (Ombudsman) Artur Lastayev, Brigadier General (ret.) Ousmane Diakité, Ambassador of the Republic of Mali, ' +
      'Ambassador NGUYEN Thi Thu Ha of Viet Nam, and Yerlan Tursynbayev, Hero of Labour, director of Zhalagash Kurish LLP.';
    assert.deepEqual(rolesOf(body), [
      ['Nikolai Sidorenko', 'Deputy Chairman of the Government of Omsk Region'],
      ['Artur Lastayev', 'Commissioner for Human Rights (Ombudsman)'],
      ['Ousmane Diakité', 'Ambassador of the Republic of Mali'],
      ['NGUYEN Thi Thu Ha', 'Ambassador'],
      ['Yerlan Tursynbayev', 'director of Zhalagash Kurish LLP'],
    ]);
  });

  it('keeps a person listed in brackets after a body, an office after a degree that the next item holds, and a body under a name', () => {
    const body = 'Notes\nIvan Petrov (Moscow State University, Sergei Ivanov) spoke. The commission included Aidos Bekov, Doctor of ' +
      'Economics, Professor Nurlan Abenov, and Askar Zhumagaliyev, director of the Research Centre under Nazarbayev University.';
    assert.deepEqual(rolesOf(body), [
      ['Ivan Petrov', null],
      ['Sergei Ivanov', null],
      ['Aidos Bekov', 'Doctor of Economics'],
      ['Nurlan Abenov', 'Professor'],
      ['Askar Zhumagaliyev', 'director of the Research Centre under Nazarbayev University'],
    ]);
  });

  it('reads the one a rank is conferred on after on, an initial after of as a name, and no person in a document\'s name', () => {
    const body = 'Ranks\nThe President conferred the rank of Ambassador Extraordinary and Plenipotentiary on Serik Nurtayev, Director of ' +
      'the Asia Department. The draft CICA Catalogue of Confidence Building Measures was approved; CICA met. Malaysia marked Hari Merdeka and ' +
      'Indonesia the Idul Adha holiday.';
    assert.deepEqual(rolesOf(body), [['Serik Nurtayev', 'Director of the Asia Department']]);
    const deputy = 'Ranks\nHe is a former deputy of Zh. Kassymbek, and Madina Serikova is an actress of the Zh. Aimautov Kazakh Drama Theater.';
    assert.deepEqual(rolesOf(deputy), [['Zh. Kassymbek', null], ['Madina Serikova', null]]);
  });

  it('keeps a further office naming two acronyms or whom it serves, a charge d\'affaires\' city, a party\'s seat, and a gloss', () => {
    const body = 'Notes\nRuslan Akhmetov, Chairman of the Board, Director of the OSCE ODIHR, and Kairat Umarov, Doctor of Law, adviser to ' +
      "Olzhas Bektenov, met the Chargé d'Affaires of Kazakhstan in Tbilisi (Georgia) Aidar Nurov, Andrew Mitchell (Con, Sutton " +
      'Coldfield) and Head of the Department of Europe (Director General) Dana Ospanova.';
    assert.deepEqual(rolesOf(body), [
      ['Ruslan Akhmetov', 'Chairman of the Board, Director of the OSCE ODIHR'],
      ['Kairat Umarov', 'adviser to Olzhas Bektenov'],
      ['Aidar Nurov', "Chargé d'Affaires of Kazakhstan in Tbilisi"],
      ['Andrew Mitchell', null],
      ['Dana Ospanova', 'Head of the Department of Europe (Director General)'],
    ]);
  });

  it('reads a numbered unit, a rank giving way past a lower-case owner, the Right Honourable, a direction in a portfolio and a field in an appointment', () => {
    const body = 'Orders\nThe order went to Colonel Yerlan Sadykov, commander of military unit 32363 (Aktobe), and to Colonel General (ret.) ' +
      'Amanbek Sultanov, the country’s first Chief of the General Staff. Canada’s Governor General, the Right Honourable Mary Simon, met ' +
      'Federal Northern Affairs Minister Rebecca Alty and Dr. Rachel Mount, an economist at the University of Otago. He signed decrees appointing Timur Zhaksylykov Chairman ' +
      'of the Committee for Veterinary Control and Supervision.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Sadykov', 'commander of military unit 32363'],
      ['Amanbek Sultanov', 'first Chief of the General Staff'],
      ['Mary Simon', 'Canada’s Governor General'],
      ['Rebecca Alty', 'Federal Northern Affairs Minister'],
      ['Rachel Mount', 'economist at the University of Otago'],
      ['Timur Zhaksylykov', 'Chairman of the Committee for Veterinary Control and Supervision'],
    ]);
  });

  it('leaves a trailing rank out of an office but keeps a title\'s own General, and reads Spanish D., Infanta, control over and a constituency', () => {
    const body = 'Ranks\nChief of the Army Staff General Upendra Dwivedi met JCS spokesperson Col. Lee Sung-jun, Colombia\'s Fiscal General Luz ' +
      'Adriana Camargo, Deputy Police Chief Commissioner General Syafruddin, Staff Sergeant Ali Baba and the Ambassador of Spain, Excmo. ' +
      'Sr. D. Luis Francisco Martínez Montes. Queen Letizia and Infanta Sofía came. Chairman of the Supreme Audit Chamber for Control ' +
      'over the Execution of the Republican Budget Zhumabek Ashenov and deputy for single-mandate constituency No. 27 Yerkebulan ' +
      'Ospanov spoke. Máximo Pacheco Matte, ' +
      'chairman of the board of the state copper company Codelco, said so. The cabinet includes MORIKAWA Kenshiro as Minister for ' +
      'Foreign Affairs, NAKATANI Gen as Minister of Defense.';
    assert.deepEqual(rolesOf(body), [
      ['Upendra Dwivedi', 'Chief of the Army Staff'],
      ['Lee Sung-jun', 'JCS spokesperson'],
      ['Luz Adriana Camargo', "Colombia's Fiscal General"],
      ['Syafruddin', 'Deputy Police Chief Commissioner General'],
      ['Ali Baba', 'Staff Sergeant'],
      ['Luis Francisco Martínez Montes', 'Ambassador of Spain'],
      ['Letizia', 'Queen'],
      ['Sofía', 'Infanta'],
      ['Zhumabek Ashenov', 'Chairman of the Supreme Audit Chamber for Control over the Execution of the Republican Budget'],
      ['Yerkebulan Ospanov', 'deputy for single-mandate constituency No. 27'],
      ['Máximo Pacheco Matte', 'chairman of the board of the state copper company Codelco'],
      ['MORIKAWA Kenshiro', null],
      ['NAKATANI Gen', null],
    ]);
  });

  it('reads police ranks, letters before an apposition, Janab, a mufti giving way, Min., and a full name after a body named with a common word', () => {
    const body = 'Ranks\nHe met Minister of Internal Affairs, Police Lieutenant General Bakhyt Omarov, and Police Colonel Aigerim Tulegenova, ' +
      'head of the Criminal Police Department of Turkistan region. Police Major General Aidos Zhumadilov, Chief of the General Staff ' +
      'General Fayyadh Al-Ruwaili, Commander Staff Sergeant Ali Baba and the Head of the Department of Police Colonel Marat Serikov came. ' +
      'Lt Gen Pradeep K. Nair, SM, VSM, Director General Military Operations, and Dr. Aigul Bekova, CFA, head of research at Jusan Invest, ' +
      'met Janab Shehbaz Sharif, Mufti Nuriddin Kholiknazarov, Chairman of the Muslim Board of Uzbekistan, Uzbek Energy Min. Jurabek ' +
      'Mirzamakhmudov and the leader of the Coalition for Change Nika Gvaramia.';
    assert.deepEqual(rolesOf(body), [
      ['Bakhyt Omarov', 'Minister of Internal Affairs'],
      ['Aigerim Tulegenova', 'head of the Criminal Police Department of Turkistan region'],
      ['Aidos Zhumadilov', 'Police Major General'],
      ['Fayyadh Al-Ruwaili', 'Chief of the General Staff'],
      ['Ali Baba', 'Commander'],
      ['Marat Serikov', 'Head of the Department of Police'],
      ['Pradeep K. Nair', 'Director General Military Operations'],
      ['Aigul Bekova', 'head of research at Jusan Invest'],
      ['Shehbaz Sharif', null],
      ['Nuriddin Kholiknazarov', 'Chairman of the Muslim Board of Uzbekistan'],
      ['Jurabek Mirzamakhmudov', 'Uzbek Energy Min.'],
      ['Nika Gvaramia', 'leader of the Coalition for Change'],
    ]);
  });

  it('reads Czech styles, d’ closing a surname, a deputy\'s Marshal, shadow posts, a firm\'s possessive, a style giving way after its comma', () => {
    const body = 'Styles\nHe met Prime Minister doc. JUDr. Martin Hrubeš, CSc., the Director of the Energy Strategy Department, Ing. arch. ' +
      'Radek Chlup, Lorenzo Sanvitale d’Aragona, Deputy Marshal Krzysztof Bąk-Ostrowski and shadow rapporteurs Ondřej Kalousek and ' +
      'Anna Nowak. Halyk Finance’s head of research, Sabit Khamitov, and chief risk officer Aliya Karpykova spoke at Cortina d’Ampezzo. ' +
      'Gulnar Temirbekova, Professor, head of the cardiac surgery department, spoke. Chargé d’Affaires a.i. of the United States ' +
      'Mission Daniel R. Whitcombe came. Speaking after the Minister, Neil Holland MBE, Permanent Representative of the United ' +
      'Kingdom to the OSCE, noted it.';
    assert.deepEqual(rolesOf(body), [
      ['Martin Hrubeš', 'Prime Minister'],
      ['Radek Chlup', 'Director of the Energy Strategy Department'],
      ['Lorenzo Sanvitale d’Aragona', null],
      ['Krzysztof Bąk-Ostrowski', 'Deputy Marshal'],
      ['Ondřej Kalousek', 'shadow rapporteurs'],
      ['Anna Nowak', 'shadow rapporteurs'],
      ['Sabit Khamitov', 'Halyk Finance’s head of research'],
      ['Aliya Karpykova', 'chief risk officer'],
      ['Gulnar Temirbekova', 'head of the cardiac surgery department'],
      ['Daniel R. Whitcombe', 'Chargé d’Affaires a.i. of the United States Mission'],
      ['Neil Holland', 'Permanent Representative of the United Kingdom to the OSCE'],
    ]);
  });

  it('keeps a titled name after a company\'s legal form a person\'s in the rest of the article', () => {
    const body = 'Meetings\nHe met Chairman of the Board of NC KazMunayGas JSC Yerzhan Tulegenov.\nYerzhan Tulegenov reported that output rose.';
    assert.deepEqual(rolesOf(body), [['Yerzhan Tulegenov', 'Chairman of the Board of NC KazMunayGas JSC'], ['Yerzhan Tulegenov', null]]);
  });

  it('reads a quoted nickname inside a name, chess titles, an office before a rank\'s comma, two presidents and a seat in brackets', () => {
    const body = 'Names\nSen. James R. “Jim” Whitcomb and Emiliano ‘Dibu’ Martínez met at the Ronald Reagan Building. Whitcomb said so. ' +
      'Chairman of JSC “Samruk-Kazyna” Nurlan Zhakupov, International Master Tomiris Yessenova, the Federation\'s executive director, ' +
      'FIDE Master Aisha Kurmanali came. City police chief, Police Major General Askar Zhumagaliyev, spoke. Army General (ret.) Murat ' +
      'Maikeyev, former Chief of the General Staff, and Mongolian Lieutenant Colonel Batbayaryn Ganzorig came. President of Kazakhstan and ' +
      'President of the Republic of Korea Lee Jae-myung spoke with Permanent Representative to the OIC (Jeddah), Nurlan Serikov, ' +
      'and Maria Teresa Cruz-Aguon.';
    assert.deepEqual(rolesOf(body), [
      ['James R. “Jim” Whitcomb', 'Sen.'],
      ['Emiliano ‘Dibu’ Martínez', null],
      ['Whitcomb', null],
      ['Nurlan Zhakupov', 'Chairman of JSC “Samruk-Kazyna”'],
      ['Tomiris Yessenova', 'International Master'],
      ['Aisha Kurmanali', "Federation's executive director"],
      ['Askar Zhumagaliyev', 'City police chief'],
      ['Murat Maikeyev', 'former Chief of the General Staff'],
      ['Batbayaryn Ganzorig', 'Mongolian Lieutenant Colonel'],
      ['Lee Jae-myung', 'President of the Republic of Korea'],
      ['Nurlan Serikov', 'Permanent Representative to the OIC (Jeddah)'],
      ['Maria Teresa Cruz-Aguon', null],
    ]);
  });

  it('leaves ranks out only where an office with a title goes before, keeps services\' and titles\' own words, and reads no dash as an object\'s apposition', () => {
    const body = 'Ranks\nChief of the Indonesian National Police General Listyo Sigit Prabowo, Secretary General Lieutenant General Aidos Bekov, ' +
      'Polish Sejm Marshal Szymon Hołownia, Group Captain (Dr.) Nilanthi Fernando and Air Force Gen. David Allvin came. The commission ' +
      '(chairman – Police Major General Ardak Tulepov) met the deputy head of the checkpoint, Customs Service Major Ali Khan, and the ' +
      'Minister of Defence, Colonel-General Ali Baba. By the Decree of the Head of State, Aidos Serikov – previously Deputy Akim of ' +
      'Almaty – was appointed. Chilean senator Francisco Infante Valdés spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Listyo Sigit Prabowo', 'Chief of the Indonesian National Police'],
      ['Aidos Bekov', 'Secretary General'],
      ['Szymon Hołownia', 'Polish Sejm Marshal'],
      ['Nilanthi Fernando', 'Group Captain'],
      ['David Allvin', 'Air Force Gen.'],
      ['Ardak Tulepov', 'chairman'],
      ['Ali Khan', 'deputy head of the checkpoint'],
      ['Ali Baba', 'Minister of Defence'],
      ['Aidos Serikov', 'Deputy Akim of Almaty'],
      ['Francisco Infante Valdés', 'Chilean senator'],
    ]);
  });

  it('joins offices across a bracketed concurrently or a comma\'s concurrently, past an owner\'s name, and reads hazrat and army chief Gen', () => {
    const body = 'Offices\nHe met Ambassador of Kazakhstan to Belgium and Luxembourg (concurrently), Head of the Mission to the EU Roman ' +
      'Vassilenko, the Ambassador of Kazakhstan to Saudi Arabia, concurrently Permanent Representative to the OIC, Madiyar Menilbekov, ' +
      'Krka’s President of the Management Board and CEO Jože Colarič, Mufti Sheikh Ibrohimjon hazrat Sobirov and army chief Gen Pana ' +
      'Claewplodtook in Hà Nội.';
    assert.deepEqual(rolesOf(body), [
      ['Roman Vassilenko', 'Ambassador of Kazakhstan to Belgium and Luxembourg (concurrently), Head of the Mission to the EU'],
      ['Madiyar Menilbekov', 'Ambassador of Kazakhstan to Saudi Arabia, concurrently Permanent Representative to the OIC'],
      ['Jože Colarič', 'Krka’s President of the Management Board and CEO'],
      ['Ibrohimjon hazrat Sobirov', 'Mufti'],
      ['Pana Claewplodtook', 'army chief'],
    ]);
  });

  it('reads a bracketed short given name inside a name, a double surname opened by a state\'s word, and D.Sc. before an apposition', () => {
    const body = 'Names\nHe met Ambassador of the Netherlands Nicolaas Peter (Nico) Schermers. He met Nicholas Pole-Evans CMG, His ' +
      'Majesty’s Ambassador. He met Professor Li Xin, D.Sc., Director of the Institute. Asylbek Temirov (Aq Jol) met the head of PT ' +
      'Pertamina (Persero).';
    assert.deepEqual(rolesOf(body), [
      ['Nicolaas Peter (Nico) Schermers', 'Ambassador of the Netherlands'],
      ['Nicholas Pole-Evans', 'Ambassador'],
      ['Li Xin', 'Director of the Institute'],
      ['Asylbek Temirov', null],
    ]);
  });

  it('leaves a rank of a service and Police after a ministry out of the role, and reads MdL, Mons., an academy and Answers', () => {
    const body = 'Ranks\nIt was led by Deputy Minister of Emergency Situations, Major General of Civil Protection Nurlan Rakhmetov. Deputy ' +
      'Minister of Internal Affairs Police Major General I. Lisitsyn met Chief of Police Colonel Ivan Petrov, Klaus Reindl MdL, Chairman ' +
      'of the Committee, and H.E. Mons. Luigi Ferraro, Archbishop of Palermo. Yerlan Zhunussov, PhD, head of the academy, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Nurlan Rakhmetov', 'Deputy Minister of Emergency Situations'],
      ['I. Lisitsyn', 'Deputy Minister of Internal Affairs'],
      ['Ivan Petrov', 'Chief of Police'],
      ['Klaus Reindl', 'Chairman of the Committee'],
      ['Luigi Ferraro', 'Archbishop of Palermo'],
      ['Yerlan Zhunussov', 'head of the academy'],
    ]);
    assert.deepEqual(rolesOf('Ranks\nIt went to Lieutenant Colonel of Police Aigerim Bekova.'), [['Aigerim Bekova', 'Lieutenant Colonel of Police']]);
    const headline = 'Deputy PM Serik Zhumangarin Answers Deputies’ Questions\nDeputy Prime Minister Serik Zhumangarin spoke.';
    assert.deepEqual(rolesOf(headline)[0], ['Serik Zhumangarin', 'Deputy PM']);
  });

  it('keeps an army a body\'s name closes, an acronym office, an honour before a rank\'s comma, and one person\'s two offices', () => {
    const body = 'Review\nCommander of the Indian Army General Upendra Dwivedi met COAS Field Marshal Asim Munir. The Adjutant General, ' +
      'Major General Nurlan Bekov, and the Veteran of the Afghan war, Major General Marat Nurlanov, came. Deputy Prime Minister of ' +
      'Kazakhstan and Deputy Chairman of the Intergovernmental Commission Serik Zhumangarin spoke. Deputies Aidos Sarym (Amanat) ' +
      'Askhat Aimagambetov voted. President Hồ Chí Minh founded it. WILMINGTON, Del. (AP) — President Joe Biden said so.';
    assert.deepEqual(rolesOf(body), [
      ['Upendra Dwivedi', 'Commander of the Indian Army'],
      ['Asim Munir', 'COAS'],
      ['Nurlan Bekov', 'Adjutant General'],
      ['Marat Nurlanov', 'Veteran of the Afghan war'],
      ['Serik Zhumangarin', 'Deputy Prime Minister of Kazakhstan and Deputy Chairman of the Intergovernmental Commission'],
      ['Aidos Sarym', 'Deputies'],
      ['Askhat Aimagambetov', null],
      ['Hồ Chí Minh', 'President'],
      ['Joe Biden', 'President'],
    ]);
    // (A line opening with a rank: the walk stops at its first token.)
    assert.deepEqual(rolesOf('Ranks\nPolice Major General Ali Khan spoke.\nArmy General Aidos Bekov spoke.'), [['Ali Khan', 'Police Major General'], ['Aidos Bekov', 'Army General']]);
  });

  it('keeps a body\'s acronym with its rank, Paymaster General, a service opening a line, and a bracketed short name', () => {
    const body = 'Review\nIRGC General Hossein Salami met Director of the FSB Army General Alexander Bortnikov and Minister for the Cabinet Office and Paymaster General Nick ' +
      'Thomas-Symonds. Commissioner-General of the Royal Thai Police Police General Kitrat Phanphet came.\nJustice Colonel Aidos Bekov ' +
      'and Chief Marshal of Aviation Serik Ali spoke with House Speaker Thomas (Tom) Reddington.';
    assert.deepEqual(rolesOf(body), [
      ['Hossein Salami', 'IRGC General'],
      ['Alexander Bortnikov', 'Director of the FSB'],
      ['Nick Thomas-Symonds', 'Minister for the Cabinet Office and Paymaster General'],
      ['Kitrat Phanphet', 'Commissioner-General of the Royal Thai Police'],
      ['Aidos Bekov', 'Justice Colonel'],
      ['Serik Ali', 'Chief Marshal of Aviation'],
      ['Thomas (Tom) Reddington', 'House Speaker'],
    ]);
  });

  it('ends an office at Disasters before a name, and a headline verb before a unit\'s title is no place', () => {
    const body = 'Head of State Receives State Counsellor Yerlan Karin\nMinister for Civil Defence, Emergencies and Elimination of ' +
      'Consequences of Natural Disasters Alexander Korolyov spoke with State Counsellor Yerlan Karin.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Karin', 'State Counsellor'],
      ['Alexander Korolyov', 'Minister for Civil Defence, Emergencies and Elimination of Consequences of Natural Disasters'],
      ['Yerlan Karin', 'State Counsellor'],
    ]);
  });

  it('reads an office in brackets dated by previously, formerly or now, and no occupation there', () => {
    const body = 'News\nMarat Dzhumanov (previously Director of the Asia and Africa Department) becomes Ambassador. Aigerim Seitkali ' +
      '(formerly Deputy Akim of Almaty) spoke. Berik Asanov (now Director of the Department of Europe) said. Ivan Li (previously a teacher) spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Marat Dzhumanov', 'Director of the Asia and Africa Department'],
      ['Aigerim Seitkali', 'Deputy Akim of Almaty'],
      ['Berik Asanov', 'Director of the Department of Europe'],
      ['Ivan Li', null],
    ]);
  });

  it('reads a nation\'s body through of the and at, a postdoctoral fellow, a seventh president and a personal envoy\'s owner', () => {
    const body = 'News\nMarek Wiśniewski, former Commander of the Polish contingent of the UN Disengagement Observer Force, spoke. ' +
      'Jean Lefèvre, head of the Kazakh-French archaeological expedition at Turkistan, said. Daniyar Sultanbekov, a postdoctoral ' +
      'fellow at Satbayev University, said. Halla Tómasdóttir, Iceland’s seventh president, came with the UN Secretary-General’s ' +
      'Personal Envoy for Sudan, Ramtane Lamamra.';
    assert.deepEqual(rolesOf(body), [
      ['Marek Wiśniewski', 'former Commander of the Polish contingent of the UN Disengagement Observer Force'],
      ['Jean Lefèvre', 'head of the Kazakh-French archaeological expedition at Turkistan'],
      ['Daniyar Sultanbekov', 'postdoctoral fellow at Satbayev University'],
      ['Halla Tómasdóttir', 'Iceland’s seventh president'],
      ['Ramtane Lamamra', 'UN Secretary-General’s Personal Envoy for Sudan'],
    ]);
  });

  it('gives a bare office served to the name after it, the office one is dismissed as, and a hero\'s title way to an office', () => {
    const body = 'News\nThe President received Special Envoy of President Lee Jae-myung, Kim Boo-kyum, and Assistant to the President ' +
      'Yerlan Karin. The decree dismissing Volodymyr Artiukh as Head of the Sumy Regional State Administration was signed. ' +
      'Vice Admiral Oleg Zvonarev, Hero of the Russian Federation, Commander of the Caspian Flotilla, said.';
    assert.deepEqual(rolesOf(body), [
      ['Lee Jae-myung', 'President'],
      ['Kim Boo-kyum', null],
      ['Yerlan Karin', 'Assistant to the President'],
      ['Volodymyr Artiukh', 'Head of the Sumy Regional State Administration'],
      ['Oleg Zvonarev', 'Commander of the Caspian Flotilla'],
    ]);
  });

  it('reads Cambodia\'s royal styles, rulers\' numerals, a middle name Thai and a state\'s code in brackets', () => {
    const body = 'His Majesty King Norodom Sihamoni Receives Kazakh Foreign Minister\nHis Majesty Preah Bat Samdech Preah Boromneath Norodom Sihamoni, King ' +
      'of Cambodia, recalled Louis XIV and the monument to Peter I on the embankment. Phase II begins. Ambassador Pham Thai Giang met ' +
      'the Commissioner-General of the Royal Thai Police. BUDRYS Kęstutis (LT) and Ivan Petrov (MP) came.';
    assert.deepEqual(rolesOf(body), [
      ['Norodom Sihamoni', 'King'],
      ['Norodom Sihamoni', 'King of Cambodia'],
      ['Louis XIV', null],
      ['Peter I', null],
      ['Pham Thai Giang', 'Ambassador'],
      ['BUDRYS Kęstutis', null],
      ['Ivan Petrov', 'MP'],
    ]);
  });

  it('reads a company\'s acronym after its legal form, RSE, a description after and, a span\'s date, a designate and responsible for', () => {
    const body = 'News\nHe met Chairman and President of International Container Terminal Services, Inc. (ICTSI) Enrique K. Razon Jr. and ' +
      'Director General of Kazhydromet RSE Daniyar Seitkhanov. Lee Chul, director-general of the mission bureau and a former ' +
      'engineer, said. Jenniffer González-Colón, who served as Resident Commissioner in Washington from January 2017, spoke. ' +
      'Kast’s chancellor-designate, Francisco Pérez Mackenna, met Dominic LeBlanc, Canada\'s Minister responsible for ' +
      'Canada-U.S. Trade, Intergovernmental Affairs and One Canadian Economy.';
    assert.deepEqual(rolesOf(body), [
      ['Enrique K. Razon Jr.', 'Chairman and President of International Container Terminal Services, Inc. (ICTSI)'],
      ['Daniyar Seitkhanov', 'Director General of Kazhydromet RSE'],
      ['Lee Chul', 'director-general of the mission bureau'],
      ['Jenniffer González-Colón', 'Resident Commissioner in Washington'],
      ['Francisco Pérez Mackenna', 'Kast’s chancellor-designate'],
      ['Dominic LeBlanc', 'Canada\'s Minister responsible for Canada-U.S. Trade, Intergovernmental Affairs and One Canadian Economy'],
    ]);
  });

  it('reads no person in a territory\'s adjective, a strait, a street or a port named after their head', () => {
    const body = 'News\nPuerto Rican officials met near the Mona Passage and on Paseo de la Castellana. The mayor of Puerto Montt, ' +
      'Eduardo Rodrigues, spoke.';
    assert.deepEqual(rolesOf(body), [['Eduardo Rodrigues', 'mayor of Puerto Montt']]);
  });

  it('gives a diplomat\'s or a senator\'s style way to an office set off after the name, and reads a titled list\'s office before a rank', () => {
    const body = 'News\nHe met Ambassador Akan Rakhmetullin, Permanent Representative of Kazakhstan to the OSCE, and Senator the Hon. Kerrie ' +
      'D. Symmonds, Minister of Foreign Affairs of Barbados. Ambassador Lee Jae-won served as Ambassador to Norway. Taking part were ' +
      'Secretary of the Security Council Gizat Nurdauletov, Minister of Defence, Colonel General Dauren Kossanov, and others.';
    assert.deepEqual(rolesOf(body), [
      ['Akan Rakhmetullin', 'Permanent Representative of Kazakhstan to the OSCE'],
      ['Kerrie D. Symmonds', 'Minister of Foreign Affairs of Barbados'],
      ['Lee Jae-won', 'Ambassador'],
      ['Gizat Nurdauletov', 'Secretary of the Security Council'],
      ['Dauren Kossanov', 'Minister of Defence'],
    ]);
  });

  it('reads Hungarian legal forms, saints\' places, number words, Irish and Welsh parties, peers\' styles and new portfolios', () => {
    const body = 'News\nHe met CEO of Rail Cargo Hungaria Zrt. Gábor Nagy at St Andrew’s House. Eleven English mayors, Fianna Fáil and ' +
      'Sinn Féin deputies and the Plaid Cymru leader, Rhun Llewelyn MS, met Viscount Hanbury, Sir Anthony Whitfield FBA, Revenue ' +
      'Minister Krishna Byre Gowda and National Citizen Party convener Nahid Islam.';
    assert.deepEqual(rolesOf(body), [
      ['Gábor Nagy', 'CEO of Rail Cargo Hungaria Zrt.'],
      ['Rhun Llewelyn', 'Plaid Cymru leader'],
      ['Hanbury', null],
      ['Anthony Whitfield', null],
      ['Krishna Byre Gowda', 'Revenue Minister'],
      ['Nahid Islam', 'National Citizen Party convener'],
    ]);
  });

  it('reads an office across a comma before a champion or a singer, a set-off subject after a company, LL.M. and new qualifiers', () => {
    const body = 'News\nHe met the President of the Kazakhstan Wrestling Federation, Olympic champion Bakhtiyar Nurmagambetov, the President of ' +
      'the National Olympic Committee, two-time world middleweight champion Gennady Golovkin, and Honoured Worker of Kazakhstan, ' +
      'kuishi Aigul Ulkenbayeva. The CEO of the energy company JANAF, Stjepan Adanić, said. JUDr. Martin Hála, LL.M., a partner ' +
      'at Hála & Partners, Macron’s senior adviser Emmanuel Bonne, the museum’s previous director, Ivan Li, the Serbian Orthodox ' +
      'Patriarch, His Holiness Porfirije, and the Minister of Foreign Affairs of Barbados, Senator Kerrie Symmonds, came. The envoy, ' +
      'Ambassador Anna Berg, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Bakhtiyar Nurmagambetov', 'President of the Kazakhstan Wrestling Federation'],
      ['Gennady Golovkin', 'President of the National Olympic Committee'],
      ['Aigul Ulkenbayeva', 'Honoured Worker of Kazakhstan'],
      ['Stjepan Adanić', 'CEO of the energy company JANAF'],
      ['Martin Hála', 'partner at Hála & Partners'],
      ['Emmanuel Bonne', 'Macron’s senior adviser'],
      ['Ivan Li', 'previous director'],
      ['Porfirije', 'Serbian Orthodox Patriarch'],
      ['Kerrie Symmonds', 'Minister of Foreign Affairs of Barbados'],
      ['Anna Berg', 'Ambassador'],
    ]);
  });

  it('reads a surname after a form of address before a party and a seat in brackets, a seat of two places, and no ruler\'s name as a label', () => {
    const body = 'News\nMs Halloran (Lab, Stockport North) asked, and Mrs Vane-Tempest (Con, Mid Dorset and North Poole) replied to King ' +
      'Maha Vajiralongkorn Phra Vajiraklaochaoyuhua (Rama X).';
    assert.deepEqual(rolesOf(body), [['Halloran', null], ['Vane-Tempest', null], ['Maha Vajiralongkorn Phra Vajiraklaochaoyuhua', 'King'], ['Rama X', null]]);
  });

  it('reads review38a cases: the pronoun I, things with numerals, lists after a style, aides named after President, Grants and Calle', () => {
    const body = 'News\n“On behalf of President Erdogan I conveyed greetings,” he said. Banks comply with Basel III rules; the Geneva II ' +
      'conference met. It was attended by Ambassador Nurlan Onzhanov, members of the Bundestag and experts. Aide to President Yury ' +
      'Ushakov told reporters. University Grants Commission Chairman Vineet Joshi met Humberto de la Calle. Magnus Carlsen (GM) ' +
      'came. Talgat Musabayev, Hero of the Soviet Union, Honoured Pilot-Cosmonaut of the USSR, and Jan Novak, Director for Nordic ' +
      'and Baltic cooperation in the ministry, came. It was read by the Director of the Office of His Majesty, Alaa Batayneh, and ' +
      'the Élysée’s diplomatic adviser, Mathilde Roussel.';
    assert.deepEqual(rolesOf(body), [
      ['Erdogan', 'President'],
      ['Nurlan Onzhanov', 'Ambassador'],
      ['Yury Ushakov', 'Aide to President'],
      ['Vineet Joshi', 'University Grants Commission Chairman'],
      ['Humberto de la Calle', null],
      ['Magnus Carlsen', 'GM'],
      ['Talgat Musabayev', 'Hero of the Soviet Union, Honoured Pilot-Cosmonaut of the USSR'],
      ['Jan Novak', 'Director for Nordic and Baltic cooperation in the ministry'],
      ['Alaa Batayneh', 'Director of the Office of His Majesty'],
      ['Mathilde Roussel', 'Élysée’s diplomatic adviser'],
    ]);
  });

  it('gives a style way to an office that names two bodies after and the, not to two offices after and the', () => {
    const body = 'News\nHe met Ambassador Mohamed Gad, Permanent Representative of Egypt to the African Union and the UNECA, and Ambassador ' +
      'Yerlan Alimbayev, the Minister of Energy and the akim of Astana.';
    assert.deepEqual(rolesOf(body).slice(0, 2), [
      ['Mohamed Gad', 'Permanent Representative of Egypt to the African Union and the UNECA'],
      ['Yerlan Alimbayev', 'Ambassador'],
    ]);
  });

  it('reads no person in a US party-state tag or an acronym before a body\'s word, a past post after an age, and SC after a name', () => {
    const body = 'News\nReps. Jordan Ellis, R-Texas, and Mariana Quintero-Vance, D-Fla., wrote. Texas was to oil what Nevada is. ' +
      'Yerlan Beisenov, 44, previously deputy akim of Talgar district, has been appointed akim of Ili district. It was chaired by ' +
      'the Special Representative of the Chairman-in-Office for CICA Affairs. A CICA event was held. Mr Simeon Beckett SC came.';
    assert.deepEqual(rolesOf(body), [
      ['Jordan Ellis', 'Reps.'],
      ['Mariana Quintero-Vance', null],
      ['Yerlan Beisenov', 'deputy akim of Talgar district'],
      ['Simeon Beckett', null],
    ]);
  });

  it('reads an office before an Ambassador-at-Large\'s comma, and the forms of address Beatitude and All-Holiness', () => {
    const body = 'News\nAccording to the Director of the Consular Service Department, Ambassador-at-Large Bakhyt Tlekbayev, visas rose. He ' +
      'met His All-Holiness Bartholomew I, Archbishop of Constantinople-New Rome and Ecumenical Patriarch, and His Holiness and ' +
      'Beatitude Ilia II.';
    assert.deepEqual(rolesOf(body), [
      ['Bakhyt Tlekbayev', 'Director of the Consular Service Department'],
      ['Bartholomew I', 'Archbishop of Constantinople-New Rome and Ecumenical Patriarch'],
      ['Ilia II', null],
    ]);
  });

  it('reads review38b cases: an opening phrase\'s office before an occupation, a rank-titled list, a ruler named after his style, an aide', () => {
    const body = 'News\nOn behalf of the Prime Minister, Olympic champion Ilya Ilyin presented the awards. General Ruslan Zhaksylykov, Chief ' +
      'of the General Staff, Colonel Daulet Ospanov and others came. The forum was opened by the Personal Representative of His ' +
      'Highness, Sheikh Mohamed bin Zayed Al Nahyan. Aide to President Yury Ushakov, speaking after the talks between Vladimir Putin ' +
      'and Donald Trump, said it. The delegation was led by Mr. NURYSHEV National Coordinator of Kazakhstan.';
    assert.deepEqual(rolesOf(body), [
      ['Ilya Ilyin', null],
      ['Ruslan Zhaksylykov', 'Chief of the General Staff'],
      ['Daulet Ospanov', 'Colonel'],
      ['Mohamed bin Zayed Al Nahyan', null],
      ['Yury Ushakov', 'Aide to President'],
      ['Vladimir Putin', null],
      ['Donald Trump', null],
      ['NURYSHEV', null],
    ]);
  });

  it('reads Policy as a qualifier of a capitalised title, and caretaker of a lower-case one', () => {
    assert.deepEqual(rolesOf('News\nHe met Foreign Policy Adviser Ivan Li and the Dutch caretaker premier, Dick Schoof.'),
      [['Ivan Li', 'Foreign Policy Adviser'], ['Dick Schoof', 'Dutch caretaker premier']]);
  });

  it('reads a Scottish or Northern Irish member\'s letters as a title, and another\'s seat before `and` as no part of a role', () => {
    assert.deepEqual(rolesOf('News\nMr Swinney, the MSP for Perthshire North, urged them. Ontario MPP Joel Harden agreed.'),
      [['Swinney', 'MSP for Perthshire North'], ['Joel Harden', 'MPP']]);
    assert.deepEqual(rolesOf('News\nFirst Minister Orla Devlin MLA and deputy First Minister Gillian Hanna-Boyd MLA wrote.'),
      [['Orla Devlin', 'First Minister'], ['Gillian Hanna-Boyd', 'deputy First Minister']]);
  });

  it('reads capitals after a Slavic surname as initials, and gives a post someone left to no name after its comma', () => {
    const body = 'News\nZhaksylykov Timur Maratovich has been relieved of his post as vice minister of energy, Kassymova A.S. – of her ' +
      'post as vice minister of agriculture. Fischer A.G. invests.';
    assert.deepEqual(rolesOf(body), [['Zhaksylykov Timur Maratovich', 'vice minister of energy'], ['Kassymova A.S.', null]]);
  });

  it('ends an apposition\'s office before when it was held and before a relative clause', () => {
    const body = 'News\nIvan Petrov, minister of finance in January, spoke. Anna Berg, head of the regional department in 2019, said. ' +
      'Prabowo Subianto, a former defence minister who took office in October 2024, spoke. Terrance Drew, Chairman of the ' +
      'Conference for the period January–June 2026, spoke.';
    assert.deepEqual(rolesOf(body), [['Ivan Petrov', 'minister of finance'], ['Anna Berg', 'head of the regional department'],
      ['Prabowo Subianto', 'former defence minister'], ['Terrance Drew', 'Chairman of the Conference']]);
  });

  it('reads name words after `and` as a person when an apposition follows them or a lower-case title goes before', () => {
    const body = 'News\nThe cabinet includes X Alamgir as Minister of Local Government and Amir Khasru Mahmud Chowdhury, a former ' +
      'Commerce Minister. The minister and Amir Khasru Mahmud Chowdhury spoke.';
    assert.deepEqual(rolesOf(body), [['X Alamgir', null], ['Amir Khasru Mahmud Chowdhury', 'former Commerce Minister'],
      ['Amir Khasru Mahmud Chowdhury', null]]);
  });

  it('reads honours of a trade with its field, and a body named after an honoree after `of the`', () => {
    const body = 'News\nThe order went to Kurmangazy Utepov, Honoured Oil Worker, and to Mehmet Öztürk, professor of the Khoja ' +
      'Akhmet Yassawi University. Said Honoured Oil Worker of Kazakhstan Aigul Utepova.';
    assert.deepEqual(rolesOf(body), [['Kurmangazy Utepov', 'Honoured Oil Worker'],
      ['Mehmet Öztürk', 'professor of the Khoja Akhmet Yassawi University'], ['Aigul Utepova', 'Honoured Oil Worker of Kazakhstan']]);
  });

  it('reads a combine as a business and a consortium as a body an office is of', () => {
    const body = 'President Visits Ust-Kamenogorsk Titanium-Magnesium Combine\nAt the Titanium-Magnesium Combine, the Head of State ' +
      'was received. Eng. Khalid bin Saeed Al-Mansouri, Project Director of the consortium, reported.';
    assert.deepEqual(rolesOf(body), [['Khalid bin Saeed Al-Mansouri', 'Project Director of the consortium']]);
  });

  it('gives an office before a ruler\'s form of address to the ruler in a list whose next item has its own title', () => {
    const body = 'News\nHe was received by UAE President Sheikh Mohamed bin Zayed Al Nahyan, the Emir of the State of Qatar, ' +
      'Sheikh Tamim bin Hamad Al Thani, Kuwait’s Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah and Sultan Haitham bin Tarik of Oman.';
    assert.deepEqual(rolesOf(body), [['Mohamed bin Zayed Al Nahyan', 'UAE President'], ['Tamim bin Hamad Al Thani', 'Emir of the State of Qatar'],
      ['Meshal Al-Ahmad Al-Jaber Al-Sabah', 'Kuwait’s Amir'], ['Haitham bin Tarik', 'Sultan']]);
  });

  it('reads personnel verbs as a headline\'s verbs', () => {
    assert.deepEqual(rolesOf('Burgum, Wright Tell House Panel Stockpile Is Urgent\nDoug Burgum and Chris Wright told lawmakers.'),
      [['Burgum', null], ['Wright', null], ['Doug Burgum', null], ['Chris Wright', null]]);
  });

  it('ends a lower-case object before `and` opening another clause, and reads a peer and a place\'s dotted letters in roles', () => {
    const body = 'News\nUlan Mamatov, deputy head of the district state administration and, since May, head of the department, spoke. ' +
      'Baroness Hayman, a Labour peer and former environment minister, welcomed it. B.C. Premier David Eby and N.Y. Gov. Kathy Hochul met.';
    assert.deepEqual(rolesOf(body), [['Ulan Mamatov', 'deputy head of the district state administration'],
      ['Hayman', 'Labour peer and former environment minister'], ['David Eby', 'B.C. Premier'], ['Kathy Hochul', 'N.Y. Gov.']]);
  });

  it('reads an office after an employer in brackets, a portfolio in charge of lower-case fields, and a body with an ampersand', () => {
    const body = 'News\nPresent were Umut Shayakhmetova (Halyk Bank, Chairperson of the Board) and Calum Miller (Lib Dem, Bicester). ' +
      'Vice Minister of Culture of Kazakhstan in charge of youth and family policy Nurlan Baibazarov spoke. President of the ' +
      'Korean Sport & Olympic Committee Yoo Seung-min signed it.';
    assert.deepEqual(rolesOf(body), [['Umut Shayakhmetova', 'Chairperson of the Board'], ['Calum Miller', null],
      ['Nurlan Baibazarov', 'Vice Minister of Culture of Kazakhstan in charge of youth and family policy'],
      ['Yoo Seung-min', 'President of the Korean Sport & Olympic Committee']]);
  });

  it('gives an office across a comma to a former champion, and an envoy\'s lower-case object after `for the`', () => {
    const body = 'News\nHe met the President of the Committee, former WBA and IBF world champion Gennady Golovkin. He met the ' +
      'Special Representative for the normalization process, Ambassador Serdar Kılıç, in Milano Cortina.';
    assert.deepEqual(rolesOf(body), [['Gennady Golovkin', 'President of the Committee'],
      ['Serdar Kılıç', 'Special Representative for the normalization process']]);
  });

  it('reads Brunei\'s princely style as a form of address', () => {
    assert.deepEqual(rolesOf('News\nHe met the Crown Prince, Pengiran Muda Mahkota Al-Muhtadee Billah, and Pengiran Muda Abdul Mateen.'),
      [['Al-Muhtadee Billah', 'Crown Prince'], ['Abdul Mateen', null]]);
  });

  it('opens a leader\'s body at its own word before a country, and at a list of fields in its name', () => {
    const body = 'News\nHe met Freedom Bank Kazakhstan Chairman of the Management Board Yerlan Abdikarimov and Japan Oil, Gas and ' +
      'Metals National Corporation (JOGMEC) President Takahashi Ichiro. Bank Indonesia Governor Perry Warjiyo spoke.';
    assert.deepEqual(rolesOf(body), [['Yerlan Abdikarimov', 'Freedom Bank Kazakhstan Chairman of the Management Board'],
      ['Takahashi Ichiro', 'Japan Oil, Gas and Metals National Corporation (JOGMEC) President'], ['Perry Warjiyo', 'Bank Indonesia Governor']]);
  });

  it('gives a lower-case office a body\'s possessive owns across a comma to the champion after it', () => {
    assert.deepEqual(rolesOf('News\nHe said the federation’s president, Olympic champion Olga Rypakova, had come.'),
      [['Olga Rypakova', 'federation’s president']]);
  });

  it('reads a body\'s acronym between a title and a full name as the title\'s, not a surname or initials in capitals', () => {
    const body = 'News\nChairman NAB Javed Iqbal and Deputy USTR Maria-José Calderón spoke with Minister DAO Ngoc Dung, Ambassador ' +
      'NGUYEN Thi Thu Ha and Prime Minister KP Sharma Oli. Members Sahibzada Muhammad Hamid Raza and Aslam Khan Ghumman came.';
    assert.deepEqual(rolesOf(body), [['Javed Iqbal', 'Chairman NAB'], ['Maria-José Calderón', 'Deputy USTR'], ['DAO Ngoc Dung', 'Minister'],
      ['NGUYEN Thi Thu Ha', 'Ambassador'], ['KP Sharma Oli', 'Prime Minister'], ['Muhammad Hamid Raza', 'Members'], ['Aslam Khan Ghumman', 'Members']]);
  });

  it('reads a region\'s state in brackets inside an office, a mixed-case acronym, and a named lower-case body after a portfolio', () => {
    const body = 'News\nHe met with the Rais of the Republic of Tatarstan (Russian Federation) Rustam Minnikhanov. He met the Vice ' +
      'President of the Union of Road Carriers (KazATO), Tokhtar Kenzhebekov. Ivan Petrov, deputy director for science of the ' +
      'Aksu-Zhabagly reserve, spoke.';
    assert.deepEqual(rolesOf(body), [['Rustam Minnikhanov', 'Rais of the Republic of Tatarstan'],
      ['Tokhtar Kenzhebekov', 'Vice President of the Union of Road Carriers (KazATO)'],
      ['Ivan Petrov', 'deputy director for science of the Aksu-Zhabagly reserve']]);
  });

  it('joins a post held in a city to the office after its `and`', () => {
    const body = 'News\nHe met Consul General of Kazakhstan in Jeddah and Permanent Representative of Kazakhstan to the OIC Nurbol ' +
      'Tleubergenov. The Honorary Consul in Tartu and businessman Anna Berg came.';
    assert.deepEqual(rolesOf(body), [['Nurbol Tleubergenov', 'Consul General of Kazakhstan in Jeddah and Permanent Representative of Kazakhstan to the OIC'],
      ['Anna Berg', null]]);
  });

  it('reads a form of address that is also a surname as closing the name it follows', () => {
    const body = 'News\nIt was signed by Minister of Social Affairs of Lebanon Haneen Sayed and Minister Syed Ali Shah. Ahmed Sayed Khan came.';
    assert.deepEqual(rolesOf(body), [['Haneen Sayed', 'Minister of Social Affairs of Lebanon'], ['Ali Shah', 'Minister'], ['Ahmed Sayed Khan', null]]);
  });

  it('joins an envoy\'s accreditation to the office after its `and`, and reads a ruler\'s style inside an office', () => {
    const body = 'News\nHe met Kuwait\'s Ambassador to Kazakhstan and non-resident Ambassador to Kyrgyzstan Talal Saud Al-Fassam and the ' +
      'Director of the Office of His Majesty Dr. Omar Al-Rifai.';
    assert.deepEqual(rolesOf(body), [['Talal Saud Al-Fassam', 'Kuwait\'s Ambassador to Kazakhstan and non-resident Ambassador to Kyrgyzstan'],
      ['Omar Al-Rifai', 'Director of the Office of His Majesty']]);
  });

  it('reads a state\'s or continent\'s adjective inside a lower-case portfolio', () => {
    assert.deepEqual(rolesOf('News\nIvan Petrov, deputy prime minister for foreign and European affairs, spoke.'),
      [['Ivan Petrov', 'deputy prime minister for foreign and European affairs']]);
  });

  it('keeps a member\'s party or seat after `from` in an apposition', () => {
    assert.deepEqual(rolesOf('News\nYermurat Bapi, a deputy from the People’s Party of Kazakhstan, and Fauzia Baig, MP from Aurangabad, spoke.'),
      [['Yermurat Bapi', 'deputy from the People’s Party of Kazakhstan'], ['Fauzia Baig', 'MP from Aurangabad']]);
  });

  it('reads a body whose name holds a title\'s word as a complement, the Presidency and a clerk as offices, and Dkt. as Dr.', () => {
    const body = 'News\nHe met Chief of the General Staff of the Czech Army Gen. Karel Řehka and Chairman of the BiH Presidency Denis ' +
      'Bećirović. He met the Clerk of the Committee, Mr. Yusuf Kankara, and the Minister for Trade of Tanzania, Dkt. Rehema Mwakyusa. ' +
      'Csaba Lantos, the Hungarian minister responsible for energy, spoke.';
    assert.deepEqual(rolesOf(body), [['Karel Řehka', 'Chief of the General Staff of the Czech Army'], ['Denis Bećirović', 'Chairman of the BiH Presidency'],
      ['Yusuf Kankara', 'Clerk of the Committee'], ['Rehema Mwakyusa', 'Minister for Trade of Tanzania'],
      ['Csaba Lantos', 'Hungarian minister responsible for energy']]);
  });

  it('keeps a nickname in capitals inside its quotation marks in the name', () => {
    assert.deepEqual(rolesOf('News\nRep. Glenn “GT” Thompson, R-Pa., said so to the head of Hyundai Mobis KIM Sung-ho.'),
      [['Glenn “GT” Thompson', 'Rep.'], ['KIM Sung-ho', 'head of Hyundai Mobis']]);
  });

  it('goes on past a nation\'s noun after its adjective in an apposition', () => {
    const body = 'News\nGurbanguly Berdimuhamedov, National Leader of the Turkmen people and Chairman of the Halk Maslahaty of Turkmenistan, came.';
    assert.deepEqual(rolesOf(body), [['Gurbanguly Berdimuhamedov', 'National Leader of the Turkmen people and Chairman of the Halk Maslahaty of Turkmenistan']]);
  });

  it('reads a physician\'s portfolio after for, and a quoted name holding a small word', () => {
    const body = 'News\nDaniyar Kasymov, MD, PhD, deputy chief physician for medical work, said. Aizhan Temirkhanova, deputy chairperson ' +
      'of the Board of the State Corporation “Government for Citizens”, said.';
    assert.deepEqual(rolesOf(body), [['Daniyar Kasymov', 'deputy chief physician for medical work'],
      ['Aizhan Temirkhanova', 'deputy chairperson of the Board of the State Corporation “Government for Citizens”']]);
  });

  it('reads an apposition after letters and degrees set off by commas, and no office in a modal verb\'s object', () => {
    const body = 'News\nHe met Sir Richard Stagg KCMG CB, former British High Commissioner to India. Professor Adekunle Olaniyan, SAN, ' +
      'OFR, the INEC National Chairman, spoke. Professor Galym Kaliyev, D.Sc. (Econ.), director of the Institute, said. Klaus ' +
      'Hoffmann, Dr. agr., managing director of Hoffmann Agrar GmbH, said. Professor Sir Andrew Whitcombe FRSE, Principal and ' +
      'Vice-Chancellor of the University of Strathclyde, came. Anna Berg, will chair the jury.';
    assert.deepEqual(rolesOf(body), [['Richard Stagg', 'former British High Commissioner to India'], ['Adekunle Olaniyan', 'INEC National Chairman'],
      ['Galym Kaliyev', 'director of the Institute'], ['Klaus Hoffmann', 'managing director of Hoffmann Agrar GmbH'],
      ['Andrew Whitcombe', 'Principal and Vice-Chancellor of the University of Strathclyde'], ['Anna Berg', null]]);
  });

  it('gives a name no apposition that runs past into the next name, and reads a player as an occupation', () => {
    const body = 'News\nIt was attended by akim of the Abai region Mukhtar Zhumabekov, head of the region’s tourism department Dana ' +
      'Sultanbekova. Honoured Worker of Culture of Kazakhstan, kobyz player Raushan Orazbayeva, will chair the jury.';
    assert.deepEqual(rolesOf(body), [['Mukhtar Zhumabekov', 'akim of the Abai region'], ['Dana Sultanbekova', 'head of the region’s tourism department'],
      ['Raushan Orazbayeva', 'Honoured Worker of Culture of Kazakhstan']]);
  });

  it('reads adjectives that are English surnames where they close a name after a given name', () => {
    const body = 'News\nHe met the Hon. Colleen Young, Minister of Energy, and Jacinda Green. The Green Party and the White House said. ' +
      'Prince Faisal Young Leaders Forum opened. Golf legend Gary Player came.';
    assert.deepEqual(rolesOf(body), [['Colleen Young', 'Minister of Energy'], ['Jacinda Green', null], ['Faisal', 'Prince'], ['Gary Player', null]]);
  });

  it('ends an apposition before the next name with particles, and gives each listed name its own office in brackets', () => {
    const body = 'News\nHe met Ivan Petrov, Chargé d’Affaires a.i. of the Kingdom of the Netherlands Pieter van den Berg and others. ' +
      'It was attended by Bektenov’s deputies, Serik Zhumangarin (Deputy Prime Minister – Minister of National Economy) and ' +
      'Roman Sklyar (First Deputy Prime Minister).';
    assert.deepEqual(rolesOf(body), [['Ivan Petrov', null], ['Pieter van den Berg', 'Chargé d’Affaires a.i. of the Kingdom of the Netherlands'],
      ['Serik Zhumangarin', 'Deputy Prime Minister – Minister of National Economy'], ['Roman Sklyar', 'First Deputy Prime Minister']]);
  });

  it('reads a holiday\'s given name before a Slavic surname after a state\'s name', () => {
    const body = 'News\nLetters were presented by Ruslan Kazakbaev (Kyrgyz Republic), Ambassador of Turkmenistan Bayram Annamuradov, and others.';
    assert.deepEqual(rolesOf(body), [['Ruslan Kazakbaev', null], ['Bayram Annamuradov', 'Ambassador of Turkmenistan']]);
  });

  it('reads a portfolio in brackets after a lower-case unit, and a portfolio of a few lower-case words after for', () => {
    const body = 'News\nThe deputy akim of Kyzylorda region (for social issues) Aigerim Suleimenova spoke.\nDeputy Akim of Akmola Region ' +
      'for agro-industrial complex issues Bauyrzhan Tokenov spoke.';
    assert.deepEqual(rolesOf(body), [['Aigerim Suleimenova', 'deputy akim of Kyzylorda region'],
      ['Bauyrzhan Tokenov', 'Deputy Akim of Akmola Region for agro-industrial complex issues']]);
  });

  it('reads German chancellors, long-serving offices, a parliament\'s gloss with its state, and no title in what one is in charge of', () => {
    const body = 'Bundeskanzler Merz to visit Astana\nVladimir Shkolnik, Kazakhstan’s long-serving Minister of Energy, died. He was received ' +
      'by the President of the Riigikogu (Parliament of Estonia) Lauri Hussar. His successor in charge of energy, Economics Minister ' +
      'Wolfgang Hattmannsdorfer, came. The head of the “Kazakh Cultural Society of Estonia”, Gulnara Toomsalu, spoke.';
    assert.deepEqual(rolesOf(body), [['Merz', 'Bundeskanzler'], ['Vladimir Shkolnik', 'Kazakhstan’s long-serving Minister of Energy'],
      ['Lauri Hussar', 'President of the Riigikogu (Parliament of Estonia)'], ['Wolfgang Hattmannsdorfer', 'Economics Minister'],
      ['Gulnara Toomsalu', 'head of the “Kazakh Cultural Society of Estonia”']]);
  });

  it('reads a state\'s epithet inside a complement, and a medium\'s noun after its name in an apposition', () => {
    const body = 'News\nThe first Minister of Foreign Affairs of independent Kazakhstan, Tuleutai Suleimenov, signed. Yerlan Kassymov, ' +
      'editor-in-chief of the Egemen Qazaqstan newspaper, spoke.';
    assert.deepEqual(rolesOf(body), [['Tuleutai Suleimenov', 'first Minister of Foreign Affairs of independent Kazakhstan'],
      ['Yerlan Kassymov', 'editor-in-chief of the Egemen Qazaqstan newspaper']]);
  });

  it('keeps a ruler\'s style after `of` inside an apposition', () => {
    const body = 'News\nHe met Cardinal Pietro Parolin, Secretary of State of His Holiness, and Ms. Salma Benchekroun, Ambassador of His ' +
      'Majesty the King of Morocco.';
    assert.deepEqual(rolesOf(body), [['Pietro Parolin', 'Secretary of State of His Holiness'],
      ['Salma Benchekroun', 'Ambassador of His Majesty the King of Morocco']]);
  });

  it('opens a leader\'s company at a name closed by an abbreviated legal form with its full stop', () => {
    const body = 'News\nHe met Toyota Motor Corp. Chairman TOYODA Akio. Mitsubishi Corp. President and CEO NAKANISHI Katsuya spoke. It ended ' +
      'at 5 p.m. Chairman Anna Berg spoke.';
    assert.deepEqual(rolesOf(body), [['TOYODA Akio', 'Toyota Motor Corp. Chairman'], ['NAKANISHI Katsuya', 'Mitsubishi Corp. President and CEO'],
      ['Anna Berg', 'Chairman']]);
  });

  it('reads a Korean given name whose first syllable is a word after a surname in capitals, and a school\'s principal in lower case', () => {
    const body = 'News\nHe met NAM In-soon and KIM Jong-un. Maria Petrenko, principal of the gymnasium in Kentau, spoke. The soloist Davide ' +
      'Rinaldi, a principal of Teatro alla Scala, sang.';
    assert.deepEqual(rolesOf(body), [['NAM In-soon', null], ['KIM Jong-un', null], ['Maria Petrenko', 'principal of the gymnasium in Kentau'],
      ['Davide Rinaldi', null]]);
  });

  it('keeps what the review found broken: a post held now, two people joined by and, Cambodian and Vietnamese surnames, Sacks', () => {
    const body = 'News\nIn her current position as Minister of Finance, Madina Takenova spoke. The meeting between Kazakhstan\'s Ambassador ' +
      'to Germany and State Secretary Thomas Bagger focused on trade. Deputy Minister DOAN Hong Phong and Minister SOK Chenda Sophea ' +
      'came. Jonathan Sacks, the former Chief Rabbi, was honoured. Ivan Petrov, director of that institute, said. Anna Berg, member ' +
      'of the group that drafted the law, said.';
    assert.deepEqual(rolesOf(body), [['Madina Takenova', 'Minister of Finance'], ['Thomas Bagger', 'State Secretary'], ['DOAN Hong Phong', 'Deputy Minister'],
      ['SOK Chenda Sophea', 'Minister'], ['Jonathan Sacks', 'former Chief Rabbi'], ['Ivan Petrov', 'director of that institute'],
      ['Anna Berg', 'member of the group']]);
    assert.deepEqual(rolesOf('Kazakh Minister Holds Talks With Bank Indonesia Governor Perry Warjiyo\nThey met.'),
      [['Perry Warjiyo', 'Bank Indonesia Governor']]);
  });

  it('reads an opera house in German as a body', () => {
    assert.deepEqual(rolesOf('News\nHe met mezzo-soprano Dana Seitkali (Deutsche Oper Berlin).'), [['Dana Seitkali', null]]);
  });

  it('gives a listed name its own apposition over the list\'s plural title, and reads Min. Plen. and OJ', () => {
    const body = 'News\nHe received European business leaders: Dr. Matthias Kessler, Chief Executive Officer of Rheinwerk Energie AG, and ' +
      'Anna Berg. He met Senator the Hon. Audrey-Ann Marsh-Campbell, OJ, Minister of Foreign Affairs of Jamaica, and Min. Plen. ' +
      'Gloria S. Amarilla.';
    assert.deepEqual(rolesOf(body), [['Matthias Kessler', 'Chief Executive Officer of Rheinwerk Energie AG'], ['Anna Berg', null],
      ['Audrey-Ann Marsh-Campbell', 'Minister of Foreign Affairs of Jamaica'], ['Gloria S. Amarilla', 'Min. Plen.']]);
  });

  it('reads no person in a list of regions after their plural noun and a dash', () => {
    assert.deepEqual(rolesOf('News\nOnly six regions – Atyrau, Mangystau, Abai, Zhetysu, Ulytau and Shymkent – met the plan.'), []);
  });

  it('reads round 191: a headline name with a lower-case particle, a clergyman\'s parish, Dr. Emir, nicknames before an initial', () => {
    assert.deepEqual(rolesOf('Head of State Sends Condolences to Abdel Fattah el-Sisi\nHe wrote to President Abdel Fattah el-Sisi.'),
      [['Abdel Fattah el-Sisi', null], ['Abdel Fattah el-Sisi', 'President']]);
    const body = 'News\nFather Vladimir Ivanov, rector of the Orthodox parish in Taraz, spoke. Dr. Emir Hadžiahmetović, Ambassador of Bosnia ' +
      'and Herzegovina, came. Senate President Rodolfo “Rudy” M. Soliman said. He met Antonio P. Dizon, Senate President Pro Tempore. ' +
      'The Emir Sheikh Tamim bin Hamad Al Thani met Mr. Amir Khan.';
    assert.deepEqual(rolesOf(body), [['Vladimir Ivanov', 'rector of the Orthodox parish in Taraz'],
      ['Emir Hadžiahmetović', 'Ambassador of Bosnia and Herzegovina'], ['Rodolfo “Rudy” M. Soliman', 'Senate President'],
      ['Antonio P. Dizon', 'Senate President Pro Tempore'], ['Tamim bin Hamad Al Thani', 'Emir'], ['Amir Khan', null]]);
  });

  it('reads round 191: Indonesian degrees and Haji before a name, Datuk Patinggi, two offices after a semicolon or a listed name', () => {
    const body = 'News\nHe met the Governor of East Java, Drs. H. Joko Sukmo Wibisono, M.Si., and Premier of Sarawak Datuk Patinggi Tan ' +
      'Sri (Dr) Awang Johari bin Abang Sulaiman. BARMM Chief Minister Hadji Mohammad Alonto came; Cambodia\'s Deputy Prime Minister, ' +
      'Minister of Foreign Affairs, Prak Vannarith; and Bo Sun. He met Kim Lee, and Vietnam\'s Deputy Prime Minister, Minister of ' +
      'Foreign Affairs, Le Van Thanh.';
    assert.deepEqual(rolesOf(body), [['Joko Sukmo Wibisono', 'Governor of East Java'], ['Awang Johari bin Abang Sulaiman', 'Premier of Sarawak'],
      ['Mohammad Alonto', 'BARMM Chief Minister'], ['Prak Vannarith', 'Cambodia\'s Deputy Prime Minister, Minister of Foreign Affairs'],
      ['Bo Sun', null], ['Kim Lee', null], ['Le Van Thanh', 'Vietnam\'s Deputy Prime Minister, Minister of Foreign Affairs']]);
  });

  it('reads round 192: chief officers with a field, regions qualifying a people, fellows\' letters', () => {
    const body = 'News\nThe Chief Medical Officer for Scotland, Professor Sir Gregor Smith, and Health and Social Care Secretary Daniel ' +
      'Okonjo-Reeve met the Chief Trade Negotiation Adviser, Sir Crawford Falconer. He met the ' +
      'Crimean Tatar leader Mustafa Dzhemilev. The Volga Tatar poet spoke. He met Dr. Leyla Mammadzade, PhD, FRICS, director of the ' +
      'Baku Higher Oil School, with Feng Fei, secretary of the CPC Hainan Provincial Committee. Gael Monfils won.';
    assert.deepEqual(rolesOf(body), [['Gregor Smith', 'Chief Medical Officer for Scotland'], ['Daniel Okonjo-Reeve', 'Health and Social Care Secretary'],
      ['Crawford Falconer', 'Chief Trade Negotiation Adviser'], ['Mustafa Dzhemilev', 'Crimean Tatar leader'],
      ['Leyla Mammadzade', 'director of the Baku Higher Oil School'], ['Feng Fei', 'secretary of the CPC Hainan Provincial Committee'],
      ['Gael Monfils', null]]);
  });

  it('reads round 192: no list item takes the office set after the name before it, nor a headline\'s companies the body\'s first name', () => {
    const body = 'News\nHe received ambassadors: Archbishop Giorgio Bellini, Apostolic Nuncio (Holy See), Sir Richard Ashdown KCMG (United ' +
      'Kingdom) and María Fernandez (Spain). Letters came from Ambassador of Japan OKADA Masaki, Dr. Monika Iris Krüger of Germany.';
    assert.deepEqual(rolesOf(body), [['Giorgio Bellini', 'Apostolic Nuncio (Holy See)'], ['Richard Ashdown', null], ['María Fernandez', null],
      ['OKADA Masaki', 'Ambassador of Japan'], ['Monika Iris Krüger', null]]);
    assert.deepEqual(rolesOf('President Receives Heads of Chinese and Japanese Companies\nKassym-Jomart Tokayev received Zhou Lianhai, a businessman.'),
      [['Kassym-Jomart Tokayev', null], ['Zhou Lianhai', null]]);
  });

  it('reads round 193: a committee named for a portfolio, offices joined by an unspaced dash, a rank after Hon., Kenyan letters', () => {
    const body = 'News\nCommittee on Finance and Budget chairman Abzal Nukenov said. He met Deputy Prime Minister–Minister of Foreign ' +
      'Affairs Murat Nurtleu and the Minister of State for Trade, Hon. Gen. (Rtd) Wilson Mbadi. Ms. Rebecca Miano, OGW, Cabinet ' +
      'Secretary for Tourism and Wildlife, spoke. He is Senior Presidential Advisor on Special Duties.';
    assert.deepEqual(rolesOf(body), [['Abzal Nukenov', 'Committee on Finance and Budget chairman'],
      ['Murat Nurtleu', 'Deputy Prime Minister–Minister of Foreign Affairs'], ['Wilson Mbadi', 'Minister of State for Trade'],
      ['Rebecca Miano', 'Cabinet Secretary for Tourism and Wildlife']]);
  });

  it('reads round 193: a capitalised surname after a title ends an apposition, Filipino dela with a nickname, German bodies', () => {
    const body = 'News\nIt was attended by Princess Aiko, former Prime Minister ISHIBA Shigeru and Speaker NUKAGA Fukushiro. He met ' +
      'the Honorary Consul in Manila, Atty. Ramon “Bong” dela Cruz. Atty. dela Cruz, a senior partner at a law firm, said. He ' +
      'met the Chairman of the German Eastern Business Association (Ost-Ausschuss der Deutschen Wirtschaft), Dr. Friedrich Albrecht.';
    assert.deepEqual(rolesOf(body), [['Aiko', 'Princess'], ['ISHIBA Shigeru', 'former Prime Minister'], ['NUKAGA Fukushiro', 'Speaker'],
      ['Ramon “Bong” dela Cruz', 'Honorary Consul in Manila'], ['dela Cruz', 'senior partner at a law firm'],
      ['Friedrich Albrecht', 'Chairman of the German Eastern Business Association (Ost-Ausschuss der Deutschen Wirtschaft)']]);
  });

  it('reads a place\'s lower-case unit owning the post before a name (Kostanay region’s akim), not a pronoun\'s', () => {
    const body = 'News\nKostanay region’s akim Kumar Aksakalov said. In Semey, Abai region’s akim Nurlan Urankhayev spoke. Its region’s akim Ivan Petrov spoke.';
    assert.deepEqual(rolesOf(body), [['Kumar Aksakalov', 'Kostanay region’s akim'], ['Nurlan Urankhayev', 'Abai region’s akim'], ['Ivan Petrov', 'akim']]);
  });

  it('reads round 194: a unit one works at is no vessel, an office before retired Colonel, a decree after an opening adverbial', () => {
    const body = 'News\nAmong them were the operator of the diffusion unit Gulnara Abenova and the head of the drilling unit Ivan Petrov. ' +
      'He saw the floating power unit Akademik Lomonosov. Chairman of the regional veterans’ council, retired Colonel Serikbai ' +
      'Utepov, spoke. In addition, by Decree of the Supreme Commander-in-Chief of the Armed Forces, Major General Yerlan Dossanov, ' +
      'Commander of the Regional Command “South”, was promoted.';
    assert.deepEqual(rolesOf(body), [['Gulnara Abenova', null], ['Ivan Petrov', 'head of the drilling unit'],
      ['Serikbai Utepov', 'Chairman of the regional veterans’ council'], ['Yerlan Dossanov', 'Commander of the Regional Command “South”']]);
  });

  it('reads round 195: Spanish titles and retired marks, a Romance body before a name, a legal form closing a firm, Amy E. Pope, Wim', () => {
    const body = 'News\nThe chairman of the Foreign Relations Committee, General (r) César Astudillo Salcedo, said. The President of ' +
      'Yacimientos de Litio Bolivianos (YLB), Ing. Omar Alarcón Quispe, spoke. It was attended by the regional director of ' +
      'Kazakhtelecom JSC S. Mukhamedova. The Director General of the IOM, Amy E. Pope, signed. He met the Speaker of the Flemish ' +
      'Parliament, Wim Van den Broeck, and Jan Van der Berg. Members of the Bavarian-Kazakh Friendship Circle came.';
    assert.deepEqual(rolesOf(body), [['César Astudillo Salcedo', 'chairman of the Foreign Relations Committee'],
      ['Omar Alarcón Quispe', 'President of Yacimientos de Litio Bolivianos (YLB)'], ['S. Mukhamedova', 'regional director of Kazakhtelecom JSC'],
      ['Amy E. Pope', 'Director General of the IOM'], ['Wim Van den Broeck', 'Speaker of the Flemish Parliament'], ['Jan Van der Berg', null]]);
  });

  it('reads no time phrase into an apposition\'s lower-case object', () => {
    const body = 'News\nAnna Berg, head of the department for more than ten years in the region, said.';
    assert.deepEqual(rolesOf(body), [['Anna Berg', 'head']]);
  });

  it('reads a counsellor\'s portfolio and the mission after at, whose name may hold of the', () => {
    const body = 'News\nHe met WANG Haitao, counsellor for economic and commercial affairs at the Consulate General of the PRC in Almaty.';
    assert.deepEqual(rolesOf(body), [['WANG Haitao', 'counsellor for economic and commercial affairs at the Consulate General of the PRC']]);
  });

  it('reads round 196: an envoy to the Court of St James’s, a class rank closing an office, a list opened by including, Sheikh as a surname', () => {
    const body = 'News\nThe Kazakh Ambassador to the Court of St James’s, Magzhan Ilyassov, took part. He appointed Deputy Prosecutor ' +
      'General, State Counsellor of Justice 2nd class Zhandos Umiraliyev. Members of the committee including Senator Saleem ' +
      'Mandviwalla came with Begum Shahnaz Sheikh, MPA Punjab. China Nonferrous Metal Industry’s Foreign Engineering Co. will build it.';
    assert.deepEqual(rolesOf(body), [['Magzhan Ilyassov', 'Kazakh Ambassador to the Court of St James’s'],
      ['Zhandos Umiraliyev', 'Deputy Prosecutor General, State Counsellor of Justice'], ['Saleem Mandviwalla', 'Senator'],
      ['Shahnaz Sheikh', 'MPA Punjab']]);
  });

  it('reads Autonomy as a body\'s word (the Turkestan Autonomy), not a name', () => {
    assert.deepEqual(rolesOf('News\nA plaque honours the leader of the Turkestan Autonomy Mustafa Shokay.'),
      [['Mustafa Shokay', 'leader of the Turkestan Autonomy']]);
  });

  it('reads portfolios of lands, entrepreneurship and employment before a minister\'s title', () => {
    const body = 'News\nIndustry and Entrepreneurship Development Minister Sunil Handunnetti and Agriculture, Livestock, Lands and ' +
      'Irrigation Minister K.D. Lal Kantha met Foreign Affairs, Foreign Employment and Tourism Minister Vijitha Herath.';
    assert.deepEqual(rolesOf(body), [['Sunil Handunnetti', 'Industry and Entrepreneurship Development Minister'],
      ['K.D. Lal Kantha', 'Agriculture, Livestock, Lands and Irrigation Minister'], ['Vijitha Herath', 'Foreign Affairs, Foreign Employment and Tourism Minister']]);
  });

  it('reads round 197: a state concern before its chairman\'s name, a sports club, a shooter\'s trade opening a sentence', () => {
    const body = 'News\nHe met the chairman of the state concern Türkmengaz, Maksat Babayev. Colonel Bakhyt Ospanov, commander of the ' +
      'CSKA sports club, spoke. Shooter Maria Dmitriyenko won.';
    assert.deepEqual(rolesOf(body), [['Maksat Babayev', 'chairman of the state concern Türkmengaz'],
      ['Bakhyt Ospanov', 'commander of the CSKA sports club'], ['Maria Dmitriyenko', null]]);
  });

  it('reads a company named with and in an apposition, not across a person\'s name, and Sri after Professor', () => {
    const body = 'News\nMr. Ramon Uy, President of the Visayas Grain and Logistics Corporation, said. Deputy Chairman of the Federation ' +
      'Council Konstantin Kosachev and State Duma Chairman Vyacheslav Volodin came. It was prepared by Professor Sri Wahyuni Kartika.';
    assert.deepEqual(rolesOf(body), [['Ramon Uy', 'President of the Visayas Grain and Logistics Corporation'],
      ['Konstantin Kosachev', 'Deputy Chairman of the Federation Council'], ['Vyacheslav Volodin', 'State Duma Chairman'],
      ['Sri Wahyuni Kartika', 'Professor']]);
  });

  it('reads round 198: an issues portfolio after for closing a title, safety problems in a body, no apposition that runs into the next name', () => {
    const body = 'News\nHe met Kyrgyz Deputy Minister of Agriculture for water issues Almaz Usenov. Director General of the Research ' +
      'Institute for Biological Safety Problems Aslan Kerimbayev said. Among them are physicist Zhanna Kalymbetova, the head of ' +
      'the Institute of Nuclear Physics Nurlan Sarsekeyev and others.';
    assert.deepEqual(rolesOf(body), [['Almaz Usenov', 'Kyrgyz Deputy Minister of Agriculture for water issues'],
      ['Aslan Kerimbayev', 'Director General of the Research Institute for Biological Safety Problems'], ['Zhanna Kalymbetova', null],
      ['Nurlan Sarsekeyev', 'head of the Institute of Nuclear Physics']]);
  });

  it('reads a medium\'s noun and its quoted name as the object of an office before a name', () => {
    const body = 'News\nHe met the editor-in-chief of the newspaper “Egemen Qazaqstan” Bauyrzhan Omarov and the director of the TV channel “Khabar” Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [['Bauyrzhan Omarov', 'editor-in-chief of the newspaper “Egemen Qazaqstan”'],
      ['Ivan Petrov', 'director of the TV channel “Khabar”']]);
  });

  it('reads an office before a lower-case rank and its service after a comma (colonel of civil protection)', () => {
    const body = 'News\nHe met the deputy head of the emergency department of Pavlodar region, colonel of civil protection Yerlan ' +
      'Nurmukhamedov. He met colonel of police Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [['Yerlan Nurmukhamedov', 'deputy head of the emergency department of Pavlodar region'],
      ['Ivan Petrov', 'colonel of police']]);
  });

  it('keeps what the round 191–197 review found: Gael, Fein, Balkan, Osaka, Hamburg and Bu as names, FEI and CBS as bodies', () => {
    const body = 'News\nTennis player Gael Monfils won. American lawyer Bruce Fein said. Minister Tarik Balkan spoke. Naomi Osaka ' +
      'arrived. Former FDA Commissioner Margaret Hamburg spoke. The politician Bu Xiaolin came. FEI President Ingmar De Vos and CBS CEO ' +
      'George Cheeks came. North Kazakhstan region’s akim Gauez Nurmukhambetov said.';
    assert.deepEqual(rolesOf(body), [['Gael Monfils', null], ['Bruce Fein', null], ['Tarik Balkan', 'Minister'], ['Naomi Osaka', null],
      ['Margaret Hamburg', 'Former FDA Commissioner'], ['Bu Xiaolin', null], ['Ingmar De Vos', 'FEI President'], ['George Cheeks', 'CBS CEO'],
      ['Gauez Nurmukhambetov', 'North Kazakhstan region’s akim']]);
  });

  it('reads a quoted Turkic name with lower-case words after its capitalised first one as a body\'s name', () => {
    const body = 'News\nHe met the Chairman of JSC “O‘zbekiston temir yo‘llari” Sardor Yuldashev. The Minister “will not accept” Ivan Petrov said.';
    assert.deepEqual(rolesOf(body), [['Sardor Yuldashev', 'Chairman of JSC “O‘zbekiston temir yo‘llari”'], ['Ivan Petrov', null]]);
  });

  it('keeps what the round 198–200 review found: a director general of a service, told the newspaper, the head of state ordered', () => {
    const body = 'News\nThe ceremony was attended by the director general of civil aviation Talgat Lastayev. The Prime Minister told ' +
      'the newspaper “Le Figaro” Emmanuel Macron would visit. In 2019 Jan De Vries was appointed.';
    assert.deepEqual(rolesOf(body), [['Talgat Lastayev', 'director general of civil aviation'], ['Emmanuel Macron', null], ['Jan De Vries', null]]);
  });

  it('reads Euler Hermes, a credit insurer, as no person', () => {
    assert.deepEqual(rolesOf('News\nThe loan came with cover from Euler Hermes. Ms. Ana Euler spoke.'), [['Ana Euler', null]]);
  });

  it('reads an apposition after a degree written with a full stop (PhD.)', () => {
    assert.deepEqual(rolesOf('News\nHe met Ing. Martin Horváth, PhD., Ambassador of the Slovak Republic, today.'),
      [['Martin Horváth', 'Ambassador of the Slovak Republic']]);
  });

  it('reads a body\'s gloss in brackets that holds a state\'s name before its word (KTZ (Kazakhstan Temir Zholy) National Company)', () => {
    const body = 'News\nHe met the Chairman of the Board of KTZ (Kazakhstan Temir Zholy) National Company Talgat Aldybergenov and others.';
    assert.deepEqual(rolesOf(body), [['Talgat Aldybergenov', 'Chairman of the Board of KTZ (Kazakhstan Temir Zholy) National Company']]);
  });

  it('reads Clements as a surname, not a plural of -ment', () => {
    assert.deepEqual(rolesOf('News\nHe met the Deputy High Commissioner, Ms. Kelly T. Clements. The Payments and Settlements Department met.'),
      [['Kelly T. Clements', 'Deputy High Commissioner']]);
  });

  it('reads a capitalised title whose object closes with a field after for, as in charge of does (Akmola Region for … issues)', () => {
    const body = 'News\nHe met Deputy Akim of Akmola Region for agro-industrial complex issues Bauyrzhan Tokenov and others.';
    assert.deepEqual(rolesOf(body), [['Bauyrzhan Tokenov', 'Deputy Akim of Akmola Region for agro-industrial complex issues']]);
  });

  it('reads one word after an opening In as a place, even a capital that is a name too (In Paris, the Ambassador …, X,)', () => {
    const body = 'News\nIn Paris, the Ambassador of Kazakhstan to France, Gulsara Arystanova, spoke at the forum.';
    assert.deepEqual(rolesOf(body), [['Gulsara Arystanova', 'Ambassador of Kazakhstan to France']]);
  });

  it('keeps a body named with two common words joined by and before its bracketed acronym (Turkish Cooperation and Coordination Agency (TİKA) President)', () => {
    const body = 'News\nHe met Turkish Cooperation and Coordination Agency (TİKA) President Abdullah Eren.';
    assert.deepEqual(rolesOf(body), [['Abdullah Eren', 'Turkish Cooperation and Coordination Agency (TİKA) President']]);
  });

  it("keeps a member's party in brackets after a complement that ends in a state (… of the Republic of Kazakhstan (AMANAT faction) X)", () => {
    const body = 'News\nMember of the Mazhilis of the Parliament of the Republic of Kazakhstan (AMANAT faction) Aidos Sarym said it.\nDeputy of the Mazhilis (Ak Zhol party) Azat Peruashev agreed.';
    assert.deepEqual(rolesOf(body), [
      ['Aidos Sarym', 'Member of the Mazhilis of the Parliament of the Republic of Kazakhstan (AMANAT faction)'],
      ['Azat Peruashev', 'Deputy of the Mazhilis (Ak Zhol party)'],
    ]);
  });

  it('reads Nordic given names the English lexicon lists as words (Minister of Defence Tore O. Sandvik)', () => {
    const body = 'News\nMinister of Defence Tore O. Sandvik spoke. Bent Jensen agreed.';
    assert.deepEqual(rolesOf(body), [['Tore O. Sandvik', 'Minister of Defence'], ['Bent Jensen', null]]);
  });

  it("reads a chartered engineer's letters after a name before its apposition (Dr. X, CEng, Regional President of …)", () => {
    const body = 'News\nHe met Dr. Markus Brenner, CEng, Regional President of Wintershall Dea for Central Asia, and others.';
    assert.deepEqual(rolesOf(body), [['Markus Brenner', 'Regional President of Wintershall Dea for Central Asia']]);
  });

  it("reads brackets opening with an acronym after an apposition's office as the body's short name, no second holder", () => {
    const body = 'News\nDr. Katrin Vogel, Chair of the Board of the Delegation of German Economy for Central Asia (AHK Zentralasien), spoke.';
    assert.deepEqual(rolesOf(body), [['Katrin Vogel', 'Chair of the Board of the Delegation of German Economy for Central Asia']]);
  });

  it("keeps a business or an institution named by what it is after of a, with its place's word (chairman of a Lagos logistics group)", () => {
    const body = 'News\nHe met Emeka Obi, chairman of a Lagos logistics group; Hamdan Al Falasi, chairman of a Dubai-based charitable foundation, and others.';
    assert.deepEqual(rolesOf(body), [
      ['Emeka Obi', 'chairman of a Lagos logistics group'],
      ['Hamdan Al Falasi', 'chairman of a Dubai-based charitable foundation'],
    ]);
  });

  it("reads a line that ends inside a party's brackets after a complement without failing", () => {
    assert.deepEqual(rolesOf('News\nMember of the Mazhilis of the Republic of Kazakhstan (AMANAT'), []);
  });

  it("keeps the state's adjective before a body's letters that own an office (the Azerbaijani MFA’s spokesperson X)", () => {
    const body = 'News\nThe Azerbaijani MFA’s spokesperson Aykhan Hajizada told journalists.';
    assert.deepEqual(rolesOf(body), [['Aykhan Hajizada', 'Azerbaijani MFA’s spokesperson']]);
  });

  it('reads a legal form’s capitals after an Armenian or Georgian surname as initials in the Russian order (Mirzoyan A.S.)', () => {
    const body = 'News\nThe meeting was attended by Mirzoyan A.S. (Armenia) and Kobakhidze I.S. (Georgia).';
    assert.deepEqual(rolesOf(body), [['Mirzoyan A.S.', null], ['Kobakhidze I.S.', null]]);
  });

  it("keeps a party's name before a member's title that holds its body's noun already (Amanat faction leader X)", () => {
    const body = 'News\nTaking part were Amanat faction leader Yelnur Beisenbayev and Ak Zhol faction leader Azat Peruashev.';
    assert.deepEqual(rolesOf(body), [['Yelnur Beisenbayev', 'Amanat faction leader'], ['Azat Peruashev', 'Ak Zhol faction leader']]);
  });

  it('keeps a capitalised portfolio for cooperation with a capitalised body in the office (… for Cooperation with the OTS)', () => {
    const body = 'News\nHe met Bakhodir Tursunov, Special Representative of the President of Uzbekistan for Cooperation with the OTS, and others.';
    assert.deepEqual(rolesOf(body), [['Bakhodir Tursunov', 'Special Representative of the President of Uzbekistan for Cooperation with the OTS']]);
  });

  it('reads the members a trade body is named by as its words, no person (Garment Manufacturers and Exporters Association)', () => {
    const body = 'News\nThe Bangladesh Garment Manufacturers and Exporters Association (BGMEA) met Grain Producers Australia chair Barry Large.';
    assert.deepEqual(rolesOf(body), [['Barry Large', 'Grain Producers Australia chair']]);
  });

  it("reads Cambodia's Lok Chumteav and Oknha as forms of address", () => {
    const body = 'News\nLok Chumteav Ouk Rachana, Minister of Commerce, met Oknha Kith Meng and Mr. Lee Wing.';
    assert.deepEqual(rolesOf(body), [['Ouk Rachana', 'Minister of Commerce'], ['Kith Meng', null], ['Lee Wing', null]]);
  });

  it("reads no place's leader in a capitalised word before a rank's own words, so the office before it stands (… and Jute Major General (retd.) X)", () => {
    const body = 'News\nHe met Adviser for Textiles and Jute Major General (retd.) Shamsul Haque and Director General National Logistics Cell Major General Farrukh Rana.';
    assert.deepEqual(rolesOf(body), [['Shamsul Haque', 'Adviser for Textiles and Jute'], ['Farrukh Rana', 'Director General National Logistics Cell']]);
  });

  it('reads the Spanish and Portuguese Embajador as an ambassador’s style, no part of the name (… of Peru, Embajador X,)', () => {
    const body = 'News\nThe Minister of Foreign Affairs of Peru, Embajador Elmer Schialer Salcedo, met Embaixadora Ana Souza.';
    assert.deepEqual(rolesOf(body), [['Elmer Schialer Salcedo', 'Minister of Foreign Affairs of Peru'], ['Ana Souza', 'Embaixadora']]);
  });

  it("reads Nigeria's OON (in capitals) and Kenya's C.G.H. as letters after a name before its apposition", () => {
    const body = 'News\nHe met Chief Emeka Obi-Nwosu, OON, Honorary Consul of Kazakhstan in Lagos, and H.E. Dr. William Ruto, C.G.H., President of the Republic of Kenya.';
    assert.deepEqual(rolesOf(body), [['Emeka Obi-Nwosu', 'Honorary Consul of Kazakhstan in Lagos'], ['William Ruto', 'President of the Republic of Kenya']]);
  });

  it("reads a lower-case qualifier after a place's name opening a body's object (the Pavlodar regional chamber of entrepreneurs)", () => {
    const body = 'News\nHe met the head of the Pavlodar regional chamber of entrepreneurs, Aidar Zhaksylykov, and the head of the Kostanay regional branch of Otandastar, Gulnar Seitkali.';
    assert.deepEqual(rolesOf(body), [
      ['Aidar Zhaksylykov', 'head of the Pavlodar regional chamber of entrepreneurs'],
      ['Gulnar Seitkali', 'head of the Kostanay regional branch of Otandastar'],
    ]);
  });

  it("reads a portfolio of words joined by and in brackets after a complement (… in the President’s Office (Planning and Investment) Prof. X)", () => {
    const body = 'News\nIn the presence of the Minister of State in the President’s Office (Planning and Investment) Prof. Kitila Mkumbo.';
    assert.deepEqual(rolesOf(body), [['Kitila Mkumbo', 'Minister of State in the President’s Office (Planning and Investment)']]);
  });

  it('reads the diplomatic corps as a body a dean heads, with where it sits (the dean of the African diplomatic corps in Astana)', () => {
    const body = 'News\nAmbassador Nomsa Dube-Khumalo, the dean of the African diplomatic corps in Astana, and Baron de Limelette, the dean of the honorary consular corps, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Nomsa Dube-Khumalo', 'dean of the African diplomatic corps in Astana'],
      ['de Limelette', 'dean of the honorary consular corps'],
    ]);
  });

  it('reads the Spanish Sr. before a name or a style as a form of address, and after a name as a suffix', () => {
    const body = 'News\nHe met the Minister-Counsellor of the Embassy of Chile, Sr. Rodrigo Undurraga. Peru’s ambassador in Ankara, Sr. Embajador Jaime Pomareda, came with John Smith Sr. yesterday.';
    assert.deepEqual(rolesOf(body), [
      ['Rodrigo Undurraga', 'Minister-Counsellor of the Embassy of Chile'],
      ['Jaime Pomareda', 'Peru’s ambassador in Ankara'],
      ['John Smith Sr.', null],
    ]);
  });

  it('reads a further accreditation after and, concurrently, set off by commas, also after an opening phrase', () => {
    const body = 'News\nBy Decree of the President of Kazakhstan, H.E. Mr. YAMADA Takeshi, Ambassador of Japan to the Republic of Kazakhstan and, concurrently, to the Kyrgyz Republic, was awarded the Order.';
    assert.deepEqual(rolesOf(body), [['YAMADA Takeshi', 'Ambassador of Japan to the Republic of Kazakhstan and, concurrently, to the Kyrgyz Republic']]);
  });

  it("reads Crime and Persons as a field's and a convention's words, no name, so two offices of one person join across them", () => {
    const body = 'News\nHe met the Executive Director of the United Nations Office on Drugs and Crime and Director-General of the United Nations Office at Vienna, Ghada Waly, on the Convention relating to the Status of Stateless Persons.';
    assert.deepEqual(rolesOf(body), [['Ghada Waly', 'Executive Director of the United Nations Office on Drugs and Crime and Director-General of the United Nations Office at Vienna']]);
  });

  it('reads an occupation and and before an office in apposition as a description the office follows (Greek diplomat and former Ambassador …)', () => {
    const body = 'News\nMs. Maria Telalian, Greek diplomat and former Ambassador of Greece to Poland, thanked him.';
    assert.deepEqual(rolesOf(body), [['Maria Telalian', 'former Ambassador of Greece to Poland']]);
  });

  it('keeps the field or deposit after its name in the object of an apposition (a process operator at the Kashagan field)', () => {
    const body = 'News\nZhanar Utegenova, a process operator at the Kashagan field, spoke.';
    assert.deepEqual(rolesOf(body), [['Zhanar Utegenova', 'process operator at the Kashagan field']]);
  });

  it('reads three letters with no vowel before a full name as a body’s, no surname in capitals (machinist of KTZ X; not KP Sharma Oli)', () => {
    const body = 'News\nAmong the awardees are machinist of KTZ Nurlan Mamyrov and Prime Minister KP Sharma Oli.';
    assert.deepEqual(rolesOf(body), [['Nurlan Mamyrov', 'machinist of KTZ'], ['KP Sharma Oli', 'Prime Minister']]);
  });

  it('keeps the review of the forty-first session mended: no party from an opening word, no person as a portfolio’s body, initials kept', () => {
    const body = 'News\nOn Wednesday faction leader Yelnur Beisenbayev spoke. Meanwhile faction leader Azat Peruashev agreed. ' +
      'He met the Special Envoy for Cooperation with the Nurlan Ospanov. BJP MP GVL Narasimha Rao and Arman Zhunusov, an engineer working in the field, came.';
    assert.deepEqual(rolesOf(body), [
      ['Yelnur Beisenbayev', 'faction leader'], ['Azat Peruashev', 'faction leader'], ['Nurlan Ospanov', null],
      ['GVL Narasimha Rao', 'BJP MP'], ['Arman Zhunusov', 'engineer'],
    ]);
  });

  it('reads no person after a reception held for a body, nor a company before its legal form, nor a name after a title’s Sr.', () => {
    const body = 'News\nThe Awarding Ceremony for Samruk Kazyna was held. The contract with Meridian N.V. was signed. ' +
      'The scholarship is named after Martin Luther King Sr. Tokayev congratulated the winners.';
    // (`Sr.` closes the name before it: `Tokayev` takes no `King` for its role.)
    assert.deepEqual(rolesOf(body).filter(([, role]) => role !== null), []);
  });

  it("joins an envoy's office for a state and a second office by and, as one person's (… for Afghanistan and Head of UNAMA, X)", () => {
    const body = 'News\nSpeaking after the Special Representative of the Secretary-General for Afghanistan and Head of UNAMA, Roza Otunbayeva, he said.';
    assert.deepEqual(rolesOf(body), [['Roza Otunbayeva', 'Special Representative of the Secretary-General for Afghanistan and Head of UNAMA']]);
  });

  it("reads Rep. after an office's comma as a style the office keeps", () => {
    const body = 'News\nHe met the Vice Chairman of the Friendship Association, Rep. Jang Min-ho.';
    assert.deepEqual(rolesOf(body), [['Jang Min-ho', 'Vice Chairman of the Friendship Association']]);
  });

  it("keeps two people's offices apart when an envoy's for a state goes before any office but a mission's head", () => {
    const body = 'News\nTalks between the UN Special Representative for Iraq and Prime Minister of Iraq Mohammed Shia al-Sudani took place. ' +
      'The Special Envoy for Afghanistan and Acting Foreign Minister Amir Khan Muttaqi met. PBM Chairman Ahmad Zaki spoke.';
    assert.deepEqual(rolesOf(body), [['Mohammed Shia al-Sudani', 'Prime Minister of Iraq'], ['Amir Khan Muttaqi', 'Acting Foreign Minister'], ['Ahmad Zaki', 'PBM Chairman']]);
  });

  it("reads a body's bracketed full name of five words between its legal form and a name (KEGOC JSC (Kazakhstan Electricity Grid Operating Company) X)", () => {
    const body = 'News\nChairman of the Management Board of KEGOC JSC (Kazakhstan Electricity Grid Operating Company) Bakhyt Aitkenov reported.';
    assert.deepEqual(rolesOf(body), [['Bakhyt Aitkenov', 'Chairman of the Management Board of KEGOC JSC (Kazakhstan Electricity Grid Operating Company)']]);
  });

  it('reads the title after a list an opening phrase ends with as the clause’s subject, no apposition of its last name', () => {
    const body = 'News\nAddressing Mr. Gokhool and Dr. Ramgoolam, the President expressed his thanks. He met Mr. Gokhool and Dr. Ramgoolam, the President of Mauritius. ' +
      'In Wellington, Dame Cindy Kiro, the Governor-General of New Zealand, spoke.';
    assert.deepEqual(rolesOf(body), [['Gokhool', null], ['Ramgoolam', null], ['Gokhool', null], ['Ramgoolam', 'President of Mauritius'], ['Cindy Kiro', 'Governor-General of New Zealand']]);
    // (A comma closing the title makes it the apposition; a comma alone after the phrase is no list.)
    const closed = 'News\nFollowing talks with Wang Yi and Dong Jun, the Minister of National Defense of China, the Kazakh side signed it. ' +
      'At the invitation of Kassym-Jomart Tokayev, Shavkat Mirziyoyev, the President of Uzbekistan, paid a visit.';
    assert.deepEqual(rolesOf(closed), [['Wang Yi', null], ['Dong Jun', 'Minister of National Defense of China'], ['Kassym-Jomart Tokayev', null], ['Shavkat Mirziyoyev', 'President of Uzbekistan']]);
  });

  it('reads letters in brackets after a name before an apposition’s comma as letters the apposition follows (Hon. X (MP), Deputy Minister …)', () => {
    const body = 'News\nHe met Hon. Cosato David Chumi (MP), Deputy Minister for Foreign Affairs of Tanzania, and Anna Berg (MP) yesterday.';
    assert.deepEqual(rolesOf(body), [['Cosato David Chumi', 'Deputy Minister for Foreign Affairs of Tanzania'], ['Anna Berg', 'MP']]);
  });

  it('joins a portfolio’s `for` after a title’s `of State` (Secretary of State for Justice)', () => {
    const body = 'News\nThe Deputy Prime Minister and Secretary of State for Justice, David Lammy, spoke. Minister of State for Justice Sarah Sackman spoke.';
    assert.deepEqual(rolesOf(body), [['David Lammy', 'Deputy Prime Minister and Secretary of State for Justice'], ['Sarah Sackman', 'Minister of State for Justice']]);
  });

  it('reads a rank with its service (Major General of Police, Colonel of the Medical Service) as the holder’s, after an office or before an apposition', () => {
    const body = 'News\nIt was attended by Prime Minister Olzhas Bektenov, Minister for Emergency Situations, Lieutenant General of Civil Protection Chingis Arinov, ' +
      'member of the Mazhilis Gulzhan Ospanova, Head of the Akmola Region Police Department, Major General of Police Serik Baimagambetov, and Colonel of the ' +
      'Medical Service Zhanar Abdrakhmanova, head of the military hospital.';
    assert.deepEqual(rolesOf(body), [['Olzhas Bektenov', 'Prime Minister'], ['Chingis Arinov', 'Minister for Emergency Situations'], ['Gulzhan Ospanova', 'member of the Mazhilis'],
      ['Serik Baimagambetov', 'Head of the Akmola Region Police Department'], ['Zhanar Abdrakhmanova', 'head of the military hospital']]);
  });

  it('gives an office between two commas in a list of names with offices to the styled name after it (Akim of … A, Chairman of …, Academician B; not after a bare title, nor before the name’s own apposition)', () => {
    const body = 'News\nGuests included Akim of Almaty Nurlan Ermekov, President of the Academy of Sciences, Academician Akylbek Kurishbayev, and others. ' +
      'Zsolt Németh, Chairman of the Committee, MP Ivan Petrov spoke. Professor Marat Aliev, Rector of KazNU, Professor Ivan Petrov spoke. ' +
      'Governor Babagana Zulum, Chairman of the Governors’ Forum, Senator Kashim Shettima, and Minister Yusuf Tuggar, Chairman of the Council, Professor ' +
      'Ibrahim Gambari, former Under-Secretary-General, came.';
    assert.deepEqual(rolesOf(body), [['Nurlan Ermekov', 'Akim of Almaty'], ['Akylbek Kurishbayev', 'President of the Academy of Sciences'], ['Zsolt Németh', 'Chairman of the Committee'],
      ['Ivan Petrov', 'MP'], ['Marat Aliev', 'Rector of KazNU'], ['Ivan Petrov', 'Professor'], ['Babagana Zulum', 'Governor'], ['Kashim Shettima', 'Senator'],
      ['Yusuf Tuggar', 'Minister'], ['Ibrahim Gambari', 'former Under-Secretary-General']]);
  });

  it('reads Pak before a hyphenated Korean given name as the surname, and Hong Kong’s English given name after a qualifier or a comma (not a place after `and`)', () => {
    const body = 'News\nPremier Pak Thae-song attended. Pak Budi spoke with Ibu Sri Mulyani. Chief Executive John Lee Ka-chiu met Carrie Tam, Eric Chan Kwok-ki, ' +
      'chief secretary. CEO of Daeyang Textile Park Sung-ho came. He met the heads of Hong Kong and Macao Sam Hou-fai.';
    assert.deepEqual(rolesOf(body), [['Pak Thae-song', 'Premier'], ['Budi', null], ['Sri Mulyani', null], ['John Lee Ka-chiu', 'Chief Executive'], ['Carrie Tam', null],
      ['Eric Chan Kwok-ki', 'chief secretary'], ['Park Sung-ho', 'CEO of Daeyang Textile'], ['Sam Hou-fai', 'heads of Hong Kong and Macao']]);
  });

  it('reads RN after a name in capitals as a naval officer’s letters', () => {
    assert.deepEqual(rolesOf('News\nCommander Aisha Rahman-Blake RN spoke. The RN sent a frigate.'), [['Aisha Rahman-Blake', 'Commander']]);
  });

  it('reads round-211 cases: Abbey closing a name after a form of address, Hadja as a form of address, Jamaica’s CD, an owner’s chairman and CEO, and no person after Distinguished', () => {
    const body = 'News\nIt was signed before the Chief Executive of the Ghana Cocoa Board, Dr. Randy Abbey, and others; King Charles visited Westminster Abbey. ' +
      'The Speaker, Rt. Hon. Hadja Memounatou Ibrahima (Togo), met the Hon. Kemar A. Whyte, OJ, CD, MP, Minister of Foreign Affairs of Jamaica, ' +
      'and YPF’s chairman and CEO, Horacio Daniel Marín. Sidorenko O.N. recalled it. Distinguished Participants of the Forum! The Distinguished Service Cross was given.';
    assert.deepEqual(rolesOf(body), [['Randy Abbey', 'Chief Executive of the Ghana Cocoa Board'], ['Charles', 'King'], ['Memounatou Ibrahima', 'Speaker'],
      ['Kemar A. Whyte', 'Minister of Foreign Affairs of Jamaica'], ['Horacio Daniel Marín', 'YPF’s chairman and CEO'], ['Sidorenko O.N.', null]]);
  });

  it('reads round-212 cases: a rank of the militia after an office, Sovereign Prince in an apposition, and no person in a headline’s Up', () => {
    const body = 'News\nBelarusian Interior Minister Lieutenant General of Militia Ivan Kubrakov met the head of the Tajik Interior Ministry, Colonel General of Militia ' +
      'Rahimzoda Ramazon Hamro. He met H.S.H. Prince Albert II, Sovereign Prince of Monaco, in Astana.';
    assert.deepEqual(rolesOf(body), [['Ivan Kubrakov', 'Belarusian Interior Minister'], ['Rahimzoda Ramazon Hamro', 'head of the Tajik Interior Ministry'],
      ['Albert II', 'Sovereign Prince of Monaco']]);
    assert.deepEqual(rolesOf('Agriculture Minister Instructs Akims to Speed Up Grain Shipments\nTourist Flow from China and India Up by a Third, Minister Reports.'), []);
  });

  it('reads round-213 cases: Sushri and Er. before a name, and Counsellor giving way to an office', () => {
    const body = 'News\nPresent were Dr. Sambit Patra, Sushri Shobha Karandlaje and Managing Director Er. Bishnu Prasad Khanal, ' +
      'in the presence of Counsellor Essam Issa Al Humaidan, Attorney General of Dubai, and the head of the consular section, Counsellor Timur Akhmetov.';
    assert.deepEqual(rolesOf(body), [['Sambit Patra', null], ['Shobha Karandlaje', null], ['Bishnu Prasad Khanal', 'Managing Director'],
      ['Essam Issa Al Humaidan', 'Attorney General of Dubai'], ['Timur Akhmetov', 'head of the consular section']]);
  });

  it('reads round-214 cases: Major with its service before a name', () => {
    const body = 'News\nOrders went to Colonel Ivan Petrov and to Major of Civil Protection Aigerim Seitkali (posthumously). Major Daulet Nurpeisov spoke. Major General Anna Berg spoke.';
    assert.deepEqual(rolesOf(body), [['Ivan Petrov', 'Colonel'], ['Aigerim Seitkali', 'Major of Civil Protection'], ['Daulet Nurpeisov', 'Major'], ['Anna Berg', 'Major General']]);
  });

  it('reads round-215 cases: Brief as a headline verb, particles inside an owner’s name, and a flotilla’s commander before a rank’s comma', () => {
    assert.deepEqual(rolesOf('Von der Leyen and Costa Brief MEPs\nUrsula von der Leyen and António Costa spoke.'), [['Von der Leyen', null], ['Costa', null], ['Ursula von der Leyen', null], ['António Costa', null]]);
    const body = 'News\nVon der Leyen’s chief spokesperson, Paula Pinho, confirmed it. D. Abayev met the Commander of the Caspian Flotilla, Rear Admiral Nikolai Sheremetov, there.';
    assert.deepEqual(rolesOf(body), [['Paula Pinho', 'Von der Leyen’s chief spokesperson'], ['D. Abayev', null], ['Nikolai Sheremetov', 'Commander of the Caspian Flotilla']]);
  });

  it('reads WFM as a chess title in capitals, and Chief Researcher as a post, no person', () => {
    const body = 'News\nThe team: WFM Zarina Abdikarimova (reserve). X is a geneticist, Chief Researcher at the Institute. Chief Researcher Anna Berg spoke.';
    assert.deepEqual(rolesOf(body), [['Zarina Abdikarimova', 'WFM'], ['Anna Berg', 'Chief Researcher']]);
  });

  it('reads a verb’s `do` before an owner’s possessive as no particle of the owner’s name (as do Putin’s spokesman, X)', () => {
    const body = 'News\nIt was confirmed, as do Putin’s spokesman, Dmitry Peskov, and President von der Leyen\'s spokesman Eric Mamer. Neither do Trump’s envoy Steve Witkoff nor Rubio. ' +
      'The plan was backed by von der Leyen\'s spokesman Anna Berg.';
    assert.deepEqual(rolesOf(body), [['Dmitry Peskov', 'Putin’s spokesman'], ['von der Leyen', 'President'], ['Eric Mamer', 'von der Leyen\'s spokesman'], ['Steve Witkoff', 'Trump’s envoy'],
      ['von der Leyen', null], ['Anna Berg', 'von der Leyen\'s spokesman']]);
  });

  it('reads no person in a headline’s regional demonym before Investor', () => {
    assert.deepEqual(rolesOf('Bavarian Investor Opens Insulation Materials Plant near Konayev\nA plant opened.'), []);
  });

  it('reads no person in a basin’s name', () => {
    assert.deepEqual(rolesOf('News\nA conference on the heritage of the Carpathian Basin and the Tarim Basin was held.'), []);
  });

  it('reads a qualified academic style after an office’s comma as the style, not a further office', () => {
    const body = 'News\nThe Rector of the university, Associate Professor Aigerim Sadykova, spoke. Associate Professor Marat Ospan, Rector of the Kazakh National University, said. Associate Professor Dina Ali, a researcher, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Aigerim Sadykova', 'Rector of the university'],
      ['Marat Ospan', 'Rector of the Kazakh National University'],
      ['Dina Ali', 'Associate Professor'],
    ]);
  });

  it('reads Sana before a full name as a given name, and SANA in a dateline as the agency', () => {
    const body = 'News\nPakistan’s Minister of State for Foreign Affairs Sana Ullah Khan spoke. DAMASCUS, March 3 (SANA) - Syrian Foreign Minister Asaad al-Shaibani said.';
    assert.deepEqual(rolesOf(body), [['Sana Ullah Khan', 'Pakistan’s Minister of State for Foreign Affairs'], ['Asaad al-Shaibani', 'Syrian Foreign Minister']]);
  });

  it('reads an office closed by the state it is accredited to before a style as the role', () => {
    const body = 'Ahead of Visit to Japan Prime Minister Kishida Fumio Says Ties Matter\nHe met Head of the EU Delegation to Kazakhstan Ambassador Aleška Simkić. The Special Envoy to Afghanistan Ambassador Erkin Tukumov spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Kishida Fumio', 'Japan Prime Minister'],
      ['Aleška Simkić', 'Head of the EU Delegation to Kazakhstan'],
      ['Erkin Tukumov', 'Special Envoy to Afghanistan'],
    ]);
  });

  it('gives a royal’s title to a given name in a title-case headline, and reads Travels as a headline verb', () => {
    assert.deepEqual(rolesOf('Crown Princess Victoria Visits Swedish Troops in Finland\nCrown Princess Victoria of Sweden came.'), [
      ['Victoria', 'Crown Princess'], ['Victoria', 'Crown Princess'],
    ]);
    assert.deepEqual(rolesOf('Federal Foreign Minister Wadephul Travels to Rome\nFederal Foreign Minister Johann Wadephul will fly on Monday.'), [
      ['Wadephul', 'Federal Foreign Minister'], ['Johann Wadephul', 'Federal Foreign Minister'],
    ]);
  });

  it('reads no person in a sea’s name or in a Malay hall named after one', () => {
    assert.deepEqual(rolesOf('News\nShips patrolled the Arafura and Timor Seas. A dinner was held at Dewan Tun Abdul Razak.'), []);
  });

  it('reads a title after `who` as a verb, and steps over a bracketed body after an office', () => {
    const body = 'News\nThey heard the Ministers who co-chair the Commission, Minister Lamola and Minister Ali Khan. A statement by the Senior Special Assistant to the President on Media and Communications (Office of the Vice President), Stanley Nkwocha, followed.';
    assert.deepEqual(rolesOf(body), [
      ['Lamola', 'Minister'], ['Ali Khan', 'Minister'],
      ['Stanley Nkwocha', 'Senior Special Assistant to the President on Media and Communications'],
    ]);
  });

  it('reads no person in a holiday’s Spanish name or in a document named after a dashed pair', () => {
    const body = 'News\nHe greeted President José Antonio Kast on the Fiestas Patrias. They built on the Kim Dae-jung–Obuchi Declaration and recalled the Molotov–Ribbentrop Pact.';
    assert.deepEqual(rolesOf(body), [['José Antonio Kast', 'President']]);
  });

  it('reads Co after a middle initial as a surname, and as a legal form after a company’s words', () => {
    const body = 'News\nSenate President Emmanuel T. Co welcomed them. Hyundai Motor Co said so, and Samsung C&T Co. Ltd. grew.';
    assert.deepEqual(rolesOf(body), [['Emmanuel T. Co', 'Senate President']]);
  });

  it('reads common words joined by hyphens after a given name or a form of address as a double surname', () => {
    const body = 'News\nAmbassador Maria Park-Lee said it. The CDEMA Executive Director, Mr. Desmond Holder-Nurse, spoke, and Mr. Holder-Nurse added that works by Heitor Villa-Lobos were played.';
    assert.deepEqual(rolesOf(body), [
      ['Maria Park-Lee', 'Ambassador'], ['Desmond Holder-Nurse', 'CDEMA Executive Director'], ['Holder-Nurse', null], ['Heitor Villa-Lobos', null],
    ]);
  });

  it('reads a Surinamese Chinese surname with a middle letter, and no person in Boa Vista or the Mayan Train', () => {
    const body = 'News\nThe Minister of Foreign Affairs, International Business and International Cooperation, Ravin Tjin-A-Koeng, spoke of flights between Boa Vista and Lethem and of the Mayan Train extension.';
    assert.deepEqual(rolesOf(body), [['Ravin Tjin-A-Koeng', 'Minister of Foreign Affairs, International Business and International Cooperation']]);
  });

  it('reads no person in a saint’s one name after `and`', () => {
    assert.deepEqual(rolesOf('News\nShe was made Dame Commander of the Order of St Michael and St George by Ambassador Tom St John.'), [['Tom St John', 'Ambassador']]);
  });

  it('drops a ruler’s possessive style from an apposition, keeps `next` in an office after `as`, and reads no person in a named chair', () => {
    const body = 'News\nMs Margaret Oyelaran-Pike CMG, lately His Majesty\'s Ambassador to Brazil, has been appointed. They announced the appointment of Dame Hinemoa Te Awa as New Zealand\'s next High Commissioner to the United Kingdom. They set up the Rabindranath Tagore Chair at the University of Edinburgh.';
    assert.deepEqual(rolesOf(body), [
      ['Margaret Oyelaran-Pike', 'Ambassador to Brazil'], ['Hinemoa Te Awa', 'New Zealand\'s next High Commissioner to the United Kingdom'],
    ]);
  });

  it('keeps titles the review found lost to the session’s new rules', () => {
    const body = 'News\nThe delegation included the former deputy minister and now head of the Department of Europe Ruslan Bultrikov. The Deputy Prime Minister and also co-chair of the intergovernmental commission Serik Zhumangarin spoke. The letter from the Minister to Japan Foreign Minister Takeshi Iwaya was delivered. It was attended by the Minister of Culture, Special Ambassador to UNESCO Aida Balayeva. The UN envoy met officials in Sana Hans Grundberg said.';
    assert.deepEqual(rolesOf(body), [
      ['Ruslan Bultrikov', 'head of the Department of Europe'], ['Serik Zhumangarin', 'co-chair of the intergovernmental commission'],
      ['Takeshi Iwaya', 'Japan Foreign Minister'], ['Aida Balayeva', 'Minister of Culture, Special Ambassador to UNESCO'], ['Hans Grundberg', null],
    ]);
  });

  it('reads no double surname in a phrasal noun or a compound adjective after a name, nor a middle letter between English words', () => {
    const body = 'News\nSecretary Rubio Stop-Over in Shannon was short. President Tokayev Follow-Up meeting was held. Ms. Sarah Long-Term, a consultant, came. Ambassador Sari Face-A-Face came. Rebecca Long-Bailey spoke.';
    assert.deepEqual(rolesOf(body), [['Rubio', 'Secretary'], ['Tokayev', 'President'], ['Sarah', null], ['Sari', 'Ambassador'], ['Rebecca Long-Bailey', null]]);
  });

  it('finds a name dashed to another before a title-case headline’s words, which name no document', () => {
    assert.deepEqual(rolesOf('Tokayev–Mirziyoyev Talks Yield Agreement\nPresident Kassym-Jomart Tokayev and President Shavkat Mirziyoyev met.'), [
      ['Tokayev', null], ['Kassym-Jomart Tokayev', 'President'], ['Shavkat Mirziyoyev', 'President'],
    ]);
  });

  it('reads a hyphenated given name’s initials with one full stop', () => {
    const body = 'News\nJean-Pierre Morel arrived. J-P. Morel noted that the company had built similar plants.';
    assert.deepEqual(rolesOf(body), [['Jean-Pierre Morel', null], ['J-P. Morel', null]]);
  });

  it('reads a lone capital listed after a place of two words as a place, whatever full name holds the word', () => {
    assert.deepEqual(rolesOf('News\nKazakhstan will open embassies in Addis Ababa and Lima by 2027. Ambassador Fernanda Lima Coutinho spoke.'), [['Fernanda Lima Coutinho', 'Ambassador']]);
  });

  it('reads the office after a swearing-in, a transitional office, and no person in Dire Dawa', () => {
    const body = 'News\nThey witnessed the swearing-in of Hon. Dr. Kaneno Mugisha-Atim as Deputy Secretary General in charge of Productive and Social Sectors. He met the Transitional President, General Horta Nanque, and studied a line between Dire Dawa and Dewele.';
    assert.deepEqual(rolesOf(body), [
      ['Kaneno Mugisha-Atim', 'Deputy Secretary General in charge of Productive and Social Sectors'], ['Horta Nanque', 'Transitional President'],
    ]);
  });

  it('reads Pak before two Korean syllables written apart as the surname', () => {
    const body = 'News\nThe delegation led by Vice-Minister of Foreign Affairs Pak Myong Ho left here on Sunday. Pak Joko Widodo spoke.';
    assert.deepEqual(rolesOf(body), [['Pak Myong Ho', 'Vice-Minister of Foreign Affairs'], ['Joko Widodo', null]]);
  });

  it('keeps what the second review found lost to the session’s new rules', () => {
    const body = 'News\nThe Speaker of the Mazhilis Yerlan Koshanov chairs the joint session. The two countries now co-chair the Aral Sea Fund, Minister Yerlan Nysanbayev said. The President recalled the Kim Dae-jung–Obuchi Joint Declaration. The Ambassador received a letter from Sana Ullah Khan, Chief Minister of the province. Mr. John St. John met him. "We are ready," St John said. Anna Clunes, His Majesty\'s Government\'s Special Envoy for Central Asia, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Koshanov', 'Speaker of the Mazhilis'], ['Yerlan Nysanbayev', 'Minister'], ['Sana Ullah Khan', 'Chief Minister of the province'],
      ['John St. John', null], ['St John', null], ['Anna Clunes', 'Special Envoy for Central Asia'],
    ]);
  });

  it('reads a portfolio’s Justice, Amir before a form of address, Chief Observer, and no person in a fellowship or a bazaar', () => {
    const body = 'News\nAmbassador-at-Large for Global Criminal Justice Dr. Raymond T. Osei will travel. Ties grew since the visit of the late Amir Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah. It was led by Chief Observer Ilse Vandermeulen. She won the Václav Havel Journalism Fellowship and opened the Slavianski Bazaar festival.';
    assert.deepEqual(rolesOf(body), [
      ['Raymond T. Osei', 'Ambassador-at-Large for Global Criminal Justice'], ['Sabah Al-Ahmad Al-Jaber Al-Sabah', 'Amir'], ['Ilse Vandermeulen', 'Chief Observer'],
    ]);
  });

  it('keeps South Asian and Bhutanese titles and palaces out of names', () => {
    const body = 'News\nThey recalled the words of Quaid-e-Azam Muhammad Ali Jinnah. Additional Secretary (Europe) Janab Syed Ali Asad Gillani spoke in the forecourt of Rashtrapati Bhavan. In the presence of Lyonchhen Tshering Tobgay, Prime Minister of Bhutan, Prime Minister Modi was the Chief Guest.';
    assert.deepEqual(rolesOf(body), [
      ['Muhammad Ali Jinnah', null], ['Syed Ali Asad Gillani', 'Additional Secretary (Europe)'], ['Tshering Tobgay', 'Prime Minister of Bhutan'], ['Modi', 'Prime Minister'],
    ]);
  });

  it('reads resident as a lower-case qualifier of an office', () => {
    const body = 'News\nMr. McDonagh, Ireland’s first resident ambassador in Astana, conveyed greetings. The resident coordinator Anna Berg spoke.';
    assert.deepEqual(rolesOf(body), [['McDonagh', 'Ireland’s first resident ambassador in Astana'], ['Anna Berg', 'resident coordinator']]);
  });

  it('keeps what the third review found lost to the session’s new rules', () => {
    const body = 'News\nTributes poured in for Supreme Court Justice Ruth Bader Ginsburg. Mr. Amir Sheikh Hassan, CEO of Alpha Bank, said. The Head of State received in Akorda Olzhas Bektenov and Zhumangarin. Deputy Prime Minister Serik Zhumangarin reported. A message from the Kazakh Parliament to Japan Prime Minister Shigeru Ishiba was delivered.';
    assert.deepEqual(rolesOf(body), [
      ['Ruth Bader Ginsburg', 'Supreme Court Justice'], ['Amir Sheikh Hassan', 'CEO of Alpha Bank'],
      ['Zhumangarin', null], ['Serik Zhumangarin', 'Deputy Prime Minister'], ['Shigeru Ishiba', 'Japan Prime Minister'],
    ]);
  });

  it('reads a title’s word joined to a capitalised name word as a double surname', () => {
    const body = 'News\nMétis National Council President Louise Cardinal-Dumont spoke. The Commander-in-Chief Ali Khan and Vice-Chairman Ali Bek came.';
    assert.deepEqual(rolesOf(body), [['Louise Cardinal-Dumont', 'Métis National Council President'], ['Ali Khan', 'Commander-in-Chief'], ['Ali Bek', 'Vice-Chairman']]);
  });

  it('reads Aunty as a form of address and no person in a people of islands', () => {
    const body = 'News\nThousands of Cook Islanders live there. Yolngu elders including Aunty Rose Wanganeen spoke.';
    assert.deepEqual(rolesOf(body), [['Rose Wanganeen', null]]);
  });

  it('keeps what the fourth review found lost to the session’s new rules', () => {
    const body = 'News\nHis Highness Amir Sheikh Tamim bin Hamad Al Thani received the President. Permanent Observer of the State of Palestine to the United Nations Riyad Mansour spoke. Ambassador Gordon St Aubyn arrived; St Aubyn also met the Minister. Head of the Taipei Representative Office to Singapore Ambassador Tung Chen-yuan met them. Quaid-e-Azam University Vice-Chancellor Dr. Niaz Ahmad welcomed them.';
    assert.deepEqual(rolesOf(body), [
      ['Tamim bin Hamad Al Thani', 'Amir'], ['Riyad Mansour', 'Permanent Observer of the State of Palestine to the United Nations'],
      ['Gordon St Aubyn', 'Ambassador'], ['St Aubyn', null], ['Tung Chen-yuan', 'Head of the Taipei Representative Office to Singapore'],
      ['Niaz Ahmad', 'Quaid-e-Azam University Vice-Chancellor'],
    ]);
  });

  it('reads Counsellor and Councillor after an office’s comma as a style giving way to the office', () => {
    const body = 'News\nHe met the Chargé d’Affaires of Argentina, Counsellor Lucía Belén Ortiz, and the Lord Mayor of Manchester, Councillor Andrew Fairclough. The OSCE Chairperson-in-Office, Federal Councillor Ignazio Cassis, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Lucía Belén Ortiz', 'Chargé d’Affaires of Argentina'], ['Andrew Fairclough', 'Lord Mayor of Manchester'], ['Ignazio Cassis', 'OSCE Chairperson-in-Office, Federal Councillor'],
    ]);
  });

  it('keeps what the last review found lost to the session’s new rules', () => {
    const body = 'News\nYerzhan Kistafin met Amir Sheikh Hassan Ali, Chairman of the Chamber. Ambassador Gordon St Aubyn came; St Aubyn also met the Minister, and St Aubyn invited him. The letter of the Embassy to Kazakhstan Foreign Minister Yermek Kosherbayev was delivered. Talks in Addis Ababa and Abiy\'s speech were noted by Prime Minister Abiy Ahmed.';
    assert.deepEqual(rolesOf(body), [
      ['Yerzhan Kistafin', null], ['Amir Sheikh Hassan Ali', 'Chairman of the Chamber'], ['Gordon St Aubyn', 'Ambassador'], ['St Aubyn', null], ['St Aubyn', null],
      ['Yermek Kosherbayev', 'Kazakhstan Foreign Minister'], ['Abiy', null], ['Abiy Ahmed', 'Prime Minister'],
    ]);
  });

  it('reads no person in a poet’s reading, singular as plural', () => {
    assert.deepEqual(rolesOf('Abai Reading Held in Budapest\nThe Abai Reading was held at the Embassy. The poet Abai Kunanbayuly was honoured.'), [['Abai Kunanbayuly', null]]);
  });

  it('reads Hj. as a form of address and Syed after Datuk as a name’s first word', () => {
    const body = 'News\nDeputy Minister of Foreign Affairs Dr. Hj. Siti Mardiyah Rahmawati, S.H., M.A., spoke. Datuk Syed Ahmad Fauzi Syed Hamzah came.';
    assert.deepEqual(rolesOf(body), [['Siti Mardiyah Rahmawati', 'Deputy Minister of Foreign Affairs'], ['Syed Ahmad Fauzi Syed Hamzah', null]]);
  });

    it('gives a listed office before a comma and a form of address to the name after it when the next item\'s office runs into its own name', () => {
      const body = 'News\nCredentials were presented by Ambassador of Germany Matthias Lindner, Ambassador of the Republic of Chile, Ms. Valentina ' +
        'Araya Rojas, the Sultanate of Oman’s Ambassador Sheikh Hamad bin Saif Al-Rawahi, Ambassador of Hungary Dr. Gergely Tóth and Ambassador ' +
        'of Mongolia Batbayar Enkhtuvshin. Anna Berg, Ambassador of Chile, Ivan Petrov, Ambassador of Peru, and Li Wei came.';
      assert.deepEqual(rolesOf(body), [
        ['Matthias Lindner', 'Ambassador of Germany'], ['Valentina Araya Rojas', 'Ambassador of the Republic of Chile'],
        ['Hamad bin Saif Al-Rawahi', 'Sultanate of Oman’s Ambassador'], ['Gergely Tóth', 'Ambassador of Hungary'], ['Batbayar Enkhtuvshin', 'Ambassador of Mongolia'],
        ['Anna Berg', 'Ambassador of Chile'], ['Ivan Petrov', 'Ambassador of Peru'], ['Li Wei', null],
      ]);
    });

    it('reads no office ending in where a body is based, nor a person in its name', () => {
      const body = 'News\nThe President received founder and chairman of UAE-based Al Noor Logistics, Khalid Saeed Al Mansoori.';
      assert.deepEqual(rolesOf(body), [['Khalid Saeed Al Mansoori', 'founder and chairman of UAE-based Al Noor Logistics']]);
    });

    it('reads Puna as a name word and the Puna de Atacama as a place; German museums and an art body\'s field are no one', () => {
      const body = 'News\nThe Prime Minister of the Cook Islands, Hon. Tangaroa Puna Marsters, visited the Puna de Atacama, the Alte Pinakothek, ' +
        'the Hamburger Kunsthalle and the Dakar Biennale of Contemporary African Art with PIF Secretary General Henry Puna.';
      assert.deepEqual(rolesOf(body), [['Tangaroa Puna Marsters', 'Prime Minister of the Cook Islands'], ['Henry Puna', 'PIF Secretary General']]);
    });

    it('reads Akan chiefs\' offices and a northern Nigerian emirate\'s Waziri as titles, and Osagyefuo as a form of address', () => {
      const body = 'News\nPresent were the Waziri of Katsina, Sani Abubakar Lugga, and Nana Akwasi Agyeman Boakye, the Gyaasehene of Kumasi. ' +
        'The Okyenhene, Osagyefuo Amoatia Ofori Panin, came.';
      assert.deepEqual(rolesOf(body), [
        ['Sani Abubakar Lugga', 'Waziri of Katsina'], ['Nana Akwasi Agyeman Boakye', 'Gyaasehene of Kumasi'], ['Amoatia Ofori Panin', 'Okyenhene'],
      ]);
    });

    it('reads a lone surname before a list of special economic zones as the place, even where a full name holds it', () => {
      const body = 'News\nHe presented the Navoi and Jizzakh free economic zones and the Navoi special economic zone. They honoured the poet Alisher Navoi.';
      assert.deepEqual(rolesOf(body), [['Alisher Navoi', null]]);
    });

    it('reads a weekday between a title and a name word as a given name, and a weekday after on as a date\'s', () => {
      const body = 'News\nEdo State Governor Monday Okpebholo welcomed the visit. Senator Sunday Karimi came. President Tinubu on Monday met Governor Okpebholo.';
      assert.deepEqual(rolesOf(body), [
        ['Monday Okpebholo', 'Edo State Governor'], ['Sunday Karimi', 'Senator'], ['Tinubu', 'President'], ['Okpebholo', 'Governor'],
      ]);
    });

    it('reads no person in South Asian and Brazilian festivals or a route\'s name, and Gurudev as a form of address', () => {
      const body = 'Vice-President greets citizens on the eve of Guru Nanak Jayanti\nOn the eve of Guru Nanak Jayanti, the 550th Prakash Parv, ' +
        'with Bhai Tika on Wednesday and the Festas Juninas in June, the book Ramayana Trail was published with a translation of Gurudev ' +
        'Rabindranath Tagore\'s Gitanjali. Minister Jayanti Natarajan came.';
      assert.deepEqual(rolesOf(body), [['Rabindranath Tagore', null], ['Jayanti Natarajan', 'Minister']]);
    });

    it('reads Waziri, Galadima and Madaki as titles only after the or before of, surnames after a given name', () => {
      const body = 'News\nPresent were the Waziri of Katsina, Sani Abubakar Lugga, Ambassador Ibrahim Waziri, Dr. Bello Madaki of the Ministry of ' +
        'Health and Hajiya Aisha Waziri. Galadima said.';
      assert.deepEqual(rolesOf(body), [
        ['Sani Abubakar Lugga', 'Waziri of Katsina'], ['Ibrahim Waziri', 'Ambassador'], ['Bello Madaki', null], ['Aisha Waziri', null],
      ]);
    });

    it('gives an office between commas after a style alone to the name before it, after an office to the next name', () => {
      const body = 'News\nProfessor Ali Hassan, Rector of Cairo University, Dr. Mona Said, President of the American University Dr. Ahmed Dallal ' +
        'came. Senator Ivan Petrov, Chairman of the Committee, Mr. Oleg Sidorov, Deputy Chairman of the Committee Ms. Anna Volkova came. ' +
        'Deputy Foreign Minister Marco Rossi, Ambassador of Spain, Mr. Juan García, Ambassador of Hungary Dr. Zoltán Nagy came.';
      assert.deepEqual(rolesOf(body), [
        ['Ali Hassan', 'Rector of Cairo University'], ['Mona Said', null], ['Ahmed Dallal', 'President of the American University'],
        ['Ivan Petrov', 'Chairman of the Committee'], ['Oleg Sidorov', null], ['Anna Volkova', 'Deputy Chairman of the Committee'],
        ['Marco Rossi', 'Deputy Foreign Minister'], ['Juan García', 'Ambassador of Spain'], ['Zoltán Nagy', 'Ambassador of Hungary'],
      ]);
    });

    it('keeps compass surnames beside common words, the Puna plateau no one, and an office before where its holder is based', () => {
      const body = 'News\nAmong the speakers were Mark West and Rose West. Lithium projects in the Puna of Jujuy and the Puna ' +
        'Salteña were shown to the non-resident Ambassador of Malta to Kazakhstan, Moscow-based Mark Pace.';
      assert.deepEqual(rolesOf(body), [
        ['Mark West', null], ['Rose West', null], ['Mark Pace', 'non-resident Ambassador of Malta to Kazakhstan, Moscow-based'],
      ]);
    });

    it('reads a Chinese island closed by Dao as a place, and Dao opening a Vietnamese name as a name', () => {
      const body = 'News\nAsked about the statement on the Huangyan Dao, Guo said so. Vice Minister Dao Ngoc Dung spoke.';
      assert.deepEqual(rolesOf(body), [['Dao Ngoc Dung', 'Vice Minister']]);
    });

    it('reads a name right after the Hotel as the hotel\'s, and Hotel before a title as the office\'s', () => {
      const body = 'News\nHe stayed at the Hotel Alfonso XIII and met Hotel Manager Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', 'Hotel Manager']]);
    });

    it('reads a lower-case hero after the and a name as no office, the rank before the name staying the role', () => {
      const body = 'News\nHe laid flowers at the monument of General Józef Bem, the hero of the Hungarian Revolution. Aidos Bekov, Hero of Kazakhstan, came.';
      assert.deepEqual(rolesOf(body), [['Józef Bem', 'General'], ['Aidos Bekov', 'Hero of Kazakhstan']]);
    });

    it('reads the honoree of a participle set off after no institution\'s name as a person, and the Most Hon. as a form of address', () => {
      const body = 'News\nA scholarship programme this year, named after the late poet Seamus Heaney, opened. Aalto University, named after the ' +
        'architect Alvar Aalto, hosted Prime Minister the Most Hon. Desmond Gayle-Spence.';
      assert.deepEqual(rolesOf(body), [['Seamus Heaney', null], ['Desmond Gayle-Spence', 'Prime Minister']]);
    });

    it('reads TRH as a form of address, and a name after an order\'s cross of as the order\'s', () => {
      const body = 'News\nTRH Crown Prince Haakon and Crown Princess Mette-Marit came. He presented the Order of the Cross of Terra Mariana to Sergeant Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Haakon', 'Crown Prince'], ['Mette-Marit', 'Crown Princess'], ['Ivan Petrov', 'Sergeant']]);
    });

    it('reads South Asian festival words as given names before a full name or after a title, and Galerie as a gallery\'s head', () => {
      const body = 'News\nFormer Union Minister of Environment Jayanti Natarajan met Dr. Jayanti Prasad Sharma, Nepal\'s Minister for Finance Tika ' +
        'Ram Khatiwada and Ambassador Parv Singh Mehta on Gandhi Jayanti at the Neue Galerie and the Österreichische Galerie Belvedere.';
      assert.deepEqual(rolesOf(body), [
        ['Jayanti Natarajan', 'Former Union Minister of Environment'], ['Jayanti Prasad Sharma', null],
        ['Tika Ram Khatiwada', 'Nepal\'s Minister for Finance'], ['Parv Singh Mehta', 'Ambassador'],
      ]);
    });

    it('keeps a ruler\'s title before of after a full name, a state\'s hero as an office, and a lower-case office as the name before\'s', () => {
      const body = 'News\nHis Highness Sheikh Tamim bin Hamad Al Thani Amir of the State of Qatar received Aliya Moldagulova, the hero of the ' +
        'Soviet Union. Chief Justice Aslambek Mergaliyev, head of the Judicial Council, Mr. Timur Ospanov, Chairman of the Constitutional ' +
        'Court Ms. Elvira Azimova and the Ambassador of Ireland Moscow-based Brian Glynn came.';
      assert.deepEqual(rolesOf(body), [
        ['Tamim bin Hamad Al Thani', null], ['Aliya Moldagulova', 'hero of the Soviet Union'], ['Aslambek Mergaliyev', 'Chief Justice'],
        ['Timur Ospanov', null], ['Elvira Azimova', 'Chairman of the Constitutional Court'], ['Brian Glynn', 'Ambassador of Ireland Moscow-based'],
      ]);
    });

    it('reads a place\'s word after a given name and bin as the father\'s name', () => {
      const body = 'Prince Faisal bin Bandar Receives Ambassador\nPrince Faisal bin Bandar and the envoy met in Bandar Abbas.';
      assert.deepEqual(rolesOf(body), [['Faisal bin Bandar', 'Prince'], ['Faisal bin Bandar', 'Prince']]);
    });

    it('reads a title-case headline\'s subject before its verb and an edition\'s year, a festival and a fund as no one, and Raksha as a given name', () => {
      const body = 'Shri Rajendra Prasad Varma Inaugurates Sant Kabir Mahotsav 2026 in Varanasi\nThe Mahotsav opened with the Tun Abdul Razak ' +
        'Scholarship Endowment. Minister of State for Youth Affairs Smt. Raksha Nikhil Khadse and Raksha Mantri Shri Rajnath Singh met the High ' +
        'Commissioner of Australia, Mr Philip Green OAM, on Shree Krishna Janmashtami.';
      assert.deepEqual(rolesOf(body), [
        ['Rajendra Prasad Varma', null], ['Raksha Nikhil Khadse', 'Minister of State for Youth Affairs'], ['Rajnath Singh', 'Raksha Mantri'],
        ['Philip Green', 'High Commissioner of Australia'],
      ]);
    });

    it('reads an office over a lower-case authority before a name', () => {
      const body = 'News\nHead of the port authority Abzal Beisenov reported. Chairman of the regional health authority Anna Berg said.';
      assert.deepEqual(rolesOf(body), [['Abzal Beisenov', 'Head of the port authority'], ['Anna Berg', 'Chairman of the regional health authority']]);
    });

    it('reads Ambassadeur as a style, and Obi as an Igbo king\'s title only after the or before of', () => {
      const body = 'News\nThe envoys were Ambassadeur Aïcha Bint Sidi Mohamed of Mauritania and the Obi of Onitsha. Peter Obi of the Labour Party came.';
      assert.deepEqual(rolesOf(body), [['Aïcha Bint Sidi Mohamed', 'Ambassadeur'], ['Peter Obi', null]]);
    });

    it('reads a portfolio closing a body\'s name before and a rank as the body\'s, the rank giving way to the office after the name', () => {
      const body = 'News\nHe met the Emirati Ministry of Foreign Affairs and Colonel Rashid Saif Al Mazrouei, Director of the Ajman Residency ' +
        'Department. Foreign Affairs and Trade Minister Penny Wong came.';
      assert.deepEqual(rolesOf(body), [
        ['Rashid Saif Al Mazrouei', 'Director of the Ajman Residency Department'], ['Penny Wong', 'Foreign Affairs and Trade Minister'],
      ]);
    });

    it('reads Building as a common word: a portfolio\'s, and a headline\'s verb after a name', () => {
    const body = 'President Cyril Ramaphosa Building a Capable State\nMinister of Nation Building Ivan Petrov spoke.';
    assert.deepEqual(rolesOf(body), [['Cyril Ramaphosa', 'President'], ['Ivan Petrov', 'Minister of Nation Building']]);
  });

    it('reads Kiribati\'s Beretitenti as a title', () => {
      const body = 'News\nHe went to meet Te Beretitenti Teuea Tokatake with Wiremu Te Kani. Beretitenti Tokatake said.';
      assert.deepEqual(rolesOf(body), [['Teuea Tokatake', 'Te Beretitenti'], ['Wiremu Te Kani', null], ['Tokatake', 'Beretitenti']]);
    });

    it('reads titles that are surnames after a given name or a form of address, and a listed office after a style only before one', () => {
      const body = 'News\nMohammad Amir of Pakistan and Karim Hakim of UNICEF met Mr. Obi of the Labour Party. It was attended by Senator Ali ' +
        'Bektayev, Minister of Energy, Almassadam Satkaliyev, and Minister of Ecology, Yerlan Nyssanbayev. Minister Sunday Dare attended the Minister ' +
        'Friday Prayer. Striker Bakhtiyor Zainutdinov, the hero of Kazakhstan\'s win over Wales, thanked fans.';
      assert.deepEqual(rolesOf(body), [
        ['Mohammad Amir', null], ['Karim Hakim', null], ['Obi', null], ['Ali Bektayev', 'Senator'], ['Almassadam Satkaliyev', 'Minister of Energy'],
        ['Yerlan Nyssanbayev', 'Minister of Ecology'], ['Sunday Dare', 'Minister'], ['Bakhtiyor Zainutdinov', null],
      ]);
    });

    it('reads weekdays as given names after a form of address or a given name, and Buganda\'s and Akan forms of address and titles', () => {
      const body = 'News\nThe Emir has turbaned Alhaji Sunday Abdullahi Dantata. Parliament approved Mr. Ekow Sunday Amissah. President ' +
        'Ronald Muwenda Mutebi received the Katikkiro of Buganda, Owek. Joseph Ssempijja Kiwanuka, and the Omanhene of Oguaa, Osabarima ' +
        'Kodwo Egyir IV, on Rongali Bihu at the Dalada Maligawa after Bharat Ratna celebrations.';
      assert.deepEqual(rolesOf(body), [
        ['Sunday Abdullahi Dantata', null], ['Ekow Sunday Amissah', null], ['Ronald Muwenda Mutebi', 'President'],
        ['Joseph Ssempijja Kiwanuka', 'Katikkiro of Buganda'], ['Kodwo Egyir IV', 'Omanhene of Oguaa'],
      ]);
    });

    it('keeps surnames that are titles, weekdays before a time of day, and given names that are residences\' words', () => {
      const body = 'Obi Visits Flood Victims\nMr. Peter Obi came. President Tinubu Sunday Night met Sheikh Tamim Amir of Qatar and Gaudentia Kabaka, ' +
        'Tanzania\'s Minister of Labour. Delhi Assembly Speaker Ram Niwas Goel and Sprinter Jayanti Kumari came.';
      assert.deepEqual(rolesOf(body), [
        ['Obi', null], ['Peter Obi', null], ['Tinubu', 'President'], ['Tamim', null], ['Gaudentia Kabaka', 'Tanzania\'s Minister of Labour'],
        ['Ram Niwas Goel', 'Delhi Assembly Speaker'], ['Jayanti Kumari', null],
      ]);
    });

    it('reads surnames that are titles after forms of address, weekday given names before common words, and styles alone after and', () => {
      const body = 'News\nDr. Hakim of Egypt and Sheikh Ahmed Hakim of Kuwait met Mr. Sunday Bright, Ms. Grace Monday Brown and the Kabaka of Buganda, ' +
        'Ronald Muwenda Mutebi II. Minister Ana Silva and Senator Rosa Diaz, Minister of Energy, Mr. Carlos Ruiz, spoke. Tika Muhurat is at 10:12 ' +
        'at the Nelson Mandela Building.';
      assert.deepEqual(rolesOf(body), [
        ['Hakim', null], ['Ahmed Hakim', null], ['Sunday Bright', null], ['Grace Monday Brown', null], ['Ronald Muwenda Mutebi II', 'Kabaka of Buganda'],
        ['Ana Silva', 'Minister'], ['Rosa Diaz', 'Minister of Energy'], ['Carlos Ruiz', null],
      ]);
    });

      it('reads `Vicecanciller` as an office, a firms\' word after `del` as a surname, and a reef as a place', () => {
        const body = 'Talks held\nThe Minister of Foreign Relations of Peru, Ambassador Gonzalo Benavides del Solar, arrived. ' +
          'Vicecanciller Londoño recalled the commitments. The three countries share the Mesoamerican Barrier Reef. ' +
          'The Bolivian Vicecanciller, Freddy Choque Mamani, spoke. Canciller Benavides del Solar stressed. Jinko Solar signed.';
        assert.deepEqual(rolesOf(body), [
          ['Gonzalo Benavides del Solar', 'Minister of Foreign Relations of Peru'], ['Londoño', 'Vicecanciller'],
          ['Freddy Choque Mamani', 'Bolivian Vicecanciller'], ['Benavides del Solar', 'Canciller'],
        ]);
      });

      it('reads `PDAS` and a deputy\'s rank in figures as offices, Japanese newspapers and a fact sheet as no people, and a weekday in brackets as no name', () => {
        const body = 'Talks held\nPDAS Sean O\'Connor met Ms. Pham Thi Thu Ha. PDAS O\'Connor said it. Flood relief in DG Khan was reviewed; DG ECHO gave aid. ' +
          'The Joint Fact Sheet was issued. Reporter (Asahi Shimbun): The budget. 2nd Vice FM Choi Min-seo will attend on February 12 (Thu.) in Hanoi. ' +
          'On March 2nd Deputy Prime Minister Roman Sklyar visited Aktau.';
        assert.deepEqual(rolesOf(body), [
          ['Sean O\'Connor', 'PDAS'], ['Pham Thi Thu Ha', null], ['O\'Connor', 'PDAS'], ['Choi Min-seo', '2nd Vice FM'], ['Roman Sklyar', 'Deputy Prime Minister'],
        ]);
      });

      it('reads round-238 cases: Thai ranks, a rank after a prime minister, a portfolio before the next name, a provincial Party Committee, temples, stupas and holy days', () => {
        const body = 'Pol. Gen. Thanakorn Meets Cambodian Counterpart\nPol. Gen. Thanakorn Sukprasert, Commissioner-General of the Royal Thai Police, met them. ' +
          'Deputy Police Spokesperson Pol. Col. Wiriya Chaisuwan said. He studied Pol. Sci. at the university. Deputy Prime Minister General Kyaw Zeya Htun inspected. ' +
          'Secretary General Ali Wong spoke. According to Mr. Tavakoli, Deputy Minister for Public Diplomacy Hossein Mirzaei-Rad will come. ' +
          'Secretary of the Lao Cai provincial Party Committee Hoang Trung Kien held talks. They visited That Luang Stupa for the Visakha Bucha ceremony and saw Wat Phra Kaew. ' +
          'The Most Venerable Thich Quang Hanh, Vice President of the Vietnam Buddhist Sangha, came. Serbian defender Nikola Jovanović scored. ' +
          'Public defender Levan Ioseliani spoke. Canadian MP Ramesh Sangha and Bucha Mayor Anatoliy Fedoruk came. Commander General of the Police Augusto Russo spoke.';
        assert.deepEqual(rolesOf(body), [
          ['Thanakorn', 'Pol. Gen.'], ['Thanakorn Sukprasert', 'Commissioner-General of the Royal Thai Police'], ['Wiriya Chaisuwan', 'Deputy Police Spokesperson'],
          ['Kyaw Zeya Htun', 'Deputy Prime Minister'], ['Ali Wong', 'Secretary General'], ['Tavakoli', null],
          ['Hossein Mirzaei-Rad', 'Deputy Minister for Public Diplomacy'], ['Hoang Trung Kien', 'Secretary of the Lao Cai provincial Party Committee'],
          ['Thich Quang Hanh', 'Vice President of the Vietnam Buddhist Sangha'], ['Nikola Jovanović', null], ['Levan Ioseliani', 'Public defender'],
          ['Ramesh Sangha', 'Canadian MP'], ['Anatoliy Fedoruk', 'Bucha Mayor'], ['Augusto Russo', 'Commander General of the Police'],
        ]);
      });

      it('reads a Vietnamese surname that is a connector in a title-case headline, and a headline verb closing an honoree\'s name', () => {
        assert.deepEqual(rolesOf('Party General Secretary To Lam Receives Singaporean Prime Minister\nThey met.'), [['To Lam', 'Party General Secretary']]);
        assert.deepEqual(rolesOf('Tournament Named After Kazhymukan Munaitpasov Kicks Off in Almaty\nThe strongman Kazhymukan Munaitpasov toured the world.'),
          [['Kazhymukan Munaitpasov', null]]);
      });

      it('reads round-239 cases: retired, Dep., a Custos, His Worship, JP, responsibility for a portfolio, Dumas, Point and road places', () => {
        const body = 'President Rampersaud Commissions First Section of Linden-Mabura Hill Road\nPresident Vikash Rampersaud opened it. ' +
          'He met Dr. Gábor Lengyel, a retired Hungarian ambassador. Chairman of the veterans’ council, retired Colonel Serikbai Utepov spoke. ' +
          'Ukraine\'s Dep. FM Iryna Pasichnyk noted that. Hans-Dietrich Genscher, Roland Dumas and Krzysztof Skubiszewski came. ' +
          'Mayor of Mandeville, His Worship Councillor Trevor L. Dunkley-Reid, JP, has announced. Custos Rotulorum of Manchester, the Hon. Dr. Beverley Ashman-Clarke, CD, JP, ' +
          'welcomed them. The Custos will lead. Minister of State with responsibility for Trade Ali Khan spoke. A delegation visits Point Lisas and the Linden to Mabura Hill road.';
        assert.deepEqual(rolesOf(body), [
          ['Rampersaud', 'President'], ['Vikash Rampersaud', 'President'], ['Gábor Lengyel', 'retired Hungarian ambassador'],
          ['Serikbai Utepov', 'Chairman of the veterans’ council'], ['Iryna Pasichnyk', 'Ukraine\'s Dep. FM'], ['Hans-Dietrich Genscher', null], ['Roland Dumas', null], ['Krzysztof Skubiszewski', null],
          ['Trevor L. Dunkley-Reid', 'Mayor of Mandeville'], ['Beverley Ashman-Clarke', 'Custos Rotulorum of Manchester'], ['Ali Khan', 'Minister of State with responsibility for Trade'],
        ]);
      });

      it('reads a further office dated now after and, in an apposition', () => {
        assert.deepEqual(rolesOf('Talks held\nHe met Abdulaziz Kamilov, former Minister of Foreign Affairs of Uzbekistan and now Adviser to the President of Uzbekistan. ' +
          'He met Ali Khan, former Minister of Energy and now a farmer.'), [
          ['Abdulaziz Kamilov', 'former Minister of Foreign Affairs of Uzbekistan and now Adviser to the President of Uzbekistan'], ['Ali Khan', 'former Minister of Energy'],
        ]);
      });

      it('reads the reviews\' cases: DG before names and bodies, ACM before an acronym, ordinals before deputies, defenders, a president\'s General, the Sangha, provincial bodies, temples', () => {
        const body = 'Talks held\nDuring his stay, DG Lee Jae-hoon met staff; DG ECHO gave aid. Mr DG Rao spoke; the commissioner of DG Khan, Ali Raza, said it. ACM Sakda Ruangsri hosted the ACM ICPC finals. ' +
          'The head of DG Trade, Sabine Weyand, met him. Kazakhstan\'s 1st Deputy Prime Minister Roman Sklyar spoke. On Feb 2nd Deputy Minister Ali Khan came. ' +
          'Chelsea\'s defender Levi Colwill scored. Armenia\'s acting human rights defender Anahit Manasyan came. Human rights defender Narges Mohammadi spoke. ' +
          'President General of the Arewa Consultative Forum Bashir Dalhatu spoke. Prime Minister General Prayut and President General Pervez Musharraf came. The Maha Sangha blessed President Anura Kumara Dissanayake. ' +
          'Chairman of the Hanoi municipal People\'s Committee Tran Sy Thanh came. Kon Tum provincial leaders met. Sharjeel Memon provincial minister for information spoke. ' +
          'At Wat Arun Prime Minister Anutin Charnvirakul met him. He visited Wat Phra That Doi Suthep and Gurdwara Bangla Sahib. Minister Jane Reef and Senator Tom Lagoon ' +
          'saw the Venice Lagoon. He thanked Marat Tazhin, former Secretary of State and now Senator Ali Bektayev, for it.';
        assert.deepEqual(rolesOf(body), [
          ['Lee Jae-hoon', 'DG'], ['DG Rao', null], ['Ali Raza', 'commissioner of DG Khan'], ['Sakda Ruangsri', 'ACM'], ['Sabine Weyand', 'DG Trade'], ['Roman Sklyar', '1st Deputy Prime Minister'],
          ['Ali Khan', 'Deputy Minister'], ['Levi Colwill', null], ['Anahit Manasyan', 'Armenia\'s acting human rights defender'], ['Narges Mohammadi', null],
          ['Bashir Dalhatu', 'President General of the Arewa Consultative Forum'], ['Prayut', 'Prime Minister'], ['Pervez Musharraf', 'President'], ['Anura Kumara Dissanayake', 'President'],
          ['Tran Sy Thanh', 'Chairman of the Hanoi municipal People\'s Committee'], ['Sharjeel Memon', null], ['Anutin Charnvirakul', 'Prime Minister'],
          ['Jane Reef', 'Minister'], ['Tom Lagoon', 'Senator'], ['Marat Tazhin', 'former Secretary of State'], ['Ali Bektayev', 'Senator'],
        ]);
      });

      it('reads no office in a relative clause after a name, and a named-after honoree\'s family name after its particle', () => {
        assert.deepEqual(rolesOf('Talks held\nHe recalled the late King Hussein bin Talal, after whom the King Hussein Bridge is named. ' +
          'The terminal at Queen Alia International Airport, named after the late Queen Alia Al Hussein, who died in 1977, opened.'), [['Hussein bin Talal', 'King']]);
      });

      it('reads round-240 Dutch and Belgian cases: op den, an elided surname after a title\'s given name, informateur, H.S.H., lectures and awards', () => {
        const body = 'Informateur Van der Laan Presents Interim Report\nThe informateur, Mr Pieter van der Laan, presented it. Mr Ruud op den Kamp came. ' +
          'He succeeds Minister of State Étienne d\'Ursel. He received H.S.H. Hereditary Prince Alois of Liechtenstein. He gave the Nansen Lecture. He visited Côte d\'Ivoire.';
        assert.deepEqual(rolesOf(body), [
          ['Van der Laan', 'Informateur'], ['Pieter van der Laan', 'informateur'], ['Ruud op den Kamp', null], ['Étienne d\'Ursel', 'Minister of State'],
          ['Alois', 'Hereditary Prince'],
        ]);
      });

      it('reads round-241 cases: a headline preposition before a body, a body\'s possessive opening a further office, an acronym before a rank, a lower-case headline verb, and South Asian names of things', () => {
        assert.deepEqual(rolesOf('Tokayev Meets With Siemens Energy Board Member Katrin Vollmer\nThey met Olivia Harrington, Country Chair of Shell in Kazakhstan, ' +
          'Eni’s Chief Operating Officer Giorgio Bellandi, and others. Director General ISPR, Major General Malik Usman Farooq, spoke; the ISPR said so. ' +
          'The Prime Minister marked Rashtriya Ekta Diwas and Dev Deepawali, opened Ekta Kendras, spoke in Mann Ki Baat on Kashi Tamil Sangamam and visited Gurdwara Janamasthan.'), [
          ['Katrin Vollmer', 'Siemens Energy Board Member'], ['Olivia Harrington', 'Country Chair of Shell in Kazakhstan'], ['Giorgio Bellandi', 'Eni’s Chief Operating Officer'],
          ['Malik Usman Farooq', 'Director General ISPR'],
        ]);
        assert.deepEqual(rolesOf('Governor of Maharashtra inaugurates exhibition on Sardar Patel at Raj Bhavan\nSardar Vallabhbhai Patel united India.'), [
          ['Patel', null], ['Vallabhbhai Patel', null],
        ]);
      });

      it('reads round-242 cases: a residence after an apposition\'s office, letters before an appointment\'s as, exercises, commemorative years and fields of names', () => {
        assert.deepEqual(rolesOf('Talks held\nHe received H.E. Mr. Aleksandar Petrovski, Ambassador of North Macedonia to Kazakhstan with residence in Moscow, who came. ' +
          'The Foreign Secretary has appointed Dame Harriet Okonjo-Blake DBE as the UK\'s Special Envoy for Women and Girls. They welcomed Exercise Balikatan and the ' +
          'Year of Magtymguly Pyragy, the Day of Bulgarian Education and Culture and Slavonic Literature and the Preventing Sexual Violence in Conflict Initiative.'), [
          ['Aleksandar Petrovski', 'Ambassador of North Macedonia to Kazakhstan'], ['Harriet Okonjo-Blake', 'UK\'s Special Envoy for Women and Girls'],
        ]);
      });

      it('reads the fourth review\'s cases: acronyms and capitals after heads, In Charge Of in a headline, plural nouns after the, activists, temples inside bodies, Diwas as a given name', () => {
        assert.deepEqual(rolesOf('Kazakh Envoy Meets Minister In Charge Of Trade Of Singapore Gan Kim Yong\nGeneral MUNIR, Chief of Army Staff, visited. ' +
          'Tokayev and 1st Deputy Prime Minister Roman Sklyar met. The chairman of the awards committee Yerlan Karin spoke. Iranian human rights defender Narges Mohammadi was freed. ' +
          'The Delhi Sikh Gurdwara Management Committee President Harmeet Singh Kalka welcomed them. Nepal\'s striker Diwas Gurung scored.'), [
          ['Gan Kim Yong', 'Minister In Charge Of Trade Of Singapore'], ['MUNIR', 'Chief of Army Staff'], ['Roman Sklyar', '1st Deputy Prime Minister'],
          ['Yerlan Karin', 'chairman of the awards committee'], ['Narges Mohammadi', null], ['Harmeet Singh Kalka', 'Delhi Sikh Gurdwara Management Committee President'],
          ['Diwas Gurung', null],
        ]);
      });

      it('reads the fifth and sixth reviews\' cases: acronyms after heads\' titles, capitals surnames, temples after Sikh', () => {
        assert.deepEqual(rolesOf('Talks held\nDirector General FIA, Mr Ahmed Ishaq Jahangir, briefed them. Commandant SMITH, Colonel of the regiment, reviewed it. ' +
          'General MUNIR, Chief of Army Staff, visited. The chairman awards committee Dr Amir Ali spoke. Pakistani Sikh Gurdwara Darbar Sahib Kartarpur opened.'), [
          ['Ahmed Ishaq Jahangir', 'Director General FIA'], ['SMITH', 'Commandant'], ['MUNIR', 'Chief of Army Staff'], ['Amir Ali', 'chairman awards committee'],
        ]);
      });

      it('reads a name after a field closing a partnership\'s name in an office (Hyundai Engineering & Construction Lee Jae-won)', () => {
        assert.deepEqual(rolesOf('Talks held\nTokayev received Chairman of the Board of Directors of Hyundai Engineering & Construction Lee Jae-won. Mr. Lee spoke.'), [
          ['Lee Jae-won', 'Chairman of the Board of Directors of Hyundai Engineering & Construction'], ['Lee', null],
        ]);
      });

      it('reads round 244\'s West African offices: Barr. and Alh. as forms of address after an office, a swearing in\'s list, the Olu of a town', () => {
        assert.deepEqual(rolesOf('Talks held\nThe Commissioner for Commerce and Industry, Barr. (Mrs.) Ngozi Eze-Ugwu, spoke, as did the Honourable Minister of Information, ' +
          'Alh. M. T. Bako. The report was signed by William Barr. The Olu of Imota, Oba Adekunle Ogunsanya III, came. Chief Olu Falae spoke. Among those sworn in were ' +
          'Mrs. Ibiere Tamuno-Harry as Commissioner for Finance, Barr. Obinna Nwafor as Attorney-General, and Engr. Soboma George-West as Commissioner for Energy.'), [
          ['Ngozi Eze-Ugwu', 'Commissioner for Commerce and Industry'], ['M. T. Bako', 'Minister of Information'], ['William Barr', null],
          ['Adekunle Ogunsanya III', 'Olu of Imota'], ['Olu Falae', null], ['Ibiere Tamuno-Harry', 'Commissioner for Finance'], ['Obinna Nwafor', 'Attorney-General'],
          ['Soboma George-West', 'Commissioner for Energy'],
        ]);
      });

      it('reads round 244\'s other offices: a body named again in lower case, a description\'s served-as clause, the Red Cross', () => {
        assert.deepEqual(rolesOf('Talks held\nThe delegation included Deputy Chairman of the committee Lee Soo-jin. Dr Mosese Kaliopi, a Fijian economist who served as ' +
          'Governor of the Reserve Bank of Fiji, spoke. Dr Losana Qiolevu, Chief Executive of the Fiji Red Cross, came. The Red Cross ' +
          'said so. Te Kāwana Tianara visited.'), [
          ['Lee Soo-jin', 'Deputy Chairman of the committee'], ['Mosese Kaliopi', 'Governor of the Reserve Bank of Fiji'],
          ['Losana Qiolevu', 'Chief Executive of the Fiji Red Cross'],
        ]);
      });

      it('reads round 244\'s names: a particle glued to a surname, a composer after a straight-quoted title, a pricing mechanism', () => {
        assert.deepEqual(rolesOf('Talks held\nThe President of the Marshall Islands, H.E. Kalani deBrum Jr., spoke. President deBrum said so. The orchestra played ' +
          '"Birzhan and Sara" and Verdi\'s "Aida". Prices are set under the Living Income Differential.'), [
          ['Kalani deBrum Jr.', 'President of the Marshall Islands'], ['deBrum', 'President'], ['Verdi', null],
        ]);
      });

      it('reads the office before colleague as the name\'s, but no role from counterpart', () => {
        assert.deepEqual(rolesOf('Talks held\nHe met Prime Minister Karim Massimov and his foreign minister colleague Idrissov. He met his Kazakh counterpart Erlan Idrissov.'), [
          ['Karim Massimov', 'Prime Minister'], ['Idrissov', 'foreign minister'], ['Erlan Idrissov', null],
        ]);
      });

      it('reads round 245\'s names: no person in a company\'s possessive after its noun, a class of warships, or schools named after people', () => {
        assert.deepEqual(rolesOf('Talks held\nShe met the Indian pharmaceutical company Dr. Reddy’s on the plant, and Dr. Reddy’s team. The North launched the first ship of ' +
          'the Choe Hyon class. The Shokan Ualikhanov schools in Kokshetau are connected.'), [['Reddy', null]]);
      });

      it('reads round 245\'s East African cases: Mzee, two-word counties, a further office dated current, a rank past a form of address, an ecosystem', () => {
        assert.deepEqual(rolesOf('Talks held\nThey paid tribute to the late Mzee Jomo Kenyatta. Uasin Gishu Governor H.E. Stephen Chelimo pledged support. H.E. Emmanuel ' +
          'Rugira, President of the Republic of Rwanda and current Chairperson of the EAC, spoke. Uganda’s President H.E. Gen. (Rtd) Robert Musoke agreed, as did ' +
          'the Adjutant General, Lt Gen R. S. Bains. It covers the Serengeti-Maasai Mara ecosystem.'), [
          ['Jomo Kenyatta', null], ['Stephen Chelimo', 'Uasin Gishu Governor'], ['Emmanuel Rugira', 'President of the Republic of Rwanda and current Chairperson of the EAC'],
          ['Robert Musoke', 'Uganda’s President'], ['R. S. Bains', 'Adjutant General'],
        ]);
      });

      it('reads round 246\'s names: a mountain named after a poet, a street or an association opening a run, initials before a name', () => {
        assert.deepEqual(rolesOf('Talks held\nForeign Minister D.N. Sharma was quoted. The akyn Zhambyl Zhabayev was born at the foot of the Zhambyl mountain. The ' +
          'consulate is on Rua de Cedofeita, and the Associação Comercial do Porto came. Former Argentine President Fernando de la Rua died. Mr. João Praça, ' +
          'Mr. Gabriel Badan, the envoy, and Badan Standardisasi Nasional attended.'), [
          ['D.N. Sharma', 'Foreign Minister'], ['Zhambyl Zhabayev', null], ['Fernando de la Rua', 'Former Argentine President'], ['João Praça', null], ['Gabriel Badan', 'envoy'],
        ]);
      });

      it('reads the first review\'s mends: Barr. closing a sentence, things named after a titled name, Mzee as a surname, a possessive that owns a noun', () => {
        assert.deepEqual(rolesOf('Talks held\nAttorney General William Barr spoke. “We will act,” said Barr. The Department replied. The memo was written by Barr. On Monday ' +
          'it was read. Under Minister Gani Beisembayev schools received computers. According to Professor Ali Hassan class sizes fell. Hassan Mzee, the Governor, ' +
          'spoke, as did Ali Mzee Ali. She joined the company Dr. Arman Bekov’s father founded. National hockey team coach Yuri Mikhailis named the squad.'), [
          ['William Barr', 'Attorney General'], ['Barr', null], ['Barr', null], ['Gani Beisembayev', 'Minister'], ['Ali Hassan', 'Professor'], ['Hassan Mzee', 'Governor'],
          ['Ali Mzee Ali', null], ['Arman Bekov', null], ['Yuri Mikhailis', 'National hockey team coach'],
        ]);
      });

      it('reads round 246\'s Indian cases: Dedicates as a headline verb, a body named after a person after an office\'s comma, Viksit Bharat', () => {
        assert.deepEqual(rolesOf('Union Minister Shri Sarvesh Kulkarni Dedicates Container Terminal to the Nation\nThe Union Minister of Ports, Shri Sarvesh Kulkarni, ' +
          'dedicated it to Viksit Bharat@2047. Shri Anand Venkataraman, Chairperson, V.O. Chidambaranar Port Authority, proposed the vote of thanks.'), [
          ['Sarvesh Kulkarni', 'Union Minister'], ['Sarvesh Kulkarni', 'Union Minister of Ports'], ['Anand Venkataraman', 'Chairperson, V.O. Chidambaranar Port Authority'],
        ]);
      });

      it('reads the second review\'s mends: Barr. before a full name after a lower-case word, things named after a titled name after the, a company\'s possessive before its own noun', () => {
        assert.deepEqual(rolesOf('Talks held\nAttorney General William Barr spoke. It was written by Barr. On Monday it was read. The delegation was led by Barr. Chidi Okonkwo. ' +
          'The Admiral Kuznetsov aircraft carrier and the Russian Navy\'s Admiral Grigorovich class frigates sailed. The pharmaceutical company Dr. Reddy’s plant ' +
          'will open. Their Highnesses Sheikhs attended.'), [
          ['William Barr', 'Attorney General'], ['Barr', null], ['Chidi Okonkwo', null],
        ]);
      });

      it('reads round 247\'s offices: an ordinal after the inside an apposition\'s body, the Catholicos', () => {
        assert.deepEqual(rolesOf('Talks held\nIt was led by Colonel Igor Demidenko, commander of the 120th Guards Mechanized Brigade. He brought a message from the ' +
          'Catholicos of All Armenians, His Holiness Karekin II.'), [
          ['Igor Demidenko', 'commander of the 120th Guards Mechanized Brigade'], ['Karekin II', 'Catholicos of All Armenians'],
        ]);
      });

      it('reads round 248\'s names: a Korean surname word closing a titled name, painters alone, works named after people, Nova Gorica, a particle a role read as its connector', () => {
        assert.deepEqual(rolesOf('Auswärtiges Amt: Minister of State della Rovere in Warsaw\nVice President Elena M. Park will host a lunch, and Minister of State ' +
          'Tobias della Rovere will visit. He will view Picasso\'s Guernica, not the show \'Picasso and the Steppe\'. The Draghi report was discussed by Mario Draghi. Nova Gorica and Gorizia were ' +
          'European Capital of Culture. The Jubilee Park was opened by Mayor Smith.'), [
          ['della Rovere', 'Minister of State'], ['Elena M. Park', 'Vice President'], ['Tobias della Rovere', 'Minister of State'], ['Picasso', null],
          ['Mario Draghi', null], ['Smith', 'Mayor'],
        ]);
      });

      it('reads Awarded and Decorated as a title-case headline\'s verbs after a name', () => {
        assert.deepEqual(rolesOf('Kassym-Jomart Tokayev Awarded International Prize for Contribution to Dialogue\nPresident Kassym-Jomart Tokayev thanked them.'), [
          ['Kassym-Jomart Tokayev', null], ['Kassym-Jomart Tokayev', 'President'],
        ]);
      });

      it('reads the third review\'s mends and round 249: Barr. before one name, report only after the, a body closing an office\'s comma before a mark, To Lam in a sentence, Xi Jinping Thought', () => {
        assert.deepEqual(rolesOf('Talks held\nBarr. Okafor said the case would go on. Deputy ministers A. Kuantyrov and Kairat Umarov report to the Government. The Prime ' +
          'Minister Olzhas Bektenov report was approved. Guests included Jan Novak, Ambassador of the Czech Republic, Petra Svoboda Institute director Karel Dvorak ' +
          'and others. Plaza Lasso was Ecuador\'s president. Xi Jinping held talks with To Lam, who came. They study Xi Jinping Thought.'), [
          ['Okafor', null], ['A. Kuantyrov', 'Deputy ministers'], ['Kairat Umarov', 'Deputy ministers'], ['Olzhas Bektenov', 'Prime Minister'],
          ['Jan Novak', 'Ambassador of the Czech Republic'], ['Karel Dvorak', 'Petra Svoboda Institute director'], ['Plaza Lasso', 'Ecuador\'s president'],
          ['Xi Jinping', null], ['To Lam', null],
        ]);
      });

      it('reads a Turkish form of address after a name before its apposition (Karahan Hanım, president of …)', () => {
        assert.deepEqual(rolesOf('Talks held\nAmong the speakers was Ayşe Nur Karahan Hanım, president of the Business Women Association, who recalled it. Ambassador ' +
          'Zehra Öztürk Hanım, Director General for Bilateral Political Affairs, spoke.'), [
          ['Ayşe Nur Karahan', 'president of the Business Women Association'], ['Zehra Öztürk', 'Director General for Bilateral Political Affairs'],
        ]);
      });

      it('reads where a delegation or a mission is sent after its head\'s office', () => {
        assert.deepEqual(rolesOf('Talks held\nJohn Smith, head of the delegation to PACE, attended. Anna Berg, head of the mission to the OSCE, came. Ivan Petrov, ' +
          'head of the delegation, went to Astana.'), [
          ['John Smith', 'head of the delegation to PACE'], ['Anna Berg', 'head of the mission to the OSCE'], ['Ivan Petrov', 'head of the delegation'],
        ]);
      });

      it('reads Ras after Abu as a surname (Samir Abu Ras), a cape elsewhere', () => {
        assert.deepEqual(rolesOf('Talks held\nAssistant Secretary-General Ambassador Samir Abu Ras spoke. Abu Ras noted it. They met in Ras Al Khaimah.'), [
          ['Samir Abu Ras', 'Assistant Secretary-General'], ['Abu Ras', null],
        ]);
      });

      it('reads the fourth review\'s mends: Ras only after Abu, no sent-to past a titled person', () => {
        assert.deepEqual(rolesOf('Talks held\nAmbassador Madiyar Menilbekov visited Ras Al Khaimah, and Sheikh Saud Ras Al Khaimah spoke. Timur Zhaksylykov, head of the ' +
          'delegation to Almaty Akim Yerbolat Dossayev, thanked them.'), [
          ['Madiyar Menilbekov', 'Ambassador'], ['Saud', null], ['Timur Zhaksylykov', 'head'], ['Yerbolat Dossayev', 'Almaty Akim'],
        ]);
      });

      it('reads round 251\'s Southern African cases: Cde as a form of address, the National Heroes Acre', () => {
        assert.deepEqual(rolesOf('Late Cde Mavhunga declared national hero\nThe former Minister of Lands, Cde Tendai Mavhunga, will be buried at the ' +
          'National Heroes Acre on Sunday.'), [
          ['Mavhunga', null], ['Tendai Mavhunga', 'former Minister of Lands'],
        ]);
      });

      it('reads the fifth review\'s mends: Ras closing a name, a delegation sent to a body whose name holds a title word', () => {
        assert.deepEqual(rolesOf('Talks held\nDr. Khalid Ras, head of the Omani delegation, thanked them. Nurlan Bekov, head of the delegation to the UN General ' +
          'Assembly, spoke. The crowd greeted him with "Welcome, President Tokayev."'), [
          ['Khalid Ras', 'head of the Omani delegation'], ['Nurlan Bekov', 'head of the delegation to the UN General Assembly'], ['Tokayev', 'President'],
        ]);
      });

      it('reads round 252\'s cases: Min closing a Chinese name before a full stop, a chief\'s post of a business named by what it is', () => {
        assert.deepEqual(rolesOf('Talks held\nHe met the Senior Minister of State of Singapore, Ms. Tan Hui Min. Ms. Tan noted it. Foreign Min. Ahmed Khan spoke. ' +
          'Sir Jonathan Reeve, chief executive of a London-based mining company, came.'), [
          ['Tan Hui Min', 'Senior Minister of State of Singapore'], ['Tan', null], ['Ahmed Khan', 'Foreign Min.'],
          ['Jonathan Reeve', 'chief executive of a London-based mining company'],
        ]);
      });

      it('reads no person in Roland Garros, the tournament', () => {
        assert.deepEqual(rolesOf('Talks held\nShe will prepare for Roland Garros, which starts on May 24.'), []);
      });

    it('reads Count and Countess as forms of address before a name, and a length of time after a unit as no portfolio', () => {
      const body = 'History\nThe expedition led by Count Jenő Zichy took place in 1895. Countess Maria Tolstaya wrote letters. The vote count ' +
        'rose. Prior to the appointment, B. Ordabayev served as first deputy akim of the region for three years.';
      assert.deepEqual(rolesOf(body), [['Jenő Zichy', null], ['Maria Tolstaya', null], ['B. Ordabayev', 'first deputy akim of the region']]);
    });

    it('reads round-254 cases: an appointee\'s state before `as`, a body\'s name after `the`, `Sen.` closing a name, a monarch\'s kin title, plural media nouns after a list, PCS, a document\'s `on the`', () => {
      const body = 'Posts\nHe announced the appointment of Zanele Mokoena of South Africa as Assistant Secretary-General for Human Rights. ' +
        'Ms. Anna Lind, who holds dual citizenship, previously served as Director of the Geneva Branch of the Office for Disarmament Affairs. ' +
        'WHO\'s Assistant Director-General for Health Emergencies Dr. Lindiwe Nkosi spoke. He met Samdech Techo Hun Sen. Later Hun Sen ' +
        'spoke. Texas Sen. Ted Cruz came. He met Her Majesty Queen Mother Norodom Monineath. Mother Teresa was recalled. The Khmer Times and ' +
        'Rasmei Kampuchea newspapers wrote. PCS Wanjiru Mwangi-Otieno came. They signed an Agreement on the Mutual Waiver of Visa Requirements.';
      assert.deepEqual(rolesOf(body), [
        ['Zanele Mokoena', 'Assistant Secretary-General for Human Rights'],
        ['Anna Lind', 'Director of the Geneva Branch of the Office for Disarmament Affairs'],
        ['Lindiwe Nkosi', 'WHO\'s Assistant Director-General for Health Emergencies'],
        ['Hun Sen', null], ['Hun Sen', null], ['Ted Cruz', 'Sen.'], ['Norodom Monineath', 'Queen Mother'], ['Teresa', null],
        ['Wanjiru Mwangi-Otieno', 'PCS'],
      ]);
    });

    it('reads round-255 cases: experience inside a description before `and`, awards of metals, a studio named after a person, Immigration Minister, a straight single-quoted title', () => {
      const body = 'Culture\nMr. Rodrigo Villaseñor, a businessman with over 20 years of experience in the agro-industry and founder of the ' +
        'Villaseñor Group, thanked the hosts. She was winner of the Silver Lion in 2019. NBA Commissioner Adam Silver came. Films produced ' +
        'by the Shaken Aimanov studio were shown. Immigration Minister Hon. Ian Whitcombe said. He opened the exhibition \'Queen Salote: ' +
        'A Royal Life\' at the museum. President Kassym-Jomart Tokayev said \'Kazakhstan is open.\'';
      assert.deepEqual(rolesOf(body), [
        ['Rodrigo Villaseñor', 'founder of the Villaseñor Group'], ['Adam Silver', 'NBA Commissioner'], ['Ian Whitcombe', 'Immigration Minister'],
        ['Kassym-Jomart Tokayev', 'President'],
      ]);
    });

    it('reads round-256 cases: an office before a described holder, a portfolio closed by its comma, Arms Control, a byline\'s date, a named room, a common word before `to` in a headline', () => {
      const body = 'Designation of Former Guatemalan Congressman Luis Fernando Ortiz Barrios Due to Corruption\nHe met the coach of the national ' +
        'football team, Slovak specialist Pavel Hapal. Ms. Thandi Mabuza, a former South African deputy minister of trade, praised the ' +
        'initiative and said more. Under Secretary of State for Arms Control and International Security Helen R. Castellano spoke. ' +
        'Press Statement, Marcus J. Whitfield, Secretary of State, November 13, 2026. They met in the Benjamin Franklin Diplomatic ' +
        'Reception Room. Ortiz Barrios took bribes.';
      assert.deepEqual(rolesOf(body), [
        ['Luis Fernando Ortiz Barrios', 'Former Guatemalan Congressman'], ['Pavel Hapal', 'coach of the national football team'],
        ['Thandi Mabuza', 'former South African deputy minister of trade'],
        ['Helen R. Castellano', 'Under Secretary of State for Arms Control and International Security'],
        ['Marcus J. Whitfield', 'Secretary of State'], ['Ortiz Barrios', null],
      ]);
    });

    it('reads the first review\'s cases of session 47: quoted speech in single quotes, a surname before `to` in a headline, `Sen.` before a lower-case word, a described holder in a list, a plural media noun after a person', () => {
      const body = 'Jeremy Hunt to Visit Astana Next Week\nJeremy Hunt arrived. \'Ivan Petrov Is a Great Leader,\' President Tokayev said. Democratic Sen. and former candidate ' +
        'Elizabeth Warren spoke. The akim of the region, French architect Jean Nouvel and the governor met. It was picked up by the Rupert ' +
        'Murdoch newspapers.';
      assert.deepEqual(rolesOf(body), [
        ['Jeremy Hunt', null], ['Jeremy Hunt', null], ['Ivan Petrov', null], ['Tokayev', 'President'], ['Elizabeth Warren', null], ['Jean Nouvel', null],
      ['Rupert Murdoch', null],
      ]);
    });

    it('reads round-257 cases: an honour after an office gives way to it, Honorary Citizen, an opening phrase\'s object before a rank, a body under another', () => {
      const body = 'Posts\nFormer akim of the region, Honorary Citizen of Petropavlovsk Viktor Kuznetsov died. Senior coach of the national team, ' +
        'Honoured Coach of Kazakhstan Ivan Petrov said. People\'s Writer of Kazakhstan, laureate of the State Prize Anna Lind came. According ' +
        'to the head of the regional Department of Emergency Situations, Colonel Arman Baimukhanov, the peak is near. It was said by Zhao ' +
        'Huirong, a researcher at the Institute of Oriental Studies under the Chinese Academy of Social Sciences.';
      assert.deepEqual(rolesOf(body), [
        ['Viktor Kuznetsov', 'Former akim of the region'], ['Ivan Petrov', 'Senior coach of the national team'],
        ['Anna Lind', 'People\'s Writer of Kazakhstan, laureate of the State Prize'],
        ['Arman Baimukhanov', 'head of the regional Department of Emergency Situations'],
        ['Zhao Huirong', 'researcher at the Institute of Oriental Studies under the Chinese Academy of Social Sciences'],
      ]);
    });

    it('reads round-258 cases: plural heads of two states\' delegations, a member\'s style and a rapporteur\'s part give way to a set-off office, offices after a titled full name\'s comma stay its apposition, Holi', () => {
      const body = 'Talks\nHe met the heads of the Swedish and Finnish delegations, Anna Lindqvist and Jukka Salovaara. Deputy Zhanna Alimova, ' +
        'Secretary of the Committee on Legislation, supported it. Co-rapporteur Aliya Bekova, Chair of the Committee on Finance, noted it. ' +
        'It was attended by Minister of Foreign Affairs of the Republic of Tajikistan Sirojiddin Muhriddin, Deputy Chairman of the Cabinet of ' +
        'Ministers, Minister of Foreign Affairs of Turkmenistan Rashid Meredov. The Embassy hosted a Holi Milan.';
      assert.deepEqual(rolesOf(body), [
        ['Anna Lindqvist', 'heads of the Swedish and Finnish delegations'], ['Jukka Salovaara', 'heads of the Swedish and Finnish delegations'],
        ['Zhanna Alimova', 'Secretary of the Committee on Legislation'], ['Aliya Bekova', 'Chair of the Committee on Finance'],
        ['Sirojiddin Muhriddin', 'Minister of Foreign Affairs of the Republic of Tajikistan'],
        ['Rashid Meredov', 'Minister of Foreign Affairs of Turkmenistan'],
      ]);
    });

    it('reads the second review\'s cases of session 47: a described holder\'s comma closes the apposition, styles keep their place before a degree, Sen. before a quote, a title after a comma, Honorary Citizen, a contest after its name', () => {
      const body = 'Ceremony\nThe chairman of the jury, Kazakh writer Rollan Seisenbayev, and the director of the festival, Aida Nurova, opened it. ' +
        'Deputy Aidar Seitov, Doctor of Law, asked a question. Meeting with Hun Sen. "We are ready," he said. He presented his new book, ' +
        '\'Nursultan Nazarbayev: The Era of Independence\'. Honorary Citizen of Almaty Olzhas Suleimenov spoke. Present were Ambassador of ' +
        'France Sylvain Guiaugue, Dean of the Diplomatic Corps, Ambassador of Italy Marco Alberti. She is Aruzhan Sadykova, a laureate of ' +
        'the Kurmangazy competition.';
      assert.deepEqual(rolesOf(body), [
        ['Rollan Seisenbayev', 'chairman of the jury'], ['Aida Nurova', 'director of the festival'], ['Aidar Seitov', 'Deputy'], ['Hun Sen', null],
        ['Olzhas Suleimenov', 'Honorary Citizen of Almaty'], ['Sylvain Guiaugue', 'Ambassador of France'], ['Marco Alberti', 'Ambassador of Italy'],
        ['Aruzhan Sadykova', 'laureate of the Kurmangazy competition'],
      ]);
    });

    it('reads the third review\'s cases of session 47: an honoree named after with no passive verb, Sen. before a party\'s tag or glued on, a journal\'s name', () => {
      const body = 'Squares\nIn 2024 a square named after Alisher Navoi was opened. A street will be named after Kairat Abdraimuly. US Sen. (R-Texas) Ted ' +
        'Cruz arrived. Texas Sen.Ted Cruz came. Democratic Sen.-elect John Smith spoke. It was published in the journal Zoosystematica Rossica.';
      assert.deepEqual(rolesOf(body), [['Kairat Abdraimuly', null], ['Ted Cruz', 'US Sen. (R-Texas)'], ['Ted Cruz', 'Sen.'], ['John Smith', null]]);
    });

    it('reads Oba giving way to a ruler\'s office set off after the name', () => {
      assert.deepEqual(rolesOf('Rulers\nHis Imperial Majesty, Oba Babatunde Adesoji Olaniyan II, the Ooni of Ife, came. Oba Ivan Okafor spoke.'), [
        ['Babatunde Adesoji Olaniyan II', 'Ooni of Ife'], ['Ivan Okafor', 'Oba'],
      ]);
    });

    it('reads the fourth review\'s cases of session 47: Sen. glued to a sentence\'s next word closes a name, Oba gives way only to an office set off after the name', () => {
      const body = 'Talks\nCambodian Prime Minister Hun Sen.The two sides discussed trade. Texas Sen.Ted Cruz came. Oba Adeyeye Ogunwusi served ' +
        'as Commissioner for Finance of Osun State. His Imperial Majesty, Oba Babatunde Olaniyan II, the Ooni of Ife, came.';
      assert.deepEqual(rolesOf(body), [
        ['Hun Sen', 'Cambodian Prime Minister'], ['Ted Cruz', 'Sen.'], ['Adeyeye Ogunwusi', 'Oba'], ['Babatunde Olaniyan II', 'Ooni of Ife'],
      ]);
    });

    it('reads no person in a Hijri month\'s words', () => {
      assert.deepEqual(rolesOf('Crescent\nIt could be sighted on the evening of 29 Dhu Al-Qa\'dah, Minister Obaid Saif Al Ketbi said.'), [
        ['Obaid Saif Al Ketbi', 'Minister'],
      ]);
    });

    it('reads the fifth review\'s cases of session 47: Sen. glued to a lower-case suffix, Dhul opening a name but not a Hijri month', () => {
      const body = 'Talks\nOhio Sen.-designate Jon Husted spoke. It could be sighted on the evening of 29 Dhul Qa\'dah. Dhul-Qarnain Ahmed, the ' +
        'mayor, spoke.';
      assert.deepEqual(rolesOf(body), [['Jon Husted', null], ['Dhul-Qarnain Ahmed', 'mayor']]);
    });

    it('reads an office across a comma before a nationality alone and the name', () => {
      const body = 'Coaches\nHe met the Head coach of the national freestyle team, Canadian Mathieu Lavoie.';
      assert.deepEqual(rolesOf(body), [['Mathieu Lavoie', 'Head coach of the national freestyle team']]);
    });

    it('reads round-262 cases: an acronym before its members\' plural noun is no person, Menlu and Seskab as titles', () => {
      const body = 'ASEAN\nIndonesia recorded a surplus with fellow ASEAN countries. Menlu Sugiono told journalists. Seskab Teddy Indra Wijaya said.';
      assert.deepEqual(rolesOf(body), [['Sugiono', 'Menlu'], ['Teddy Indra Wijaya', 'Seskab']]);
    });

    it('reads the sixth review\'s cases of session 47: a name in capitals after its title before a plural noun, Sen. before -led, Dhul Hijja, an opening clause\'s office before a nationality', () => {
      const body = 'Talks\nPrime Minister MODI states that India is ready. A Hun Sen.-led delegation arrived. The month of Dhul Hijja begins. ' +
        'Unlike the head coach of the team, Canadian Mark Hudson believes the team is ready.';
      assert.deepEqual(rolesOf(body), [['MODI', 'Prime Minister'], ['Hun Sen', null], ['Mark Hudson', null]]);
    });

    it('reads the seventh review\'s cases of session 47: a nationality\'s name before a bracket or a verb keeps the office, fellow acronyms\' states, a plural title before an acronym', () => {
      const body = 'Talks\nThe President of the federation, Italian Marco Rossi (pictured). The head coach of the team, Canadian Mark Smith said ' +
        'it was hard. He thanked fellow CIS states. The meeting of Foreign Ministers CIS countries was held.';
      assert.deepEqual(rolesOf(body), [['Marco Rossi', 'President of the federation'], ['Mark Smith', 'head coach of the team']]);
    });

    it('closes a name with a season\'s word after a given name, and an MP\'s style gives way to an office set off after the name', () => {
      assert.deepEqual(rolesOf('Clinic\nIt is led by his colleague Dr. Anja Winter in Berlin.'), [['Anja Winter', null]]);
      const body = 'Talks\nThe meeting was attended by Aigul Nurova and MP Nino Gelashvili, chair of the Georgia-Kazakhstan friendship group. MP Levan Beridze, a veteran politician, spoke.';
      assert.deepEqual(rolesOf(body), [['Aigul Nurova', null], ['Nino Gelashvili', 'chair of the Georgia-Kazakhstan friendship group'], ['Levan Beridze', 'MP']]);
    });

    it('gives a name\'s apposition no part of the next name\'s office, and ends it before the next name\'s two forms of address', () => {
      const body = 'SCO meets\nIt was attended by Wang Yi, Member of the Political Bureau and Minister of Foreign Affairs of China, Russian Foreign Minister Sergey Lavrov, and Mongolian Ambassador Batjargal Ganbold, Ambassador of the Kingdom of Cambodia H.E. Mr. Sok Vannara, and others.';
      assert.deepEqual(rolesOf(body), [
        ['Wang Yi', 'Member of the Political Bureau and Minister of Foreign Affairs of China'], ['Sergey Lavrov', 'Russian Foreign Minister'],
        ['Batjargal Ganbold', 'Mongolian Ambassador'], ['Sok Vannara', 'Ambassador of the Kingdom of Cambodia'],
      ]);
    });

    it('reads the office before a style\'s comma past the office\'s term year', () => {
      assert.deepEqual(rolesOf('Council opens\nThe session is chaired by the President of the Council for 2026, Ambassador Kwame Asante-Mensah of Ghana.'), [
        ['Kwame Asante-Mensah', 'President of the Council'],
      ]);
    });

    it('reads no person in principles, guidelines or societies named after people, nor in a quoted title with a particle and a plus', () => {
      const body = 'Talks\nThey discussed the Nelson Mandela Principles, the Ljubljana Guidelines on Integration of Diverse Societies and the exhibition "A Hora da Estrela: Clarice 100+5" with Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', null]]);
    });

    it('reads no person in Spanish ensembles named after their head, a family act or a campus', () => {
      const body = 'Concert\nThe Orquesta Típica Fernández Fierro, the Quinteto Berlín-Buenos Aires and the Yoshida Brothers played at the Centro Cultural Universitario Tlatelolco, said Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', null]]);
    });

    it('gives the office after `the` to a name set off before the verb, after an opening phrase\'s titled name', () => {
      const body = 'State visit\nAt the invitation of President Luiz Inácio Lula da Silva, the President of the Oriental Republic of Uruguay, Yamandú Orsi, made a State Visit to Brazil.';
      assert.deepEqual(rolesOf(body), [['Luiz Inácio Lula da Silva', 'President'], ['Yamandú Orsi', 'President of the Oriental Republic of Uruguay']]);
    });

    it('reads no person in a dateline\'s agency between slashes or a film festival\'s section', () => {
      const body = 'Unit launched\nDUSHANBE, March 17, 2026 /NIAT Khovar/ – The film won the Prix Un Certain Regard with Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', null]]);
    });

    it('gives way to an office set off after `the new`, and reads Pilot-cosmonaut as a title', () => {
      const body = 'Talks\nHe received H.E. Ambassador Clarisse Uwimana, the new Permanent Representative of Rwanda to the African Union, and Pilot-cosmonaut Talgat Musabayev.';
      assert.deepEqual(rolesOf(body), [['Clarisse Uwimana', 'Permanent Representative of Rwanda to the African Union'], ['Talgat Musabayev', 'Pilot-cosmonaut']]);
    });

    it('reads a business\'s name after its lower-case noun, or after a legal form written before it, inside an office', () => {
      const body = 'Talks\nSenior Vice President of the French company Lumière Gaz, Jean-Pierre Moreau, discussed the project. Mr. Hendra Wijaya, President Director of PT Nusantara Energi, spoke. He met the head of the company Anna Berg, then Ivan Petrov and others.';
      assert.deepEqual(rolesOf(body), [
        ['Jean-Pierre Moreau', 'Senior Vice President of the French company Lumière Gaz'], ['Hendra Wijaya', 'President Director of PT Nusantara Energi'],
        ['Anna Berg', 'head of the company'], ['Ivan Petrov', null],
      ]);
    });

    it('reads no person in a doctrine named after one, and keeps Sangeet as a given name and Rules as a headline\'s verb', () => {
      const body = 'President Kassym-Jomart Tokayev Rules Out Early Elections\nThey referred to the Fukuda Doctrine. Sangeet Kumar, Minister of Trade, spoke.';
      assert.deepEqual(rolesOf(body).filter(([name]) => name !== 'Out Early'), [['Kassym-Jomart Tokayev', 'President'], ['Sangeet Kumar', 'Minister of Trade']]);
    });

    it('reads no business\'s name in a list\'s first name after a business\'s noun, nor in a person\'s full name after a legal form', () => {
      const body = 'Talks\nPresent were the director of the company Ivan Petrov, Anna Berg, and Elena Sokolova. He met the director of LLP Aidar Nurlanov and spoke.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', 'director of the company'], ['Elena Sokolova', null], ['Aidar Nurlanov', 'director of LLP']]);
    });

    it('keeps a group\'s possessive naming a portfolio in the title, without the sentence\'s article, and Arctic as a qualifier', () => {
      const body = 'Talks\nThe Children\'s Rights Commissioner Dinara Zakiyeva noted it. Women\'s Affairs Minister Anna Berg spoke. He met Denmark\'s Arctic Ambassador, Ms. Louise Bech-Holm, in Oslo. The Hague\'s mayor Jan van Zanen spoke.';
      assert.deepEqual(rolesOf(body), [
        ['Dinara Zakiyeva', 'Children\'s Rights Commissioner'], ['Anna Berg', 'Women\'s Affairs Minister'], ['Louise Bech-Holm', 'Denmark\'s Arctic Ambassador'],
        ['Jan van Zanen', 'The Hague\'s mayor'],
      ]);
    });

    it('reads Netaji and Lokmanya as forms of address, and no person in a procession, a campaign, a school chain or a monastic chapter', () => {
      const body = 'Tributes paid\nHe paid tribute to Netaji Subhas Chandra Bose and Lokmanya Bal Gangadhar Tilak, attended the final Randoli Perahera, met the head of the Malwathu Chapter and teachers from Kendriya Vidyalayas.';
      assert.deepEqual(rolesOf(body), [['Subhas Chandra Bose', null], ['Bal Gangadhar Tilak', null]]);
    });

    it('keeps a business\'s name in an office before a set-off name that apposed names follow, and leaves out a person\'s demonym after `the`', () => {
      const body = 'Guests\nCEO of the Spanish company Agroalimentaria del Ebro, Javier Morales Ruiz, and Pieter van der Linden, Managing Director of the Dutch firm, came. The head of the company Tau Ken, Aidar Nurlanov, and the minister met. Her coach, the Frenchman Olivier Delacroix, said.';
      assert.deepEqual(rolesOf(body), [
        ['Javier Morales Ruiz', 'CEO of the Spanish company Agroalimentaria del Ebro'], ['Pieter van der Linden', 'Managing Director of the Dutch firm'],
        ['Aidar Nurlanov', 'head of the company Tau Ken'], ['Olivier Delacroix', 'coach'],
      ]);
    });

    it('gives no office to the name after an opening participle\'s new holder, and reads no person in a seat after `Ben` or a naval base', () => {
      const body = 'Consul welcomed\nWelcoming the new Honorary Consul, Aigerim Zhunussova expressed confidence. Ben Osei-Tutu MP (Lab, Croydon South) spoke. It was opened by Ben Wallace near Ben Thanh Market. A submarine went to HMAS Stirling, and Ivan Petrov went on.';
      assert.deepEqual(rolesOf(body), [['Aigerim Zhunussova', null], ['Ben Osei-Tutu', 'MP'], ['Ben Wallace', null], ['Ivan Petrov', null]]);
    });

    it('reads no given name in `Ben` after a place\'s preposition, keeps a Festa surname, and gives a participle\'s object to its set-off name', () => {
      const body = 'News\nTwo climbers were rescued on Ben Nevis, and protests spread to Ben Arous. Coach Fabio Festa said it. Congratulating the newly elected Speaker, Yerlan Koshanov, President Kassym-Jomart Tokayev wished him success.';
      assert.deepEqual(rolesOf(body), [['Fabio Festa', 'Coach'], ['Yerlan Koshanov', 'Speaker'], ['Kassym-Jomart Tokayev', 'President']]);
    });

    it('gives a Hero\'s honour way to the office set off after the name, and reads a nomination\'s vice as no title', () => {
      const body = 'Veterans met\nHero of Kazakhstan Kuandyk Sarsenbayev, chairman of the regional council of veterans, spoke. Samuel K. Osei was named, vice Jonathan Bramwell, resigned.';
      assert.deepEqual(rolesOf(body), [['Kuandyk Sarsenbayev', 'chairman of the regional council of veterans'], ['Samuel K. Osei', null], ['Jonathan Bramwell', null]]);
    });

    it('reads no person in Khao Phansa or centres named after one, and keeps a name before centres used as a verb', () => {
      assert.deepEqual(rolesOf('Festivals\nKassym-Jomart Tokayev centres attention on children, new Abai centers open in Europe, and Ivan Petrov spoke on Khao Phansa.'), [['Kassym-Jomart Tokayev', null], ['Ivan Petrov', null]]);
    });

    it('keeps the office set off after a participle\'s object\'s name its own, Ben a given name after a preposition, and Festa a surname only after a name', () => {
      const body = 'Letters\nCongratulating the President, Yerlan Koshanov, Speaker of the Mazhilis, said it. A letter from Ben Carter, Ambassador of Canada, was delivered. Italy celebrated the Festa della Repubblica with Mr Marco Festa.';
      assert.deepEqual(rolesOf(body), [['Yerlan Koshanov', 'Speaker of the Mazhilis'], ['Ben Carter', 'Ambassador of Canada'], ['Marco Festa', null]]);
    });

    it('gives the office one was earlier appointed to, and reads no person in a monastery\'s town or a golf course', () => {
      const body = 'Envoys\nHis predecessor Madiyar Ospanbekov was earlier appointed Ambassador of Kazakhstan to the State of Qatar. Aid was delivered to Deir al-Balah, and Prince Moulay Rachid presided at the Royal Dar Es Salam Golf.';
      assert.deepEqual(rolesOf(body), [['Madiyar Ospanbekov', 'Ambassador of Kazakhstan to the State of Qatar'], ['Moulay Rachid', 'Prince']]);
    });

    it('reads no person in Māori tribes, peoples\' adjectives or Matariki, and Whaea and Tā as forms of address', () => {
      const body = 'Settlement signed\nThey signed a Deed with Ngāti Rangiwai. Hinewai Karaitiana spoke of Inuit and Māori weaving, Aboriginal communities and Matariki. Among them were Whaea Mere Ngātai and Tā Wiremu Pōhatu.';
      assert.deepEqual(rolesOf(body), [['Hinewai Karaitiana', null], ['Mere Ngātai', null], ['Wiremu Pōhatu', null]]);
    });

    it('gives a participle\'s object to its set-off name before any subject, keeps peoples\' adjectives in titles, and Operation before a title', () => {
      const body = 'Talks\nReceiving the Ambassador, Michael Smith, the Ministry said ties grow. Māori Development Minister Tama Potaka spoke of Māori weaving. Operation Manager Aigerim Bekova said it.';
      assert.deepEqual(rolesOf(body), [['Michael Smith', 'Ambassador'], ['Tama Potaka', 'Māori Development Minister'], ['Aigerim Bekova', 'Manager']]);
    });

    it('reads a syllable-opening acronym as a body\'s word, Allama as a form of address, a Turkologist as an occupation and no person in a Mosalla', () => {
      const body = 'Visits\nIt was led by First Vice-Rector of Al-Farabi KazNU Zh. Tokhtarova with Sir Paulias Wari GCMG KStJ. They honoured Allama Muhammad Iqbal and the Turkologist Gyula Németh at the Imam Khomeini Mosalla.';
      assert.deepEqual(rolesOf(body), [['Zh. Tokhtarova', 'First Vice-Rector of Al-Farabi KazNU'], ['Paulias Wari', null], ['Muhammad Iqbal', null], ['Gyula Németh', null]]);
    });

    it('keeps a participle\'s object\'s set-off name\'s own office, lower-case or with a body\'s word, closed before the verb', () => {
      const body = 'Meetings\nReceiving the Ambassador of Japan, Takeshi Yamada, head of the Kazakh delegation, thanked the guests. Meeting the Chairman of KEGOC, Nurlan Ibrayev, Chairman of the Board of Kazakhtelecom, said the plan was approved. Minister Ross MacDONALD visited Astana.';
      assert.deepEqual(rolesOf(body), [['Takeshi Yamada', 'head of the Kazakh delegation'], ['Nurlan Ibrayev', 'Chairman of the Board of Kazakhtelecom'], ['Ross MacDONALD', 'Minister']]);
    });

    it('reads no initial in a unit after a degree sign', () => {
      assert.deepEqual(rolesOf('Weather\nTemperatures fall to +32°C. Thunderstorms are forecast. Ivan Petrov spoke.'), [['Ivan Petrov', null]]);
    });

    it('gives a participle\'s object to its set-off name before a titled subject set off by commas too', () => {
      const body = 'Meetings\nReceiving the Ambassador of Japan, Takeshi Yamada, Secretary of State Yerlan Karin, noted the ties.';
      assert.deepEqual(rolesOf(body), [['Takeshi Yamada', 'Ambassador of Japan'], ['Yerlan Karin', 'Secretary of State']]);
    });

    it('reads no person in an Italian society named after one, nor in the Virgin\'s titles naming a sanctuary or a fort', () => {
      const body = 'Visit\nHe will go to the Società Dante Alighieri, to the Sanctuary of Notre-Dame de Fátima and the Fort of Nossa Senhora da Graça with Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', null]]);
    });

    it('keeps a set-off name\'s own office naming a body in capitals, after a legal form or closed by a body\'s word, and no person in a code\'s name', () => {
      const body = 'Meetings\nReceiving the Ambassador of Japan, Takeshi Yamada, Chairman of the Board of JSC Samruk-Kazyna, said it. Meeting the Ambassador, Ivan Petrov, President of Toyota Tsusho Corporation, said it. The new Code of Criminal Procedure enters into force. Pierre Notre-Dame said it at the Sanctuary of Notre-Dame de Fátima.';
      assert.deepEqual(rolesOf(body), [['Takeshi Yamada', 'Chairman of the Board of JSC Samruk-Kazyna'], ['Ivan Petrov', 'President of Toyota Tsusho Corporation'], ['Pierre Notre-Dame', null]]);
    });

    it('reads a name in capitals or after an acronym as the subject\'s, and a run of capitals after `of` as a body in a set-off office', () => {
      const body = 'Meetings\nReceiving the Ambassador of Japan, Ichiro Tanaka, Chairman of the KNB Ermek Sagimbayev, noted the ties. Receiving the Ambassador of Japan, Takeshi Yamada, Chairman of NUR OTAN, said it.';
      assert.deepEqual(rolesOf(body), [['Ichiro Tanaka', 'Ambassador of Japan'], ['Ermek Sagimbayev', 'Chairman of the KNB'], ['Takeshi Yamada', 'Chairman of NUR OTAN']]);
    });

    it('reads no person in a statue, a test site, a French orchestra or Bayern Munich', () => {
      const body = 'Visit\nThey visited the Genghis Khan Equestrian Statue and the Semipalatinsk Test Site, heard the Orchestre de Paris and watched Bayern Munich with Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', null]]);
    });

    it('reads a run of capitals after a quote or a state\'s adjective as a body in a set-off office, and keeps Bayern a surname after a name', () => {
      const body = 'Meetings\nReceiving the Ambassador of Japan, Takeshi Yamada, Chairman of the Board of JSC «KAZAKHTELECOM», said it. Receiving the Ambassador of Japan, Ichiro Tanaka, Head of Kazakh KEGOC, said it. John Bayern, Director of the Institute, watched Bayern Munich.';
      assert.deepEqual(rolesOf(body), [['Takeshi Yamada', 'Chairman of the Board of JSC «KAZAKHTELECOM»'], ['Ichiro Tanaka', 'Head of Kazakh KEGOC'], ['John Bayern', 'Director of the Institute']]);
    });

    it('reads no person in New Caledonia or a campus, a Pacific high chief\'s rank and a doctor\'s German field', () => {
      const body = 'Pacific\nShe met the President of the Government of New Caledonia, Louis Wahetra, and students at the Laucala Campus. A fono was chaired by high chief Leota Pesamino Ioane. It was led by Professor Dr. med. Klaus Hoffmann.';
      assert.deepEqual(rolesOf(body), [
        ['Louis Wahetra', 'President of the Government of New Caledonia'], ['Leota Pesamino Ioane', 'high chief'], ['Klaus Hoffmann', 'Professor'],
      ]);
    });

    it('keeps a seat\'s number after its place in a member\'s office, set off or not', () => {
      const body = 'Votes\nThe Member of Parliament for Tongatapu 4, Peni Tuipulotu, voted. The Member of Parliament for Kota Bharu 2 Ahmad Zaki voted. He voted for Astana 2 times, Marat Bekov said.';
      assert.deepEqual(rolesOf(body), [['Peni Tuipulotu', 'Member of Parliament for Tongatapu 4'], ['Ahmad Zaki', 'Member of Parliament for Kota Bharu 2'], ['Marat Bekov', null]]);
    });

    it('reads an ordinal session\'s lower-case word inside an office set off after the name', () => {
      const body = 'UN\nHe met Annalena Baerbock, President of the 80th session of the UN General Assembly, and Ivan Petrov, Chairman of the 3rd meeting of the Council.';
      assert.deepEqual(rolesOf(body), [['Annalena Baerbock', 'President of the 80th session of the UN General Assembly'], ['Ivan Petrov', 'Chairman of the 3rd meeting of the Council']]);
    });

    it('reads Philippine and Indonesian styles: Asst., Tb., Teuku, Mme., a province of three words and a barangay', () => {
      const body = 'Relief\nDSWD Asst. Secretary Ronaldo Catapang said aid came. Cianjur Regent Tb. Mulyana Hidayat came. It was witnessed by Vietnam\'s Ambassador to the Philippines, Mme. Hoang Thi Lan Anh. Indonesian Ambassador Teuku Faisal Hasibuan spoke. Davao de Oro Governor Cristina Uy-Delos Reyes spoke. Masara Barangay Captain Erwin Tadeo said so.';
      assert.deepEqual(rolesOf(body), [
        ['Ronaldo Catapang', 'DSWD Asst. Secretary'], ['Mulyana Hidayat', 'Cianjur Regent'], ['Hoang Thi Lan Anh', "Vietnam's Ambassador to the Philippines"],
        ['Faisal Hasibuan', 'Indonesian Ambassador'], ['Cristina Uy-Delos Reyes', 'Davao de Oro Governor'], ['Erwin Tadeo', 'Masara Barangay Captain'],
      ]);
    });

    it('keeps a capitalised status before a place that opens the office', () => {
      const body = 'Visit\nHe said so. Acting Cianjur Regent Mulyana Hidayat came. He met Former Almaty Akim Ali Bekov and Cianjur Regent Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Mulyana Hidayat', 'Acting Cianjur Regent'], ['Ali Bekov', 'Former Almaty Akim'], ['Ivan Petrov', 'Cianjur Regent']]);
    });

    it('joins a party\'s office and the state\'s after `the` when both are of one state, and reads no person in Spanish roads, rites, bills or departments', () => {
      const body = 'Cuba\nHe was received by the First Secretary of the Communist Party of Cuba and President of the Republic, Osvaldo Céspedes Mora. He met the President of Kazakhstan and Prime Minister of Japan Fumio Kishida. The Carretera Austral, the Grito de Independencia and the Rendición de Cuentas bill were discussed with Norte de Santander Gov. Jairo Peñaranda Lizcano.';
      assert.deepEqual(rolesOf(body), [
        ['Osvaldo Céspedes Mora', 'First Secretary of the Communist Party of Cuba and President of the Republic'], ['Fumio Kishida', 'Prime Minister of Japan'], ['Jairo Peñaranda Lizcano', 'Norte de Santander Gov.'],
      ]);
    });

    it('keeps a party\'s name and `parliamentary` before a lower-case leader', () => {
      const body = 'France\nNational Rally parliamentary leader Marine Le Pen said so. The parliamentary elections saw Ivan Petrov win.';
      assert.deepEqual(rolesOf(body), [['Marine Le Pen', 'National Rally parliamentary leader'], ['Ivan Petrov', null]]);
    });

    it('keeps two people\'s offices apart unless the first is a body\'s of the state, and Asst. no title alone', () => {
      const body = 'Talks\nThe President of Kazakhstan and Chairman of the State Council Xi Jinping met. He met the Foreign Minister of Russia and President of the Republic Vladimir Putin, the President of Kazakhstan and Prime Minister of Kazakhstan Olzhas Bektenov, and the First Secretary of the Communist Party of Cuba and President of the Republic of Cuba Osvaldo Mora. Ivan Petrov and Asst. Prof. Dr. Anna Lee, dean of the faculty, spoke with Antigua Guatemala Mayor Juan Manuel Asturias.';
      assert.deepEqual(rolesOf(body), [
        ['Xi Jinping', 'Chairman of the State Council'], ['Vladimir Putin', 'President of the Republic'], ['Olzhas Bektenov', 'Prime Minister of Kazakhstan'],
        ['Osvaldo Mora', 'First Secretary of the Communist Party of Cuba and President of the Republic of Cuba'], ['Ivan Petrov', null], ['Anna Lee', 'dean of the faculty'],
        ['Juan Manuel Asturias', 'Antigua Guatemala Mayor'],
      ]);
    });

    it('reads `its` between `of` and a body as `the` in an office before a name', () => {
      const body = 'Visit\nThe delegation was headed by the Chairman of its Foreign Affairs Committee, Pau Marí-Klose. He praised the work of its Ambassador Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Pau Marí-Klose', 'Chairman of its Foreign Affairs Committee'], ['Ivan Petrov', 'Ambassador']]);
    });

    it('reads Food as a portfolio, Interference as a body\'s field and Ambassador-at-Large as a style after an office\'s comma', () => {
      const body = 'Talks\nAgriculture and Food Minister Yuri Gorlov and Chairman of the Duma Commission for the Investigation of Foreign Interference Vasily Piskarev spoke. He met the Special Representative for CICA Affairs, Ambassador-at-Large Saule Nurgaliyeva, and Ambassador-at-Large Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [
        ['Yuri Gorlov', 'Agriculture and Food Minister'], ['Vasily Piskarev', 'Chairman of the Duma Commission for the Investigation of Foreign Interference'],
        ['Saule Nurgaliyeva', 'Special Representative for CICA Affairs'], ['Ivan Petrov', 'Ambassador-at-Large'],
      ]);
    });

    it('keeps a style after `and` as a further post of the office before it, but for after `the` or another\'s name', () => {
      const body = 'Session\nDirector of the Department of Multilateral Cooperation of the Ministry of Foreign Affairs and Ambassador-at-Large Askar Zhumagaliyev opened it. Labor Attaché Maria Fuentes of the Office in Riyadh and Ambassador Raul Hernandez came. Both the Prime Minister and Senator Penny Wong spoke.';
      assert.deepEqual(rolesOf(body), [
        ['Askar Zhumagaliyev', 'Director of the Department of Multilateral Cooperation of the Ministry of Foreign Affairs and Ambassador-at-Large'], ['Maria Fuentes', 'Labor Attaché'], ['Raul Hernandez', 'Ambassador'], ['Penny Wong', 'Senator'],
      ]);
    });

    it('reads Indian portfolios and places, and keeps two given names a consonant apart as two people', () => {
      const body = 'India\nChief Justice of India Ramesh Chandra Nair spoke. Director General of the Border Security Force (BSF), Shri Rakesh Nair, briefed them. MoS Rural Development Kamlesh Paswan and Industrial Development Minister Nand Kishore Gupta went to Bodh Gaya ahead of Guru Purnima.';
      assert.deepEqual(rolesOf(body), [
        ['Ramesh Chandra Nair', 'Chief Justice of India'], ['Rakesh Nair', 'Director General of the Border Security Force (BSF)'],
        ['Kamlesh Paswan', 'MoS Rural Development'], ['Nand Kishore Gupta', 'Industrial Development Minister'],
      ]);
    });

    it('reads Ewe and Akan forms of address, a paramount chief, a constituency closed by a direction, and no person in a headline\'s reflexive or a sphere', () => {
      const body = 'Head of State Familiarizes Himself with Harvest Preparations\nIt was designed after the Nur Alem sphere. Togbega Kwasi Dzelu VII, Paramount Chief of the Avedzi Traditional Area, spoke with Barima Kofi Owusu. Kitui South MP, Hon. Anne Wanjiru, and Bristol West MP Thangam Debbonaire spoke.';
      assert.deepEqual(rolesOf(body), [
        ['Kwasi Dzelu VII', 'Paramount Chief of the Avedzi Traditional Area'], ['Kofi Owusu', null], ['Anne Wanjiru', 'Kitui South MP'], ['Thangam Debbonaire', 'Bristol West MP'],
      ]);
    });

    it('reads the Olubadan as a ruler\'s title, the office before a style after its comma', () => {
      const body = 'Ibadan\nHe visited the Olubadan of Ibadanland, Oba Emmanuel Olatunde Akinbiyi. The Olubadan thanked him.';
      assert.deepEqual(rolesOf(body), [['Emmanuel Olatunde Akinbiyi', 'Olubadan of Ibadanland']]);
    });

    it('keeps Governing in Berlin\'s mayor\'s title', () => {
      const body = 'Berlin\nHe met Governing Mayor of Berlin Kai Wegner. Governing the city, Anna Berg said so.';
      assert.deepEqual(rolesOf(body), [['Kai Wegner', 'Governing Mayor of Berlin'], ['Anna Berg', null]]);
    });

    it('gives a legislator\'s seat in a body set off with `a` over the style, and reads a lower-case plc closing a firm\'s name', () => {
      const body = 'Session\nAccording to deputy Aidos Sarym, a member of the Committee on Socio-Cultural Development, it passed. Professor Anna Berg, a member of the Academy of Sciences, and Deputy Marat Bekov, a member of the public, spoke with the CEO of London-listed Steppe Gold plc Sir Andrew Hargreaves.';
      assert.deepEqual(rolesOf(body), [
        ['Aidos Sarym', 'member of the Committee on Socio-Cultural Development'], ['Anna Berg', 'Professor'], ['Marat Bekov', 'Deputy'],
        ['Andrew Hargreaves', 'CEO of London-listed Steppe Gold plc'],
      ]);
    });

    it('reads a seat\'s place only from a name\'s word or a city, and a seat with `a` only on a committee and for a legislator', () => {
      const body = 'Session\nNairobi Central MP Ivan Kamau spoke. The North MP James Orengo agreed. On Tuesday West MP Jane Wanjiru spoke. Ambassador Yerlan Baudarbek, a member of the Board of Governors, and MP Jane Doe, a member of the Labour Party, spoke with Senator Ivan Petrov, a member of the Senate Foreign Relations Committee.';
      assert.deepEqual(rolesOf(body), [
        ['Ivan Kamau', 'Nairobi Central MP'], ['James Orengo', 'MP'], ['Jane Wanjiru', 'MP'], ['Yerlan Baudarbek', 'Ambassador'], ['Jane Doe', 'MP'],
        ['Ivan Petrov', 'member of the Senate Foreign Relations Committee'],
      ]);
    });

    it('reads Cooperatives as a portfolio and no person in Nay Pyi Taw', () => {
      const body = 'Myanmar leader meets Chinese special envoy in Nay Pyi Taw\nIt was proposed by Agriculture and Cooperatives Minister Thamanat Prompow.';
      assert.deepEqual(rolesOf(body), [['Thamanat Prompow', 'Agriculture and Cooperatives Minister']]);
    });

    it('reads a style after `and` alone after a plural, a list or the same style, and seats of several place words', () => {
      const body = 'Meeting\nHeads of State and Senator John Smith spoke. Ministers, Governors and Senator Ivan Petrov came. On Monday, Deputy Chairman and Ambassador Marat Abenov met them. Speaker, Deputy Speaker and Senator Arman Zhakupov attended. The Ambassador of Japan and Ambassador Anna Berg met. Leeds North East MP Fabian Hamilton and Mount Elgon North MP Fred Kapondi spoke.';
      assert.deepEqual(rolesOf(body), [
        ['John Smith', 'Senator'], ['Ivan Petrov', 'Senator'], ['Marat Abenov', 'Deputy Chairman and Ambassador'], ['Arman Zhakupov', 'Senator'], ['Anna Berg', 'Ambassador'],
        ['Fabian Hamilton', 'Leeds North East MP'],
        ['Fred Kapondi', 'Mount Elgon North MP'],
      ]);
    });

    it('reads a headline\'s verb before an anniversary, an obituary\'s `Born`, a jubilee and a Welsh port as no person', () => {
      const body = 'Diplomats Mark Anniversary of Independence\nAmbassador Mark Whitfield spoke. Born Peter Alan Brayford in Wolverhampton, he sailed from Milford Haven to the Platinum Jubilee Pageant.';
      assert.deepEqual(rolesOf(body), [['Mark Whitfield', 'Ambassador'], ['Peter Alan Brayford', null]]);
    });

    it('reads a title\'s bracketed qualifier of three words before the name\'s comma', () => {
      const body = 'Kerala\nHe met the Principal Secretary (Non-Resident Keralite Affairs), Dr. Mohammed Haneef IAS, in Kochi.';
      assert.deepEqual(rolesOf(body), [['Mohammed Haneef', 'Principal Secretary (Non-Resident Keralite Affairs)']]);
    });

    it('reads an honour before a lower-case post and an occupation, each set off by a comma', () => {
      const body = 'Concert\nHe met People’s Artist of Kazakhstan, professor at the Kurmangazy Kazakh National Conservatory, pianist Aisulu Temirkhanova, and his friend, professor at the Conservatory, pianist Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Aisulu Temirkhanova', 'People’s Artist of Kazakhstan'], ['Ivan Petrov', null]]);
    });

    it('reads a state\'s name of two words before `Gov.`, and no person in a headline\'s verb, a Portuguese city or an office\'s field', () => {
      const body = 'U.S., Vietnam Mark Partnership Anniversary With Hanoi Talks\nNew Hampshire Gov. Janet Pruitt met Ambassador Mark Ridley. Mr. Zhang came. The Commissioner of the Hessian State Government for Expellees and Late Repatriates, Ms. Sabine Kellermann, toured Viana do Castelo.';
      assert.deepEqual(rolesOf(body), [
        ['Janet Pruitt', 'New Hampshire Gov.'], ['Mark Ridley', 'Ambassador'], ['Zhang', null],
        ['Sabine Kellermann', 'Commissioner of the Hessian State Government for Expellees and Late Repatriates'],
      ]);
    });

    it('reads three names in brackets after a title as the person, and a surname after a headline\'s verb before a named anniversary', () => {
      const body = 'Astana Hosts Tokayev Inauguration Anniversary Gala\nThe Ambassador (Jean Paul Dupont) said so with Kassym-Jomart Tokayev.';
      assert.deepEqual(rolesOf(body), [['Tokayev', null], ['Jean Paul Dupont', 'Ambassador'], ['Kassym-Jomart Tokayev', null]]);
    });

    it('reads a state\'s name that closes an article\'s full name as the person opening a sentence before a verb and `his`', () => {
      const body = 'Visit\nChancellor Merz received Prime Minister Luís Montenegro. Montenegro thanked his host. Montenegro welcomed its partners. The people of Montenegro welcomed his words.';
      assert.deepEqual(rolesOf(body), [['Merz', 'Chancellor'], ['Luís Montenegro', 'Prime Minister'], ['Montenegro', null]]);
    });

    it('reads an office after a description with a lower-case field after `of`, and a headline\'s past `Presented` as no office', () => {
      const body = 'Head of State Presented the Title of Halyk Kaharmany to Mountaineer Dias Abenov\nAnna Berg, a veteran of the wool trade and honorary president of the Chamber, said so. Dias Abenov thanked him.';
      assert.deepEqual(rolesOf(body), [['Dias Abenov', null], ['Anna Berg', 'honorary president of the Chamber'], ['Dias Abenov', null]]);
    });

    it('reads a church\'s see after `of All` as its country, a translated `Respected` as a form of address, and an office after `a … and the`', () => {
      const body = 'Visit\nHe met Catholicos-Patriarch of All Georgia Ilia II and the President of the Republic of Tajikistan, Respected Emomali Rahmon. Ms. Echeverría, a lawyer and the founder of the Andes Foundation, spoke.';
      assert.deepEqual(rolesOf(body), [['Ilia II', 'Catholicos-Patriarch of All Georgia'], ['Emomali Rahmon', 'President of the Republic of Tajikistan'], ['Echeverría', 'founder of the Andes Foundation']]);
    });

    it('reads a speech\'s audience after a form of address as no one', () => {
      const body = 'Address\nDear Friends! Esteemed Guests, Dear Ladies and Gentlemen! Respected Participants! Dear Compatriots! Mr. Lowe said so.';
      assert.deepEqual(rolesOf(body), [['Lowe', null]]);
    });

    it('reads a quoted title closed by a full stop, a site\'s `Warriors`, a rank\'s level in brackets and a numbered school\'s honoree', () => {
      const body = 'Visit\nThey will see the Terracotta Warriors and the opera "The Drunken Concubine." He cried: "Welcome, Anna Berg." ' +
        'It was led by Li Chenggang, China International Trade Representative (minister level) and vice minister of commerce, while others came. ' +
        'The order went to Gulnara Ismailova, a teacher at School-Lyceum No. 38 named after Mukhtar Auezov in Shymkent.';
      assert.deepEqual(rolesOf(body), [['Anna Berg', null], ['Li Chenggang', 'China International Trade Representative (minister level) and vice minister of commerce'], ['Gulnara Ismailova', 'teacher at School-Lyceum No. 38 named after Mukhtar Auezov']]);
    });

    it('keeps a surname like an audience after a doctor\'s form of address, and no office owning a noun after `a … and the`', () => {
      const body = 'Visit\nDr. Fellows, the Minister of Health of Jamaica, spoke. Kai Berg, a poet and the President of Finland\'s guest, came. Dear Fellows, welcome.';
      assert.deepEqual(rolesOf(body), [['Fellows', 'Minister of Health of Jamaica'], ['Kai Berg', null]]);
    });

    it('reads the French `Son Excellence` and, in an article that writes `Mme`, every `M.` as forms of address, and a plural body before `in` in an office', () => {
      const body = 'Credentials\nThe new Ambassador of Burkina Faso to Tunisia, Son Excellence M. Jean-Baptiste Kaboré, came with Mme Clarisse Nzé Obame. ' +
        'M. Nafti spoke. They marked the King\'s Official Birthday with the Organisation Internationale de la Francophonie. ' +
        'Permanent Representative to the international organisations in Vienna Kairat Sarzhanov spoke.';
      assert.deepEqual(rolesOf(body), [['Jean-Baptiste Kaboré', 'Ambassador of Burkina Faso to Tunisia'], ['Clarisse Nzé Obame', null], ['Nafti', null], ['Kairat Sarzhanov', 'Permanent Representative to the international organisations in Vienna']]);
    });

    it('keeps `M.` as an initial in an article with no other sign of French forms of address', () => {
      assert.deepEqual(rolesOf('Talks\nM. Rifat Hisarcıklıoğlu and M. Tleuberdi came.'), [['M. Rifat Hisarcıklıoğlu', null], ['M. Tleuberdi', null]]);
    });

    it('keeps an office whose own name holds a possessive after `a … and the`, and `M.` as an initial when the full name carries it too', () => {
      const body = 'Talks\nAigerim Bekova, a lawyer and the Deputy Head of the President\'s Administration, said so. President of TOBB M. Rifat Hisarcıklıoğlu spoke. M. Hisarcıklıoğlu noted it.';
      assert.deepEqual(rolesOf(body), [['Aigerim Bekova', 'Deputy Head of the President\'s Administration'], ['M. Rifat Hisarcıklıoğlu', 'President of TOBB'], ['M. Hisarcıklıoğlu', null]]);
    });

    it('reads the Cuban `compañera` as a form of address and a further accreditation to a group of states as no part of the office', () => {
      const body = 'Talks\nHe met the Director General of Bilateral Affairs, compañera Marta Elena Rivero. He thanked Kazakhstan\'s Ambassador to Brazil, concurrently accredited to several Caribbean states, Mr. Askar Zhumagaliyev.';
      assert.deepEqual(rolesOf(body), [['Marta Elena Rivero', 'Director General of Bilateral Affairs'], ['Askar Zhumagaliyev', 'Kazakhstan\'s Ambassador to Brazil']]);
    });

    it('reads a sentence\'s opening imperative of remembrance as no part of the name', () => {
      assert.deepEqual(rolesOf('Memory\nRemember Nazir Tyuryakulov, who represented his country. Veterans Remember Bauyrzhan Momyshuly.'), [['Nazir Tyuryakulov', null], ['Bauyrzhan Momyshuly', null]]);
    });

    it('reads a people after `of the` as closing a monarch\'s office before one name, and the Berber `Ait` inside a name', () => {
      const body = 'Messages\nHe wrote to King of the Belgians Philippe. The Secretary General of the Ministry, Fouad Ait Benhaddou, led it. The Kurban Ait holiday began.';
      assert.deepEqual(rolesOf(body), [['Philippe', 'King of the Belgians'], ['Fouad Ait Benhaddou', 'Secretary General of the Ministry']]);
    });

    it('reads round-306 cases: a museum of local lore, a quoted title in Urdu, festivals, a jathedar, and Satish as a given name', () => {
      const body = 'Festivals Marked\nHe visited the Regional Museum of History and Local Lore. They saw a staging of "Iqbal aur Rumi", a play, and works by Rumi. ' +
        'They celebrate Pahela Baishakh. Jathedar Balwinder Singh Sandhu led the jatha. The Chief Minister of Madhesh Province Satish Kumar Singh spoke.';
      assert.deepEqual(rolesOf(body), [['Rumi', null], ['Balwinder Singh Sandhu', 'Jathedar'], ['Satish Kumar Singh', 'Chief Minister of Madhesh Province']]);
    });

    it('keeps a poet named in quoted speech or before a bare apostrophe, and Birth and Salute as surnames', () => {
      const body = 'Talks\n"We all love Rumi", he added. Confucius\' teachings matter. Minister John Birth spoke. Ambassador John Salute spoke. Mr. Salute said so.';
      assert.deepEqual(rolesOf(body), [['Rumi', null], ['Confucius', null], ['John Birth', 'Minister'], ['John Salute', 'Ambassador'], ['Salute', null]]);
    });

    it('reads a ship after its prefix in capitals as no person, and `Her Honour` as a form of address', () => {
      const body = 'Relief\nNew Zealand has deployed HMNZS Canterbury to Tonga. He met the Lieutenant Governor of Saskatchewan, Her Honour the Honourable Karen Dubois.';
      assert.deepEqual(rolesOf(body), [['Karen Dubois', 'Lieutenant Governor of Saskatchewan']]);
    });

    it('reads MV and MT as a person\'s initials but after `the`, `aboard` or a vessel\'s noun, and a navy\'s prefix after a title as initials too', () => {
      const body = 'Port\nEngineer MT Ramesh Kumar said so. Mr MV Govindan met him. The tanker MT Ramesh Kumar sank. They sailed aboard MV Pwani Star.';
      assert.deepEqual(rolesOf(body), [['MT Ramesh Kumar', 'Engineer'], ['MV Govindan', null]]);
    });

    it('reads a title inside a hotel\'s name after `the Hotel` as no person\'s', () => {
      assert.deepEqual(rolesOf('Briefing\nThey held a press conference at the Hotel Rixos President Astana. The Hotel Manager Anna Berg spoke.'), [['Anna Berg', 'Hotel Manager']]);
    });

    it('reads `of His Holiness` after `Secretary of State` as the Pope\'s style, and a prelate\'s rank after its comma as the holder\'s style', () => {
      const body = 'Talks\nHe met the Secretary of State of His Holiness, Cardinal Pietro Parolin. He met the Personal Representative of His Highness, Sheikh Ali Al Thani.';
      assert.deepEqual(rolesOf(body), [['Pietro Parolin', 'Secretary of State of His Holiness'], ['Ali Al Thani', null]]);
    });

    it('folds a bracketed short given name before a surname with two particles', () => {
      const body = 'Visit\nThe Ambassador of the Netherlands to Kazakhstan Nicolaas (Niek) van den Berg attended. Mr. van den Berg recalled it.';
      assert.deepEqual(rolesOf(body), [['Nicolaas (Niek) van den Berg', 'Ambassador of the Netherlands to Kazakhstan'], ['van den Berg', null]]);
    });

    it('keeps an office across its comma whose body is named after a person with initials, and reads Erasmus Mundus as no one', () => {
      const body = 'Forum\nThe forum was opened by the Rector of the L.N. Gumilyov Eurasian National University, Yerlan Sydykov. The Erasmus Mundus alumni met.';
      assert.deepEqual(rolesOf(body), [['Yerlan Sydykov', 'Rector of the L.N. Gumilyov Eurasian National University']]);
    });

    it('gives an office joined by `and` to a former champion\'s feat before the name', () => {
      const body = 'Games\nIt was opened by the President of the National Olympic Committee of Kazakhstan and former world middleweight champion Gennady GOLOVKIN. The coach and former champion Ali Bek came.';
      assert.deepEqual(rolesOf(body), [['Gennady GOLOVKIN', 'President of the National Olympic Committee of Kazakhstan'], ['Ali Bek', null]]);
    });

    it('keeps a titled person after a hotel\'s name, and a short given name away from a family name with its article', () => {
      const body = 'Guests\nAt the Hotel Kazakhstan General Manager Peter Brown greeted guests. Ambassador Ahmed Al Mas met akim Almas Nurlanov. Almas said so.';
      assert.deepEqual(rolesOf(body), [['Peter Brown', 'Hotel Kazakhstan General Manager'], ['Ahmed Al Mas', 'Ambassador'], ['Almas Nurlanov', 'akim'], ['Almas', null]]);
    });

    it('reads no person in an operation\'s name or in Magen David Adom', () => {
      assert.deepEqual(rolesOf('Aid\nA delegation of MASHAV and Magen David Adom came. As part of Operation Chivalrous Knight 3, aid arrived.'), []);
    });

    it('reads a state corporation named with a field\'s word before its name, and Net Zero as a portfolio', () => {
      const body = 'Visit\nHe received Director General of the State Space Corporation Roscosmos Viktor Lebedinsky. The visit of the Secretary of State for Energy Security and Net Zero was discussed. The Secretary of State for Energy Security and Net Zero Ed Miliband came.';
      assert.deepEqual(rolesOf(body), [['Viktor Lebedinsky', 'Director General of the State Space Corporation Roscosmos'], ['Ed Miliband', 'Secretary of State for Energy Security and Net Zero']]);
    });

    it('reads round-310 cases: a place as a given name before a patronymic and as a surname after one, a style giving way to an appointment after a name in capitals, a state inside a body\'s name before `and`', () => {
      const body = 'Decrees\nBy Decree of the Head of State, Aral Sabyruly Zhumagaliyev has been appointed akim of Almaty region. By Presidential Decree, Nurzhan Bolatovich Taraz was appointed akim of Shymkent. ' +
        'He announced the appointment of Ambassador Yerbolat SEMBAYEV as Special Representative of the President. He met the Chairman of the Kazakh-Turkish Business Council and President of Anadolu Holding, Mr. Ahmet Kaya.';
      assert.deepEqual(rolesOf(body), [['Aral Sabyruly Zhumagaliyev', 'akim of Almaty region'], ['Nurzhan Bolatovich Taraz', 'akim of Shymkent'], ['Yerbolat SEMBAYEV', 'Special Representative of the President'], ['Ahmet Kaya', 'Chairman of the Kazakh-Turkish Business Council and President of Anadolu Holding']]);
    });

    it('reads an office across the years it was held in brackets before its comma', () => {
      const body = 'Memory\nHe met the first Ambassador of Kazakhstan to the United States of America (1992-1996), Nurlan BAIZHANOV. He met the Ambassador of Kazakhstan to Italy (2019–2023), Anna Berg.';
      assert.deepEqual(rolesOf(body), [['Nurlan BAIZHANOV', 'first Ambassador of Kazakhstan to the United States of America'], ['Anna Berg', 'Ambassador of Kazakhstan to Italy']]);
    });

    it('keeps the review 50g cases: a state\'s parliament splits offices joined by `and`, a company\'s person, a place closing a name only before a verb, the Head of Operation', () => {
      const body = 'Talks\nThe Speaker of the Kazakh Mazhilis and Chairman of the Turkish Grand National Assembly Numan Kurtulmus met. Chief of the National Railway Company Maria Jose Garcia spoke. ' +
        'Deputy Minister Marat Bolatovich Monday said so. Director Aidos Serikuly Almaty branch head said. The Head of Operation Joseph Mwangi said.';
      assert.deepEqual(rolesOf(body), [['Numan Kurtulmus', 'Chairman of the Turkish Grand National Assembly'], ['Maria Jose Garcia', 'Chief of the National Railway Company'], ['Marat Bolatovich', 'Deputy Minister'], ['Aidos Serikuly', 'Director'], ['Joseph Mwangi', 'Head of Operation']]);
    });

    it('keeps a given name before a Turkic patronymic after a national company\'s noun', () => {
      assert.deepEqual(rolesOf('Talks\nThe Chairman of the Board of KAZAKH INVEST National Company Meiram Zhumabekuly Sadvakassov came.'), [['Meiram Zhumabekuly Sadvakassov', 'Chairman of the Board of KAZAKH INVEST National Company']]);
    });

    it('joins an office to a former one after `and`, but not the state\'s head to another\'s former office', () => {
      const body = 'Awards\nIt was awarded to Deputy of the Mazhilis and former Minister of Culture and Sports Arystanbek Mukhamediuly. He met the President of Kazakhstan and former Prime Minister Ali Khan.';
      assert.deepEqual(rolesOf(body), [['Arystanbek Mukhamediuly', 'Deputy of the Mazhilis and former Minister of Culture and Sports'], ['Ali Khan', 'former Prime Minister']]);
    });

    it('reads a given-name state after an office for a region and its comma as the holder\'s given name, also on the article\'s first line and before a full stop', () => {
      const body = 'Talks\nHe met the Director General for Central Asia, Georgia Whitaker, on Monday. He met the ADB\'s Director General for Central and West Asia, Chad Whitaker. The Honorary Consul of Kazakhstan in Tbilisi, Georgia, spoke.';
      assert.deepEqual(rolesOf(body), [['Georgia Whitaker', 'Director General for Central Asia'], ['Chad Whitaker', 'ADB\'s Director General for Central and West Asia']]);
    });

    it('joins a state\'s office to a post in a body no state names after `and`, and reads a Maslikhat as a body', () => {
      const body = 'Talks\nHe met the former Speaker of the Grand National Assembly of Türkiye and founding Secretary General of the Parliamentary Assembly of Turkic States (TURKPA), Mehmet Ali Karaosmanoğlu. ' +
        'He met the President of Kazakhstan and Prime Minister of Turkey Ali Khan. Secretary of the city Maslikhat Yerlan Kanalimov spoke.';
      assert.deepEqual(rolesOf(body), [['Mehmet Ali Karaosmanoğlu', 'former Speaker of the Grand National Assembly of Türkiye and founding Secretary General of the Parliamentary Assembly of Turkic States (TURKPA)'], ['Ali Khan', 'Prime Minister of Turkey'], ['Yerlan Kanalimov', 'Secretary of the city Maslikhat']]);
    });

    it('reads the office before a form of address and a rank that is a given name (`Sultan`)', () => {
      const body = 'Talks\nHe met Minister of State for Foreign Affairs H.E. Sultan bin Saad Al-Muraikhi. Major General Sultan Kamaletdinov came.';
      assert.deepEqual(rolesOf(body), [['Sultan bin Saad Al-Muraikhi', 'Minister of State for Foreign Affairs'], ['Sultan Kamaletdinov', 'Major General']]);
    });

    it('keeps a state\'s minister and an international bank\'s chairman joined by `and` two people', () => {
      assert.deepEqual(rolesOf('Talks\nHe met the Minister of Foreign Affairs of Kazakhstan and Chairman of the Board of the Eurasian Development Bank Ali Khan.'), [['Ali Khan', 'Chairman of the Board of the Eurasian Development Bank']]);
    });

    it('reads no person in an acronym after `of the Swiss`, a people that is no plural', () => {
      assert.deepEqual(rolesOf('Talks\nHe met the Special Representative of the Swiss OSCE Chairpersonship for Central Asia, Ambassador Thomas Greminger-Kälin.'), [['Thomas Greminger-Kälin', 'Special Representative of the Swiss OSCE Chairpersonship for Central Asia']]);
    });

    it('gives an office a full name with a Slavic surname closes to that name, not to the name before its comma', () => {
      const body = 'Talks\nThe talks were attended by Aibek Nurmaganbetov, head of the Kazakhstan-Hungary friendship group Serik Abdrakhmanov-Orda and Ambassador Ruslan Abenov.';
      assert.deepEqual(rolesOf(body), [['Aibek Nurmaganbetov', null], ['Serik Abdrakhmanov-Orda', 'head of the Kazakhstan-Hungary friendship group'], ['Ruslan Abenov', 'Ambassador']]);
    });

    it('still reads a company\'s name after its noun in an apposition when the surname is no Slavic one', () => {
      const body = 'Talks\nHe met Dana Wells, CEO of the agribusiness group Terra Viva Agro, in Astana.';
      assert.deepEqual(rolesOf(body), [['Dana Wells', 'CEO of the agribusiness group Terra Viva Agro']]);
    });

    it('reads a month that is a given name after a title or a form of address, and a month elsewhere as a month', () => {
      const body = 'Talks\nHe received the Netherlands\' Ambassador August van der Berg and Ambassador of Australia Ms. June Harrowby. The Ambassador arrives in June Kazakhstan time.';
      assert.deepEqual(rolesOf(body), [['August van der Berg', 'Netherlands\' Ambassador'], ['June Harrowby', 'Ambassador of Australia']]);
    });

    it('keeps a body\'s capitalised common word before its portfolio\'s `and` in the earlier of two joined offices', () => {
      const body = 'Talks\nHe met the Chairman of the Agency for Strategic Planning and Reforms and Head of the Bureau of National Statistics, Zhandos Temirgali.';
      assert.deepEqual(rolesOf(body), [['Zhandos Temirgali', 'Chairman of the Agency for Strategic Planning and Reforms and Head of the Bureau of National Statistics']]);
    });

    it('joins an office after `and current` or `and currently` to the former one before it, and keeps a lone `current` out of the role', () => {
      const body = 'Talks\nIt was attended by former Ambassador of Hungary to Kazakhstan and current Chair of the Foreign Affairs Committee Zsolt BARANYI. The current Chairman of the Board Ivan Petrov spoke.';
      assert.deepEqual(rolesOf(body), [['Zsolt BARANYI', 'former Ambassador of Hungary to Kazakhstan and current Chair of the Foreign Affairs Committee'], ['Ivan Petrov', 'Chairman of the Board']]);
    });

    it('reads a plural Marshals as a shared title, and an office set off before a peer whose territory follows the name', () => {
      const body = 'Talks\nThe delegation included Deputy Marshals of the Senate Anna Maria Zielińska and Krzysztof Nowak. He met with the Lord Speaker, Lord Harrington of Kew, and the Speaker of the House.';
      assert.deepEqual(rolesOf(body), [['Anna Maria Zielińska', 'Deputy Marshals of the Senate'], ['Krzysztof Nowak', 'Deputy Marshals of the Senate'], ['Harrington', 'Lord Speaker']]);
    });

    it('reads a given name before a middle initial after a corporation\'s noun, and a given-name state before one, as the person\'s', () => {
      const body = 'Talks\nThe CEO of Meridian Petroleum Corporation Douglas R. Hartley came. He met Chief Executive Officer of Saudi Arabian Mining Company (Ma\'aden) Jordan T. Sinclair.';
      assert.deepEqual(rolesOf(body), [['Douglas R. Hartley', 'CEO of Meridian Petroleum Corporation'], ['Jordan T. Sinclair', 'Chief Executive Officer of Saudi Arabian Mining Company (Ma\'aden)']]);
    });

    it('keeps a numbered convocation closing an office, and joins a post in a body no state holds to a further office though the body names a state', () => {
      const body = 'Talks\nIt was attended by the Deputy of the Supreme Council of the 12th convocation Kuanysh Zhumagaliyev. The order went to the President of the National Olympic Committee of the Republic of Kazakhstan and Vice President of the Olympic Council of Asia Timur Seitkazy.';
      assert.deepEqual(rolesOf(body), [['Kuanysh Zhumagaliyev', 'Deputy of the Supreme Council of the 12th convocation'], ['Timur Seitkazy', 'President of the National Olympic Committee of the Republic of Kazakhstan and Vice President of the Olympic Council of Asia']]);
    });

    it('gives a style the office before its comma after a body\'s letters, and reads a portfolio\'s listed fields on to the next titled name', () => {
      const body = 'Talks\nIt was opened by UNESCO Assistant Director-General for Culture Luisa Carvalho-Mendes, Permanent Delegate of Kazakhstan to UNESCO, Ambassador Gulsara Temirkhanova, and others. ' +
        'The reception was attended by Director of the Museum FUJIWARA Makoto, the President of the Japan Foundation, Ms. SATO Yukiko, former Minister of Education, Culture, Sports, Science and Technology Mr. OKADA Ryota and others.';
      assert.deepEqual(rolesOf(body), [
        ['Luisa Carvalho-Mendes', 'UNESCO Assistant Director-General for Culture'], ['Gulsara Temirkhanova', 'Permanent Delegate of Kazakhstan to UNESCO'],
        ['FUJIWARA Makoto', 'Director of the Museum'], ['SATO Yukiko', 'President of the Japan Foundation'], ['OKADA Ryota', 'former Minister of Education, Culture, Sports, Science and Technology'],
      ]);
    });

    it('keeps what review 51a found: a style after `and current`, two holders of one office, states in the second of two joined offices', () => {
      const body = 'Talks\nHe met the former Minister and current Senator Ivan Petrov. He met the outgoing Chair of the Council and current Chair of the Council Anna Berg. ' +
        'He met the Minister of Sports of Kazakhstan and President of the NOC Gennady Golovkin. He met the Chairman of the Accounts Chamber of the Republic of Kazakhstan and Chairman of the Supreme Audit Board Alikhan Smailov. ' +
        'He met the Chairman of the Business Council of the Republic of Kazakhstan and Minister of Foreign Affairs of Hungary Peter Szijjarto.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', 'former Minister and current Senator'], ['Anna Berg', 'Chair of the Council'], ['Gennady Golovkin', 'President of the NOC'],
        ['Alikhan Smailov', 'Chairman of the Supreme Audit Board'], ['Peter Szijjarto', 'Minister of Foreign Affairs of Hungary']]);
    });

    it('reads no person in a work\'s title closed by an exclamation mark, and a chess grandmaster\'s title giving way to the office before its comma', () => {
      const body = 'Talks\nThe premiere of the biopic "Chopin, Chopin!", presented by its producer Marta Kowalska, was held. He said: "Welcome, President Tokayev!" He thanked his coach, Grandmaster Evgeny Vladimirov.';
      assert.deepEqual(rolesOf(body), [['Marta Kowalska', null], ['Tokayev', 'President'], ['Evgeny Vladimirov', 'coach']]);
    });

    it('reads an office whose complement closes right before a military rank as the role, with Commanding and Adjutant as title words', () => {
      const body = 'Talks\nHe met Commander of the British Army\'s Field Army Lieutenant General Sir Richard Ashby-Grant. He met Chief of the Air Staff Air Chief Marshal Noman Akhtar Rana. ' +
        'He met Defence Attaché of India in Kazakhstan Group Captain Arjun Malhotra. He met the Commanding Officer of the Indian Battalion, Colonel Vikram Singh Rathore. ' +
        'He met Adjutant General of the Arizona National Guard, Major General Dana Brooks-Whitaker. He met Field Marshal Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Richard Ashby-Grant', 'Commander of the British Army\'s Field Army'], ['Noman Akhtar Rana', 'Chief of the Air Staff'], ['Arjun Malhotra', 'Defence Attaché of India in Kazakhstan'],
        ['Vikram Singh Rathore', 'Commanding Officer of the Indian Battalion'], ['Dana Brooks-Whitaker', 'Adjutant General of the Arizona National Guard'], ['Ivan Petrov', 'Field Marshal']]);
    });

    it('reads a maslikhat\'s deputy, a number inside a body\'s name, Doctors as a plural office and an owner as an office', () => {
      const body = 'Talks\nThe maslikhat deputy from the Amanat party, Yelena Kim, proposed it. He met the President of Jean Moulin Lyon 3 University, Professor Éric Carpentier. ' +
        'It was attended by the Chief State Sanitary Doctors of Belarus and Armenia, Aleksandr Tarasenko and Gayane Sahakyan. The medal went to the team doctors Aliya Sarsenova and Igor Belyi. ' +
        'He met founder and owner of Kazakhstan\'s Kazyna Agro Group Nurlan Bek.';
      assert.deepEqual(rolesOf(body), [['Yelena Kim', 'maslikhat deputy from the Amanat party'], ['Éric Carpentier', 'President of Jean Moulin Lyon 3 University'],
        ['Aleksandr Tarasenko', 'Chief State Sanitary Doctors of Belarus and Armenia'], ['Gayane Sahakyan', 'Chief State Sanitary Doctors of Belarus and Armenia'],
        ['Aliya Sarsenova', null], ['Igor Belyi', null], ['Nurlan Bek', 'founder and owner of Kazakhstan\'s Kazyna Agro Group']]);
    });

    it('keeps what review 51b found: a given-name state before a middle initial after a lower-case word, month names before letters, an office and the Senate\'s joined by and current', () => {
      const body = 'Talks\nThe book was written by Jordan B. Peterson. He met the Ambassadors of Egypt A. Hassan, Jordan B. Khalil and others. Ms. June Harrowby MP said so. ' +
        'The Chairman of the Senate and current Chair of the Inter-Parliamentary Assembly Maulen Ashimbayev spoke. He addressed the forum "Welcome, President Tokayev!" with a smile. ' +
        'Deputy Commanding General Mark Jones spoke.';
      assert.deepEqual(rolesOf(body), [['Jordan B. Peterson', null], ['A. Hassan', 'Ambassadors of Egypt'], ['B. Khalil', null], ['June Harrowby', 'MP'],
        ['Maulen Ashimbayev', 'Chairman of the Senate and current Chair of the Inter-Parliamentary Assembly'], ['Tokayev', 'President'], ['Mark Jones', 'Deputy Commanding General']]);
    });

    it('reads the city a UN office sits in inside an office joined to a further one, and Sons closing a company\'s name', () => {
      const body = 'Talks\nHe met the Acting Director-General of the United Nations Office at Geneva and Secretary-General of the Conference, Mr. Pieter-Jan Vermeulen. He met the Chairman of Tata Sons N. Chandrasekaran.';
      assert.deepEqual(rolesOf(body), [['Pieter-Jan Vermeulen', 'Acting Director-General of the United Nations Office at Geneva and Secretary-General of the Conference'], ['N. Chandrasekaran', 'Chairman of Tata Sons']]);
    });

    it('gives the last name of a plural title\'s list that title, and the office set off after it before a form of address the next name', () => {
      const body = 'Talks\nThe meeting was attended by the Permanent Representatives of Denmark and Pakistan, Sofie Brandt-Nielsen and Tariq Mahmood Qureshi, Guyana\'s Deputy Permanent Representative, Mr. Trevor Alleyne, and others.';
      assert.deepEqual(rolesOf(body), [['Sofie Brandt-Nielsen', 'Permanent Representatives of Denmark and Pakistan'], ['Tariq Mahmood Qureshi', 'Permanent Representatives of Denmark and Pakistan'], ['Trevor Alleyne', 'Guyana\'s Deputy Permanent Representative']]);
    });

    it('reads a former office set off after a decree\'s object as the name\'s, not the decree\'s author', () => {
      const body = 'Talks\nBy Decree of the President, Marat BEKETAYEV, former Minister of Justice, and Gulmira Isimbayeva, former Deputy Minister, were appointed.';
      assert.deepEqual(rolesOf(body), [['Marat BEKETAYEV', 'former Minister of Justice'], ['Gulmira Isimbayeva', 'former Deputy Minister']]);
    });

    it('keeps what reviews 51c and 51d found: a former post after the comma of an invitation\'s office, Tata Sons, a person owning what others manage', () => {
      const body = 'Talks\nAt the invitation of the Prime Minister, Olzhas Bektenov, former Head of the Anti-Corruption Agency, the delegation visited. Tata Sons said the deal was good. ' +
        'The court froze the assets of Karim Massimov managed by his relatives.';
      assert.deepEqual(rolesOf(body), [['Olzhas Bektenov', 'Prime Minister'], ['Karim Massimov', null]]);
    });

    it('ends an appointment\'s office before the act that gave it, and gives a style way to an office after `who is also`', () => {
      const body = 'Talks\nMr. Baumgartner, who was appointed Honorary Consul by order of the Minister of Foreign Affairs on 14 July, spoke. ' +
        'Senator Dela Cruz-Santos, who is also Chairman of the Philippine Senate Committee on Foreign Relations, recalled it.';
      assert.deepEqual(rolesOf(body), [['Baumgartner', 'Honorary Consul'], ['Dela Cruz-Santos', 'Chairman of the Philippine Senate Committee on Foreign Relations']]);
    });

    it('reads Banks as a surname after a given name, no person in a body headed or owned by someone, nor in a joint venture\'s name', () => {
      const body = 'Talks\nHe met the Mayor of Atlanta, Jordan T. Banks, and others. KazAgroTrade grew, Tobol Grain headed by Viktor Petrovich Grant grew. The joint venture Prairie Astyk expanded. Minister Ali Khan chaired it.';
      assert.deepEqual(rolesOf(body), [['Jordan T. Banks', 'Mayor of Atlanta'], ['Viktor Petrovich Grant', null], ['Ali Khan', 'Minister']]);
    });

    it('reads an office one earlier worked as, and shares offices given respectively after a list\'s last name', () => {
      const body = 'Talks\nMr. Yerlan Alimbayev had earlier worked as Counsellor at the Embassy in Budapest (2009-2013). ' +
        'He met with Wang Dongsheng and Li Yunpeng, Chairman and President of the Industrial and Commercial Bank of China respectively.';
      assert.deepEqual(rolesOf(body), [['Yerlan Alimbayev', 'Counsellor at the Embassy in Budapest'], ['Wang Dongsheng', 'Chairman and President of the Industrial and Commercial Bank of China'],
        ['Li Yunpeng', 'Chairman and President of the Industrial and Commercial Bank of China']]);
    });

    it('reads a portfolio set off after an office by a comma and `responsible for`, and the French préfet as a title', () => {
      const body = 'Talks\nHe met Benoît du Roure, Secretary of State to the Minister for Europe and Foreign Affairs, responsible for Francophonie and International Partnerships, in Paris. ' +
        'The préfet of Haute-Savoie, Jean-Philippe Castagnède, met him.';
      assert.deepEqual(rolesOf(body), [['Benoît du Roure', 'Secretary of State to the Minister for Europe and Foreign Affairs, responsible for Francophonie and International Partnerships'],
        ['Jean-Philippe Castagnède', 'préfet of Haute-Savoie']]);
    });

    it('reads a board of trustees, a further accreditation written `and, concurrently, to` before a name, and Sultan before a Turkic father\'s name', () => {
      const body = 'Talks\nTokayev received Chairman of the Board of Trustees of the National Olympic Committee and Minister of Tourism and Sports Yerlan ZHAKSYBEKOV, who reported. ' +
        'Ambassador of Kazakhstan to Georgia and, concurrently, to Armenia Talgat Kaliyev met them. Gold medalists Yerasyl Tolegen, Sultan Bekzatuly and Miras Paris were honoured.';
      assert.deepEqual(rolesOf(body), [['Yerlan ZHAKSYBEKOV', 'Chairman of the Board of Trustees of the National Olympic Committee and Minister of Tourism and Sports'],
        ['Talgat Kaliyev', 'Ambassador of Kazakhstan to Georgia and, concurrently, to Armenia'], ['Yerasyl Tolegen', null], ['Sultan Bekzatuly', null], ['Miras Paris', null]]);
    });

    it('reads an office after capitalised Letters of Credence, and a Gaelic surname in camel case after Nic as a name', () => {
      const body = 'Talks\nDame Eleanor Fairbrother DCMG presented her Letters of Credence as British High Commissioner to Malaysia. ' +
        'He met the Scottish Government\'s Cabinet Secretary for the Economy, Màiri NicIllFhinnein MSP, in Astana.';
      assert.deepEqual(rolesOf(body), [['Eleanor Fairbrother', 'British High Commissioner to Malaysia'], ['Màiri NicIllFhinnein', 'Scottish Government\'s Cabinet Secretary for the Economy']]);
    });

    it('keeps what review 51e found: a state or a person after responsible for, a titled name before chaired by', () => {
      const body = 'Talks\nSergei Shoigu, Defence Minister, responsible for Russia\'s war in Ukraine, was dismissed. Erlan Karin, State Counsellor, responsible for Tokayev\'s reforms, said. ' +
        'President Kassym-Jomart Tokayev chaired by video link a meeting of the Security Council.';
      assert.deepEqual(rolesOf(body), [['Sergei Shoigu', 'Defence Minister'], ['Erlan Karin', 'State Counsellor'], ['Tokayev', null], ['Kassym-Jomart Tokayev', 'President']]);
    });

    it('reads M. before a surname with particles as Monsieur when the article gives another given name, and Rabbis as a plural title', () => {
      const body = 'Talks\nHe met Jean-Baptiste de La Rochefoucauld, Director of Business France. M. de La Rochefoucauld noted that 170 French companies work in Kazakhstan. ' +
        'Israel\'s Chief Rabbis Yona Metzger and Shlomo Amar took part.';
      assert.deepEqual(rolesOf(body), [['Jean-Baptiste de La Rochefoucauld', 'Director of Business France'], ['de La Rochefoucauld', null], ['Yona Metzger', 'Israel\'s Chief Rabbis'], ['Shlomo Amar', 'Israel\'s Chief Rabbis']]);
    });

    it('reads a portfolio after responsible for that opens with a body\'s letters', () => {
      assert.deepEqual(rolesOf('Talks\nIvan Petrov, Deputy Minister, responsible for EU Integration, met the delegation.'), [['Ivan Petrov', 'Deputy Minister, responsible for EU Integration']]);
    });

    it('gives a hero\'s title before a name way to the office before its comma, as other honours do', () => {
      assert.deepEqual(rolesOf('Talks\nHe met Honorary Chairman of the Association, Hero of Labour of Kazakhstan Yuri Tsoy.'), [['Yuri Tsoy', 'Honorary Chairman of the Association']]);
    });

    it('reads a further honoree after `and after`, former offices one held the posts of, and no given name in a sentence\'s Previously', () => {
      const body = 'Talks\nThey visited the schools named after Akhmet Baitursynuly in Kostanay and after Bauyrzhan Momyshuly in Taraz. He came and after Ivan Petrov spoke. ' +
        'Previously B.A. Tursunov held the posts of First Deputy Minister of Investment and Ambassador of Uzbekistan to the Republic of Korea.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', null], ['B.A. Tursunov', 'First Deputy Minister of Investment and Ambassador of Uzbekistan to the Republic of Korea']]);
    });

    it('reads a business\'s name its legal form closes inside an office, a state enterprise, and a faction\'s secretary', () => {
      const body = 'Talks\nHe met the CEO of the Italian agri-food company Molini Ferranti S.p.A., Lorenzo Ferranti. He met the General Director of the Kyrgyz Temir Zholu state enterprise, Azamat Sultanov. ' +
        'The faction secretary Yekaterina Nikitinskaya spoke.';
      assert.deepEqual(rolesOf(body), [['Lorenzo Ferranti', 'CEO of the Italian agri-food company Molini Ferranti S.p.A.'], ['Azamat Sultanov', 'General Director of the Kyrgyz Temir Zholu state enterprise'],
        ['Yekaterina Nikitinskaya', 'faction secretary']]);
    });

    it('keeps what review 51h found: no honoree after `and after` once a clause goes on past the first honoree', () => {
      const body = 'Talks\nA school named after Abai opened and after lunch Ivan Petrov spoke. The library named after Abai reopened and after Ivan Petrov cut the ribbon, guests entered.';
      assert.deepEqual(rolesOf(body), [['Ivan Petrov', null], ['Ivan Petrov', null]]);
    });

    it('gives a plural office before a list of ranked names to each name of the list, not to a rank after a lone plural noun', () => {
      const body = 'Talks\nThe Commanders of the Air Forces of Belarus and Armenia, Major General Andrei Lukyanovich and Brigadier General Andranik Markaryan, met. ' +
        'He trained naval officers, and Colonel Kim shared the experience.';
      assert.deepEqual(rolesOf(body), [['Andrei Lukyanovich', 'Commanders of the Air Forces of Belarus and Armenia'], ['Andranik Markaryan', 'Commanders of the Air Forces of Belarus and Armenia'], ['Kim', 'Colonel']]);
    });

    it('gives a rank or a style way to an office after `who also serves as`', () => {
      const body = 'Talks\nLieutenant General Emomali Sobirzoda, who also serves as First Deputy Minister of Defence of Tajikistan, thanked him.';
      assert.deepEqual(rolesOf(body), [['Emomali Sobirzoda', 'First Deputy Minister of Defence of Tajikistan']]);
    });

    it('keeps what review 51i found: a list of states an office opens before initials, an untitled name before chaired by, chess titles in a plural office\'s list', () => {
      const body = 'Talks\nThe Prime Ministers of Kazakhstan O. Bektenov and Georgia I. Kobakhidze discussed trade. Olzhas Bektenov chaired by video link a meeting of the Government. ' +
        'He thanked the team\'s coaches, Grandmaster Evgeny Vladimirov and International Master Rustam Khussnutdinov.';
      assert.deepEqual(rolesOf(body), [['O. Bektenov', 'Prime Ministers of Kazakhstan'], ['I. Kobakhidze', null], ['Olzhas Bektenov', null], ['Evgeny Vladimirov', 'coaches'], ['Rustam Khussnutdinov', 'coaches']]);
    });

    it('reads an office before a comma and `the late X` as the dead holder\'s', () => {
      const body = 'Talks\nHe dedicated the victory to his first coach, the late Bolat Orazbekovich Tulegenov. He honoured Dilmah\'s founder, the late Merrill J. Fernando, at the event.';
      assert.deepEqual(rolesOf(body), [['Bolat Orazbekovich Tulegenov', 'first coach'], ['Merrill J. Fernando', 'Dilmah\'s founder']]);
    });

    it('reads the Malay Encik as a form of address (Puan stays, an Indonesian given name too)', () => {
      assert.deepEqual(rolesOf('Talks\nHe met Deputy Secretary of the Dewan Negara Encik Faizal Rahim. Speaker of the House Puan Maharani spoke.'), [['Faizal Rahim', 'Deputy Secretary of the Dewan Negara'], ['Puan Maharani', 'Speaker of the House']]);
    });

    it('keeps what review 51k found: an opening phrase\'s office or a possessive after `the late X` gives no role', () => {
      const body = 'Talks\nAfter meeting the President, the late Mikhail Gorbachev told reporters that talks went well. Unlike the Chairman, the late Zhabaikhan Abdildin opposed the plan. ' +
        'The Minister of Culture, the late Anna Berg\'s daughter, spoke.';
      assert.deepEqual(rolesOf(body), [['Mikhail Gorbachev', null], ['Zhabaikhan Abdildin', null], ['Anna Berg', null]]);
    });

  describe('an appointment after an apposition (session 52)', () => {
    it('gives the office one is appointed to over the apposition’s', () => {
      const body = 'Talks\nBusinessman Carlos Alberto Mendoza, founder of the Andean Minerals Group, was appointed Honorary Consul of Kazakhstan in Lima. ' +
        'Mr Thibault d’Aubigny, senior adviser for foreign affairs, is appointed Ambassador of France to the Hellenic Republic.';
      assert.deepEqual(rolesOf(body), [
        ['Carlos Alberto Mendoza', 'Honorary Consul of Kazakhstan in Lima'],
        ['Thibault d’Aubigny', 'Ambassador of France to the Hellenic Republic'],
      ]);
    });

    it('keeps the apposition’s office dated now or before, shared by a plural verb, or before an order’s rank', () => {
      const body = 'Talks\nMr Desmond Teo Jun Wei, currently Senior Minister of State for Health, will be appointed Acting Minister for the Environment. ' +
        'Timur Aubakirov, previously Consul General of Kazakhstan in Istanbul, is appointed Ambassador of Kazakhstan to the Republic of Korea. ' +
        'Marat Beketayev, former Minister of Justice, and Gulmira Isimbayeva, former Vice Minister of Culture, were appointed deputies of the Senate. ' +
        'Dame Meleane Kaufana, a former Tongan High Commissioner to Australia, is appointed an Honorary Officer of the Order of Australia.';
      assert.deepEqual(rolesOf(body), [
        ['Desmond Teo Jun Wei', 'Senior Minister of State for Health'],
        ['Timur Aubakirov', 'Consul General of Kazakhstan in Istanbul'],
        ['Marat Beketayev', 'former Minister of Justice'],
        ['Gulmira Isimbayeva', 'former Vice Minister of Culture'],
        ['Meleane Kaufana', 'former Tongan High Commissioner to Australia'],
      ]);
    });
  });

  describe('a work’s title in curly single quotes (session 52)', () => {
    it('names no one inside it, after a work’s noun, and a plural’s possessive closes nothing', () => {
      const body = 'Talks\nThe novel ‘The Path of Abai’ by Mukhtar Auezov was presented. An exhibition titled ‘Ambedkar: Voice of the People’ opened. ' +
        'The poets’ circle met Ambassador Ivan Petrov.';
      assert.deepEqual(rolesOf(body), [['Mukhtar Auezov', null], ['Ivan Petrov', 'Ambassador']]);
    });
  });

  describe('a life event’s honoree (session 52)', () => {
    it('gives no office to the one whose anniversary or memory it is', () => {
      const body = 'Talks\nHe invited the Consul to the celebrations of the 181st anniversary of Abai Kunanbayuly. They honoured the memory of Dinmukhamed Kunayev. ' +
        'The Chairman of the Commission for the 175th anniversary of Abai, Ivan Petrov, spoke.';
      assert.deepEqual(rolesOf(body), [
        ['Abai Kunanbayuly', null], ['Dinmukhamed Kunayev', null], ['Ivan Petrov', 'Chairman of the Commission for the 175th anniversary of Abai'],
      ]);
    });
  });

  describe('review 52a: an appointment’s verb, a dated apposition, an honour, speech in single quotes', () => {
    it('keeps the apposition’s office after verbs of serving, being or leaving, and after dated or honoured ones', () => {
      const body = 'Talks\nAskar Zhumagaliyev, vice minister of foreign affairs, was previously Ambassador to the United States. ' +
        'Aibek Nurov, the ambassador of Kazakhstan to Japan, held the post of Consul General in Dubai before 2020. ' +
        'Kanat Bozumbayev, the energy minister, became Akim of Pavlodar Region in 2012. ' +
        'Daniyar Umarov, chairman of the board of KazMunayGas, was appointed Officer of the Legion of Honour. ' +
        'Berik Sadykov, chairman of the board of KTZ, was named Honorary Citizen of Almaty. ' +
        'Yerzhan Bekov, the then chairman of the board of Halyk, was appointed Honorary Consul.';
      assert.deepEqual(rolesOf(body), [
        ['Askar Zhumagaliyev', 'vice minister of foreign affairs'], ['Aibek Nurov', 'ambassador of Kazakhstan to Japan'],
        ['Kanat Bozumbayev', 'energy minister'], ['Daniyar Umarov', 'chairman of the board of KazMunayGas'],
        ['Berik Sadykov', 'chairman of the board of KTZ'], ['Yerzhan Bekov', 'chairman of the board of Halyk'],
      ]);
    });

    it('reads speech ending in a comma inside single quotes as speech, names kept', () => {
      const body = 'Talks\nAt the forum, ‘President Tokayev Is Right,’ said Ivan Petrov. At the festival, ‘Mukhtar Auezov Is Our Pride,’ said Anna Berg.';
      assert.deepEqual(rolesOf(body), [['Tokayev', 'President'], ['Ivan Petrov', null], ['Mukhtar Auezov', null], ['Anna Berg', null]]);
    });
  });

  describe('review 52b: elections, approvals and credentials name the new office; learned societies and the Foreign Legion', () => {
    it('gives the office one is elected, confirmed, approved or accredited to over the apposition’s', () => {
      const body = 'Talks\nYerlan Karin, deputy of the Mazhilis, was elected Chairman of the Mazhilis. ' +
        'Tokayev congratulated Nikol Pashinyan, leader of the Civil Contract party, on his re-election as Prime Minister of Armenia. ' +
        'Nurlan Baimbetov, vice minister of energy, was confirmed Minister of Energy by the Parliament. ' +
        'Luca Verdi, head of the Italian Trade Agency office, will present his credentials as Ambassador of Italy to Kyrgyzstan. ' +
        'Nurlan Kassymov, colonel of the army, was appointed Commander of the French Foreign Legion. ' +
        'Asel Zhanova, vice minister of culture, was elected a member of the National Academy of Sciences. ' +
        'Pierre Martin, director of the French Institute, was previously appointed Consul General of France in Almaty.';
      assert.deepEqual(rolesOf(body), [
        ['Yerlan Karin', 'Chairman of the Mazhilis'], ['Nikol Pashinyan', 'Prime Minister of Armenia'],
        ['Nurlan Baimbetov', 'Minister of Energy'], ['Luca Verdi', 'Ambassador of Italy to Kyrgyzstan'],
        ['Nurlan Kassymov', 'Commander of the French Foreign Legion'], ['Asel Zhanova', 'vice minister of culture'],
        ['Pierre Martin', 'director of the French Institute'],
      ]);
    });

    it('keeps a single-quoted title whose comma goes inside the quote before no verb of speaking', () => {
      const body = 'Talks\nThe Ambassador presented the book ‘Tokayev and the New Kazakhstan,’ published in 2025. ' +
        'At the festival, ‘Mukhtar Auezov Is Our Pride,’ Anna Berg said.';
      assert.deepEqual(rolesOf(body), [['Mukhtar Auezov', null], ['Anna Berg', null]]);
    });
  });

  describe('a place listed after a plural noun of places and `including` (session 52)', () => {
    it('is no surname the article gives in full', () => {
      const body = 'Talks\nHonorary Consul Ana Sofia Braga spoke. The district will cover the northern regions of Portugal, including Braga and Viana do Castelo. ' +
        'He visited cities such as Porto and Braga. Guests including Braga and Ivan Petrov came.';
      assert.deepEqual(rolesOf(body), [['Ana Sofia Braga', 'Honorary Consul'], ['Braga', null], ['Ivan Petrov', null]]);
    });
  });

  describe('a chamber’s member style gives way to a set-off office (session 52)', () => {
    it('reads `Mazhilis deputy X, co-chair of the league,` as `MP X, chair of …` is read, and a league as a body', () => {
      const body = 'Talks\nMazhilis deputy Timur Yessenov, co-chair of the league, spoke. Bundestag deputy Anna Berg, Chairman of the German-Central Asian ' +
        'Parliamentary Group, spoke. Mazhilis deputy Ivan Petrov said the law is ready. Mazhilis deputy Aigul Nurova, a member of the Amanat party, spoke.';
      assert.deepEqual(rolesOf(body), [
        ['Timur Yessenov', 'co-chair of the league'], ['Anna Berg', 'Chairman of the German-Central Asian Parliamentary Group'],
        ['Ivan Petrov', 'Mazhilis deputy'], ['Aigul Nurova', 'Mazhilis deputy'],
      ]);
    });
  });

  describe('review 52c: a list of people after places’ noun, a post in a learned body', () => {
    it('keeps names listed after a people’s noun of places, and reads a post in an academy as an office', () => {
      const body = 'Talks\nKassym-Jomart Tokayev met Shavkat Mirziyoyev. The presidents of the Central Asian states, including Tokayev and Mirziyoyev, signed it. ' +
        'Ivan Petrov, deputy head of the energy department, was appointed Professor of the Academy of Public Administration. ' +
        'Anna Berg, deputy head of the energy department, was appointed a member of the Board of Directors of the Academy of Sciences. ' +
        'Olga Ivanova, deputy head of the energy department, was elected a Corresponding Member of the National Academy of Sciences.';
      assert.deepEqual(rolesOf(body), [
        ['Kassym-Jomart Tokayev', null], ['Shavkat Mirziyoyev', null], ['Tokayev', null], ['Mirziyoyev', null],
        ['Ivan Petrov', 'Professor of the Academy of Public Administration'], ['Anna Berg', 'member of the Board of Directors of the Academy of Sciences'],
        ['Olga Ivanova', 'deputy head of the energy department'],
      ]);
    });
  });

  describe('two offices before two names, in order (session 52)', () => {
    it('gives the first office to the first name and the second to the second', () => {
      const body = 'Talks\nHe met the President of the Emilia-Romagna Region and the Prefect of Bologna, Stefano Lucchesi and Dr. Chiara Valentini. ' +
        'He met the President of Kazakhstan Kassym-Jomart Tokayev and the Minister of Energy, Ivan Petrov and Olga Ivanova. ' +
        'The Deputy Ministers of Energy and the Minister of Trade, Anna Berg and Marco Rossi, came.';
      assert.deepEqual(rolesOf(body), [
        ['Stefano Lucchesi', 'President of the Emilia-Romagna Region'], ['Chiara Valentini', 'Prefect of Bologna'],
        ['Kassym-Jomart Tokayev', 'President of Kazakhstan'], ['Ivan Petrov', 'Minister of Energy'], ['Olga Ivanova', null],
        ['Anna Berg', 'Minister of Trade'], ['Marco Rossi', null],
      ]);
    });
  });

  describe('an assemblyman’s style after an office’s comma (session 52)', () => {
    it('leaves the style out of the office before it, as `MP` is, and gives way to a set-off office', () => {
      const body = 'Talks\nHe met the Chairman of the Korea-Kazakhstan Parliamentary Friendship Group, Assemblyman LEE Jae-hoon. ' +
        'He met Assemblyman Kim Min-su, chairman of the committee. Assemblyman Park Ji-won spoke.';
      assert.deepEqual(rolesOf(body), [
        ['LEE Jae-hoon', 'Chairman of the Korea-Kazakhstan Parliamentary Friendship Group'], ['Kim Min-su', 'chairman of the committee'],
        ['Park Ji-won', 'Assemblyman'],
      ]);
    });
  });

  describe('review 52d: offices in order only over an apposition’s two names', () => {
    it('leaves a clause’s subjects and a list of three offices alone', () => {
      const body = 'Talks\nAfter meeting the President of Latvia and the Prime Minister, Ivan Petrov and Anna Berg flew home. ' +
        'He met the Minister of Energy, the Minister of Trade and the Minister of Finance, Olga Ivanova and Marco Rossi. ' +
        'At the invitation of the President of Latvia and the Prime Minister, Edgars Rinkevics and Evika Silina, he visited Riga.';
      assert.deepEqual(rolesOf(body), [
        ['Ivan Petrov', 'Prime Minister'], ['Anna Berg', null], ['Olga Ivanova', 'Minister of Finance'], ['Marco Rossi', null],
        ['Edgars Rinkevics', 'President of Latvia'], ['Evika Silina', 'Prime Minister'],
      ]);
    });
  });

  describe('a field’s acronym before a title (session 52)', () => {
    it('qualifies the title right after it', () => {
      const body = 'Talks\nIT engineer Dias Nurmukhanov will share his experience. The company’s ESG director Anna Berg spoke.';
      assert.deepEqual(rolesOf(body), [['Dias Nurmukhanov', 'IT engineer'], ['Anna Berg', 'ESG director']]);
    });
  });

  describe('an indefinite office in an opening phrase (session 52)', () => {
    it('is not the office of the clause’s subject after the comma', () => {
      const body = 'Talks\nAnswering a question from a journalist of the Turkish agency Anadolu, A. Smadiyarov said that the talks went well. ' +
        'In an interview with a journalist of Xinhua, Anna Berg said it. He met with a representative of the company, Ivan Petrov, and discussed it.';
      assert.deepEqual(rolesOf(body), [['A. Smadiyarov', null], ['Anna Berg', null], ['Ivan Petrov', 'representative of the company']]);
    });
  });

  describe('review 52e: offices in order after an opening phrase’s comma and before a preposition', () => {
    it('pairs them after a place’s, a date’s or an adverb’s comma and before a preposition, a mark or a bracket', () => {
      const body = 'Talks\nIn Astana, the Minister of Energy and the Minister of Finance, Almasadam Satkaliyev and Madi Takiyev, signed the plan. ' +
        'He met the Chairman and the Deputy Chairman, Yerlan Karin and Aida Balayeva on Monday.';
      assert.deepEqual(rolesOf(body), [
        ['Almasadam Satkaliyev', 'Minister of Energy'], ['Madi Takiyev', 'Minister of Finance'], ['Yerlan Karin', 'Chairman'],
        ['Aida Balayeva', 'Deputy Chairman'],
      ]);
    });
  });

  describe('a body’s name before the next rank (session 52)', () => {
    it('keeps `of the British Army` out of the next rank’s office', () => {
      const body = 'Talks\nHe met Brigadier James Whitcombe of the British Army and Colonel Dana R. Hollister of US Army Central. ' +
        'The Minister of State and Deputy Minister Ivan Petrov spoke.';
      assert.deepEqual(rolesOf(body), [
        ['James Whitcombe', 'Brigadier'], ['Dana R. Hollister', 'Colonel'],
        ['Ivan Petrov', 'Minister of State and Deputy Minister'],
      ]);
    });
  });

  describe('a naval post in wire copy (session 52)', () => {
    it('keeps `naval` and the owner with the post', () => {
      const body = 'Talks\nElchin Mammadli met him. Azerbaijan’s naval commander Mammadli recalled the talks. The naval attaché Ivan Petrov spoke.';
      assert.deepEqual(rolesOf(body), [['Elchin Mammadli', null], ['Mammadli', 'Azerbaijan’s naval commander'], ['Ivan Petrov', 'naval attaché']]);
    });
  });

  describe('a naval rank by its class (session 52)', () => {
    it('reads `Captain 1st Rank` as a rank, left out after an office', () => {
      const body = 'Talks\nThe Commander of the Naval Forces, Captain 1st Rank Daulet Yessenbekov, spoke. Captain 2nd Rank Ivan Petrov said it. ' +
        'Commander of the Caspian Flotilla Captain 1st Rank Marat Bekov came.';
      assert.deepEqual(rolesOf(body), [
        ['Daulet Yessenbekov', 'Commander of the Naval Forces'], ['Ivan Petrov', 'Captain 2nd Rank'], ['Marat Bekov', 'Commander of the Caspian Flotilla'],
      ]);
    });
  });

  describe('review 52f: an opening phrase’s offices over its subjects, an indefinite’s office, RAF before a post', () => {
    it('pairs offices in order after an opening phrase only over names set off by a comma', () => {
      const body = 'Talks\nAfter talks with the President and the Prime Minister, Almassadam Satkaliyev and Madi Takiyev at the airport thanked the hosts. ' +
        'Together with a Deputy Minister of Energy, Yerlan Akkenzhenov inspected the plant. Britain’s RAF chief Harv Smyth said it.';
      assert.deepEqual(rolesOf(body), [
        ['Almassadam Satkaliyev', 'Prime Minister'], ['Madi Takiyev', null], ['Yerlan Akkenzhenov', null], ['Harv Smyth', 'Britain’s RAF chief'],
      ]);
    });
  });

  describe('reviews 52g and 52i: an opening phrase is one with no subject or verb before the office', () => {
    it('pairs offices in order after a clause’s verb, and gives an indefinite’s office after any opening phrase to no one', () => {
      const body = 'Talks\nIn Riga he met the President and the Prime Minister of Latvia, Edgars Rinkevics and Evika Silina. ' +
        'Together with a Deputy Minister of Trade, Aizhan Bizhanova inspected the plant. ' +
        'On Monday, accompanied by an adviser to the President, Yerlan Karin visited the plant.';
      assert.deepEqual(rolesOf(body), [
        ['Edgars Rinkevics', 'President'], ['Evika Silina', 'Prime Minister of Latvia'], ['Aizhan Bizhanova', null], ['Yerlan Karin', null],
      ]);
    });
  });

  describe('a headline’s full name and its surname alone in the body (session 52)', () => {
    it('vouch for each other where the surname opens a sentence or speaks; a headline of common words stays out', () => {
      const body = 'Kassym-Jomart Tokayev and Emmanuel Macron Discuss Bilateral Agenda by Phone\nThe two presidents spoke by phone. ' +
        'Macron, for his part, confirmed his intention to visit Central Asia.';
      assert.deepEqual(rolesOf(body), [['Emmanuel Macron', null], ['Macron', null]]);
      assert.deepEqual(rolesOf('Kairat Beat Tobol in Almaty\nKairat won 2-1.'), []);
    });
  });

  describe('review 52j: an indefinite’s office after the sentence’s subject, a company in a headline', () => {
    it('keeps the office of a name after `a` where the sentence opens with its subject, and finds no person in a company', () => {
      const body = 'Samruk Kazyna and Mubadala Sign Memorandum\nKazyna said the memorandum would attract investment. ' +
        'Yerlan Alimbayev met with a Deputy Minister of Energy, Almas Bekov who oversees the oil sector. ' +
        'Accompanied by an adviser to the President, Yerlan Karin visited the plant.';
      assert.deepEqual(rolesOf(body), [['Yerlan Alimbayev', null], ['Almas Bekov', 'Deputy Minister of Energy'], ['Yerlan Karin', null]]);
    });
  });

  it('reads a UN mandate in lower case before the comma that sets off its holder, to a state in it', () => {
    const body = 'Geneva\nThe minister met the UN Special Rapporteur on the right to education, Farida Shaheed, and later the Special ' +
      'Rapporteur on the situation of human rights in Belarus, Nils Muiznieks. The rapporteur on the bill, Anna Berg, spoke too.';
    assert.deepEqual(rolesOf(body), [
      ['Farida Shaheed', 'UN Special Rapporteur on the right to education'],
      ['Nils Muiznieks', 'Special Rapporteur on the situation of human rights in Belarus'],
      ['Anna Berg', 'rapporteur on the bill'],
    ]);
  });

  it('keeps a state\'s adjective before a rank after a lower-case noun\'s `of`, not a state\'s name after an office\'s', () => {
    const body = 'Visit\nThe President welcomed the visit of Spanish King Felipe VI. The Ambassador of Oman Sheikh Ali Al Harthy came.';
    assert.deepEqual(rolesOf(body), [['Felipe VI', 'Spanish King'], ['Ali Al Harthy', 'Ambassador of Oman']]);
  });

  it('reads no person in an honour named right after `title`, and a person after a title holder', () => {
    const body = 'Awards\nThe honorary title Qazaqstannyn Enbek Eri was conferred on Nikolai Petrenko. The title holder Anna Berg spoke.';
    assert.deepEqual(rolesOf(body), [['Nikolai Petrenko', null], ['Anna Berg', null]]);
  });

  it('reads a title\'s bracketed qualifier that lists words with commas before `and`', () => {
    const body = 'Consultations\nJoint Secretary (Consular, Passport and Visa) of the Ministry of External Affairs of India K. Srinivas Rao ' +
      'co-chaired them.';
    assert.deepEqual(rolesOf(body), [['K. Srinivas Rao', 'Joint Secretary (Consular, Passport and Visa) of the Ministry of External Affairs of India']]);
  });

  describe('review 53a: bracketed lists of names, a title won or held', () => {
    it('reads a bracketed list of names after a plural title as its holders, not as its qualifier', () => {
      const body = 'Summit\nThe Presidents (Tokayev, Mirziyoyev and Japarov) met in Astana. Deputy Foreign Ministers (Alibek Bakayev, ' +
        'Roman Vassilenko and Arman Issetov) took part.';
      assert.deepEqual(rolesOf(body), [
        ['Tokayev', 'Presidents'], ['Mirziyoyev', 'Presidents'], ['Japarov', 'Presidents'],
        ['Alibek Bakayev', 'Deputy Foreign Ministers'], ['Roman Vassilenko', 'Deputy Foreign Ministers'], ['Arman Issetov', 'Deputy Foreign Ministers'],
      ]);
    });

    it('reads the holder after a title won or held, and no person in a title awarded', () => {
      const body = 'Boxing\nThe WBO title Janibek Alimkhanuly holds was defended. The world title Daniyar Yeleussinov won in 2016 stays. ' +
        'He was awarded the title Halyk Kaharmany.';
      assert.deepEqual(rolesOf(body), [['Janibek Alimkhanuly', null], ['Daniyar Yeleussinov', null]]);
    });
  });

  it('reads Bali\'s I before a birth-order name as the name\'s after a place that closes an office (session 53)', () => {
    const body = 'Bali\nHonorary Consul of Kazakhstan in Denpasar I Wayan Suartana met the Governor of Bali I Wayan Koster.';
    assert.deepEqual(rolesOf(body), [['I Wayan Suartana', 'Honorary Consul of Kazakhstan in Denpasar'], ['I Wayan Koster', 'Governor of Bali']]);
  });

  describe('review 53b: a region listed in a qualifier, Bali’s birth-order names alone', () => {
    it('keeps a qualifier that lists a region among other words, and finds no person in a birth-order name alone', () => {
      const body = 'Governor Says Tourism Made Bali Stronger\nJoint Secretary (Eurasia, Central Europe and Baltics) Arun Kumar attended. ' +
        'The Governor of Bali I Made Mangku Pastika met the delegation.';
      assert.deepEqual(rolesOf(body), [['Arun Kumar', 'Joint Secretary (Eurasia, Central Europe and Baltics)'], ['I Made Mangku Pastika', 'Governor of Bali']]);
    });
  });

  describe('session 53: calendar given names after a state closing an office, an Italian institute', () => {
    it('reads a weekday or a month after the state that closes an office as a given name, not before a common word', () => {
      const body = 'Talks\nMinister of State for Agriculture of Nigeria Sunday Okonkwo met State Secretary to the Minister for Foreign ' +
        'Affairs of Sweden August Lindqvist. Exports to Sweden August figures rose.';
      assert.deepEqual(rolesOf(body), [
        ['Sunday Okonkwo', 'Minister of State for Agriculture of Nigeria'],
        ['August Lindqvist', 'State Secretary to the Minister for Foreign Affairs of Sweden'],
      ]);
    });

    it('reads no person in an Italian institute\'s name', () => {
      assert.deepEqual(rolesOf('Culture\nThe event was held with the support of the Istituto Italiano di Cultura in Almaty.'), []);
    });
  });

  it('reads a title after `and of` as an office of its own, not a complement of the title before (session 53)', () => {
    const body = 'Greetings\nHe conveyed the greetings of His Majesty the King and of Crown Prince and Prime Minister of the Kingdom of ' +
      'Bahrain Salman bin Hamad Al Khalifa, and of the President and of Prime Minister Olzhas Bektenov. He met the Minister of Energy and of Mines Ali Hassan.';
    assert.deepEqual(rolesOf(body), [
      ['Salman bin Hamad Al Khalifa', 'Crown Prince and Prime Minister of the Kingdom of Bahrain'],
      ['Olzhas Bektenov', 'Prime Minister'],
      ['Ali Hassan', 'Minister of Energy and of Mines'],
    ]);
  });

  describe('review 53c: calendar words after states, an Italian institute before a name', () => {
    it('reads a weekday after a state as a given name only for Nigeria and Ghana, and a month only after an office\'s state', () => {
      const body = 'Kazakhstan May Scrap Visa Rules\nDeputy Minister of Energy of Kazakhstan Monday Sunkar Bekov said it. Tokayev arrived ' +
        'in Russia Tuesday Putin greeted him. Ambassador of South Africa to Kazakhstan April Mothibi and Minister of State of Nigeria ' +
        'Sunday Olamide Adeyemi came.';
      assert.deepEqual(rolesOf(body), [
        ['Sunkar Bekov', null],
        ['April Mothibi', 'Ambassador of South Africa to Kazakhstan'], ['Sunday Olamide Adeyemi', 'Minister of State of Nigeria'],
      ]);
    });
  });

  it('reads a person after a full name\'s possessive, someone\'s aide (review 53d)', () => {
    const body = 'Talks\nKassym-Jomart Tokayev\'s Yerlan Karin spoke. Donald Trump\'s Scott Bessent said it.';
    assert.deepEqual(rolesOf(body), [['Kassym-Jomart Tokayev', null], ['Yerlan Karin', null], ['Donald Trump', null], ['Scott Bessent', null]]);
  });

  it('reads a state\'s name that closes a full name as the person before a person\'s part, not before its own (session 53)', () => {
    const body = 'Talks\nTokayev met Prime Minister of the Portuguese Republic Luís Montenegro. Montenegro, for his part, said it. ' +
      'Montenegro, for its part, hosts talks.';
    assert.deepEqual(rolesOf(body), [['Luís Montenegro', 'Prime Minister of the Portuguese Republic'], ['Montenegro', null]]);
  });

  it('reads no person in an order named after a titled namesake (session 53)', () => {
    const body = 'Awards\nTokayev was awarded the Grand Collar of the Order of Prince Henry the Navigator. The Chancellor of the Order ' +
      'of Malta Albrecht Boeselager came. By Order of President Kassym-Jomart Tokayev, the holiday moved.';
    assert.deepEqual(rolesOf(body), [['Tokayev', null], ['Albrecht Boeselager', 'Chancellor of the Order of Malta'], ['Kassym-Jomart Tokayev', 'President']]);
  });

  it('reads no person in a holiday\'s name after the office and name of the one congratulated (session 53)', () => {
    const body = 'Congratulations\nThe Head of State congratulated President of Mongolia Ukhnaagiin Khurelsukh on the National Holiday – Naadam.';
    assert.deepEqual(rolesOf(body), [['Ukhnaagiin Khurelsukh', 'President of Mongolia']]);
  });

  it('reads a king after a decree\'s `By Order of` as the person, whole (review 53f)', () => {
    const body = 'Decree\nBy Order of King Salman bin Abdulaziz, Prince Faisal was appointed.';
    assert.deepEqual(rolesOf(body), [['Salman bin Abdulaziz', 'King'], ['Faisal', 'Prince']]);
  });

  it('reads a Latin qualifier after an apposition\'s title words as theirs (session 53)', () => {
    const body = 'Visit\nIt was led by Pierre-Luc Desrochers, Speaker pro tempore of the Senate, and Anna Berg, Minister ad interim of ' +
      'Foreign Affairs, in Bern.';
    assert.deepEqual(rolesOf(body), [['Pierre-Luc Desrochers', 'Speaker pro tempore of the Senate'], ['Anna Berg', 'Minister ad interim of Foreign Affairs']]);
  });

  it('reads `pro tempore` after a title before a name as the office\'s, as `ad interim` is (session 54)', () => {
    const body = 'Visit\nSenate President pro tempore Chuck Grassley met Chargé d’Affaires ad interim Anna Berg and the pro tempore chair.';
    assert.deepEqual(rolesOf(body), [['Chuck Grassley', 'Senate President pro tempore'], ['Anna Berg', 'Chargé d’Affaires ad interim']]);
  });

  it('reads `co-CEO` and the co-chairs\' titles as titles, and a business before them as the body led (session 54)', () => {
    const body = 'Visit\nGalp co-CEO Maria João Carioca met Co-Chairwoman of the Council Anna Berg and Forum co-chairman Aidos Sarym.';
    assert.deepEqual(rolesOf(body), [['Maria João Carioca', 'Galp co-CEO'], ['Anna Berg', 'Co-Chairwoman of the Council'], ['Aidos Sarym', 'Forum co-chairman']]);
  });

  it('reads `Du` closing a Vietnamese or Chinese name as its given name (session 54)', () => {
    const body = 'Visit\nAmbassador Nguyen Van Hieu opened a seminar on the poet Nguyen Du, and Ambassador Tran Du spoke.';
    assert.deepEqual(rolesOf(body), [['Nguyen Van Hieu', 'Ambassador'], ['Nguyen Du', null], ['Tran Du', 'Ambassador']]);
  });

  it('reads a lone title word that spells with the name a full name read before as its given name (session 54)', () => {
    const body = 'Visit\nThe President received Secretary General of TURKSOY Sultan Raev. Sultan Raev informed him of the plans. ' +
      'Sultan Haitham bin Tarik wrote.';
    assert.deepEqual(rolesOf(body), [['Sultan Raev', 'Secretary General of TURKSOY'], ['Sultan Raev', null], ['Haitham bin Tarik', 'Sultan']]);
  });

  it('reads the German `für` in a body\'s name as `for` (session 54)', () => {
    const body = 'Visit\nIt opened at the Museum für Asiatische Kunst. Lilla Russell-Smith, Director of the Museum für Asiatische Kunst, spoke.';
    assert.deepEqual(rolesOf(body), [['Lilla Russell-Smith', 'Director of the Museum für Asiatische Kunst']]);
  });

  it('reads `Division` as a body\'s word, and a body\'s name after `and` as part of an office (session 54)', () => {
    const body = 'Visit\nHe visited the Radioactive Waste Division and met Chad Morrison, Director General of the Uranium and Radioactive ' +
      'Waste Division, and Ivan Petrov, Deputy Prime Minister and Askar Umarov, Minister of Energy.';
    assert.deepEqual(rolesOf(body), [['Chad Morrison', 'Director General of the Uranium and Radioactive Waste Division'], ['Ivan Petrov', 'Deputy Prime Minister'], ['Askar Umarov', 'Minister of Energy']]);
  });

  it('reads a common word opening a sentence before a verb of speaking as the surname of a full name read before (session 54)', () => {
    const body = 'Visit\nHe met State Secretary Stefan Winter. Winter noted that funds were allocated. In turn, Winter stressed ' +
      'the risks. Winter will come soon.';
    assert.deepEqual(rolesOf(body), [['Stefan Winter', 'State Secretary'], ['Winter', null], ['Winter', null]]);
  });

  it('reads a name after a partnership\'s legal form as a person, and a dotted lower-case legal form as part of an office (session 54)', () => {
    const body = 'Visit\nIt was attended by Managing Partner of Kessler & Ruiz LLP Isabel Castro and by Chairman of Kladno Heavy ' +
      'Industries a.s. Jiří Novotný.';
    assert.deepEqual(rolesOf(body), [['Isabel Castro', 'Managing Partner of Kessler & Ruiz LLP'], ['Jiří Novotný', 'Chairman of Kladno Heavy Industries a.s.']]);
  });

  it('reads a headline\'s state name that opens a full name the body gives as that name\'s given name (session 54)', () => {
    const body = 'Jordan Mercer Named Rector Of The Institute\nProfessor Jordan Mercer will take office in September.';
    assert.deepEqual(real(body, { published: '2026-02-24T15:00' }).map((m) => m.text), ['Jordan Mercer', 'Jordan Mercer']);
  });

  it('reads a name closing a quoted work\'s title with lower-case prepositions, or an event on an evening, as no person (session 54)', () => {
    const body = 'Visit\nThey saw the exhibition “Steppe and Ocean: Kazakhstan through the Lens of Yerlan Nurgaliyev” and joined the ' +
      'Allama Iqbal Poetry Evening, Border Management under OSCE Auspices.';
    assert.deepEqual(rolesOf(body), []);
  });

  it('reads a slash glued between capitalised words as part of an office (session 54)', () => {
    const body = 'Visit\nIt was attended by the Regional Director of WHO/Europe, Dr. Hans Kluge, and the Governor of Almaty/Astana Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [['Hans Kluge', 'Regional Director of WHO/Europe'], ['Ivan Petrov', 'Governor of Almaty/Astana']]);
  });

  it('reads a body\'s word spelt as a headline\'s verb as closing an office outside title case, and German firms\' compounds, a sinfonietta and a window as no person (session 54)', () => {
    const body = 'Visit\nHe received Chief Executive Officer of the London Stock Exchange Anna Berg with Lindemann Bergbautechnik, the ' +
      'Sinfonietta Cracovia and the Green Bond Window.';
    assert.deepEqual(rolesOf(body), [['Anna Berg', 'Chief Executive Officer of the London Stock Exchange']]);
  });

  it('reads a given-name state after an office\'s place at a body and its comma, or closing a headline\'s role before a known surname, as the given name (session 54)', () => {
    const body = 'Accor To Open Hotels, Says Senior Vice President Israel Mendoza\nHe met Senior Vice President for Development in ' +
      'Türkiye, the Caucasus and Central Asia at Accor, Israel Mendoza, in Astana.';
    assert.deepEqual(rolesOf(body), [['Israel Mendoza', 'Senior Vice President'], ['Israel Mendoza', 'Senior Vice President for Development in Türkiye, the Caucasus and Central Asia at Accor']]);
  });

  it('reads one word between `the` and a clause\'s mark or link as a place, no person (session 54)', () => {
    const body = 'Visit\nMinister Altai Seitkali said demand for the Altai and the Charyn Canyon is growing; tourists love the Altai.';
    assert.deepEqual(rolesOf(body), [['Altai Seitkali', 'Minister']]);
  });

  it('reads `Mayor General of` a city as one office, as `President General of` is (session 54)', () => {
    const body = 'Visit\nHe met Mayor General of Bucharest Andrei Ionescu-Vlad.';
    assert.deepEqual(rolesOf(body), [['Andrei Ionescu-Vlad', 'Mayor General of Bucharest']]);
  });

  it('reads a birthplace opening a described holder after an office\'s comma, and `Human Beings` as no person (session 54)', () => {
    const body = 'Visit\nHe met the Chief of Mission of the IOM in Kazakhstan, Cyprus-born diplomat Andreas Nicolaou, and the new EUSR ' +
      'for the Sahel, Chadian-born French diplomat Jordan Lefèvre. The Coordinator for Combating Trafficking in Human Beings spoke.';
    assert.deepEqual(rolesOf(body), [['Andreas Nicolaou', 'Chief of Mission of the IOM in Kazakhstan'], ['Jordan Lefèvre', 'EUSR for the Sahel']]);
  });

  it('reads a place\'s word closing a role before a surname whose initial the article writes before it as the given name (session 54)', () => {
    const body = 'Visit\nAkim of Kyzylorda Region Aral Zhumabekov met the Ambassador. A. Zhumabekov noted the plans.';
    assert.deepEqual(real(body, { published: '2026-02-24T15:00' }).map((m) => [m.text, m.role ?? null]), [['Aral Zhumabekov', 'Akim of Kyzylorda Region'], ['A. Zhumabekov', null]]);
  });

  it('reads a bank\'s name with its object before its bracketed acronym as the body a vice-president or director leads (session 54)', () => {
    const body = 'Visit\nIt was signed by Asian Development Bank (ADB) Vice-President for Operations Sunil Mehta and European Bank for ' +
      'Reconstruction and Development (EBRD) Managing Director Huseyn Aliyev.';
    assert.deepEqual(rolesOf(body), [['Sunil Mehta', 'Asian Development Bank (ADB) Vice-President for Operations'], ['Huseyn Aliyev', 'European Bank for Reconstruction and Development (EBRD) Managing Director']]);
  });

  it('keeps review 54b\'s readings: a slash between two names, a singular headline verb, a list of surnames before a noun (review 54b)', () => {
    const body = 'Head of State Awards Yerlan Karin for service\nThe co-chairs, Serik Zhumangarin/Daniyar Amangeldiev, met Donald ' +
      'Trump. Ties grew under the Trump and Biden administrations.';
    assert.deepEqual(rolesOf(body), [['Yerlan Karin', null], ['Serik Zhumangarin', 'co-chairs'], ['Daniyar Amangeldiev', null], ['Donald Trump', null], ['Trump', null]]);
  });

  it('reads `MMC` closing a company\'s name as its legal form (session 54)', () => {
    const body = 'Kazzinc and Almalyk MMC Sign Agreement\nIt was signed by Deputy Chairman of the Board of Almalyk MMC Sherzod Rakhimov.';
    assert.deepEqual(rolesOf(body), [['Sherzod Rakhimov', 'Deputy Chairman of the Board of Almalyk MMC']]);
  });

  it('keeps review 54c\'s readings: a river after `the` before `in`, a prize\'s `Awards` after `the` closing an office (review 54c)', () => {
    const body = 'Visit\nDeputy Akim Ural Akhmetov said the Ural in spring floods villages. Director of the Kazakhstan Music Awards ' +
      'Aidana Medenova spoke.';
    assert.deepEqual(rolesOf(body), [['Ural Akhmetov', 'Deputy Akim'], ['Aidana Medenova', 'Director of the Kazakhstan Music Awards']]);
  });

  it('reads one word or a list between `the` and a river\'s, a delta\'s or a valley\'s noun as a place (session 54)', () => {
    const body = 'Visit\nProfessor Lena Ivanova studied the Lena delta, the Murray and Darling rivers and the Ili valley.';
    assert.deepEqual(rolesOf(body), [['Lena Ivanova', 'Professor']]);
  });

  it('keeps review 54d\'s readings: a state\'s company after its noun, a person at a time after `the` (review 54d)', () => {
    const body = 'Visit\nChairman of the Uzbek Oil and Gas Company Uzbekneftegaz Bakhodir Sidikov spoke. Academician Kanysh Satpayev ' +
      'wrote. The Satpayev of the 1990s differs.';
    assert.deepEqual(rolesOf(body), [['Bakhodir Sidikov', 'Chairman of the Uzbek Oil and Gas Company Uzbekneftegaz'], ['Kanysh Satpayev', 'Academician'], ['Satpayev', null]]);
  });

  it('reads a word, a title or a state closing a full name read before as that person before an age, a `who` or a described apposition (round 353)', () => {
    const body = 'Visit\nCoach Samantha Bishop named the squad. Bishop, who led the team in 2024, added more. Defender Harry King ' +
      'played. King, 37, said so. Catherine Young spoke. Young, a scholar, agreed. The forward Miles Jordan scored. Jordan, 27, ' +
      'joined the club. Jordan, a kingdom, agreed. The King, 70, spoke.';
    assert.deepEqual(rolesOf(body), [['Samantha Bishop', 'Coach'], ['Bishop', null], ['Harry King', 'Defender'], ['King', null],
      ['Catherine Young', null], ['Young', null], ['Miles Jordan', null], ['Jordan', null]]);
  });

  it('reads capitals after `the` and a state as a body\'s, `Arbiter` as a title, and `Dean` after a sport\'s title or an occupation as a given name (round 353)', () => {
    const body = 'Visit\nHe met Vice-President of the Turkmenistan NOC Merdan Atayev. Chief Arbiter of the tournament, International ' +
      'Arbiter Shukhrat Safarov of Uzbekistan, spoke. Head coach Dean Chase praised her father, former sprinter Dean Mills. ' +
      'Vice Dean Ali Vali and Associate Dean Maria Lopez came.';
    assert.deepEqual(rolesOf(body), [['Merdan Atayev', 'Vice-President of the Turkmenistan NOC'],
      ['Shukhrat Safarov', 'Chief Arbiter of the tournament, International Arbiter'], ['Dean Chase', 'Head coach'], ['Dean Mills', null],
      ['Ali Vali', 'Vice Dean'], ['Maria Lopez', 'Associate Dean']]);
  });

  it('reads a month or a season after an occupation, before a surname, as a given name (round 353)', () => {
    const body = 'Visit\nThe jury includes American actress Summer Hayes and the poet Autumn Lee. The Summer Games open in July.';
    assert.deepEqual(rolesOf(body), [['Summer Hayes', null], ['Autumn Lee', null]]);
  });

  it('reads a state closing a known full name before a possessive and a kin word as that person (round 354)', () => {
    const body = 'Visit\nIt honours Captain Chad E. Jordan. He met Jordan’s widow, Mrs. Lorraine Jordan. Jordan\'s King spoke.';
    assert.deepEqual(rolesOf(body), [['Chad E. Jordan', 'Captain'], ['Jordan', null], ['Lorraine Jordan', null]]);
  });

  it('keeps a count or a score after a state, a ruler\'s title before `who`, and `Dean` before a full name or a body\'s word as they were (review 55a)', () => {
    const body = 'Visit\nForward Miles Jordan and the writer Helen Georgia came. Jordan, 12, and Kazakhstan, 9, topped the table. ' +
      'Georgia, 1, Kazakhstan, 0: the match ended. Chess player Aidos Sultan won. Sultan, who ruled Oman, was remembered. ' +
      'Sultan, 19, scored 8 points. Renowned economist Dean Askar Zhumagaliyev spoke. According to the student Dean Office, all came.';
    assert.deepEqual(rolesOf(body), [['Miles Jordan', null], ['Helen Georgia', null], ['Aidos Sultan', null], ['Sultan', null],
      ['Askar Zhumagaliyev', 'Dean']]);
  });

  it('reads `Asylum` and `Visa` as a portfolio\'s words and `Directorate-General` as a body inside an office (round 355)', () => {
    const body = 'Visit\nHe met Director for Migration, Asylum and Visa Policy of the Directorate-General for Migration and Home Affairs of ' +
      'the European Commission Henrik Brask Nielsen and Party-Secretary Li Wei.';
    assert.deepEqual(rolesOf(body), [['Henrik Brask Nielsen', 'Director for Migration, Asylum and Visa Policy of the Directorate-General for Migration and Home Affairs of the European Commission'],
      ['Li Wei', 'Party-Secretary']]);
  });

  it('reads an age before a capitalised word or `and` as a person\'s but a count in a list as no age, and a kin word naming things\' relation as the state\'s (review 55b)', () => {
    const body = 'Visit\nThe forward Miles Jordan and singer Harry King came. King, 24, and his coach came. Jordan, 27, Jordan’s top ' +
      'scorer, spoke. Jordan, 12, ahead of Kazakhstan, 9, led. Jordan’s mother tongue is Arabic. Jordan’s mother, Anna, came.';
    assert.deepEqual(rolesOf(body), [['Miles Jordan', null], ['Harry King', null], ['King', null], ['Jordan', null], ['Jordan', null]]);
  });

  it('reads a known word with an adjective\'s ending as no mention, and `Emir` before a South Slavic surname as a given name (round 355)', () => {
    const body = 'Visit\nHe met Victoria Park, Honorary Consul in Melbourne, and discussed a Victorian education mission. He met Emir ' +
      'Hadžić, Ambassador of Bosnia and Herzegovina. Emir Tamim spoke.';
    assert.deepEqual(rolesOf(body), [['Victoria Park', 'Honorary Consul in Melbourne'], ['Emir Hadžić', 'Ambassador of Bosnia and Herzegovina'], ['Tamim', 'Emir']]);
  });

  it('reads kin before a verb or `and` as a person\'s, a count without commas as a list, `Army-General` as a title, and an adjective\'s ending only after an article (review 55d)', () => {
    const body = 'Visit\nHe met Prime Minister Luís Montenegro and Julia Klöckner. Montenegro’s mother died. Montenegro’s mother ' +
      'tongue is Portuguese. Montenegro, 12, Serbia 9 and Croatia 7 led. Army-General Valery Gerasimov spoke. Julian said so. A Julian calendar.';
    assert.deepEqual(rolesOf(body), [['Luís Montenegro', 'Prime Minister'], ['Julia Klöckner', null], ['Montenegro', null],
      ['Valery Gerasimov', 'Army-General'], ['Julian', null]]);
  });

  it('reads a ruler\'s numeral inside a body named after him as the body\'s, so the office goes on through it (session 56)', () => {
    const body = 'Visit\nDirector of the King Abdullah II Fund for Development, Dr. Omar Haddad, met them. Director of the King Hamad I ' +
      'Hospital Ali Nasser spoke. He met King Abdullah II.';
    assert.deepEqual(rolesOf(body), [['Omar Haddad', 'Director of the King Abdullah II Fund for Development'], ['Ali Nasser', 'Director of the King Hamad I Hospital'],
      ['Abdullah II', 'King']]);
  });

  it('gives an office before a comma to the name an occupation after `the` describes, but not after a sentence\'s opening phrase (session 56)', () => {
    const body = 'Visit\nThe orchestra and its Artistic Director, the pianist Denis Matsuev, performed. The Chairman of the Board, the diplomat ' +
      'Ali Nasser, spoke. After meeting the Minister of Culture, the writer Aida Balayeva left. He met the akim of the region, the writer Aru Sadyk and the rector.';
    assert.deepEqual(rolesOf(body), [['Denis Matsuev', 'Artistic Director'], ['Ali Nasser', 'Chairman of the Board'], ['Aida Balayeva', null], ['Aru Sadyk', null]]);
  });

  it('reads `Counsel` and `Agent` as titles when capitalised, `ad hoc` as a title\'s qualifier and `Esq.` as letters after a name (round 356, review 56a)', () => {
    const body = 'Visit\nNicaragua was represented by Agent Carlos Argüello Benavides and Counsel Georgiy Frankfurt. Judge ad hoc Ivo Brandt ' +
      'spoke. He met Samuel Jordan Esq. and General Counsel of the bank Mira Holt. The travel agent Dana Serikova and legal counsel Dentons came.';
    assert.deepEqual(rolesOf(body), [['Carlos Argüello Benavides', 'Agent'], ['Georgiy Frankfurt', 'Counsel'], ['Ivo Brandt', 'Judge ad hoc'],
      ['Samuel Jordan', null], ['Mira Holt', 'General Counsel of the bank'], ['Dana Serikova', null]]);
  });

  it('reads `Dr. iur.` as a form of address and `Section` as a body\'s word inside an office (round 356)', () => {
    const body = 'Visit\nIt was headed by Vice-President of the Venice Commission Dr. iur. Hanna Suchocka-Wendt, a former judge. Deputy Section ' +
      'Registrar Victor Solomon signed it. Section Chief Ann Lee spoke.';
    assert.deepEqual(rolesOf(body), [['Hanna Suchocka-Wendt', 'Vice-President of the Venice Commission'], ['Victor Solomon', 'Deputy Section Registrar'],
      ['Ann Lee', 'Section Chief']]);
  });

  it('reads HE after an office before a pinyin given name as the surname He, Dayang as a form of address, an English given name before a surname in capitals, and Lord Chamberlain as an office (round 357)', () => {
    const body = 'Visit\nIt was led by Governor of Shaanxi Province HE Jianping. Minister HE Dauren Abayev spoke. Deputy Permanent Secretary Dayang Siti ' +
      'Norhayati binti Mahmud and Ms. Grace HU Meiling spoke. Lord Chamberlain of the Bureau of the Royal Household, Air Chief Marshal Thanakorn ' +
      'Srisomboonruang, came. In 1938 Neville Chamberlain met him.';
    assert.deepEqual(rolesOf(body), [['HE Jianping', 'Governor of Shaanxi Province'], ['Dauren Abayev', 'Minister'], ['Siti Norhayati binti Mahmud', 'Deputy Permanent Secretary'],
      ['Grace HU Meiling', null], ['Thanakorn Srisomboonruang', 'Lord Chamberlain of the Bureau of the Royal Household'], ['Neville Chamberlain', null]]);
  });

  it('reads no described holder in a list of people, `Lord Chamberlain` as an office and `Chamberlain` as a surname, HE before a name in no pinyin as a style, and two English given names before a surname in capitals (review 56a)', () => {
    const body = 'Visit\nThe guests were the Ambassador of France, the pianist Aizhan Baibolova, the writer Olzhas Suleimenov and others. The Lord ' +
      'Chamberlain of the United Kingdom, Lord Benyon, wrote. Ambassador Chamberlain thanked them. Ambassador HE Omar met Ms. Mary Grace HU Meiling.';
    assert.deepEqual(rolesOf(body), [['Aizhan Baibolova', null], ['Olzhas Suleimenov', null], ['Benyon', 'Lord Chamberlain of the United Kingdom'],
      ['Chamberlain', 'Ambassador'], ['Omar', 'Ambassador'], ['Mary Grace HU Meiling', null]]);
  });

  it('reads Amir after the possessive of a state no emir rules as a given name, and a birthplace alone after an office\'s comma as the holder\'s description (round 358)', () => {
    const body = 'Visit\nHe defeated Iran\'s Amir Hossein Rezaei 5-3. He met Qatar\'s Amir Sheikh Tamim bin Hamad Al Thani. The head coach of the ' +
      'national team, Italian-born Salvatore Marino, said so.';
    assert.deepEqual(rolesOf(body), [['Amir Hossein Rezaei', null], ['Tamim bin Hamad Al Thani', 'Qatar\'s Amir'], ['Salvatore Marino', 'head coach of the national team']]);
  });

  it('reads no person in Agent Orange, and HE before a name whose syllables are no pinyin as a style (review 56a)', () => {
    const body = 'Visit\nHe also met with Agent Orange campaigner Le Ke Son. Director HE Sara spoke with Minister HE Rong.';
    assert.deepEqual(rolesOf(body), [['Le Ke Son', null], ['Sara', 'Director'], ['HE Rong', 'Minister']]);
  });

  it('reads a zone in lower case as a body an office\'s object closes (round 359)', () => {
    const body = 'Visit\nIt was attended by the Director of the Ontustik special economic zone Nurlan Abdibekov.';
    assert.deepEqual(rolesOf(body), [['Nurlan Abdibekov', 'Director of the Ontustik special economic zone']]);
  });

  it('reads Emir before a Slavic or Turkic surname as a given name (round 359)', () => {
    const body = 'Visit\nThe film by director Emir Sadykov won. Emir Sadykov said so. Emir Mishal Al-Ahmad spoke.';
    assert.deepEqual(rolesOf(body), [['Emir Sadykov', 'director'], ['Emir Sadykov', null], ['Mishal Al-Ahmad', 'Emir']]);
  });

  it('gives an office through a unit\'s field to the name after it, and stops a portfolio at an irregular verb after its comma', () => {
    const body =
      'Talks held\nThe delegation was received by Aidos Zhumabekov, head of the department of trade Yerlan Kassym. They met deputy ' +
      'akims of the region Marat Sultanov and Daniyar Abenov, head of the regional department of entrepreneurship Nurlan Ospan. ' +
      'Serik Aliyev, head of the department of energy, met Timur Bekov.';
    assert.deepEqual(rolesOf(body), [
      ['Aidos Zhumabekov', null], ['Yerlan Kassym', 'head of the department of trade'],
      ['Marat Sultanov', 'deputy akims of the region'], ['Daniyar Abenov', 'deputy akims of the region'],
      ['Nurlan Ospan', 'head of the regional department of entrepreneurship'],
      ['Serik Aliyev', 'head of the department of energy'], ['Timur Bekov', null],
    ]);
  });

  it('reads no person in a body\'s gloss in brackets, a bare work title, a dashed pair\'s laboratory or galleries; reads a Korean given name with an English syllable and a unit\'s commander', () => {
    const body =
      'Visit\nPresident of the Turkish Red Crescent (Türk Kızılay) Fatma Meriç Yılmaz came. They read Mukhtar Auezov’s novel The ' +
      'Path of Abai and the novel The Last Steppe by Ivan Petrov. Sir Harold Bright spoke at the Bright–Zhakupova Laboratory for ' +
      'Catalysis. Prof. Jean-Baptiste Chevalier came. Chevalier, himself a laureate of the Louis-Jeantet Prize, said it. They saw ' +
      'the Uffizi Galleries. Park Jun-young said so. The brigade commander, Colonel Yerbol Dostyk, reported. It was attended by ' +
      'Major Luis Paz of Uruguay\'s Army and Commander Rahul Nair.';
    assert.deepEqual(rolesOf(body), [
      ['Fatma Meriç Yılmaz', 'President of the Turkish Red Crescent (Türk Kızılay)'], ['Mukhtar Auezov', null], ['Ivan Petrov', null],
      ['Harold Bright', null], ['Jean-Baptiste Chevalier', null], ['Chevalier', 'laureate of the Louis-Jeantet Prize'],
      ['Park Jun-young', null], ['Yerbol Dostyk', 'brigade commander'], ['Luis Paz', 'Major'], ['Rahul Nair', 'Commander'],
    ]);
  });

  it('reads a known surname before a verb\'s object that a place noun follows, and a title word opening its sentence before a verb in the past', () => {
    const body =
      'Training\nBrigadier General Klaus Hoffmann and Major Daniyar Sultan came. According to Hoffmann, Germany financed field ' +
      'hospital equipment. Sultan replaced Major Aigerim Zhaksylyk. Sultan Haitham received guests.';
    assert.deepEqual(rolesOf(body), [
      ['Klaus Hoffmann', 'Brigadier General'], ['Daniyar Sultan', 'Major'], ['Hoffmann', null], ['Sultan', null],
      ['Aigerim Zhaksylyk', 'Major'], ['Haitham', 'Sultan'],
    ]);
  });

  it('keeps names after a bare title\'s end, a full name before where one works, and a unit only before its leader\'s title (review 57a)', () => {
    const body =
      'Events\nAt the opening of the exhibition The Great Steppe, Ambassador Yerkin Tokumov spoke. After the screening of the film ' +
      'The Road to Mother Akan Satayev thanked the audience. It was noted by Aliya Nurova–Tourism Committee. During his visit to the ' +
      'peacekeeping battalion Minister of Defence Ruslan Zhaksylykov awarded the servicemen. The platoon leader Aidos Bekov came. ' +
      'CEO of Škoda Transportation a.s. Petr Brzezina met Andrzej Kowalczyk (Poland) and Lucía Fernández Ortega (Spain), ' +
      'members of the Committee on Foreign Affairs, and Special Rapporteur on the right to education Anna Berg.';
    const committee = 'members of the Committee on Foreign Affairs';
    assert.deepEqual(rolesOf(body), [
      ['Yerkin Tokumov', 'Ambassador'], ['Akan Satayev', null], ['Aliya Nurova', null], ['Ruslan Zhaksylykov', 'Minister of Defence'],
      ['Aidos Bekov', 'platoon leader'], ['Petr Brzezina', 'CEO of Škoda Transportation a.s.'], ['Andrzej Kowalczyk', committee],
      ['Lucía Fernández Ortega', committee], ['Anna Berg', 'Special Rapporteur on the right to education'],
    ]);
  });

  it('reads Aral as a given name before a Turkic surname alone, and Poland\'s Sp. as a legal form', () => {
    const body =
      'Appointment\nThe company has appointed Aral Bekturganov as Managing Director. Bekturganov replaces Viktor Lang. The Aral Sea ' +
      'shrank. He met the Managing Director of Nowak Maszyny Sp. z o.o. Tomasz Nowak.';
    assert.deepEqual(rolesOf(body), [
      ['Aral Bekturganov', 'Managing Director'], ['Bekturganov', null], ['Viktor Lang', null], ['Tomasz Nowak', null],
    ]);
  });

  it('keeps a lower-case particle before a later mention of two words', () => {
    const body = 'Talks\nMarcos Antônio dos Santos Ferreira came. The talks went well, while dos Santos Ferreira invited exporters.';
    assert.deepEqual(rolesOf(body), [['Marcos Antônio dos Santos Ferreira', null], ['dos Santos Ferreira', null]]);
  });

  it('reads a title\'s own name after a bare title, the run right after its article as the title, and a place\'s Aral before a full name (review 57b)', () => {
    const body =
      'Books\nThe Minister handed the book The Steppe Chronicles to President Tokayev. The show The Steppe Legends, directed by ' +
      'Aibek Daniyarov, opened. In Aral Bolat Zhakenov, a veteran fisherman, spoke.';
    assert.deepEqual(rolesOf(body), [['Tokayev', 'President'], ['Aibek Daniyarov', null], ['Bolat Zhakenov', null]]);
  });

  it('reads a football club\'s letters closing its name as no person\'s', () => {
    const body = 'Cup\nThe team beat Paris FC 3-1. Midfielder Daniel Paris scored. Paris scored twice.';
    assert.deepEqual(rolesOf(body), [['Daniel Paris', null], ['Paris', null]]);
  });

  it('reads Qatar’s Father Emir as one title, and a lower-case lord mayor', () => {
    const body = 'News\nHe conveyed greetings to Father Emir Sheikh Hamad bin Khalifa Al Thani and met the lord mayor Anne Lee. Father John Brennan, a priest, and Emir Tamim bin Hamad Al Thani spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Hamad bin Khalifa Al Thani', 'Father Emir'], ['Anne Lee', 'lord mayor'], ['John Brennan', null], ['Tamim bin Hamad Al Thani', 'Emir'],
    ]);
  });

  it('reads an Italian head’s particle, a goodwill ambassador, a style after `and` with its qualifiers, and a newspaper’s name before a comma', () => {
    const body = 'News\nHe met the Rector of the Politecnico di Torino, Professor Giovanni Battista Ferraro. Alumnus Daniyar Seitkali spoke. ' +
      'He met WHO Goodwill Ambassador Anna Rossi and the Minister of Health and UN Goodwill Ambassador Maria Bianchi. Director of the Department and Special Envoy Ivan Petrov came. ' +
      'King Goodwill Zwelithini was honoured. He met the director of the newspaper Lumière Gaz, Anna Berg, and left.';
    assert.deepEqual(rolesOf(body), [
      ['Giovanni Battista Ferraro', 'Rector of the Politecnico di Torino'], ['Daniyar Seitkali', null], ['Anna Rossi', 'WHO Goodwill Ambassador'], ['Maria Bianchi', 'UN Goodwill Ambassador'],
      ['Ivan Petrov', 'Director of the Department and Special Envoy'], ['Goodwill Zwelithini', 'King'], ['Anna Berg', 'director of the newspaper Lumière Gaz'],
    ]);
  });
  it('reads a national broadcaster as the office’s body, and no name in an occupation’s Broadcaster', () => {
    const body = 'News\nIt was edited by Director General of the Mongolian National Broadcaster Batbayar Khishigsuren. Broadcaster Anna Berg spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Batbayar Khishigsuren', 'Director General of the Mongolian National Broadcaster'], ['Anna Berg', null],
    ]);
  });

  it('reads no person in a vessel named after its lower-case noun (container feeder, yacht, destroyer)', () => {
    const body = 'News\nThe container feeder Kaspiy Ekspress arrived, and the destroyer Almaty Star left. Captain Ivan Petrov spoke.';
    assert.deepEqual(rolesOf(body), [['Ivan Petrov', 'Captain']]);
  });

  it('reads Revd as a form of address, Abbot as a surname, ajy inside a name, a religious order’s letters and a naib mufti', () => {
    const body = 'News\nIt was led by the Rt Revd Simon Chester with Chairman of the Almaty Sister Cities Committee Aibek Nurlanov. Dr. Victoria Abbot spoke. Mufti of Kyrgyzstan Almazbek ajy Osmonaliev came with Fr. Matteo Bellini, OFM, ' +
      'and Fr. John Smith SJ. It was chaired by naib mufti Ersin kazhy Temirkhan. His sister Aigerim Bekova came.';
    assert.deepEqual(rolesOf(body), [
      ['Simon Chester', null], ['Aibek Nurlanov', 'Chairman of the Almaty Sister Cities Committee'], ['Victoria Abbot', null], ['Almazbek ajy Osmonaliev', 'Mufti of Kyrgyzstan'], ['Matteo Bellini', null], ['John Smith', null],
      ['Ersin kazhy Temirkhan', 'naib mufti'], ['Aigerim Bekova', null],
    ]);
  });
  it('reads no person in one of two names a body or an event is named after, but the two quoted alone', () => {
    const body = 'News\nThe international Abai and Rumi Readings were held, and the Abai and Shakarim Museum opened. He quoted Abai and Rumi.';
    assert.deepEqual(rolesOf(body), [['Abai', null], ['Rumi', null]]);
  });

  it('reads a body named in lower case after its capitalised owner, a lead country manager, and no people in Labs or a conference', () => {
    const body = 'News\nHe met Director of the Siemens Energy representative office in Kazakhstan Markus Brandtner and ExxonMobil Kazakhstan Inc. Lead Country Manager Brian Holloway. ' +
      'She is CEO and founder of EdTech start-up Bilim Labs. He invited them to the Microsoft Build conference. Lead singer Anna Berg came.';
    assert.deepEqual(rolesOf(body), [
      ['Markus Brandtner', 'Director of the Siemens Energy representative office in Kazakhstan'], ['Brian Holloway', 'ExxonMobil Kazakhstan Inc. Lead Country Manager'], ['Anna Berg', null],
    ]);
  });

  it('reads no person in Rules named after one, Bishop before a post-nominal as a surname, and no headline verb owning a post', () => {
    const body = 'Kazakhstan Nominates Children\'s Ombudsman Zhanar Abdrakhmanova\nThe Nelson Mandela Rules were discussed. Ms. Harriet Bishop KC, Chair of the Bar Council, spoke.';
    assert.deepEqual(rolesOf(body), [['Zhanar Abdrakhmanova', 'Children\'s Ombudsman'], ['Harriet Bishop', 'Chair of the Bar Council']]);
  });

  it('reads an office closing with a place’s lower-case unit before a military rank, and no place’s rank', () => {
    const body = 'News\nHead of the Border Service for Turkistan region Colonel Arman Tlenshiyev briefed them. The Almaty region police chief Colonel Ivan Petrov and the Turkistan region Colonel Anna Berg spoke.';
    assert.deepEqual(rolesOf(body), [['Arman Tlenshiyev', 'Head of the Border Service for Turkistan region'], ['Ivan Petrov', 'Almaty region police chief'], ['Anna Berg', 'Colonel']]);
  });

  it('reads Pandit before a name as a form of address, and after a given name as a surname', () => {
    const body = 'News\nPandit Arjun Dev Sharma played. Vijaya Lakshmi Pandit spoke.';
    assert.deepEqual(rolesOf(body), [['Arjun Dev Sharma', null], ['Vijaya Lakshmi Pandit', null]]);
  });

  it('keeps what review 58a found lost: an occupation before two names and a body, and a father who was emir', () => {
    const body = 'News\nThe concert featured the soloist Aigerim Bekova and Kurmangazy Orchestra musicians. It was opened by the curator Aliya Nurova and Kasteyev Museum director Bolat Ospanov. ' +
      'Tamim succeeded his father Emir Hamad bin Khalifa in 2013.';
    assert.deepEqual(rolesOf(body), [['Aigerim Bekova', null], ['Aliya Nurova', null], ['Bolat Ospanov', 'Kasteyev Museum director'], ['Hamad bin Khalifa', 'Emir']]);
  });

  it('reads a lower-case professor after the body whose member he is as one post', () => {
    const body = 'The panel heard University of Tokyo professor Kenji Sato, Massachusetts Institute of Technology professor Ann Lee and Harvard professor John Doe, and Rector of the University of Tokyo Professor Aiko Mori.';
    assert.deepEqual(rolesOf(body), [['Kenji Sato', 'University of Tokyo professor'], ['Ann Lee', 'Massachusetts Institute of Technology professor'], ['John Doe', 'Harvard professor'], ['Aiko Mori', 'Rector of the University of Tokyo']]);
  });

  it('reads a lone word closing a body’s name before a comma and the styled holder of its office as the body’s', () => {
    const body = 'He met with the Rector of the University of Islamic Culture Nur-Mubarak, Dr. Khaled Fawzy, and the Minister of Culture Aida Balayeva.';
    assert.deepEqual(rolesOf(body), [['Khaled Fawzy', 'Rector of the University of Islamic Culture Nur-Mubarak'], ['Aida Balayeva', 'Minister of Culture']]);
  });

  it('reads a safety officer’s field as part of the title', () => {
    const body = 'The mission was led by Senior Nuclear Safety Officer of the IAEA Division of Nuclear Installation Safety, Mr. Chad Ferreira-Lund, and Nuclear Safety Inspector Ann Lee.';
    assert.deepEqual(rolesOf(body), [['Chad Ferreira-Lund', 'Senior Nuclear Safety Officer of the IAEA Division of Nuclear Installation Safety'], ['Ann Lee', 'Nuclear Safety Inspector']]);
  });

  it('gives the office after a listed holder’s name to the next holder when each office goes before its holder’s rank', () => {
    const body = 'It was attended by the Defence Attaché of the United Kingdom, Colonel James Whitfield, the Military Attaché of Türkiye, Brigadier General Emre Kocabaş, the Military Attaché of China, Senior Colonel Liu Hongwei, and General Ivan Petrov, Chief of the General Staff.';
    assert.deepEqual(rolesOf(body), [['James Whitfield', 'Defence Attaché of the United Kingdom'], ['Emre Kocabaş', 'Military Attaché of Türkiye'], ['Liu Hongwei', 'Military Attaché of China'], ['Ivan Petrov', 'Chief of the General Staff']]);
  });

  it('reads the capitalised words after a lower-case exercise noun as the exercise’s name', () => {
    const body = 'A platoon will join the multinational peacekeeping exercise Khaan Quest. The exercise Steppe Eagle ended. After the exercise Ivan Petrov said it went well.';
    assert.deepEqual(rolesOf(body), [['Ivan Petrov', null]]);
  });

  it('ends an office at its body’s object before `and` and the next office’s title', () => {
    const body = 'He met Secretary-General of the Conference on Disarmament and Director-General of UNOG Ann Lee and Committee on Finance and Budget chairman Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [['Ann Lee', 'Secretary-General of the Conference on Disarmament and Director-General of UNOG'], ['Ivan Petrov', 'Committee on Finance and Budget chairman']]);
  });

  it('leaves Orthodox clergy’s forms of address out of the name', () => {
    const body = 'He was joined by Deacon Jordan Haile, a lecturer at Holy Trinity Theological College, and Archimandrite Ivan Petrov.';
    assert.deepEqual(rolesOf(body), [['Jordan Haile', 'lecturer at Holy Trinity Theological College'], ['Ivan Petrov', null]]);
  });

  it('reads a name’s word after `the` before a business unit as the unit’s place', () => {
    const body = 'Speakers include the Washington bureau chief of The Economist, Jordan Brooks, and the Sydney bureau chief Ann Lee.';
    assert.deepEqual(rolesOf(body), [['Jordan Brooks', 'Washington bureau chief of The Economist'], ['Ann Lee', 'Sydney bureau chief']]);
  });

  it('keeps people after a lower-case exercise noun, a lone holder before a styled list, and a Deacon surname', () => {
    const body = 'At the end of the exercise Ruslan Zhaksylykov thanked them. Yerlan Karin spoke. The round table was attended by the Director of the Institute Karin, Dr. Aliya Nurova and Prof. Marat Seitkali. ' +
      'Professor Gillian Deacon of the University of Cambridge met Sam Deacon, director of the Deacon Gallery.';
    assert.deepEqual(rolesOf(body), [['Ruslan Zhaksylykov', null], ['Yerlan Karin', null], ['Karin', 'Director of the Institute'], ['Aliya Nurova', null], ['Marat Seitkali', null], ['Gillian Deacon', 'Professor'], ['Sam Deacon', 'director of the Deacon Gallery']]);
  });

  it('leaves a lower-case academic style out of an office before its body', () => {
    const body = 'Rector of Al-Farabi Kazakh National University academician Zhanseit Tuymebayev and the Vice-Rector for Research professor Nurlan Amrin spoke.';
    assert.deepEqual(rolesOf(body), [['Zhanseit Tuymebayev', 'Rector of Al-Farabi Kazakh National University'], ['Nurlan Amrin', 'Vice-Rector for Research']]);
  });

  it('reads a lecturer as a title, before the name and in an apposition', () => {
    const body = 'The book by Dr. India Fairweather, Senior Lecturer in Central Asian History at the University of Edinburgh, was presented by Senior Lecturer Ann Lee.';
    assert.deepEqual(rolesOf(body), [['India Fairweather', 'Senior Lecturer in Central Asian History at the University of Edinburgh'], ['Ann Lee', 'Senior Lecturer']]);
  });

  it('keeps a person after a lower-case exercise noun when an office follows in apposition', () => {
    const body = 'Upon completion of the tactical exercise Yerlan Sadykov, commander of the battalion, thanked the soldiers.';
    assert.deepEqual(rolesOf(body), [['Yerlan Sadykov', 'commander of the battalion']]);
  });

  it('pairs each office with the name after it in a list of offices set before their holders by commas', () => {
    const body = "It was joined by the Secretary General of the Supreme People's Court of China, Wang Jianguo, the Registrar General of the Supreme Court of India, Anil Varma, the Deputy Chairman of the Supreme Court of Iran, Hojatoleslam Reza Karimi, and others.";
    assert.deepEqual(rolesOf(body), [
      ['Wang Jianguo', "Secretary General of the Supreme People's Court of China"],
      ['Anil Varma', 'Registrar General of the Supreme Court of India'],
      ['Reza Karimi', 'Deputy Chairman of the Supreme Court of Iran'],
    ]);
  });

  it('gives Lady, a courtesy style, the office set before it by a comma', () => {
    const body = 'It was delivered by the President of the International Association of Prosecutors, Lady Eleanor Grant. The envoy met Lady Amelia Hart.';
    assert.deepEqual(rolesOf(body), [['Eleanor Grant', 'President of the International Association of Prosecutors'], ['Amelia Hart', null]]);
  });

  it('reads a firm\'s two names glued by a plus as one body of the office, not as a given name', () => {
    const body = 'Member of the Board of Zeller+Hofmann Matthias Keller and Partner at Brandt+Lutz, Anna Berg, spoke.';
    assert.deepEqual(rolesOf(body), [['Matthias Keller', 'Member of the Board of Zeller+Hofmann'], ['Anna Berg', 'Partner at Brandt+Lutz']]);
  });

  it('reads words before a company\'s Industry, or before a headline verb\'s word opening a body\'s word, as a body\'s name (round 371)', () => {
    const body = 'The ferry was built at the shipyard of Nantong Merchants Heavy Industry in Jiangsu. It was led by Director of the ILO Decent Work Technical Support Team for Eastern Europe Henrik Lindqvist.';
    assert.deepEqual(rolesOf(body), [['Henrik Lindqvist', 'Director of the ILO Decent Work Technical Support Team for Eastern Europe']]);
  });

  it('keeps observers, a plural of people, as the object closing an apposition\'s office (round 371)', () => {
    const body = 'It was presented by Kristiina Makela, Special Co-ordinator and leader of the short-term OSCE observers, and Pieter van Houten, head of mission.';
    assert.deepEqual(rolesOf(body), [['Kristiina Makela', 'Special Co-ordinator and leader of the short-term OSCE observers'], ['Pieter van Houten', 'head of mission']]);
  });

  it('opens a body before a lower-case title at its own word before a particle (Politecnico di Milano professor)', () => {
    const body = 'The delegation included Politecnico di Milano professor Marco Bellini and Università di Bologna rector Anna Conti.';
    assert.deepEqual(rolesOf(body), [['Marco Bellini', 'Politecnico di Milano professor'], ['Anna Conti', 'Università di Bologna rector']]);
  });

  it('reads a judge\'s Justice, maybe after Lady or Lord, as a style that gives way to the office before its comma (round 372)', () => {
    const body = 'Chief Justice of the AIFC Court, Lady Justice Eleanor Barrington, spoke. Lady Justice Anne Ross welcomed it. Chief Justice of the Court, Justice Tom Lee, came.';
    assert.deepEqual(rolesOf(body), [['Eleanor Barrington', 'Chief Justice of the AIFC Court'], ['Anne Ross', 'Lady Justice'], ['Tom Lee', 'Chief Justice of the Court']]);
  });

  it('reads church and Buddhist offices: Locum Tenens (no plural), Vicar, Pandito Khambo Lama; Baron closing a name is a surname (round 372)', () => {
    const body = 'He met Archbishop Grigor Vardanyan, Locum Tenens of the Armenian Patriarchate of Constantinople, and Bishop Ivan Petrov, Patriarchal Vicar of the Diocese. ' +
      'Pandito Khambo Lama of the Buddhist Traditional Sangha of Russia Bato Tsyrenov and President of the Association Alexander Baron met.';
    assert.deepEqual(rolesOf(body), [
      ['Grigor Vardanyan', 'Locum Tenens of the Armenian Patriarchate of Constantinople'],
      ['Ivan Petrov', 'Patriarchal Vicar of the Diocese'],
      ['Bato Tsyrenov', 'Pandito Khambo Lama of the Buddhist Traditional Sangha of Russia'],
      ['Alexander Baron', 'President of the Association'],
    ]);
  });

  it('pairs offices and names in a list whose earlier office closes with a body\'s name words (round 372)', () => {
    const body = 'It was signed by Chairman of the Board of Qazaq Gaz, Sanzhar Zharkeshov, Chief Executive Officer of China Petroleum Engineering & Construction Corporation, Liu Hongbin, ' +
      'Senior Vice President of ACWA Power, Faisal Al-Otaibi, and First Vice President of SOCAR, Elnur Mammadli.';
    assert.deepEqual(rolesOf(body).map(([, role]) => role), [
      'Chairman of the Board of Qazaq Gaz', 'Chief Executive Officer of China Petroleum Engineering & Construction Corporation', 'Senior Vice President of ACWA Power', 'First Vice President of SOCAR',
    ]);
  });

  it('keeps a ruler\'s numeral I after a full name before during, not the pronoun before a verb (round 372)', () => {
    const body = 'He showed a photograph of Emperor Haile Selassie I during his visit. On behalf of President Erdogan I conveyed greetings.';
    assert.deepEqual(rolesOf(body), [['Haile Selassie I', 'Emperor'], ['Erdogan', 'President']]);
  });

  it('keeps the pronoun I after a name without a ruler\'s title, Lady after a participle\'s object, a name before a field\'s Industry, and no plural after among (reviews 60a, 60b)', () => {
    const body = '"Together with Minister Nurtleu I during our meeting discussed it," he said. The era of Sultan Selim I before the conquest was recalled. ' +
      'After meeting the Lord Chancellor, Lady Eleanor Brooke visited the court. He met Taro Yamada Industry Consultant. ' +
      'It was built by Chairman of China Merchants Heavy Industry Hu Jianhua. Among the observers Ivan Petrov noted irregularities.';
    assert.deepEqual(rolesOf(body), [
      ['Nurtleu', 'Minister'], ['Selim I', 'Sultan'], ['Eleanor Brooke', null], ['Taro Yamada', null],
      ['Hu Jianhua', 'Chairman of China Merchants Heavy Industry'], ['Ivan Petrov', null],
    ]);
  });

  it('reads a joint venture\'s JV and an acronym alone after a company\'s or an agency\'s noun as the body, not the name (round 373)', () => {
    const body = 'It was reported by Chairman of the Board of Baiterek JV Serik Kenzhebayev. It was co-chaired by President of the French space agency CNES Jean-Marc Delaunay. ' +
      'He met the head of the state company KEGOC Bakytzhan Kazhiyev and the head of the company ACWA Power Ali Smith.';
    assert.deepEqual(rolesOf(body), [
      ['Serik Kenzhebayev', 'Chairman of the Board of Baiterek JV'], ['Jean-Marc Delaunay', 'President of the French space agency CNES'],
      ['Bakytzhan Kazhiyev', 'head of the state company KEGOC'], ['Ali Smith', 'head of the company ACWA Power'],
    ]);
  });

  it('ends a headline\'s name before an anniversary\'s verb, keeps Dona and Jonkheer out of names, and reads Prince X I before a bracket (round 373)', () => {
    const body = 'Centenary of Orientalist Pieter Willem van Rijckevorsel Marked in Leiden. The Dutch orientalist Jonkheer Karel de Vries spoke. ' +
      'Condolences went to his widow, Dona Maria Isabel de Bragança Lencastre. Prince Albert I (1848-1922) sailed far.';
    assert.deepEqual(rolesOf(body), [
      ['Pieter Willem van Rijckevorsel', null], ['Karel de Vries', null], ['Maria Isabel de Bragança Lencastre', null], ['Albert I', 'Prince'],
    ]);
  });

  it('reads no person in a model before its number or in a documentary\'s title before its subtitle, but a score after a name keeps it (round 373)', () => {
    const body = 'It flew aboard a SpaceX Falcon 9 rocket. He spoke about the Rashid 2 lunar rover. Elena Rybakina beat Aryna Sabalenka 6-4. ' +
      'They watched the documentary "Baurzhan Momyshuly. Beyond the Highway", made by Minister Aida Balayeva.';
    assert.deepEqual(rolesOf(body), [['Elena Rybakina', null], ['Aryna Sabalenka', null], ['Aida Balayeva', 'Minister']]);
  });

  it('gives no office that is the object of an opening participle\'s preposition to the name after its comma, unless the participle is a preposition (round 374)', () => {
    const body = 'Handing over the consular patent to the new Honorary Consul, B. Nussupov noted the role. ' +
      'According to the head of the Chinese group, Professor Zhou Tianhai, glaciers shrank.';
    assert.deepEqual(rolesOf(body), [['B. Nussupov', null], ['Zhou Tianhai', 'head of the Chinese group']]);
  });

  it('reads Said after a title or a mission before a surname as a given name (round 374)', () => {
    const body = 'It was attended by IOM Chief of Mission Said Karimov. Ambassador Said Mohammed spoke. The Minister Said Kazakhstan would grow.';
    assert.deepEqual(rolesOf(body), [['Said Karimov', 'IOM Chief of Mission'], ['Said Mohammed', 'Ambassador']]);
  });

  it('reads a navy\'s prefix as a ship\'s, and a full name after an office\'s body of a head, a particle and one word (round 374)', () => {
    const body = 'The Turkish Navy frigate TCG Anadolu will call at Aktau. Director of the Casa della Musica Marco Ruggeri attended. ' +
      'He visited the Palacio de Bellas Artes.';
    assert.deepEqual(rolesOf(body), [['Marco Ruggeri', 'Director of the Casa della Musica']]);
  });

  it('reads a contract\'s name as a document\'s (round 375)', () => {
    assert.deepEqual(rolesOf('He presented the new Unified Subsoil Use Contract model to investors.'), []);
  });

  it('runs an office whose body is quoted on to a military rank, which is cut off (round 373)', () => {
    const body = 'It was attended by Head of the Regional Department "Ontustik" Colonel Murat Issabekov. They watched the film "Steppe" Colonel Ivan Petrov made.';
    assert.deepEqual(rolesOf(body), [['Murat Issabekov', 'Head of the Regional Department "Ontustik"'], ['Ivan Petrov', 'Colonel']]);
  });

  it('runs an apposition\'s office through a body\'s possessive to the lower-case unit closing it, and reads crafts as a trade\'s (round 376)', () => {
    const body = 'It was attended by Jordan Mercer, Director of the River Foundation\'s international programmes, who briefed them. ' +
      'They heard Tran Van Long, General Director of Vietnam Airlines\' international division, on plans. The Years of Tourism and Folk Crafts were declared.';
    assert.deepEqual(rolesOf(body), [
      ['Jordan Mercer', 'Director of the River Foundation\'s international programmes'], ['Tran Van Long', 'General Director of Vietnam Airlines\' international division'],
    ]);
  });

  it('reads a start-up as a business\'s noun an office is of (round 373)', () => {
    const body = 'The jury will include founder of the Georgian start-up Lazika AI Giorgi Beridze. It was attended by the founder of the start-up GreenDrop, Dr. Noa Levinson.';
    assert.deepEqual(rolesOf(body), [['Giorgi Beridze', 'founder of the Georgian start-up Lazika AI'], ['Noa Levinson', 'founder of the start-up GreenDrop']]);
  });

  it('keeps names before counts, Dona before a short name, the pronoun I after an Emir, names after the agency and the KRI, and an office whose name is set off (review 61a)', () => {
    const body = 'The President met Mukhtar Tileuberdi 3 times. Indian dancer Dona Ganguly performed. Together with Emir Tamim I (as the host) discussed it. ' +
      'General Director of the agency Juan Carlos Ortega spoke. Prime Minister of the KRI Masrour Barzani spoke. ' +
      'Speaking to the Rector of Tokyo University, Professor Teruo Fujii, the Ambassador proposed exchanges. ' +
      'Handing over the patent to the new Honorary Consul, Ambassador Yerlan Baudarbek wished him success.';
    assert.deepEqual(rolesOf(body), [
      ['Mukhtar Tileuberdi', null], ['Dona Ganguly', null], ['Tamim', 'Emir'], ['Juan Carlos Ortega', 'General Director of the agency'],
      ['Masrour Barzani', 'Prime Minister of the KRI'], ['Teruo Fujii', 'Rector of Tokyo University'], ['Yerlan Baudarbek', 'Ambassador'],
    ]);
  });

  it('reads an agency\'s acronym as its whole name before a name of three words (review 61a)', () => {
    assert.deepEqual(rolesOf('The head of the Spanish export agency ICEX María Peña Mateos met exporters.'), [['María Peña Mateos', 'head of the Spanish export agency ICEX']]);
  });

  it('reads a news agency\'s letters before a capitalised title as the body the office leads, but not a dateline\'s or a cited source\'s (round 373)', () => {
    const body = 'The senators met APA Secretary General Bahram Sadeghi-Nasab. ASTANA. KAZINFORM President Tokayev met them. ' +
      'According to TASS President Putin met them. He met TASS Director General Andrei Kondrashov.';
    assert.deepEqual(rolesOf(body), [
      ['Bahram Sadeghi-Nasab', 'APA Secretary General'], ['Tokayev', 'President'], ['Putin', 'President'], ['Andrei Kondrashov', 'TASS Director General'],
    ]);
  });

  it('reads Farmer and Baker after a given name as surnames, and Woche as a week\'s (round 377)', () => {
    const body = 'Australia\'s Minister for Agriculture, Julie Farmer, spoke. The honey was made by beekeeper Nikolai Baker. The Green Week (Grüne Woche) opens. ' +
      'Baker Hughes signed.';
    assert.deepEqual(rolesOf(body), [['Julie Farmer', 'Australia\'s Minister for Agriculture'], ['Nikolai Baker', null]]);
  });

  it('reads a month that is a given name before a surname and an office set off by a comma, not after a day\'s number (round 377)', () => {
    const body = 'The prize was shared by June Okafor, head of the farm. On 5 June Ivanov, the minister, said it.';
    assert.deepEqual(rolesOf(body), [['June Okafor', 'head of the farm']]);
  });

  it('reads Ash\'shura as the Majlis\'s own word (round 373)', () => {
    assert.deepEqual(rolesOf('He met Deputy Chairman of the Majlis Ash\'shura Yaqoub bin Mohammed Al-Harthy.'),
      [['Yaqoub bin Mohammed Al-Harthy', 'Deputy Chairman of the Majlis Ash\'shura']]);
  });

  it('ends an apposition with a firm\'s possessive name (round 378)', () => {
    const body = 'Tomás Ferreira, Vice President – Senior Credit Officer at Moody\'s, said it.';
    assert.deepEqual(rolesOf(body), [['Tomás Ferreira', 'Vice President – Senior Credit Officer at Moody\'s']]);
  });

  it('reads a newspaper, a magazine or a portal as a body\'s noun an office is of, before its name (round 379)', () => {
    const body = 'It went to Editor-in-Chief of the regional newspaper Ortalyq Qazaqstan Asem Kaliyeva. The director of the newspaper Kazakhstanskaya Pravda, Anna Berg, left. ' +
      'It went to columnist of the newspaper Türkiye Burak Eren.';
    assert.deepEqual(rolesOf(body), [
      ['Asem Kaliyeva', 'Editor-in-Chief of the regional newspaper Ortalyq Qazaqstan'], ['Anna Berg', 'director of the newspaper Kazakhstanskaya Pravda'],
      ['Burak Eren', 'columnist of the newspaper Türkiye'],
    ]);
  });

  it('reads no agency cited as a medium before an office, no month after a time\'s word as a given name, no trade surname before a body\'s word, and a medium\'s name after a nationality (review 61c)', () => {
    const body = 'In an interview with CNN President Volodymyr Zelensky said it. The Ambassador held talks with TREND Editor-in-Chief Ilgar Huseynov. ' +
      'The visit was planned in May Ashimbayev, Chairman of the Senate, said. Abai Farmer Cooperative chairman Serik Nurtazin spoke. ' +
      'It went to Dr. Israel Ben-Ami, correspondent of the Israeli daily Haaretz. The parties praised Yerlan Karin, adviser to the President\'s, for it.';
    assert.deepEqual(rolesOf(body), [
      ['Volodymyr Zelensky', 'President'], ['Ilgar Huseynov', 'TREND Editor-in-Chief'], ['Ashimbayev', 'Chairman of the Senate'], ['Serik Nurtazin', 'Abai Farmer Cooperative chairman'],
      ['Israel Ben-Ami', 'correspondent of the Israeli daily Haaretz'], ['Yerlan Karin', 'adviser to the President'],
    ]);
  });

  it('reads an occupation a rank\'s word qualifies as no surname after it (round 379)', () => {
    const body = 'It was attended by Ivan Petrov, Chief Correspondent of Trend. Ambassador Young said it.';
    assert.deepEqual(rolesOf(body), [['Ivan Petrov', 'Chief Correspondent of Trend'], ['Young', 'Ambassador']]);
  });

  it('reads an editor as a title, before a name and in an apposition (round 379)', () => {
    const body = 'It included Foreign News Editor of Anadolu Agency Selin Başaran. It went to Budi Santoso, Foreign Desk Editor of The Jakarta Post, and others. ' +
      'He met the editor of the newspaper Avvenire, Marco Girardo, and left.';
    assert.deepEqual(rolesOf(body), [
      ['Selin Başaran', 'Foreign News Editor of Anadolu Agency'], ['Budi Santoso', 'Foreign Desk Editor of The Jakarta Post'], ['Marco Girardo', 'editor of the newspaper Avvenire'],
    ]);
  });

  it('reads a boatswain as a rank, and a lower-case body\'s quoted name closing an apposition (round 380)', () => {
    const body = 'Boatswain Israel Mendoza was evacuated. It went to Aigerim Tulegenova, coordinator of the volunteer team "Sarbaz" from Almaty.';
    assert.deepEqual(rolesOf(body), [['Israel Mendoza', 'Boatswain'], ['Aigerim Tulegenova', 'coordinator of the volunteer team "Sarbaz"']]);
  });

  it('keeps a month\'s given name after a preposition that names no time, an agency after for, a trade surname before a suffix, and reads no software after editor (review 61d)', () => {
    const body = 'A letter from April Hendricks, Director of the Chamber, was read. Throughout June Bekturov, the Governor of the AIFC, will speak. ' +
      'A dinner was hosted for XINHUA President Fu Hua. Serik Abenov, a professor at King\'s, said it. The delegation included Nikolai Baker Jr. today. ' +
      'Pupils used the graphic editor Canva.';
    assert.deepEqual(rolesOf(body), [
      ['April Hendricks', 'Director of the Chamber'], ['Fu Hua', 'XINHUA President'], ['Serik Abenov', 'professor at King\'s'], ['Nikolai Baker Jr.', null],
    ]);
  });

  it('reads a region\'s bank in full before a three-word name, a collegium and an operator as bodies, a state\'s epithet in an apposition, and a chieftaincy\'s style after an office (round 381)', () => {
    const body = 'He met Vice-President of the African Development Bank Kouamé Serge-Pascal Yao. The Judicial Collegium for Criminal Cases upheld it. ' +
      'Amangeldy Oral, the first Ambassador of independent Kazakhstan to Sweden, died. He met Ambassador of Nigeria Chief Olusegun Akinwande. ' +
      'The head of the State Corporation Rosatom Alexei Likhachev came.';
    assert.deepEqual(rolesOf(body), [
      ['Kouamé Serge-Pascal Yao', 'Vice-President of the African Development Bank'], ['Amangeldy Oral', 'first Ambassador of independent Kazakhstan to Sweden'],
      ['Olusegun Akinwande', 'Ambassador of Nigeria'], ['Alexei Likhachev', 'head of the State Corporation Rosatom'],
    ]);
  });

  it('reads an upstream field before a manager, a group opening its company\'s name, a portfolio after on, a joint venture, titles closing initialled names, and no person in a reservoir (round 382)', () => {
    const body = 'Exploration Manager Andrew McKinnon spoke. He met Toyota Tsusho Executive Vice President Hiroshi Mori. ' +
      'It was led by the Special Representative of the President on climate issues, Zulfiya Suleimenova. ' +
      'It was attended by the General Manager of the Asia Trans Gas joint venture, Li Wenhao. ' +
      'Almazbek Toktogulov said it would ease the load on the Toktogul reservoir. M.J. King said so. Dr. M. Pope agreed. Lady Georgina Duke attended.';
    assert.deepEqual(rolesOf(body), [
      ['Andrew McKinnon', 'Exploration Manager'], ['Hiroshi Mori', 'Toyota Tsusho Executive Vice President'],
      ['Zulfiya Suleimenova', 'Special Representative of the President on climate issues'], ['Li Wenhao', 'General Manager of the Asia Trans Gas joint venture'],
      ['Almazbek Toktogulov', null], ['M.J. King', null], ['M. Pope', null], ['Georgina Duke', null],
    ]);
  });

  it('reads Ss. opening a body\'s name, a faction\'s name before its head, a man\'s address after a kin\'s office, and Said opening a sentence before an Arabic article (round 383)', () => {
    const body = 'He met Rector of Ss. Cyril and Methodius University in Skopje Goran Velkovski. The Amanat faction head, Yerlan Koshkinbayev, noted it. ' +
      'She is the daughter of the former British Ambassador Sir Nigel Mullen, and spoke. He met the wife of the Ambassador of Japan Mrs. Yuko Sato. ' +
      'Said Al-Busaidi thanked them.';
    assert.deepEqual(rolesOf(body), [
      ['Goran Velkovski', 'Rector of Ss. Cyril and Methodius University in Skopje'], ['Yerlan Koshkinbayev', 'Amanat faction head'],
      ['Nigel Mullen', 'former British Ambassador'], ['Yuko Sato', null], ['Said Al-Busaidi', null],
    ]);
  });

  it('keeps what review 62a found: no portfolio after a verb\'s on, no bare venture, a faction\'s name only after the, a man\'s kin, an honoree of initials, n.a., a region closing a complement, Taraz and Said (review 62a)', () => {
    const body = 'The Ambassador briefed the Deputy Minister on migration issues, Daniyar Sarsenov said. The Timur Kulibayev venture was mentioned. ' +
      'After Easter faction head Yerlan Sairov returned. The husband of the Ambassador of Finland Mr. Pekka Virtanen came. ' +
      'He met Rector of the Karaganda University n.a. academician Ye.A. Buketov Nurlan Dyussenbayev. ' +
      'He met Director for Central Asia Holly Jane Bennett and Director of the Museum for Asian Art Lars-Christian Koch. ' +
      'It was shown by akim of Baizak district Taraz Omirbekov. "We agree," he said. Said Al-Hashimi also spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Daniyar Sarsenov', null], ['Timur Kulibayev', null], ['Yerlan Sairov', 'faction head'], ['Pekka Virtanen', null],
      ['Nurlan Dyussenbayev', 'Rector of the Karaganda University n.a. academician Ye.A. Buketov'],
      ['Holly Jane Bennett', 'Director for Central Asia'], ['Lars-Christian Koch', 'Director of the Museum for Asian Art'],
      ['Taraz Omirbekov', 'akim of Baizak district'], ['Said Al-Hashimi', null],
    ]);
  });

  it('reads a spaced dash inside a quoted name, no office of a listed apposition, Residence, and on only after a representative\'s office (round 385, review 62b)', () => {
    const body = 'Chairman of the Board of JSC "SEZ Khorgos – Eastern Gate" Bakhyt Sarsenov received them. ' +
      'He met Zhanar Mukanova, Chairperson of the Union of Writers, poet Olzhas Temirkhanov and publicist Vladimir Shestakov. ' +
      'He will open the Zhambyl Literary Residence. The Ambassador informed the Minister of Foreign Affairs of Italy on regional issues, Antonio Tajani agreed. ' +
      'The Special Representative of the President on climate issues, Zulfiya Suleimenova, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Bakhyt Sarsenov', 'Chairman of the Board of JSC "SEZ Khorgos – Eastern Gate"'], ['Zhanar Mukanova', 'Chairperson of the Union of Writers'],
      ['Olzhas Temirkhanov', null], ['Vladimir Shestakov', null], ['Antonio Tajani', null],
      ['Zulfiya Suleimenova', 'Special Representative of the President on climate issues'],
    ]);
  });

  it('reads a double surname ending in a place\'s word before MP, and a written-out legal form closing a company before a full name (round 386)', () => {
    const body = 'He met the Rt Hon Catherine Ashworth-Mills MP, Minister of State. He met Rt Hon Catherine Mills MP. The MP Ivan Petrov came. ' +
      'He met Chairman of Bank of China Limited Zhang Huimin.';
    assert.deepEqual(rolesOf(body), [
      ['Catherine Ashworth-Mills', 'Minister of State'], ['Catherine Mills', 'MP'], ['Ivan Petrov', 'MP'], ['Zhang Huimin', 'Chairman of Bank of China Limited'],
    ]);
  });

  it('reads Honorary Doctor as an honour\'s title and a surname that is a ruler\'s title after an envoy\'s title (round 386)', () => {
    const body = 'It included Honorary Doctor of the Kazakh National University Serik Akhmetov. Ambassador Sultan recalled the visit.';
    assert.deepEqual(rolesOf(body), [['Serik Akhmetov', 'Honorary Doctor of the Kazakh National University'], ['Sultan', 'Ambassador']]);
  });

  it('reads local titles in their own languages: Landrat, Bürgermeisterin, Gobernador, Polgármester (round 387)', () => {
    const body = 'He met with Landrat Markus Hellwanger. Bürgermeisterin Kranzberger proposed it. He met Gobernador of Mendoza Province Martín Etchegaray. ' +
      'Polgármester Szekeres-Tóth said it.';
    assert.deepEqual(rolesOf(body), [
      ['Markus Hellwanger', 'Landrat'], ['Kranzberger', 'Bürgermeisterin'], ['Martín Etchegaray', 'Gobernador of Mendoza Province'], ['Szekeres-Tóth', 'Polgármester'],
    ]);
  });

  it('keeps what review 62c found: on after any office but one a verb of informing governs, an honour before a titled name\'s list, no mills as surnames before an apposition, and particles after an envoy\'s ruler title (review 62c)', () => {
    const body = 'It was attended by Deputy Akim of Almaty Region on social issues, Marat Sultanbekov. ' +
      'The Ambassador informed the Minister of Foreign Affairs of Italy on regional issues, Antonio Tajani agreed. ' +
      'It was attended by Akim of Astana Zhenis Kassymbek, People\'s Artist of Kazakhstan, singer Nurlan Abdullin and others. ' +
      'He visited Baiterek Mills, the Director General of which showed the plant. Ambassador Sheikh al-Harthy spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Marat Sultanbekov', 'Deputy Akim of Almaty Region on social issues'], ['Antonio Tajani', null], ['Zhenis Kassymbek', 'Akim of Astana'],
      ['Nurlan Abdullin', 'People\'s Artist of Kazakhstan'], ['al-Harthy', 'Ambassador'],
    ]);
  });

  it('reads letters glued by an ampersand, after their group\'s name, as the business a leader heads (review 62d)', () => {
    const body = 'Samsung C&T President Oh Se-chul discussed it. Hyundai E&C President Yoon Young-joon spoke.';
    assert.deepEqual(rolesOf(body), [['Oh Se-chul', 'Samsung C&T President'], ['Yoon Young-joon', 'Hyundai E&C President']]);
  });

  it('reads a body\'s word and of before the place a leader\'s title follows (round 386)', () => {
    const body = 'University of Oklahoma President Dr. Charles Abernathy spoke. Gazprom CEO Alexei Miller spoke.';
    assert.deepEqual(rolesOf(body), [['Charles Abernathy', 'University of Oklahoma President'], ['Alexei Miller', 'Gazprom CEO']]);
  });

  it('reads a body\'s of Justice as no judge\'s style before a comma (round 388)', () => {
    const body = 'Advice was given by a representative of the Korean Ministry of Justice, Park Ji-yeon, and others. He met the Minister of Justice, Anna Bell.';
    assert.deepEqual(rolesOf(body), [['Park Ji-yeon', 'representative of the Korean Ministry of Justice'], ['Anna Bell', 'Minister of Justice']]);
  });

  it('reads an office before a described holder with a form of address (session 63)', () => {
    const body = 'The head of the programme, British researcher Dr. Helen Ward, spoke. After meeting the President, British scientist Prof. Alan Reid said so.';
    assert.deepEqual(rolesOf(body), [['Helen Ward', 'head of the programme'], ['Alan Reid', null]]);
  });

  it('reads a state\'s name after a title as the surname of the article\'s person (round 390)', () => {
    const body = 'Talks\nHe called President Javier Montenegro. The visit of President Montenegro to Astana was discussed. The President of Montenegro came.';
    assert.deepEqual(rolesOf(body), [['Javier Montenegro', 'President'], ['Montenegro', 'President']]);
  });

  it('reads Multi-Country as a qualifier of a title (round 390)', () => {
    const body = 'UNHCR Multi-Country Representative for Central Asia Hans Peter van der Berg spoke.';
    assert.deepEqual(rolesOf(body), [['Hans Peter van der Berg', 'UNHCR Multi-Country Representative for Central Asia']]);
  });

  it('reads a dotted legal form before a name with particles as the company\'s (round 390)', () => {
    const body = 'He met the CEO of Linde Dredging B.V. Maarten van der Linde in Rotterdam. He met S.A. van der Merwe.';
    assert.deepEqual(rolesOf(body), [['Maarten van der Linde', 'CEO of Linde Dredging B.V.'], ['S.A. van der Merwe', null]]);
  });

  it('keeps a capitalised particle inside a name in a title-case headline (round 390)', () => {
    const body = 'Minister Holds Talks with Eni CEO Claudio De Santis\nHe met Claudio De Santis of Eni.';
    assert.deepEqual(rolesOf(body), [['Claudio De Santis', 'Eni CEO'], ['Claudio De Santis', null]]);
  });

  it('reads an office closing in a dotted legal form and a name with particles as the next person\'s (round 390)', () => {
    const body = 'Talks\nThey met Tomasz Nowak, Chief Executive Officer of Berg Logistics B.V. Maarten van den Berg, and others.';
    assert.deepEqual(rolesOf(body), [['Tomasz Nowak', null], ['Maarten van den Berg', 'Chief Executive Officer of Berg Logistics B.V.']]);
  });

  it('reads a place word as a surname before a member\'s letters (session 63)', () => {
    const body = 'Talks\nThe group headed by Catherine Mills MP visited Astana. The meeting took place at Westminster Hall MP offices.';
    assert.deepEqual(rolesOf(body), [['Catherine Mills', 'MP']]);
  });

  it('reads a name before a people\'s plural possessive and a body\'s word as the body\'s (round 391)', () => {
    const body = 'Talks\nHe visited the Nelson Mandela Children\'s Home and the Domingo Sarmiento Teachers\' Library. Minister Anna Bell spoke.';
    assert.deepEqual(rolesOf(body), [['Anna Bell', 'Minister']]);
  });

  it('reads a full name after an Indonesian PT company in a list as a person\'s (round 391, review 63a)', () => {
    const body = 'Talks\nAmong the guests were Erick Thohir, CEO of PT Pertamina Nicke Widyawati, and others. ' +
      'PT Pertamina CEO Nicke Widyawati spoke. President of PT Pertamina Persero Budi Santoso spoke. They met Minister Anna Bell, CEO of PT Pertamina Hadi Wibowo, and others.';
    assert.deepEqual(rolesOf(body), [['Erick Thohir', null], ['Nicke Widyawati', 'CEO of PT Pertamina'], ['Nicke Widyawati', 'Pertamina CEO'],
      ['Budi Santoso', 'President of PT Pertamina Persero'], ['Anna Bell', 'Minister'], ['Hadi Wibowo', 'CEO of PT Pertamina']]);
  });

  it('keeps Phra inside a Thai king\'s regnal name (round 391)', () => {
    const body = 'Talks\nHe presented his credentials to His Majesty King Maha Vajiralongkorn Phra Vajiraklaochaoyuhua at the palace.';
    assert.deepEqual(rolesOf(body), [['Maha Vajiralongkorn Phra Vajiraklaochaoyuhua', 'King']]);
  });

  it('reads a hero in lower case before a name as a description, not a role (round 391)', () => {
    const body = 'Talks\nThe independence hero Hong Beom-do was honoured. Hero of Kazakhstan Aidar Bekov spoke.';
    assert.deepEqual(rolesOf(body), [['Hong Beom-do', null], ['Aidar Bekov', 'Hero of Kazakhstan']]);
  });

  it('reads one word before a titled office set off by commas as a name, not a place after of (session 63)', () => {
    const body = 'Talks\nHe met Sutrisno, Minister of Trade of Indonesia. In May Ashimbayev, Chairman of the Senate, paid a visit. ' +
      'He met Metropolitan Serafim of Volokolamsk, Chairman of the Department for External Church Relations.';
    assert.deepEqual(rolesOf(body), [['Sutrisno', 'Minister of Trade of Indonesia'], ['Ashimbayev', 'Chairman of the Senate'],
      ['Serafim', 'Chairman of the Department for External Church Relations']]);
  });

  it('reads and between the capitalised words of a body named after a ruler (round 392)', () => {
    const body = 'Talks\nHe met Director of the King Salman Aid and Relief Centre Ali Hassan. King Salman and Crown Prince Mohammed bin Salman met.';
    assert.deepEqual(rolesOf(body), [['Ali Hassan', 'Director of the King Salman Aid and Relief Centre'], ['Salman', 'King'], ['Mohammed bin Salman', 'Crown Prince']]);
  });

  it('keeps an opening phrase\'s office and a list\'s first office from a described, addressed name (review 63a)', () => {
    const body = 'Talks\nWith the support of the Minister of Culture, Kazakh pianist Ms. Aruzhan Suleimenova, a laureate, performed. ' +
      'Among the speakers were the Mayor of Astana, British surgeon Dr. Paul Brown, Kazakh oncologist Dr. Dilyara Kaidarova and others.';
    assert.deepEqual(rolesOf(body), [['Aruzhan Suleimenova', null], ['Paul Brown', null], ['Dilyara Kaidarova', null]]);
  });

  it('reads a titled name before a people\'s plural possessive as the person\'s, and Somdet as a form of address (review 63a)', () => {
    const body = 'Minister Aida Balayeva Women\'s Council Meeting Held in Astana\nAkim of Almaty Darkhan Satybaldy Veterans\' Council members met. ' +
      'His Holiness Somdet Phra Ariyavongsagatanana blessed the guests.';
    assert.deepEqual(rolesOf(body), [['Aida Balayeva', 'Minister'], ['Darkhan Satybaldy', 'Akim of Almaty'], ['Ariyavongsagatanana', null]]);
  });

  it('reads a member\'s letters before a noun as no surname\'s, and a state after a headline\'s title as the state (review 63a)', () => {
    const body = 'Berlin Process: Chair Montenegro to Host Summit\nThe delegation was welcomed by Westminster Hall MP staff. ' +
      'The Ambassador thanked Alan Mount MP for his support. Prime Minister Luís Montenegro spoke.';
    assert.deepEqual(rolesOf(body), [['Alan Mount', 'MP'], ['Luís Montenegro', 'Prime Minister']]);
  });

  it('reads an Italian hospital\'s word as opening a body\'s name (round 393)', () => {
    const body = 'Talks\nHe met the Director of the IRCCS Policlinico San Donato in Milan, Professor Lorenzo Menicanti. He visited the Ospedale San Raffaele.';
    assert.deepEqual(rolesOf(body), [['Lorenzo Menicanti', 'Director of the IRCCS Policlinico San Donato in Milan']]);
  });

  it('keeps a chain of capitalised particles inside a name in a title-case headline (review 63a)', () => {
    const body = 'Kazakh Ambassador Meets Senator Luis De La Fuente In Madrid\nHe met Senator Luis de la Fuente.';
    assert.deepEqual(rolesOf(body), [['Luis De La Fuente', 'Senator'], ['Luis de la Fuente', 'Senator']]);
  });

  it('reads a bracketed office before a term\'s years, and M. before a surname an M-named person bears as an initial (round 394)', () => {
    const body = 'Talks\nSpeakers included Serik Akylbai (Judge of the Constitutional Court, 2023-2025). ' +
      'He met Secretary of State Marta Nowak and Anna Nowak. Later M. Nowak left.';
    assert.deepEqual(rolesOf(body), [['Serik Akylbai', 'Judge of the Constitutional Court'],
      ['Marta Nowak', 'Secretary of State'], ['Anna Nowak', null], ['M. Nowak', null]]);
  });

  it('reads an apparatus as a body closing an office\'s object (round 394)', () => {
    const body = 'Talks\nThe session approved the appointment of Aigul Seitkali as head of the maslikhat\'s apparatus.';
    assert.deepEqual(rolesOf(body), [['Aigul Seitkali', 'head of the maslikhat\'s apparatus']]);
  });

  it('reads a bare director after a nationality and an office\'s comma as a film director\'s trade (round 389 leftover)', () => {
    const body = 'Talks\nThe chairman of the jury, Korean director Park Min-jun, praised the entries. The Korean director Park Min-jun spoke.';
    assert.deepEqual(rolesOf(body), [['Park Min-jun', 'chairman of the jury'], ['Park Min-jun', 'Korean director']]);
  });

  it('reads a Romance de or du after a local title before a place and a full name as the title\'s (round 387 leftover)', () => {
    const body = 'Talks\nHe met Préfet du Rhône Fabienne Buccio in Lyon. He met Gobernador de Mendoza Alfredo Cornejo. He met Ambassador de Souza.';
    assert.deepEqual(rolesOf(body), [['Fabienne Buccio', 'Préfet du Rhône'], ['Alfredo Cornejo', 'Gobernador de Mendoza'], ['de Souza', 'Ambassador']]);
  });

  it('reads Pak after an initial or another form of address as the Korean surname (round 395)', () => {
    const body = 'Talks\nHe met Deputy Speaker Yelena Pak. The number grew, Y. Pak noted.';
    assert.deepEqual(rolesOf(body), [['Yelena Pak', 'Deputy Speaker'], ['Y. Pak', null]]);
  });

  it('reads the office that opens a sentence as the subject of is before a name (round 391)', () => {
    const body = 'Talks\nThe chairman of the association is Almagul Iskakova. Its chairman is Aidar Bekov. The winner is Dana Bek. He said the Minister of Culture is Aidar Bekov.';
    assert.deepEqual(rolesOf(body), [['Almagul Iskakova', 'chairman of the association'], ['Aidar Bekov', 'chairman'], ['Dana Bek', null], ['Aidar Bekov', null]]);
  });

  it('keeps what review 63b found lost: members\' letters before any word but a qualified noun, a described holder before a verb\'s object, a ruler before and a state, a headline\'s prime minister (review 63b)', () => {
    const body = 'Tokayev Holds Phone Talks With Prime Minister Montenegro\nHe called Prime Minister Luís Montenegro. Ambassador Ilyassov met Catherine Mills MP of the Conservative Party. ' +
      'The Ambassador briefed Rachel Hall MP during her visit. The Ambassador of France, French diplomat Mr. Didier Canesse, thanked Mr. Yerlan Karin. ' +
      'According to the Ambassador of Italy, Italian diplomat Mr. Paolo Rossi, Italian investments grew. King Abdullah II and Jordan Investment Fund representatives attended. ' +
      'The projects were presented by KEGOC, Chairman of the Management Board, and with Kaspi, Chairman of the Board of Directors.';
    assert.deepEqual(rolesOf(body), [['Montenegro', 'Prime Minister'], ['Luís Montenegro', 'Prime Minister'], ['Ilyassov', 'Ambassador'], ['Catherine Mills', 'MP'],
      ['Rachel Hall', 'MP'], ['Didier Canesse', 'Ambassador of France'], ['Yerlan Karin', null], ['Paolo Rossi', 'Ambassador of Italy'], ['Abdullah II', 'King']]);
  });

  it('reads German and French company heads\' titles as titles (round 396)', () => {
    const body = 'Talks\nHe received Dr. Matthias Breitenbach, Vorstandsvorsitzender of Kessler Anlagenbau AG. The company was represented by its Geschäftsführer Thomas Kreuzpaintner. ' +
      'He met the PDG of Orvane Énergies SA, Hélène Dupont-Moreau.';
    assert.deepEqual(rolesOf(body), [['Matthias Breitenbach', 'Vorstandsvorsitzender of Kessler Anlagenbau AG'], ['Thomas Kreuzpaintner', 'Geschäftsführer'],
      ['Hélène Dupont-Moreau', 'PDG of Orvane Énergies SA']]);
  });

  it('reads a lower-case member of parliament\'s constituency after from, before the name or a comma', () => {
    const body = 'Talks held\nHe met the member of parliament from İzmir Mehmet Yılmaz; a member of parliament from Bursa, Ali Kaya, spoke. ' +
      'The member of parliament from Kent said so.';
    assert.deepEqual(rolesOf(body), [['Mehmet Yılmaz', 'member of parliament from İzmir'], ['Ali Kaya', 'member of parliament from Bursa']]);
  });

  it('reads Spanish, Italian and Polish chief executives\' titles, and a Spanish company after de', () => {
    const body = 'Talks held\nConsejero Delegado de Repsol Josu Jon Imaz met Amministratore Delegato Claudio Descalzi, Prezes Zarządu of Orlen ' +
      'Jan Kowalski and Lorenzo Bellandi, amministratore delegato of Ferretti Costruzioni. Ambassador de Souza came.';
    assert.deepEqual(rolesOf(body), [
      ['Josu Jon Imaz', 'Consejero Delegado de Repsol'],
      ['Claudio Descalzi', 'Amministratore Delegato'],
      ['Jan Kowalski', 'Prezes Zarządu of Orlen'],
      ['Lorenzo Bellandi', 'amministratore delegato of Ferretti Costruzioni'],
      ['de Souza', 'Ambassador'],
    ]);
  });

  it('reads no person in the capitalised object of a body\'s on after a qualifier, but one of a full name (round 397)', () => {
    const body = 'Talks held\nKazakhstan joined the Global Research Alliance on Agricultural Greenhouse Gases. ' +
      'The Commission on Regional Development Anna Berg spoke.';
    assert.deepEqual(rolesOf(body), [['Anna Berg', null]]);
  });

  it('reads a portfolio set off by commas inside an office, and a subsidiary\'s state in brackets after a body (round 397)', () => {
    const body = 'Talks held\nHe met the Vice President, Banking, of the European Bank for Reconstruction and Development (EBRD), Pieter van der Hoek, ' +
      'and President of Bank of China (Kazakhstan) Sun Mei. Li Wei, Chairman of Bank of China (Kazakhstan), spoke. ' +
      'He met Minister of Energy, Almasadam Satkaliyev, of Kazakhstan. The President in Tashkent (Uzbekistan) Ivan Petrov came.';
    assert.deepEqual(rolesOf(body), [
      ['Pieter van der Hoek', 'Vice President, Banking, of the European Bank for Reconstruction and Development (EBRD)'],
      ['Sun Mei', 'President of Bank of China (Kazakhstan)'],
      ['Li Wei', 'Chairman of Bank of China (Kazakhstan)'],
      ['Almasadam Satkaliyev', 'Minister of Energy'],
      ['Ivan Petrov', 'President in Tashkent'],
    ]);
  });

  it('reads an Italian body\'s articled preposition inside an office, and no office across a present participle (round 397)', () => {
    const body = 'Talks held\nHe met Superintendent and Artistic Director of Teatro alla Scala Marco Bellandi; Anna Ricci, Director of Teatro alla ' +
      'Scala, came. “It is a conversation,” said H. Yamada, thanking the Head of State. Ivan Petrov, currently the Minister of Energy, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Marco Bellandi', 'Superintendent and Artistic Director of Teatro alla Scala'],
      ['Anna Ricci', 'Director of Teatro alla Scala'],
      ['H. Yamada', null],
      ['Ivan Petrov', 'Minister of Energy'],
    ]);
  });

  it('reads Turkish governors\' and mayors\' titles, with the province before the possessive form, and Vali as a surname (round 398)', () => {
    const body = 'Talks held\nGovernor of Bursa Province Mehmet Ali Kaya met İzmir Valisi Süleyman Elban. Vice Dean Ali Vali came. ' +
      'Belediye Başkanı Ayşe Demirtaş came. Dışişleri Bakan Yardımcısı Mehmet Kemal Bozay met them.';
    assert.deepEqual(rolesOf(body), [
      ['Mehmet Ali Kaya', 'Governor of Bursa Province'],
      ['Süleyman Elban', 'İzmir Valisi'],
      ['Ali Vali', 'Vice Dean'],
      ['Ayşe Demirtaş', 'Belediye Başkanı'],
      ['Mehmet Kemal Bozay', 'Dışişleri Bakan Yardımcısı'],
    ]);
  });

  it('reads no late in an office before a name or in an apposition: it says the holder has died (rounds 397 and 398)', () => {
    const body = 'Talks held\nHe honoured the late Ambassador Bakhyt Batyrshayev and the late coach Ivan Petrov. Anna Berg, the late ' +
      'President of Malta, was recalled with former Minister Aibek Sadykov.';
    assert.deepEqual(rolesOf(body), [
      ['Bakhyt Batyrshayev', 'Ambassador'], ['Ivan Petrov', 'coach'], ['Anna Berg', 'President of Malta'], ['Aibek Sadykov', 'former Minister'],
    ]);
  });

  it('reads a games\' year after its host city inside an office, and a given-name country before a double-barrelled surname (round 398)', () => {
    const body = 'Talks held\nHe received Chair of the IOC Coordination Commission for the Youth Olympic Games Dakar 2026, Chad Okafor-Reyes. ' +
      'Relations of Chad grew.';
    assert.deepEqual(rolesOf(body), [['Chad Okafor-Reyes', 'Chair of the IOC Coordination Commission for the Youth Olympic Games Dakar 2026']]);
  });

  it('reads a lower-case owner\'s possessive inside a nationality\'s body, before and a further office (round 398)', () => {
    const body = 'Talks held\nGeorgia Chikovani, captain of the Georgian women\'s national team and a UEFA Youth Ambassador, joined. ' +
      'Anna Berg, captain of the Kazakh women\'s team, came. Ivan Petrov, a teacher of Kazakh language and literature from Almaty, came.';
    assert.deepEqual(rolesOf(body), [
      ['Georgia Chikovani', 'captain of the Georgian women\'s national team'],
      ['Anna Berg', 'captain of the Kazakh women\'s team'],
      ['Ivan Petrov', 'teacher of Kazakh language and literature'],
    ]);
  });

  it('reads offices after a copula\'s participle, portfolios with and or after a title\'s unit, and Romance special delegates (review 64a)', () => {
    const body = 'Talks held\nAibek Sadykov, being the Chairman of the Board of Samruk-Kazyna, spoke. The Committee on Foreign Affairs Mark Young ' +
      'said so. He met the Regional Director, Europe and Central Asia, of the IFC, Wiebke Schloemer. The Head of Division, Trade Policy, ' +
      'of the EEAS, Luc Devigne, came. Delegato Speciale of the Italian Government Marco Rossi and Director of KPMG (Kazakhstan) ' +
      'Ivan Volkov came. Istanbul Büyükşehir Belediye Başkanı Ekrem İmamoğlu and Belediye Başkan Yardımcısı Ali Kaya spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Aibek Sadykov', 'Chairman of the Board of Samruk-Kazyna'],
      ['Mark Young', null],
      ['Wiebke Schloemer', 'Regional Director, Europe and Central Asia, of the IFC'],
      ['Luc Devigne', 'Head of Division, Trade Policy, of the EEAS'],
      ['Marco Rossi', 'Delegato Speciale of the Italian Government'],
      ['Ivan Volkov', 'Director of KPMG (Kazakhstan)'],
      ['Ekrem İmamoğlu', 'Istanbul Büyükşehir Belediye Başkanı'],
      ['Ali Kaya', 'Belediye Başkan Yardımcısı'],
    ]);
  });

  it('reads an Italian di after a chief executive\'s or a mayor\'s title before the company or the city (review 64a)', () => {
    const body = 'Talks held\nAmministratore Delegato di Eni Claudio Descalzi and Sindaco di Milano Giuseppe Sala met Ambassador Luigi Di Maio.';
    assert.deepEqual(rolesOf(body), [
      ['Claudio Descalzi', 'Amministratore Delegato di Eni'], ['Giuseppe Sala', 'Sindaco di Milano'], ['Luigi Di Maio', 'Ambassador'],
    ]);
  });

  it('reads a poet\'s one-word name opening a quote of speech, not one opening a quoted title (round 397)', () => {
    const body = 'Talks held\n“Magtymguly is as dear to the reader as Abai is to us,” he said. The show \'Picasso and the Steppe\' and the play “Abai” opened.';
    assert.deepEqual(rolesOf(body), [['Magtymguly', null], ['Abai', null]]);
  });

  it('reads a member of a chamber\'s constituency after for, not a body\'s object (round 401)', () => {
    const body = 'Talks held\nHe met Member of Parliament for Konya Mehmet Ali Deniz. The Institute for Peace Studies opened.';
    assert.deepEqual(rolesOf(body), [['Mehmet Ali Deniz', 'Member of Parliament for Konya']]);
  });

  it('reads Corporate as a qualifier of a company\'s title, not a name word (round 402)', () => {
    const body = 'Talks held\nMicrosoft Corporate Vice President for Central and Eastern Europe Marcus Oyelaran-Whitfield signed it. Microsoft will train them.';
    assert.deepEqual(rolesOf(body), [['Marcus Oyelaran-Whitfield', 'Microsoft Corporate Vice President for Central and Eastern Europe']]);
  });

  it('reads no subsidiary\'s state after a city\'s name, and an office after serving the (review 64b)', () => {
    const body = 'Talks held\nThe Mayor of Tbilisi (Georgia) Kakha Kaladze came. Ivan Petrov, serving the Head of State as adviser, spoke.';
    assert.deepEqual(rolesOf(body), [['Kakha Kaladze', 'Mayor of Tbilisi'], ['Ivan Petrov', null]]);
  });

  it('reads a poet opening a quote of speech before a verb, the comma outside it, and a unit\'s city after an owner\'s office (reviews 64d, 64f, round 401)', () => {
    const body = 'Talks held\n“Abai is the soul of our nation”, the Ambassador said. Georgia Nilsson, Head of Business Sweden’s office in Almaty, spoke.';
    assert.deepEqual(rolesOf(body), [['Abai', null], ['Georgia Nilsson', 'Head of Business Sweden’s office in Almaty']]);
  });

  it('reads members of the chamber for a constituency, and Bakan as a surname unless a qualifier precedes it (reviews 64d, 64f)', () => {
    const body = 'Talks held\nHe met Member of the Parliament for Izmir Mehmet Kaya and Members of Parliament for Konya Ali Veli and Ayşe Kaya. ' +
      'Ms. Ayşe Bakan, Head of the Chamber, spoke with Dışişleri Bakan Yardımcısı Mehmet Kemal Bozay.';
    assert.deepEqual(rolesOf(body), [
      ['Mehmet Kaya', 'Member of the Parliament for Izmir'], ['Ali Veli', 'Members of Parliament for Konya'], ['Ayşe Kaya', 'Members of Parliament for Konya'],
      ['Ayşe Bakan', 'Head of the Chamber'], ['Mehmet Kemal Bozay', 'Dışişleri Bakan Yardımcısı'],
    ]);
  });

  it('reads a Romance bank\'s one name after its head, and a subsidiary\'s state after a business leader\'s one-word body (session 65)', () => {
    const body = 'Talks held\nThe CEO of Banque Misr Hisham Ezz spoke with Director of Citibank (Kazakhstan) Arman Abenov. The Mayor of Shymkent (Kazakhstan) Ivan Petrov came.';
    assert.deepEqual(rolesOf(body), [['Hisham Ezz', 'CEO of Banque Misr'], ['Arman Abenov', 'Director of Citibank (Kazakhstan)'], ['Ivan Petrov', 'Mayor of Shymkent']]);
  });

  it('reads a numbered gathering\'s letters as owning the title in an apposition (session 65)', () => {
    const body = 'Talks held\nDr. Ivan Petrov, COP28 President, spoke with Anna Berg, G20 Sherpa, and Ali Veli, 2026 President of the club.';
    assert.deepEqual(rolesOf(body), [['Ivan Petrov', 'COP28 President'], ['Anna Berg', 'G20 Sherpa'], ['Ali Veli', null]]);
  });

  it('reads a second to after an envoy\'s accreditation as opening the addressee\'s office (round 404)', () => {
    const body = 'Talks held\nHe presented credentials as Ambassador to Chile to President of Chile Gabriel Boric. He met Adviser to the President Anna Berg.';
    assert.deepEqual(rolesOf(body), [['Gabriel Boric', 'President of Chile'], ['Anna Berg', 'Adviser to the President']]);
  });

  it('reads a Malay given name spelt as a Turkish address, and a group\'s name closed by a word of direction (round 404)', () => {
    const body = 'Talks held\nForeign Minister Datuk Faridah Hanim binti Osman met Executive Vice President of Grupo Minero del Norte Israel Mendoza. ' +
      'Grupo Minero del Norte is listed. Ayşe Karahan Hanım, president of the club, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Faridah Hanim binti Osman', 'Foreign Minister'], ['Israel Mendoza', 'Executive Vice President of Grupo Minero del Norte'], ['Ayşe Karahan', 'president of the club'],
    ]);
  });

  it('reads a state\'s adjective inside a university\'s name before a further office (round 404)', () => {
    const body = 'Talks held\nRector of Al-Farabi Kazakh National University, Academician of the National Academy of Sciences Zhanar Tulegenova spoke.';
    assert.deepEqual(rolesOf(body), [['Zhanar Tulegenova', 'Rector of Al-Farabi Kazakh National University, Academician of the National Academy of Sciences']]);
  });

  it('reads a reserve rank after an office\'s comma as the office\'s holder\'s, and the reserve noun as no rank\'s (round 404, review 65a)', () => {
    const body = 'Talks held\nChairman of the Union of Veterans, reserve Colonel Marat Abilov, spoke. He met reserve Colonel Ivan Petrov. ' +
      'The grain reserve Minister of Agriculture Aidarbek Saparov and Director of Groupe Bolloré Dao Minh Tuan came.';
    assert.deepEqual(rolesOf(body), [
      ['Marat Abilov', 'Chairman of the Union of Veterans'], ['Ivan Petrov', 'Colonel'], ['Aidarbek Saparov', 'Minister of Agriculture'], ['Dao Minh Tuan', 'Director of Groupe Bolloré'],
    ]);
  });

  it('reads Samruk-Kazyna and Caixa Geral as bodies\' words, and a shale formation as a place (round 405, review 65b)', () => {
    const body = 'Talks held\nChairman of the Board of Fund Samruk-Kazyna Nurlan Zhakupbekov met Chairman of Caixa Geral de Depósitos, Rui Pedro Antunes, on the Vaca Muerta formation. ' +
      'CEO of Caixa Paulo Macedo came.';
    assert.deepEqual(rolesOf(body), [
      ['Nurlan Zhakupbekov', 'Chairman of the Board of Fund Samruk-Kazyna'], ['Rui Pedro Antunes', 'Chairman of Caixa Geral de Depósitos'], ['Paulo Macedo', 'CEO of Caixa'],
    ]);
  });

  it('reads a lower-case leader alone as no office (round 406)', () => {
    const body = 'Talks held\nThe two leaders, Emomali Rahmon and Ivan Petrov, met. Opposition leader Ali Veli and the Leader of the Opposition, Kemi Badenoch, spoke.';
    assert.deepEqual(rolesOf(body), [['Emomali Rahmon', null], ['Ivan Petrov', null], ['Ali Veli', 'Opposition leader'], ['Kemi Badenoch', 'Leader of the Opposition']]);
  });

  it('reads a surname after its initial though the article writes the word in lower case (round 406)', () => {
    const body = 'Talks held\nMinister Daniyar Said met him. “It is good,” D. Said said.';
    assert.deepEqual(rolesOf(body), [['Daniyar Said', 'Minister'], ['D. Said', null]]);
  });

  it('reads no initial\'s surname after a group\'s letter, and a Romance group\'s word of direction after its first word (review 65b)', () => {
    const body = 'Talks held\nIt is in Hall B. Visitors can come, as the visitors know. CEO of Groupe Renault Nord Pierre Lefevre met CEO of Groupe Lavergne Pierre Nord.';
    assert.deepEqual(rolesOf(body), [['Pierre Lefevre', 'CEO of Groupe Renault Nord'], ['Pierre Nord', 'CEO of Groupe Lavergne']]);
  });

  it('reads Samruk Kazyna written without its hyphen as the fund (review 65b)', () => {
    const body = 'Talks held\nChairman of Sovereign Wealth Fund Samruk Kazyna Nurlan Zhakupbekov spoke. Samruk Kazyna is big.';
    assert.deepEqual(rolesOf(body), [['Nurlan Zhakupbekov', 'Chairman of Sovereign Wealth Fund Samruk Kazyna']]);
  });

  it('reads a name before an adjective and a noun of things named after people as no person (round 408)', () => {
    const body = 'Talks held\nMinister Ivan Petrov announced two Louis Pasteur postdoctoral fellowships and the Shokan Ualikhanov secondary schools.';
    assert.deepEqual(rolesOf(body), [['Ivan Petrov', 'Minister']]);
  });

  it('reads an initialled surname after a body\'s capitalised word, shipowners as a body\'s members and the Pinacoteca as no person (review 65d, round 408)', () => {
    const body = 'Talks held\nChairman of Kazakh Invest M. Long said the long road is open. Chairman of the Union of Greek Shipowners Panagiotis Kyriakidis visited the Pinacoteca di Brera.';
    assert.deepEqual(rolesOf(body), [['M. Long', 'Chairman of Kazakh Invest'], ['Panagiotis Kyriakidis', 'Chairman of the Union of Greek Shipowners']]);
  });

  it('reads a Romance for and its article inside a body\'s name, and the first of three words after them as the body\'s (round 409)', () => {
    const body = 'Talks held\nHe met President of the Fondazione Mediterraneo per il Dialogo Giulio Ferrante and President of the Fondazione per la Cultura Anna Rossi. ' +
      'He visited the Istituto Centrale per la Patologia degli Archivi.';
    assert.deepEqual(rolesOf(body), [
      ['Giulio Ferrante', 'President of the Fondazione Mediterraneo per il Dialogo'], ['Anna Rossi', 'President of the Fondazione per la Cultura'],
    ]);
  });

  it('reads a number\'s sign after a title as no person, and a common Korean surname in capitals after a body\'s acronym (round 409)', () => {
    const body = 'Talks held\nIt was set up by Decree of the President No. 1394. The opening was attended by Director of the MMCA CHOI Eun-joo. Choi noted it.';
    assert.deepEqual(rolesOf(body), [['CHOI Eun-joo', 'Director of the MMCA'], ['Choi', null]]);
  });

  it('reads an ambassador of a state to another after a permanent delegate\'s accreditation as one holder\'s offices (round 409)', () => {
    const body = 'Talks held\nIt was opened by Permanent Delegate of Kazakhstan to UNESCO, Ambassador of Kazakhstan to France Gulsara Tleuzhanova. ' +
      'Ambassador of Kazakhstan to Belgium, Ambassador of France Jean Dupont spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Gulsara Tleuzhanova', 'Permanent Delegate of Kazakhstan to UNESCO, Ambassador of Kazakhstan to France'], ['Jean Dupont', 'Ambassador of France'],
    ]);
  });

  it('reads recipients before an adjective and an award\'s plural, ambassadors of another state, no Romance body\'s words alone and the Pinacoteca\'s director (reviews 65e, 65f)', () => {
    const body = 'Talks held\nThe jury awarded Dinara Alimbekova academic scholarships. Permanent Delegate of Kazakhstan to UNESCO, Ambassador of Japan to France Kazuhiro Suzuki spoke. ' +
      'He visited the Fondazione per la Ricerca Biomedica Avanzata. Director of the Pinacoteca di Brera Angelo Crespi came. They receive vitamin D. Young mothers rest, young ones too.';
    assert.deepEqual(rolesOf(body), [['Dinara Alimbekova', null], ['Kazuhiro Suzuki', 'Ambassador of Japan to France'], ['Angelo Crespi', 'Director of the Pinacoteca di Brera']]);
  });

  it('reads an initialled plural surname after an office, and an envoy of the same state under two names (review 65g)', () => {
    const body = 'Talks held\nHead of the British delegation A. Banks said the banks agreed. ' +
      'Permanent Representative of the Kyrgyz Republic to the UN, Ambassador of Kyrgyzstan to Austria Ali Veli spoke. ' +
      'Permanent Representative of Guinea to the UN, Ambassador of Equatorial Guinea to Austria Ali Kaya spoke.';
    assert.deepEqual(rolesOf(body), [
      ['A. Banks', 'Head of the British delegation'], ['Ali Veli', 'Permanent Representative of the Kyrgyz Republic to the UN, Ambassador of Kyrgyzstan to Austria'],
      ['Ali Kaya', 'Ambassador of Equatorial Guinea to Austria'],
    ]);
  });

  it('reads envoys of neighbouring states\' names apart, a lettered sector before a plural, and a surname in -s after a middle initial (review 65h)', () => {
    const body = 'Talks held\nPermanent Representative of Niger to the UN, Ambassador of Nigeria to Austria Ali Musa spoke. ' +
      'Permanent Representative of Slovakia to the UN, Ambassador of Slovenia to Austria Jan Novak spoke. In Sector C. Residents came; the residents left. ' +
      'The delegation included Michael R. Adams.';
    assert.deepEqual(rolesOf(body), [['Ali Musa', 'Ambassador of Nigeria to Austria'], ['Jan Novak', 'Ambassador of Slovenia to Austria'], ['Michael R. Adams', null]]);
  });

  it('reads what a lower-case body works on, and its owner after `of the`, into the role (round 411)', () => {
    const body = 'Rasim Huseynov, head of the Azerbaijan–Kazakhstan working group on inter-parliamentary relations, spoke. Ali Bek, head of the Kazakh working group on trade, spoke. Aigerim Dzhaksybekova, chair of the Kazakhstan-Poland parliamentary friendship group of the Mazhilis, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Rasim Huseynov', 'head of the Azerbaijan–Kazakhstan working group on inter-parliamentary relations'], ['Ali Bek', 'head of the Kazakh working group on trade'],
      ['Aigerim Dzhaksybekova', 'chair of the Kazakhstan-Poland parliamentary friendship group of the Mazhilis'],
    ]);
    assert.deepEqual(rolesOf('Jan Kowalski, chair of the committee on energy and climate of the Sejm, spoke.'), [['Jan Kowalski', 'chair of the committee on energy and climate of the Sejm']]);
  });

  it('reads a king served by a prince\'s envoy as the king, and no time an office was held as what its body works on (review 66a)', () => {
    const body = 'He received Prince Rashid bin Talal, Special Envoy of King Abdullah II of the Hashemite Kingdom of Jordan. Kanat Sharlapayev, ' +
      'head of the company for less than a year, spoke. Aidar Arifkhanov, head of the development bank for industrial projects, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Rashid bin Talal', 'Special Envoy of King'], ['Abdullah II', 'King'], ['Kanat Sharlapayev', 'head of the company'],
      ['Aidar Arifkhanov', 'head of the development bank for industrial projects'],
    ]);
  });

  it('reads a German compound sharing its half over `und` as a body, no name, before or after its officer (round 412)', () => {
    const body = 'He met Chairman of Bayerische Rohstoff- und Energiewerke AG Friedrich Hohenstaufen and Björn Lindqvist, Chief Executive ' +
      'Officer of Skandinaviska Gruv- och Metallaktiebolaget. The Industrie- und Handelskammer Hamburg hosted them.';
    assert.deepEqual(rolesOf(body), [
      ['Friedrich Hohenstaufen', 'Chairman of Bayerische Rohstoff- und Energiewerke AG'],
      ['Björn Lindqvist', 'Chief Executive Officer of Skandinaviska Gruv- och Metallaktiebolaget'],
    ]);
    assert.deepEqual(rolesOf('He met the Chairman of Siemens Energy mbH Cornelia Solms.'), [['Cornelia Solms', 'Chairman of Siemens Energy mbH']]);
  });

  it('reads a Romance body\'s name past its head\'s next word and a particle, and a legal form\'s letters after its comma (round 412, review 66d)', () => {
    const body = 'He met Chairman of Banco Português de Fomento e Investimento, S.A. António Maria Sá Carneiro. Executives of Banco Cantábrico ' +
      'de Crédito y Ahorro came. Artur Santos e Silva, Chairman of Banco Português de Investimento, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['António Maria Sá Carneiro', 'Chairman of Banco Português de Fomento e Investimento, S.A.'],
      ['Artur Santos e Silva', 'Chairman of Banco Português de Investimento'],
    ]);
    // (A person stays after a head's word and a particle before more than two words: `Grupo Industrial del Sur Carlos Ramírez`.)
    assert.ok(rolesOf('He met Chairman of Grupo Industrial del Sur Carlos Ramírez.').some(([name]) => String(name).endsWith('Carlos Ramírez')));
  });

  it('reads a compound body before a full name, a queen\'s title in no list, and a duration after for (review 66b)', () => {
    const body = 'President of the Handels- und Gewerbekammer Hans Meier spoke. He met Queen Rania Al Abdullah, Special Envoy of King ' +
      'Abdullah II. Marat Ospanov, chairman of the party for the coming years, spoke. Anna Berg, head of the group for the culture days, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Hans Meier', 'President of the Handels- und Gewerbekammer'], ['Rania Al Abdullah', 'Special Envoy of King'], ['Abdullah II', 'King'],
      ['Marat Ospanov', 'chairman of the party'], ['Anna Berg', 'head of the group for the culture days'],
    ]);
  });

  it('reads a jury named in lower case after its chairman\'s title (round 413)', () => {
    assert.deepEqual(rolesOf('The Minister thanked Chairman of the jury Andrei Ionescu of Romania.'), [['Andrei Ionescu', 'Chairman of the jury']]);
  });

  it('reads a listed name\'s own lower-case office after a plural title, and no Indian initials after a comma as a legal form (round 414)', () => {
    const body = 'In the debate, Kurultai members Gulnar Seitkaliyeva, rector of Al-Farabi Kazakh National University, and Daniel Whitmore, ' +
      'a professor of the Kazakh-British Technical University, proposed it. He met the former Chairman of the Indian Space Research Organisation, A.S. Kiran Kumar, today.';
    assert.deepEqual(rolesOf(body), [
      ['Gulnar Seitkaliyeva', 'rector of Al-Farabi Kazakh National University'], ['Daniel Whitmore', 'professor of the Kazakh-British Technical University'],
      ['A.S. Kiran Kumar', 'former Chairman of the Indian Space Research Organisation'],
    ]);
  });

  it('reads a prince\'s adviser to the king as no list, a membership after a plural title, a topic after for, and S.p.A. but no S.A. after a comma (review 66e, 66g)', () => {
    const body = 'He met Prince Turki bin Faisal, Adviser to the King Salman bin Abdulaziz. Deputies Anna Berg, member of the Amanat party, and John ' +
      'Smith, rector of Narxoz University, spoke. Dana Bek, head of the group for the culture days, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Turki bin Faisal', 'Adviser to the King'], ['Salman bin Abdulaziz', 'King'], ['Anna Berg', 'Deputies'],
      ['John Smith', 'rector of Narxoz University'], ['Dana Bek', 'head of the group for the culture days'],
    ]);
    assert.deepEqual(rolesOf('He met Chairman of Saipem, S.p.A. Alessandro Puliti. He met the Vice-Chancellor of Bangalore University, S.A. Ravi Kumar.'), [
      ['Alessandro Puliti', 'Chairman of Saipem, S.p.A.'], ['S.A. Ravi Kumar', 'Vice-Chancellor of Bangalore University'],
    ]);
  });

  it('reads a Romance body\'s word and a particle\'s word before a given name and surname after an office\'s of the (round 415, review 67a)', () => {
    const body = 'Director of the Teatro dell\'Opera di Roma Carla Neri-Bassi spoke. Director of the Opera di Roma Paolo Conti spoke. ' +
      'Director of the Teatro Massimo Lucia Ferri spoke. Director of the Instituto Cervantes Porto Alegre spoke. Rector of the Universidad Católica Andrés ' +
      'Bello spoke. Director of the Museo Frida Kahlo Hilda Trujillo spoke.';
    assert.deepEqual(rolesOf(body), [['Carla Neri-Bassi', 'Director of the Teatro dell\'Opera di Roma'], ['Paolo Conti', 'Director of the Opera di Roma']]);
  });

  it('reads a capitalised occupation that a rank opens before a name as a post (round 415)', () => {
    const body = 'He met Senior Analyst Dr. Omar Nasser, Lead Economist Aigerim Bekova and ADB Principal Transport Specialist Dana Bek. The Senior Analyst spoke. ' +
      'The round was led by Lead Investor Mubadala.';
    assert.deepEqual(rolesOf(body), [['Omar Nasser', 'Senior Analyst'], ['Aigerim Bekova', 'Lead Economist'], ['Dana Bek', 'ADB Principal Transport Specialist']]);
  });

  it('confirms a surname after a spaced Arabic article by a full name that glues it (round 416)', () => {
    const body = 'Talks held\nMinister of State Sultan bin Rashid al-Mansouri spoke.\n"It is good," Al Mansoori said.';
    assert.deepEqual(rolesOf(body), [['Sultan bin Rashid al-Mansouri', 'Minister of State'], ['Al Mansoori', null]]);
  });

  it('reads a chamber of people with its quoted name, Russian-order initials that spell a degree or glue a digraph, and The Hague (round 418)', () => {
    const body = 'Chairman of the regional chamber of entrepreneurs "Atameken" Yerlan Mukhametzhanov spoke. Head of the union of journalists "Adilet" Aigerim Bekova ' +
      'spoke. Omarbekova S.T. invited them. According to Bekturganov K.Zh., trade grew. He met Mayor of The Hague Pieter de Groot in The Hague. ' +
      'Consultant Dr. Olga Sokolova M.D. spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Mukhametzhanov', 'Chairman of the regional chamber of entrepreneurs "Atameken"'], ['Aigerim Bekova', 'Head of the union of journalists "Adilet"'],
      ['Omarbekova S.T.', null], ['Bekturganov K.Zh.', null], ['Pieter de Groot', 'Mayor of The Hague'], ['Olga Sokolova', null],
    ]);
  });

  it('reads a group of people after a name\'s comma as no description of a company (round 417, review 67b)', () => {
    const body = 'According to B. Temirkhanov, the first group of pilgrims will depart. Samruk Invest, the group of companies, grew. Bayan Sulu, the group of enterprises, grew. ' +
      'Kyz Zhibek, the group of young singers, sang.';
    assert.deepEqual(rolesOf(body), [['B. Temirkhanov', null]]);
  });

  it('reads a company\'s quoted name before its noun or legal form, a body\'s fields before the region, a Spanish article\'s place and Hungarian initials (round 419, review 67c)', () => {
    const body = 'Director of "Tobol Astyk" LLP Vyacheslav Kim spoke. Chairman of "Anadolu Tekstil" company Istanbul Mehmet Yilmaz came. General Director of ' +
      '"Atyrau Port Services" LLP Ricardo de la Fuente came. He met head of department of energy and housing and communal services of the region Marat Zhaksylykov. ' +
      'Regional Governor of Los Lagos Marcelo Aguilera Schultz came. Mayor Zsolt Bíró spoke. Zs. Bíró said. Francisco de Los Santos came. Los Santos said. ' +
      'The dose was 2 Gy. Serik Bolatov said so.';
    assert.deepEqual(rolesOf(body), [
      ['Vyacheslav Kim', 'Director of "Tobol Astyk" LLP'], ['Mehmet Yilmaz', 'Chairman of "Anadolu Tekstil" company Istanbul'],
      ['Ricardo de la Fuente', 'General Director of "Atyrau Port Services" LLP'],
      ['Marat Zhaksylykov', 'head of department of energy and housing and communal services of the region'],
      ['Marcelo Aguilera Schultz', 'Regional Governor of Los Lagos'], ['Zsolt Bíró', 'Mayor'], ['Zs. Bíró', null], ['Francisco de Los Santos', null], ['Los Santos', null],
      ['Serik Bolatov', null],
    ]);
  });

  it('reads plurals of people in -men and -ren before a quoted body, initials after a digraph before a comma, and Pak before initials alone (review 67b)', () => {
    const body = 'Chairman of the council of women "Ak Zhaulyk" Aigul Bekova spoke. Chairman of the union of craftsmen "Sheber" Erlan Bekov spoke. ' +
      'According to Pak D.Zh., Kim Ch.S., trade grew. Pak J. Widodo came. Pak R. van Dijk came. Pak V.N. spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Aigul Bekova', 'Chairman of the council of women "Ak Zhaulyk"'], ['Erlan Bekov', 'Chairman of the union of craftsmen "Sheber"'],
      ['Pak D.Zh.', null], ['Kim Ch.S.', null], ['J. Widodo', null], ['R. van Dijk', null], ['Pak V.N.', null],
    ]);
  });

  it('reads the subject taught between an occupation and its place in an apposition (round 421, review 67d)', () => {
    const body = 'The order went to Saule Omarova, a teacher of mathematics at School-Lyceum No. 17 in Shymkent, and to Aigerim Bolatova, a doctor of medicine at the clinic. ' +
      'Bauyrzhan Amirov, a teacher of higher mathematics at Satbayev University, and Dana Orazbekova, a teacher of many years at School No. 5, spoke. ' +
      'Dana Bek, a lawyer of repute at Baker McKenzie, spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Saule Omarova', 'teacher of mathematics at School-Lyceum No. 17'], ['Aigerim Bolatova', null],
      ['Bauyrzhan Amirov', 'teacher of higher mathematics at Satbayev University'], ['Dana Orazbekova', null], ['Dana Bek', null],
    ]);
  });

  it('reads a quoted company\'s legal form before a name with a patronymic or a particle after its first word (rounds 421-422, reviews 67d-67e)', () => {
    const body = 'As informed the General Director of "KazAgroMash" JSC Sergey Viktorovich Pavlenko, it grew. He met General Manager of "Port Logistics" LLP ' +
      'Rotterdam Pieter van Dijk and Director of "Kazatomprom" JSC Kurchatov Oleg Smirnov. Director of "Tobol Astyk" LLP Ospanov Daniyar Nurlanovich spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Sergey Viktorovich Pavlenko', 'General Director of "KazAgroMash" JSC'], ['Pieter van Dijk', 'General Manager of "Port Logistics" LLP Rotterdam'],
      ['Oleg Smirnov', 'Director of "Kazatomprom" JSC Kurchatov'], ['Ospanov Daniyar Nurlanovich', 'Director of "Tobol Astyk" LLP'],
    ]);
  });

  it('reads a deputy\'s portfolio after a lower-case region, a dispensary, and a quoted company\'s dotted legal form before a full name (round 422, review 67e)', () => {
    const body = 'Deputy akim of Kyzylorda region on social issues Aigerim Zhaksylykova met them. The chief physician of the city oncology dispensary Dr. Yerzhan ' +
      'Tokhtarov spoke. He met Director of "Anadolu Sağlık Yapı" A.Ş. Mehmet Emre Yıldırım. He briefed the akim of Kyzylorda region on social issues, ' +
      'Aidos Nurov said. Residents appealed to the akim of Almaty region on personal matters Serik Bolatov.';
    assert.deepEqual(rolesOf(body), [
      ['Aigerim Zhaksylykova', 'Deputy akim of Kyzylorda region on social issues'], ['Yerzhan Tokhtarov', 'chief physician of the city oncology dispensary'],
      ['Mehmet Emre Yıldırım', 'Director of "Anadolu Sağlık Yapı" A.Ş.'], ['Aidos Nurov', null], ['Serik Bolatov', null],
    ]);
  });

  it('reads a quoted company name holding its abbreviations\' full stops and comma (round 423)', () => {
    const body = 'He met President of "Sejin Agritech Co., Ltd." Park Sung-min today.';
    assert.deepEqual(rolesOf(body), [['Park Sung-min', 'President of "Sejin Agritech Co., Ltd."']]);
  });

  it('reads a trade\'s noun after a body\'s lower-case word into the company\'s name, and a Spanish style before a name (round 425)', () => {
    const body = 'He met Pieter van den Heuvel, Chief Executive Officer of the Dutch port operator Noordzee Terminals, today. He met Dana Bek, ' +
      'head of the port operator Aidos Bekov, today. He wrote to the Minister of Foreign Affairs of the Republic of Cuba, Excelentísimo Señor Rodolfo Sotolongo Ferrer.';
    assert.deepEqual(rolesOf(body), [
      ['Pieter van den Heuvel', 'Chief Executive Officer of the Dutch port operator Noordzee Terminals'], ['Dana Bek', 'head of the port'], ['Aidos Bekov', null],
      ['Rodolfo Sotolongo Ferrer', 'Minister of Foreign Affairs of the Republic of Cuba'],
    ]);
  });

  it('reads a name after a Spanish library\'s head, and after a house-museum\'s of, as theirs (round 425, review 68a)', () => {
    const body = 'It was presented at the Biblioteca Luis Ángel Arango. They restored the Literary-Memorial House-Museum of ' +
      'M. Auezov in Borli village. Director of the Biblioteca Nacional Juan Pérez spoke.';
    assert.deepEqual(rolesOf(body), [['Juan Pérez', 'Director of the Biblioteca Nacional']]);
  });

  it('reads an office before a lower-case rank of several words or a prosecutor\'s class rank, and after took place (round 426)', () => {
    const body = 'Deputy Minister of Internal Affairs, police major general Igor Kozhayev met them. Later the veteran, major general Anuar Sadykov ' +
      'spoke. State prosecutor, senior adviser of justice Kim Valentin Sergeevich spoke. In Urumqi took place the meeting of the Chief of the Police ' +
      'Department of Almaty city, colonel Sarsenbayev Yerlan. The award went to senior lieutenant Aidos Bekov.';
    assert.deepEqual(rolesOf(body), [
      ['Igor Kozhayev', 'Deputy Minister of Internal Affairs'], ['Anuar Sadykov', 'major general'], ['Kim Valentin Sergeevich', 'State prosecutor'],
      ['Sarsenbayev Yerlan', 'Chief of the Police Department of Almaty city'], ['Aidos Bekov', 'senior lieutenant'],
    ]);
  });

  it('reads a body of people in lower case after its capitalised noun, an honour\'s lower-case field and a service\'s post, but no verb in an object (round 426, review 68b)', () => {
    const body = 'He met Chairman of the Union of journalists of Belarus Viktor Lavrinovich. He met Chairman of the Association of veterans Ivan Bely. ' +
      'Chairman of the fund, Honored Worker of culture Kaliyev Dulat Amangeldiyevich recalled it. They detained the head of customs post "Khorgos" ' +
      'Li Sergei Vasilyevich. After the inspection Dana Bek said it. The chairman of the committee visited the border post, Marat Ismailov said.';
    assert.deepEqual(rolesOf(body), [
      ['Viktor Lavrinovich', 'Chairman of the Union of journalists of Belarus'], ['Ivan Bely', 'Chairman of the Association of veterans'],
      ['Kaliyev Dulat Amangeldiyevich', 'Chairman of the fund'], ['Li Sergei Vasilyevich', 'head of customs post "Khorgos"'],
      ['Dana Bek', null], ['Marat Ismailov', null],
    ]);
  });

  it('keeps a full name whole after a company\'s noun or legal form where a patronymic, an Arabic family or a particle shapes it (round 426)', () => {
    const body = 'It was signed by the general director of the Kazakh company Andrey Sergeyevich Kovalenko today. He met the Chief Executive Officer of ' +
      '"Al Reem Agri Holding" company Khalid Mohammed al-Mansouri. He met the CEO of "Gulf Water" LLC Khalid Saeed Al Mansoori. He met the director ' +
      'of "Van der Berg Potato Processing" B.V. Pieter van der Berg. He met the CEO of the French company Orano Nicolas Maes. He met members of the ' +
      'group Sanne de Vries and Ahmed el-Amrani. The seminar was led by Grand Master Kim Sung-ho today.';
    assert.deepEqual(rolesOf(body), [
      ['Andrey Sergeyevich Kovalenko', 'general director of the Kazakh company'], ['Khalid Mohammed al-Mansouri', 'Chief Executive Officer of "Al Reem Agri Holding" company'],
      ['Khalid Saeed Al Mansoori', 'CEO of "Gulf Water" LLC'], ['Pieter van der Berg', 'director of "Van der Berg Potato Processing" B.V.'],
      ['Nicolas Maes', 'CEO of the French company Orano'], ['Sanne de Vries', 'members of the group'], ['Ahmed el-Amrani', 'members of the group'],
      ['Kim Sung-ho', 'Grand Master'],
    ]);
  });
  it('reads a short Japanese surname in capitals before a given name (round 426)', () => {
    const body = 'She won gold, defeating Japan\'s ABE Haruka in the final. He met SATO Kenta and ITO Yuki. Official development assistance (ODA) grew.';
    assert.deepEqual(rolesOf(body), [['ABE Haruka', null], ['SATO Kenta', null], ['ITO Yuki', null]]);
  });
  it('reads UN Women and UN-Habitat as bodies owning the title, and an acronym\'s office in a place without the (session 68)', () => {
    const body = 'The delegation was led by UN Women Country Representative Aliya Bekova and UN-Habitat Regional Director Dana Bek. He met Head of ' +
      'UNDP office in Kazakhstan Thomas Weber and Director of GIZ office in Central Asia Dr. Hans Vogel. Women Entrepreneurs Council Chair Aigul Sadykova spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Aliya Bekova', 'UN Women Country Representative'], ['Dana Bek', 'UN-Habitat Regional Director'], ['Thomas Weber', 'Head of UNDP office in Kazakhstan'],
      ['Hans Vogel', 'Director of GIZ office in Central Asia'], ['Aigul Sadykova', 'Women Entrepreneurs Council Chair'],
    ]);
  });
  it('reads Kenes before a patronymic as a given name, honoured in lower case, a sport before a coach, and a person after a named-after honoree (round 427)', () => {
    const body = 'The Chairman of the Council of Veterans of the region Ibraimov Kenes Sadvakasovich, who served, spoke. Deputies of the Jokargy Kenes ' +
      'Amanbai Orynbayev spoke. He was trained by the honoured coach of the Republic of Kazakhstan Zh.K. Abenov. The judo coach SATO Kenji came. ' +
      'The champion became the student of the Aktobe Regional University named after K. Zhubanov Nurbolat Yeskendirov, who won. The rector of the ' +
      'university named after Kudaibergen Zhubanov Aidos Bekov spoke. We are honoured to welcome Dana Bek.';
    assert.deepEqual(rolesOf(body), [
      ['Ibraimov Kenes Sadvakasovich', 'Chairman of the Council of Veterans of the region'], ['Amanbai Orynbayev', 'Deputies of the Jokargy Kenes'],
      ['Zh.K. Abenov', 'honoured coach of the Republic of Kazakhstan'], ['SATO Kenji', 'judo coach'], ['Nurbolat Yeskendirov', null],
      ['Aidos Bekov', 'rector of the university named after Kudaibergen Zhubanov'], ['Dana Bek', null],
    ]);
  });
  it('keeps the reviews\' cases of session 68: a lower-case rank after a comma left out, one-word companies, bands and Sri Lankan initials (reviews 68a-68b)', () => {
    const body = 'He met the Chief of the General Staff, colonel general Aidos Bekov. Head of the Department of Emergency Situations of Almaty region, ' +
      'colonel of civil protection Marat Dzhaksybekov, informed. The director of the Belarusian company Amkodor Lukashevich Sergey presented it. ' +
      'A member of the group Ulytau Maxim Kichigin performed. The head of "Ceylon Tea Traders" B.V. de Silva said it. The OTA Software Update was released. ' +
      'He met the attorney general Dana Bek.';
    assert.deepEqual(rolesOf(body), [
      ['Aidos Bekov', 'Chief of the General Staff'], ['Marat Dzhaksybekov', 'Head of the Department of Emergency Situations of Almaty region'],
      ['Lukashevich Sergey', 'director of the Belarusian company Amkodor'], ['Maxim Kichigin', 'member of the group Ulytau'],
      ['B.V. de Silva', 'head of "Ceylon Tea Traders"'], ['Dana Bek', 'attorney general'],
    ]);
  });
  it('reads a deputy\'s portfolio after the region, a listed name after a unit after of the, and no person in Coverage (round 428, review 68f)', () => {
    const body = 'Deputy akim of the region on housing and communal services Zhanat Ospanova reported it. He briefed the deputy akim of the region on ' +
      'social issues, Aigul Sadykova said. Yerbol Sadvakasov, akim of Karaganda city, deputy akim of the city Aliya Kemelbekova, head of the city ' +
      'department Ruslan Bekov and others held a meeting. On the instructions of akim Serik Zhakupov streets were cleaned. Akim of the district Kenes ' +
      'Amanovich Sultanbekov spoke. He met WHO Assistant Director-General for Universal Health Coverage Dr. Anjali Deshpande-Rao.';
    assert.deepEqual(rolesOf(body), [
      ['Zhanat Ospanova', 'Deputy akim of the region on housing and communal services'], ['Aigul Sadykova', null], ['Yerbol Sadvakasov', 'akim of Karaganda city'],
      ['Aliya Kemelbekova', 'deputy akim of the city'], ['Ruslan Bekov', 'head of the city department'], ['Serik Zhakupov', 'akim'],
      ['Kenes Amanovich Sultanbekov', 'Akim of the district'],
      ['Anjali Deshpande-Rao', 'WHO Assistant Director-General for Universal Health Coverage'],
    ]);
  });
  it('keeps reviews 68c and 68f\'s cases: UN Women before a name, participles in an object, honoured as a verb, a team\'s captain, a council\'s Kenes, a named-after honoree', () => {
    const body = 'Executive Director of UN Women Sima Bahous thanked them. The UN Women office was represented by programme specialist Dinara Ospanova. ' +
      'UN Women Regional Director for Europe and Central Asia Alia El-Yassir came. ' +
      'He met the Director of the specialized centre Aidos Bekov. They honoured coach Dana Bek. Forward of FC Astana, captain of the national team ' +
      'Aidos Sadykov scored. Chairman of the Zhastar Kenes Zhaksylykuly Nurlan spoke. The university named after Al-Farabi Nurzhan Serikovich Tokbayev spoke.';
    assert.deepEqual(rolesOf(body), [
      ['Sima Bahous', 'Executive Director of UN Women'], ['Dinara Ospanova', null], ['Alia El-Yassir', 'UN Women Regional Director for Europe and Central Asia'],
      ['Aidos Bekov', 'Director of the specialized centre'], ['Dana Bek', 'coach'],
      ['Aidos Sadykov', 'Forward of FC Astana, captain of the national team'], ['Zhaksylykuly Nurlan', 'Chairman of the Zhastar Kenes'],
      ['Nurzhan Serikovich Tokbayev', null],
    ]);
  });
  it('reads a ministry\'s portfolio in mixed case, an owner\'s acronym in brackets, a field\'s prosecutor, a deputy\'s portfolio after on, a unit\'s field of three words and Dzh. (round 429)', () => {
    const body = 'The Vice-Minister of Health care Yerlan Nurgaliyev spoke. Minister of Labour and social protection Aigul Bekova came. ' +
      'The Minister of Health thanked doctors Dana Bek and others. He met Director of the Japan International Cooperation Agency (JICA) office in ' +
      'Kazakhstan Aya Suzuki. Ecological Prosecutor of Mangystau region Yernar Temirkhanov spoke. The duties are assigned to his deputy on medical ' +
      'work Aliya Kenzhebekova. He briefed the deputy on regional issues Serik Bolatov said. The team was headed by Mehmet Ali Öztürk, head of the ' +
      'department of pediatric cardiovascular surgery of the Acıbadem University, who came. Dzh. Tursunov met them.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Nurgaliyev', 'Vice-Minister of Health care'], ['Aigul Bekova', 'Minister of Labour and social protection'], ['Dana Bek', null],
      ['Aya Suzuki', 'Director of the Japan International Cooperation Agency (JICA) office in Kazakhstan'],
      ['Yernar Temirkhanov', 'Ecological Prosecutor of Mangystau region'], ['Aliya Kenzhebekova', 'deputy on medical work'], ['Serik Bolatov', null],
      ['Mehmet Ali Öztürk', 'head of the department of pediatric cardiovascular surgery of the Acıbadem University'], ['Dzh. Tursunov', null],
    ]);
  });
  it('reads van Dam, a capitalised particle\'s next person, a chamber\'s member from a state, a joint venture and a mixed-case portfolio before the state (round 430)', () => {
    const body = 'He met Rector Pieter de Vries and Vice-President for Education Marijke van Dam. They visited the Kapshagay Dam. Attending were ' +
      'Ambassador Jonathan Lindsay, Ambassador of Italy Lorenzo Di Marco and others. He met Member of the House of Representatives from Ohio ' +
      'Michael Price. It was addressed by Managing Director of the joint venture Gulf Logistics, Frans van den Heuvel, who spoke. Minister of ' +
      'Health care of the Republic of Kazakhstan Akmaral Alnazarova came.';
    assert.deepEqual(rolesOf(body), [
      ['Pieter de Vries', 'Rector'], ['Marijke van Dam', 'Vice-President for Education'], ['Jonathan Lindsay', 'Ambassador'],
      ['Lorenzo Di Marco', 'Ambassador of Italy'], ['Michael Price', 'Member of the House of Representatives from Ohio'],
      ['Frans van den Heuvel', 'Managing Director of the joint venture Gulf Logistics'],
      ['Akmaral Alnazarova', 'Minister of Health care of the Republic of Kazakhstan'],
    ]);
  });
  it('reads a contractor before a quoted name, an ordinal inside quotes, a firm opened by Van before a person, and a Chinese name after a headline\'s Group (round 431)', () => {
    const body = 'President Receives Chairman of China Energy Group Liu Jianguo\nThe Chief Executive of the Turkish contractor "Enka Insaat" Selin Yildirim ' +
      'spoke. He met the general director of the Chinese company "China Railway 20th Bureau Group" Zhang Wei and others. He received Chief ' +
      'Executive Officer of Van Oord Maarten de Vries. "We are ready," Liu Jianguo emphasized. Minister of State of Malaysia Abu Bakar Ahmad bin ' +
      'Hassan came.';
    assert.deepEqual(rolesOf(body), [
      ['Liu Jianguo', 'Chairman of China Energy Group'], ['Selin Yildirim', 'Chief Executive of the Turkish contractor "Enka Insaat"'],
      ['Zhang Wei', 'general director of the Chinese company "China Railway 20th Bureau Group"'], ['Maarten de Vries', 'Chief Executive Officer of Van Oord'],
      ['Liu Jianguo', null], ['Abu Bakar Ahmad bin Hassan', 'Minister of State of Malaysia'],
    ]);
  });
  it('keeps reviews 69a and 69b\'s cases: a month after from is no constituency, a portfolio pointed to or judged is none, workers close no ministry', () => {
    const body = 'Member of the House of Representatives from January 2019 Andy Kim was elected. The Mazhilis deputy on these issues Aidos Sarym spoke. ' +
      'The akim thanked his deputy on good work Dana Bek. The akim thanked his deputy on social issues, Marat Kulzhanov, for his work. ' +
      'The Minister of Labour and migrant workers Bakhyt Ospanov came.';
    assert.deepEqual(rolesOf(body), [
      ['Andy Kim', null], ['Aidos Sarym', null], ['Dana Bek', null], ['Marat Kulzhanov', 'deputy on social issues'], ['Bakhyt Ospanov', null],
    ]);
  });
  it('reads a capitalised department with lower-case fields listed by commas, no holiday before a deputy, and Turkish firms\' words (round 432)', () => {
    const body = 'It was attended by the head of the Department of employment of the region, Nurlan Musin. The head of the Department of culture, ' +
      'archives and documentation of the region Gulnara Omarova spoke. On the eve of the Victory Day deputy akim of the region Yelena Kuznetsova ' +
      'held a meeting. He met Hasan Celikkaya, Chairman of Anadolu Tarim Makinalari, and others.';
    assert.deepEqual(rolesOf(body), [
      ['Nurlan Musin', 'head of the Department of employment of the region'],
      ['Gulnara Omarova', 'head of the Department of culture, archives and documentation of the region'], ['Yelena Kuznetsova', 'deputy akim of the region'],
      ['Hasan Celikkaya', 'Chairman of Anadolu Tarim Makinalari'],
    ]);
  });
  it('keeps review 69f\'s cases: no clause, person or judged word listed among a body\'s fields, an Oxford comma before and', () => {
    const body = 'The head of the department of agriculture, according to the press service of the akimat of the region, Bolat Nurlanov, will leave. ' +
      'The head of the department of education, teachers and parents of the city of Aktobe, Sandugash Bekova, spoke. Director of the department ' +
      'of trade, tourism, and investment of the region Arman Zhakupov presented the plan.';
    assert.deepEqual(rolesOf(body), [
      ['Bolat Nurlanov', null], ['Sandugash Bekova', null], ['Arman Zhakupov', 'Director of the department of trade, tourism, and investment of the region'],
    ]);
  });
  it('reads a form of address opening a mosque\'s name in an office (round 433)', () => {
    const body = 'It was attended by Chief Imam of the Hazrat Sultan Mosque Bauyrzhan Nurzhanuly.';
    assert.deepEqual(rolesOf(body), [['Bauyrzhan Nurzhanuly', 'Chief Imam of the Hazrat Sultan Mosque']]);
  });
  it('reads the population a mixed-case portfolio protects and leaves out the unit of a place an office is found in (session 70)', () => {
    const body = 'It was attended by Minister of Labour and social protection of population Svetlana Zhakupova. The Minister of Labour and social ' +
      'protection of population thanked Aidar Bekov. In Oskemen city general director of the Kazzinc company Nurlan Seitov met workers. ' +
      'In Oskemen city akim Yerbolat Dossayev met them. The city akim Arman Zhakupov came.';
    assert.deepEqual(rolesOf(body), [
      ['Svetlana Zhakupova', 'Minister of Labour and social protection of population'], ['Aidar Bekov', null],
      ['Nurlan Seitov', 'general director of the Kazzinc company'], ['Yerbolat Dossayev', 'Oskemen city akim'], ['Arman Zhakupov', 'city akim'],
    ]);
  });
  it('reads a land inspection, a given name after a company\'s noun before a particle, and no plural office before one name (round 434)', () => {
    const body = 'Since 2026, head of the regional land inspection Baitursynov K.M. reported. He met co-owner of the company Frans van den Heuvel. ' +
      'With the consent of the deputies of the regional maslikhat, Galymzhan Kurmanaliyev is appointed. The co-chairs of the commission, ' +
      'Juan Perez and Aidar Bekov, spoke. Regional Akim Yerlan Kalybekov Acquainted with the Course of Harvesting';
    assert.deepEqual(rolesOf(body), [
      ['Baitursynov K.M.', 'head of the regional land inspection'], ['Frans van den Heuvel', 'co-owner of the company'],
      ['Galymzhan Kurmanaliyev', null], ['Juan Perez', 'co-chairs of the commission'], ['Aidar Bekov', 'co-chairs of the commission'],
      ['Yerlan Kalybekov', 'Regional Akim'],
    ]);
  });
  it('reads machine translation\'s bodies with listed fields, a place named after its unit, a state\'s side, paired Turkish given names and listed acronyms owning offices (round 435)', () => {
    const body = 'Vice Minister of industry and construction of the Republic of Kazakhstan Talgat Kaliyev came. He came with Chairman of Committee ' +
      'for construction and housing and communal services Ruslan Beisenov. Then head of Department of Construction, architecture and urban ' +
      'planning of Karaganda region Aigul Zhumabekova spoke. In the city of Satpayev akim of Ulytau region Bakytbek Zhumagulov met workers. ' +
      'Site manager from Indian side Rajesh Kumar Srinivasan and deputy director of Chinese contractor CRBC Wang Lei came. Project manager of ' +
      'the Turkish company Mehmet Ali Yılmaz spoke. Head of the Turkish company Kolin Ali Yilmaz spoke. The Department of energy said Dana ' +
      'Bek would come. He met the Heads of the UNICEF, WHO and UNFPA offices in Kazakhstan Arjan van Dijk and Skender Berisha.';
    assert.deepEqual(rolesOf(body), [
      ['Talgat Kaliyev', 'Vice Minister of industry and construction of the Republic of Kazakhstan'],
      ['Ruslan Beisenov', 'Chairman of Committee for construction and housing and communal services'],
      ['Aigul Zhumabekova', 'head of Department of Construction, architecture and urban planning of Karaganda region'],
      ['Bakytbek Zhumagulov', 'akim of Ulytau region'], ['Rajesh Kumar Srinivasan', null],
      ['Mehmet Ali Yılmaz', 'Project manager of the Turkish company'], ['Ali Yilmaz', 'Head of the Turkish company Kolin'], ['Dana Bek', null],
      ['Arjan van Dijk', 'Heads of the UNICEF, WHO and UNFPA offices in Kazakhstan'], ['Skender Berisha', 'Heads of the UNICEF, WHO and UNFPA offices in Kazakhstan'],
    ]);
  });
  it('keeps review 70a\'s cases: a city\'s own office after In, a company named after a person, singular offices and other list joiners', () => {
    const body = 'In Taraz city police chief Daulet Zhaksybekov warned drivers. The company Jean de Villiers produces wine. The chairman of ' +
      'the board of directors of Samruk-Kazyna, Nurlan Zhakupov said that the fund will invest. The co-chairs of the commission, Serik ' +
      'Zhumangarin together with Alexei Overchuk, reviewed the projects. The deputies of the maslikhat, Marat Omarov et al., proposed routes.';
    assert.deepEqual(rolesOf(body), [
      ['Daulet Zhaksybekov', 'city police chief'], ['Nurlan Zhakupov', 'chairman of the board of directors of Samruk-Kazyna'],
      ['Serik Zhumangarin', 'co-chairs of the commission'], ['Alexei Overchuk', null], ['Marat Omarov', 'deputies of the maslikhat'],
    ]);
  });
  it('reads acronyms the lexicon knows owning an office, no relative as an object, a capitalised honour before a lower-case title (round 436)', () => {
    const body = 'It was attended by chief representative of JICA office in Kazakhstan SATO Haruki. He visited the Korean Cultural Centre in ' +
      'Almaty, director of which Choi Eun-ji also arrived. He received Honored coach of the Republic of Kazakhstan Serik Tolegenov. ' +
      'Works on the school in the village Bauyrzhan Momyshuly, near Taraz, go on. He has worked with Médecins Sans Frontières. Dr. Ravi Iyer, Senior ' +
      'Consultant Cardiac Surgeon at Narayana Health, came.';
    assert.deepEqual(rolesOf(body), [
      ['SATO Haruki', 'chief representative of JICA office in Kazakhstan'], ['Choi Eun-ji', 'director'],
      ['Serik Tolegenov', 'Honored coach of the Republic of Kazakhstan'], ['Ravi Iyer', null],
    ]);
  });
  it('keeps review 70b\'s cases: no time or people among listed fields, no club\'s side, no person after a trade and a company\'s name', () => {
    const body = 'The Minister of culture and information today Aida Balayeva met them. He joined from French side Paris Saint-Germain. ' +
      'Representative of Chinese supplier Yutong Bus came. Site manager of Turkish contractor Kalyon Insaat Mehmet Demir came. The ' +
      'Minister of Culture and sport fans Daniyar Kozhakhmetov welcomed the team.';
    assert.deepEqual(rolesOf(body), [['Aida Balayeva', null], ['Daniyar Kozhakhmetov', null]]);
  });
  it('keeps reviews 70c and 70f\'s cases: a village\'s name unless a verb follows, a relative\'s office after any title, an honour before any lower-case title', () => {
    const body = 'Upon arrival in the village Kassym-Jomart Tokayev visited the school. The festival was held in the village Zhambyl ' +
      'Zhabayev on 5 March. Mongolia, the Minister of Foreign Affairs of which Batmunkh Battsetseg arrived, is a neighbour. He received ' +
      'Honored coach Serik Tolegenov.';
    assert.deepEqual(rolesOf(body), [['Kassym-Jomart Tokayev', null], ['Batmunkh Battsetseg', 'Minister of Foreign Affairs'], ['Serik Tolegenov', 'Honored coach']]);
  });
  it('reads a minister\'s one lower-case portfolio without its article and an ombudsman\'s rights (round 437)', () => {
    const body = 'It was attended by the Minister of energy Almasbek Sapargaliyev. The Minister of state Ivan Petrov came. The Minister of health thanked doctors Dana Bek.';
    assert.deepEqual(rolesOf(body), [['Almasbek Sapargaliyev', 'Minister of energy'], ['Ivan Petrov', null], ['Dana Bek', null]]);
    // (An ombudsman's rights after `for`; not rights a verb stands for.)
    const rights = 'It was attended by Commissioner for human rights Gulnara Smagulova. The Ambassador stood for human rights Aigul Bekova said.';
    assert.deepEqual(rolesOf(rights), [['Gulnara Smagulova', 'Commissioner for human rights'], ['Aigul Bekova', null]]);
  });
  it('reads a deputy\'s `issues of` fields, a bare unit after the deputy\'s `of`, and where a portfolio is held (session 71)', () => {
    const body = 'The deputy akim of region on issues of housing and communal services Marat Oskenov inspected it. Deputy akim of ' +
      'region on social issues Aidos Bekov came. Commissioner for human rights in Pavlodar region Aigul Serikova spoke. Deputy akim ' +
      'of the region on these issues Dana Bek said. Deputy akim of region on these issues Asel Nurova said. He met students for social issues in Pavlodar region Ivan Petrov said.';
    assert.deepEqual(rolesOf(body), [
      ['Marat Oskenov', 'deputy akim of region on issues of housing and communal services'], ['Aidos Bekov', 'Deputy akim of region on social issues'],
      ['Aigul Serikova', 'Commissioner for human rights in Pavlodar region'], ['Dana Bek', 'Deputy akim of the region on these issues'], ['Asel Nurova', null], ['Ivan Petrov', null],
    ]);
  });
  it('cuts a lower-case rank off the office before it and reads courts, an officer\'s body and `Advocate General` (round 438)', () => {
    const body = 'The prosecutor of the city of Zhanaozen adviser of justice Saltanat Mukhamedzhanova spoke. The head of the ' +
      'emergency department of Saryagash district major Timur Baimukhamedov came. The head of the department of emergency ' +
      'situations major general of civil protection Serik Bayakhmetov came. The police colonel Aidos Bekov came. The chairman ' +
      'of the Shymkent city court Bolat Kuanyshbekov came. The head of the department of international cooperation of the ' +
      'regional prosecutor\'s office Aliya Zhakenova came. It was headed by the Advocate General Dr. Ahmed al-Shamsi.';
    assert.deepEqual(rolesOf(body), [
      ['Saltanat Mukhamedzhanova', 'prosecutor of the city of Zhanaozen'], ['Timur Baimukhamedov', 'head of the emergency department of Saryagash district'],
      ['Serik Bayakhmetov', 'head of the department of emergency situations'], ['Aidos Bekov', 'police colonel'],
      ['Bolat Kuanyshbekov', 'chairman of the Shymkent city court'],
      ['Aliya Zhakenova', 'head of the department of international cooperation of the regional prosecutor\'s office'], ['Ahmed al-Shamsi', 'Advocate General'],
    ]);
  });
  it('reads no office in livestock\'s heads and no person in a street\'s name after `the street` (round 438)', () => {
    const body = 'He handed over 50 heads of sheep, Mr. Bauyrzhan Tokhtarov said. The two heads of state, Aidar Bekov and Ivan ' +
      'Petrov, met. There is no lighting on the street Abai. The residents of the street Mukhtar Auezov held a meeting. On the ' +
      'square Dana Bek also laid flowers. The 10 heads of poultry farms Serik Abenov and Aliya Nurlanova came.';
    assert.deepEqual(rolesOf(body), [
      ['Bauyrzhan Tokhtarov', null], ['Aidar Bekov', 'heads of state'], ['Ivan Petrov', 'heads of state'], ['Dana Bek', null],
      ['Serik Abenov', 'heads of poultry farms'], ['Aliya Nurlanova', 'heads of poultry farms'],
    ]);
  });
  it('reads the place and unit a body, maybe quoted, comes from into its office (round 438)', () => {
    const body = 'The representative of the volunteer search-rescue detachment "LizaAlert" from Kurgan oblast Dmitry Volkov spoke. ' +
      'The head of the department returned from Kurgan oblast Ivan Petrov said. He thanked the rescuers of the detachment from Kurgan region Dana Bek said.';
    assert.deepEqual(rolesOf(body), [
      ['Dmitry Volkov', 'representative of the volunteer search-rescue detachment "LizaAlert" from Kurgan oblast'], ['Ivan Petrov', null], ['Dana Bek', null],
    ]);
  });
  it('reads a youth team\'s age group, an owner\'s body with a lower-case word, a title\'s `of` after another\'s name, and a set-off name with particles (round 439)', () => {
    const body = 'The head coach of the team U-15 Yerlan Sadykov said. He met head of WHO country office in Kazakhstan Dr. Marie ' +
      'Dupont. Director Saule Kuanyshbayeva and head of representative office of JICA in Kazakhstan TANAKA Hiroshi signed. It ' +
      'went to Rajesh Menon, founder of the company Medisphere, Jan-Willem van der Berg, Director of the Institute, and others.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Sadykov', 'head coach of the team U-15'], ['Marie Dupont', 'head of WHO country office in Kazakhstan'], ['Saule Kuanyshbayeva', 'Director'],
      ['TANAKA Hiroshi', 'head of representative office of JICA in Kazakhstan'], ['Rajesh Menon', 'founder of the company Medisphere'],
      ['Jan-Willem van der Berg', 'Director of the Institute'],
    ]);
  });
  it('keeps a title\'s own `general` and cuts a rank of two words off a bare title (reviews 71a and 71b)', () => {
    const body = 'The IAEA director general Rafael Grossi said. The deputy prosecutor general Zhandos Umiraliyev said. His deputy colonel of police Askar Iskakov came.';
    assert.deepEqual(rolesOf(body), [['Rafael Grossi', 'IAEA director general'], ['Zhandos Umiraliyev', 'deputy prosecutor general'], ['Askar Iskakov', 'deputy']]);
  });
  it('reads concert halls and faculties as bodies, and a lower-case minister\'s listed portfolios before the state (round 440)', () => {
    const body = 'It was attended by director of the regional philharmonic Yerlan Tokhtarov and others. The dean of the faculty Aidar ' +
      'Bekov spoke. He met the first deputy minister of culture and tourism of Uzbekistan Ozoda Nurmatova.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Tokhtarov', 'director of the regional philharmonic'], ['Aidar Bekov', 'dean of the faculty'],
      ['Ozoda Nurmatova', 'first deputy minister of culture and tourism of Uzbekistan'],
    ]);
  });
  it('reads a state after a portfolio\'s `for` before a style and a company closing in capitals (round 440)', () => {
    const body = 'He met Special Representative of Pakistan for Afghanistan Ambassador Tariq Khan. The head of the office of the firm ' +
      'Royal HaskoningDHV, Pieter van der Berg, came. The grant for Afghanistan Ambassador Ali Wardak signed. The Council met Saltanat AbdulRAHMAN.';
    assert.deepEqual(rolesOf(body), [
      ['Tariq Khan', 'Special Representative of Pakistan for Afghanistan'], ['Pieter van der Berg', 'head of the office of the firm Royal HaskoningDHV'],
      ['Ali Wardak', 'Afghanistan Ambassador'], ['Saltanat AbdulRAHMAN', null],
    ]);
  });
  it('cuts police ranks and a rank of a service after `of the` off the office before them (round 440)', () => {
    const body = 'The Deputy Minister of Internal Affairs police major general Yerlan Sadykov said. The head of the military hospital ' +
      'major of the medical service Dina Ospanova said. Chief of police colonel Aidos Bekov said. The captain of the national team Marat Ospanov scored.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Sadykov', 'Deputy Minister of Internal Affairs'], ['Dina Ospanova', 'head of the military hospital'], ['Aidos Bekov', 'Chief of police'],
      ['Marat Ospanov', 'captain of the national team'],
    ]);
  });
  it('reads no person in a body\'s name joined by `and` before an organisation\'s word in an office (round 441)', () => {
    const body = 'It was led by the Chairman of the Board of Directors of Xinjiang Tianshan Grain and Oil Group Li Weidong. He met the ' +
      'Minister of Energy Ivan Petrov and Oil Group chairman Li Wei.';
    assert.deepEqual(rolesOf(body), [
      ['Li Weidong', null], ['Ivan Petrov', 'Minister of Energy'], ['Li Wei', 'Oil Group chairman'],
    ]);
  });
  it('reads a party\'s or a city\'s one word after its noun and an acronym before a full name apart from the person (round 441)', () => {
    const body = 'He met the chairman of regional branch of party Respublica Timur Zhaksybekov. He met with mayor of Indian city Pune ' +
      'Rajesh Kumar Sharma. It was headed by deputy secretary general of Council of IPA CIS Dmitriy Sergeyevich Kovalenko. The ' +
      'deputy akim of Shymkent city Bekzhanov Askar Toleuovich came.';
    assert.deepEqual(rolesOf(body), [
      ['Timur Zhaksybekov', 'chairman of regional branch of party Respublica'], ['Rajesh Kumar Sharma', 'mayor of Indian city Pune'],
      ['Dmitriy Sergeyevich Kovalenko', 'deputy secretary general of Council of IPA CIS'], ['Bekzhanov Askar Toleuovich', 'deputy akim of Shymkent city'],
    ]);
  });
  it('reads a person after a street or a village in an opening phrase past an adverb, a joined name or an apposition (review 71b)', () => {
    const body = 'On the square Yerlan Karin also laid flowers. In the microdistrict Aigul Sadykova, a teacher, opened a club. On the ' +
      'square Aida Balayeva and Marat Seitov laid flowers. Residents of the street Abai asked the akim to help. In addition, on the ' +
      'square Kabanbai Batyr a fountain opened.';
    assert.deepEqual(rolesOf(body), [['Yerlan Karin', null], ['Aigul Sadykova', null], ['Aida Balayeva', null], ['Marat Seitov', null]]);
  });
  it('reads a lower-case commission\'s field after `on` in an office (round 441)', () => {
    const body = 'He heard the report of chairman of commission on social questions Aibek Ospanov. It was chaired by chairman of ' +
      'standing commission on questions of social-cultural sphere Nurlybek Aitbayev. He briefed the chairman of the commission on these issues Dana Bek said.';
    assert.deepEqual(rolesOf(body), [
      ['Aibek Ospanov', 'chairman of commission on social questions'], ['Nurlybek Aitbayev', 'chairman of standing commission on questions of social-cultural sphere'], ['Dana Bek', null],
    ]);
  });
  it('ends an office at a full name with a lower-case particle before `and` (round 442)', () => {
    const body = 'The Order was conferred on Honorary Consul of Kazakhstan in Milan Marco della Rovere and on Sheikh Hamdan al-Mansouri, ' +
      'Chairman of the Business Council.';
    assert.deepEqual(rolesOf(body), [['Marco della Rovere', 'Honorary Consul of Kazakhstan in Milan'], ['Hamdan al-Mansouri', 'Chairman of the Business Council']]);
  });
  it('keeps review 71e\'s cases: a person before `and` and a company, a city\'s or a party\'s noun after `the`, `dialogue` after a name, and police forces', () => {
    const body = 'Vice Governor of Shaanxi Province Zhao Gang and Yankuang Energy Group Li Wei came. He met the mayor of the city Juan ' +
      'Carlos Perez. The leader of the party Alberto Nunez Feijoo came. Minister Yerlan Karin dialogue with civil society went on. ' +
      'Head of the patrol police major Timur Sarsenov came. The head of the police academy police major general Kairat Tulegenov came. ' +
      'The veteran of labour of the village Kuanysh Bekov was awarded. Yesterday in the village Tole Bi opened a school.';
    assert.deepEqual(rolesOf(body), [
      ['Zhao Gang', 'Vice Governor of Shaanxi Province'], ['Li Wei', null], ['Juan Carlos Perez', 'mayor of the city'], ['Alberto Nunez Feijoo', 'leader of the party'],
      ['Yerlan Karin', 'Minister'], ['Timur Sarsenov', 'Head of the patrol police'], ['Kairat Tulegenov', 'head of the police academy'],
    ]);
  });
  it('keeps review 71f\'s cases: a party after `the` before a Turkic surname, full names after councils of people, and no people in `internal affairs`', () => {
    const body = 'He met the chairman of the party Amanat Yerlan Koshanov. Chairman of the council of veterans Ospanov Serik Bolatovich ' +
      'thanked them. Chairman of the council of elders Temirbolat Nurgaliyev Zhaksylykovich came. The head of the department of ' +
      'internal affairs Aidos Beisenov came. The chairman of the chamber of entrepreneurs Atameken Omar Satbayev came.';
    assert.deepEqual(rolesOf(body), [
      ['Yerlan Koshanov', 'chairman of the party Amanat'], ['Ospanov Serik Bolatovich', 'Chairman of the council of veterans'],
      ['Temirbolat Nurgaliyev Zhaksylykovich', 'Chairman of the council of elders'], ['Aidos Beisenov', 'head of the department of internal affairs'],
      ['Omar Satbayev', 'chairman of the chamber of entrepreneurs Atameken'],
    ]);
  });
  it('reads a lineage\'s particle after a company\'s noun in an office as a person\'s name (round 442)', () => {
    const body = 'He met the advisor of company Khalid bin Saeed Al Mansoori. He met the founder of the company Ahmed bin Sultan Al Qasimi.';
    assert.deepEqual(rolesOf(body), [['Khalid bin Saeed Al Mansoori', 'advisor of company'], ['Ahmed bin Sultan Al Qasimi', 'founder of the company']]);
  });
  it('reads a settlement\'s name after its noun without the article, a lower-case qualifier before a body after `of`, and a person after a field\'s body (round 444)', () => {
    const body = 'They bring gas to 37 villages, including village Baurzhan Momyshuly and village Kabanbai Batyr. In village Aidos Bekov ' +
      'met the residents. The head of regional Department of Emergency Situations Askar Nurpeisov said. Department of Emergency ' +
      'Situations Marat Seitov said. The settlement Serik Ibragimov built in 1990 has no gas.';
    assert.deepEqual(rolesOf(body), [['Aidos Bekov', null], ['Askar Nurpeisov', 'head of regional Department of Emergency Situations'], ['Marat Seitov', null]]);
  });
  it('reads a chief\'s lower-case post before its complement and an oblast after its place (round 444)', () => {
    const body = 'The chief sanitary doctor of region Elena Schmidt inspected fairs. The chief executive of major oil company Shell Wael ' +
      'Sawan came. It was attended by deputy governor of Omsk oblast of the Russian Federation Dmitry Volkov.';
    assert.deepEqual(rolesOf(body), [
      ['Elena Schmidt', 'chief sanitary doctor of region'], ['Wael Sawan', 'chief executive of major oil company Shell'],
      ['Dmitry Volkov', 'deputy governor of Omsk oblast of the Russian Federation'],
    ]);
  });
  it('reads two bodies\' heads joined by a hyphen as a body (round 445)', () => {
    const body = 'Director of school-lyceum No. 7 of Semey city Lyazzat Ospanova thanked him. The director of school-gymnasium named ' +
      'after Ilyas Zhansugurov Bolat Mukhametkaliyev met teachers.';
    assert.deepEqual(rolesOf(body), [
      ['Lyazzat Ospanova', 'Director of school-lyceum No. 7 of Semey city'],
      ['Bolat Mukhametkaliyev', 'director of school-gymnasium named after Ilyas Zhansugurov'],
    ]);
  });
  it('ends an office\'s lower-case object before how long the post is held, after `for` (round 445)', () => {
    const body = 'The federation has appointed Dragan Nikolić head coach of the women\'s national team for the 2027-2030 cycle. ' +
      'Aidos Bekov, head coach of the team for the new season, said. Marat Seitov, head of the centre for the new technologies, said.';
    assert.deepEqual(rolesOf(body), [
      ['Dragan Nikolić', 'head coach of the women\'s national team'], ['Aidos Bekov', 'head coach of the team'],
      ['Marat Seitov', 'head of the centre for the new technologies'],
    ]);
    // (Review 72a: not what a body is for, a season's possessive, nor a theme's `year of`.)
    const bodies = 'Marat Ospanov, head of the operational headquarters for the heating season, reported. Raushan Kaliyeva, chairman of ' +
      'the commission for the new academic year, came. Marat Bekov, head of the office for the year of working professions, met. ' +
      'Askar Zhakenov, head of the service for the season\'s preparations, came. Nurlan Bekov, director of the club for the next two seasons, said.';
    assert.deepEqual(rolesOf(bodies), [
      ['Marat Ospanov', 'head of the operational headquarters for the heating season'], ['Raushan Kaliyeva', 'chairman of the commission for the new academic year'],
      ['Marat Bekov', 'head of the office for the year of working professions'], ['Askar Zhakenov', 'head of the service for the season\'s preparations'],
      ['Nurlan Bekov', 'director of the club'],
    ]);
    // (Review 72b: a period of a count, and not a noun the term's word qualifies.)
    const periods = 'Aidos Tulegenov, director of the club for a period of three years, signed it. Aigerim Sadykova, head of the committee ' +
      'for the new year celebrations, came. Nurlan Zhunusov, chairman of the commission for the current year harvest, came.';
    assert.deepEqual(rolesOf(periods), [
      ['Aidos Tulegenov', 'director of the club'], ['Aigerim Sadykova', 'head of the committee for the new year celebrations'],
      ['Nurlan Zhunusov', 'chairman of the commission for the current year harvest'],
    ]);
    // (Review 72c: any term, years after the season, or `until` and `and` after the term.)
    const terms = 'Aidos Bekov, chairman of the association for a five-year term, thanked them. Serik Abenov, head coach of the youth ' +
      'team for the season 2026/27, came. Dana Bekova, chairwoman of the council for the next three years until 2029, spoke.';
    assert.deepEqual(rolesOf(terms), [
      ['Aidos Bekov', 'chairman of the association'], ['Serik Abenov', 'head coach of the youth team'], ['Dana Bekova', 'chairwoman of the council'],
    ]);
    // (Reviews 72f, 72g: a `-long` count before the term's noun; no term's noun before another hyphen.)
    const longs = 'Aidos Bekov, chairman of the council for a year-long term, thanked them. Marat Seitov, head of the department for the ' +
      'year-end inspection, came.';
    assert.deepEqual(rolesOf(longs), [['Aidos Bekov', 'chairman of the council'], ['Marat Seitov', 'head of the department for the year-end inspection']]);
  });
  it('keeps a set-off office after `to` for a name closed by its state after `of the` (round 445)', () => {
    const body = 'He presented it to the head coach of the national taekwondo team, PARK Sung-ho of the Republic of Korea. ' +
      'He spoke to the Minister of Culture, Aidos Bekov of the Embassy.';
    assert.deepEqual(rolesOf(body), [['PARK Sung-ho', 'head coach of the national taekwondo team'], ['Aidos Bekov', null]]);
    // (Review 72a: not a subject before its verb, nor a people's adjective before a body.)
    const subjects = 'At the meeting with the Minister of Energy, Aidos Serikov of the Republic of Kazakhstan presented the project. ' +
      'In talks with the Prime Minister, Kim Jong-su of the Korean side noted it. At the talks with the Minister, Marat Bekov from Kazakhstan spoke.';
    assert.deepEqual(rolesOf(subjects), [['Aidos Serikov', null], ['Kim Jong-su', null], ['Marat Bekov', null]]);
    // (Review 72b: but a name whose state an infinitive, a relative clause, a place or a dash follows, or a people's side ending the sentence.)
    const objects = 'The Minister met with the Deputy Minister of Culture, Kim Hong-kyun of the Republic of Korea to discuss sports. ' +
      'He was received by the Minister, Kim Min-su of the Republic of Korea who noted it. It was signed by the co-chair of the commission, ' +
      'Kim Jin-pyo of the Korean side. It was delivered to the Ambassador, Jin Kyung-soo of the Republic of Korea in Astana.';
    // (Review 72c: a verb after the state's body, in the present, or past a phrase.)
    const verbs = 'At the meeting with the Chairman, Yerlan Karin of the Kazakh business community presented it. At the meeting with ' +
      'the Minister, Kim Min-su of Korea notes it. At the meeting with the Minister, Tanaka Hiroshi of Japan in his speech drew attention to it.';
    assert.deepEqual(rolesOf(verbs), [['Yerlan Karin', null], ['Kim Min-su', null], ['Tanaka Hiroshi', null]]);
    // (Review 72f: not a participle or a noun after a preposition.)
    const phrases = 'He met with the Deputy Minister, Kim Min-su of the Republic of Korea in an expanded format. He spoke with the ' +
      'Minister, Aidos Bekov of Korea during the forum dedicated to trade.';
    assert.deepEqual(rolesOf(phrases), [['Kim Min-su', 'Deputy Minister'], ['Aidos Bekov', 'Minister']]);
    // (Review 72g: a hyphenated verb, three nouns of the body, `for its part`.)
    const more = 'At the meeting with the Minister, Kim Min-su of Korea co-chaired the session. At the meeting with the Minister, Aidos ' +
      'Bekov of the Korea trade promotion agency presented it. At the meeting with the Minister, Marat Seitov of Korea for its part stressed it.';
    assert.deepEqual(rolesOf(more), [['Kim Min-su', null], ['Aidos Bekov', null], ['Marat Seitov', null]]);
    assert.deepEqual(rolesOf(objects), [
      ['Kim Hong-kyun', 'Deputy Minister of Culture'], ['Kim Min-su', 'Minister'], ['Kim Jin-pyo', 'co-chair of the commission'], ['Jin Kyung-soo', 'Ambassador'],
    ]);
  });
  it('reads an honorary citizen\'s lower-case `citizen` as the honour\'s title word (round 445)', () => {
    const body = 'Honorary citizen of Aktau city Rysgul Tazhibayeva gave a lesson. The honorary citizen of Astana Aidos Bekov came. ' +
      'The citizen of Astana Marat Seitov came.';
    assert.deepEqual(rolesOf(body), [['Rysgul Tazhibayeva', 'Honorary citizen of Aktau city'], ['Aidos Bekov', 'honorary citizen of Astana'], ['Marat Seitov', null]]);
    // (Review 72b: not what a certificate is of, nor across a comma to a nearer title.)
    const others = 'The akim handed the certificate of honorary citizen of Aktau city to Serik Akhmetov. The meeting was moderated by the ' +
      'honorary citizen of Atyrau, Honoured Worker of Culture Dina Ismailova.';
    assert.deepEqual(rolesOf(others), [['Serik Akhmetov', null], ['Dina Ismailova', 'Honoured Worker of Culture']]);
    // (Review 72c: after any other `of`, and before a comma that only sets the name off.)
    const set = 'It was held with the participation of honorary citizen of Almaty Marat Zhumabayev. Honorary citizen of Shymkent, ' +
      'Aidos Bekov, shared his memories.';
    assert.deepEqual(rolesOf(set), [['Marat Zhumabayev', 'honorary citizen of Almaty'], ['Aidos Bekov', 'Honorary citizen of Shymkent']]);
  });
  it('reads a given name and a Slavic or Turkic surname closing a run after a settlement\'s noun as a person, the words before as the settlement', () => {
    const body = 'Honorary citizen of the village Zhambyl Zhabayev Serik Abdrakhmanov congratulated the veterans. Akim of the village ' +
      'Karaoi Yergali Bekturov came. The pensioner from the village Amangeldy Imanov Kulyash Ospanova came. In the village Baurzhan Momyshuly the school opened.';
    assert.deepEqual(rolesOf(body), [
      ['Serik Abdrakhmanov', 'Honorary citizen of the village Zhambyl Zhabayev'], ['Yergali Bekturov', 'Akim of the village Karaoi'], ['Kulyash Ospanova', null],
    ]);
  });
  it('reads a Korean surname in capitals that is also a word after an acronym, before a hyphenated given name (round 446)', () => {
    const body = 'The delegation included Vice President of KIAT PARK Ji-hoon and others. According to Mr. Park, the work goes on.';
    assert.deepEqual(rolesOf(body), [['PARK Ji-hoon', 'Vice President of KIAT'], ['Park', null]]);
  });
  it('reads veterinary and two qualifiers joined by a hyphen before a lower-case title (round 446)', () => {
    const body = 'The chief state veterinary-sanitary inspector of the region Aidos Bekov said. The chief veterinary inspector of the ' +
      'district Marat Seitov came. The chief state phytosanitary inspector of the region Nurlan Abenov came.';
    assert.deepEqual(rolesOf(body), [
      ['Aidos Bekov', 'chief state veterinary-sanitary inspector of the region'], ['Marat Seitov', 'chief veterinary inspector of the district'],
      ['Nurlan Abenov', 'chief state phytosanitary inspector of the region'],
    ]);
  });
  it('reads a lower-case qualifier of a body after its place right after an office\'s `of` (round 446)', () => {
    const body = 'The head of Turkestan regional department of agriculture Nurlan Abdrakhmanov said. The chairman of Mangistau regional ' +
      'branch of party Respublica Timur Zhaksybekov came. He spoke of Almaty regional department of agriculture Aidos Bekov said.';
    assert.deepEqual(rolesOf(body), [
      ['Nurlan Abdrakhmanov', 'head of Turkestan regional department of agriculture'],
      ['Timur Zhaksybekov', 'chairman of Mangistau regional branch of party Respublica'], ['Aidos Bekov', null],
    ]);
  });
  it('reads a body\'s quoted name closing in a lower-case word after the body\'s noun as no person (round 446)', () => {
    const body = 'Asylbek Ybyraiov heads the peasant farm "Ybyrai ata" of Zhalagash district. The farm "Ybyrai Ata" grew.';
    assert.deepEqual(names(body), ['Asylbek Ybyraiov']);
  });
  it('reads a lower-case body\'s field after its `of` before `named after` in an office (round 446)', () => {
    const body = 'Director of the center of grain farming named after A.I. Barayev Kuanysh Dzhumabayev noted it. Director of the museum ' +
      'of arts named after A. Kasteyev Gulnara Zhakupova came. The graduates of the school of arts named after Abai Aidos Bekov came.';
    assert.deepEqual(rolesOf(body), [
      ['Kuanysh Dzhumabayev', 'Director of the center of grain farming named after A.I. Barayev'],
      ['Gulnara Zhakupova', 'Director of the museum of arts named after A. Kasteyev'], ['Aidos Bekov', null],
    ]);
  });
  it('reads a lower-case field after a title\'s `for` before the `of` of the body the post is in (round 447)', () => {
    const body = 'Counsellor for trade of the Embassy of Türkiye Selin Kaya Demirtaş was present. Attaché for culture of the Embassy of ' +
      'France Marie Dupont came. The award for excellence of the Ministry of Culture went to Aidos Bekov.';
    assert.deepEqual(rolesOf(body), [
      ['Selin Kaya Demirtaş', 'Counsellor for trade of the Embassy of Türkiye'], ['Marie Dupont', 'Attaché for culture of the Embassy of France'],
      ['Aidos Bekov', null],
    ]);
    // (Review 72c: not a verb's `for`.)
    assert.deepEqual(rolesOf('The Minister thanked the Ambassador for cooperation of the Embassy of Japan Takeshi Sato and his team.'), [['Takeshi Sato', null]]);
    // (Review 72f: but other verbs before the title keep it.)
    assert.deepEqual(rolesOf('He received the Counsellor for trade of the Embassy of France Marie Dupont.'), [['Marie Dupont', 'Counsellor for trade of the Embassy of France']]);
  });
  it('reads names listed after a settlement\'s or a street\'s plural noun as places (round 447)', () => {
    const body = 'Samal Iskakova spoke. They replace networks in microdistricts Nursat, Samal and on the street Tole bi. Roads on the ' +
      'streets Abai, Altynsarin and Mashhur Zhusup were repaired. Gas came to the villages Akzhar and Karaoi, Aidos Bekov said.';
    assert.deepEqual(names(body), ['Samal Iskakova', 'Aidos Bekov']);
    // (Review 72d: and after a street's, an aul's or a square's noun and `of`, as for villages.)
    assert.deepEqual(names('Traffic will be moved to streets of Gogol and Amangeldy. In the aul of Saken Seifullin a library opened.'), []);
    // (Review 72c: not people after a list closed by `and` and a comma, nor the places' people after a title's `of`.)
    const people = 'Visiting the villages Akzhar and Karaoi, Aidos Bekov and Marat Ospanov inspected the schools. The akims of the villages ' +
      'Serik Abenov and Ruslan Ermekov reported.';
    assert.deepEqual(names(people), ['Aidos Bekov', 'Marat Ospanov', 'Serik Abenov', 'Ruslan Ermekov']);
  });
  it('gives no set-off office to the name before it when its unread object runs into a full name before a verb (round 447)', () => {
    const body = 'It was attended by Oksana Lee, the head of department of emergency situations of the region Ruslan Akhmetov reported ' +
      'that it rains. Aidos Bekov, director of the school named after Abai Kunanbayev said it.';
    assert.deepEqual(rolesOf(body), [
      ['Oksana Lee', null], ['Ruslan Akhmetov', 'head of department of emergency situations of the region'],
      ['Aidos Bekov', 'director of the school named after Abai Kunanbayev'],
    ]);
  });
  it('reads a portfolio\'s `of population` inside listed fields, and a surname in capitals after an acronym after `the` (round 448)', () => {
    const body = 'It was held with participation of vice-minister of labour and social protection of population of the Republic of ' +
      'Kazakhstan Akmaral Zhunusova today. He met the Head of the Department of Nuclear Energy of the IAEA NAKAMURA Kenji in Vienna. ' +
      'He met the Director of the OSCE ODIHR Matteo Mecacci.';
    assert.deepEqual(rolesOf(body), [
      ['Akmaral Zhunusova', 'vice-minister of labour and social protection of population of the Republic of Kazakhstan'],
      ['NAKAMURA Kenji', 'Head of the Department of Nuclear Energy of the IAEA'], ['Matteo Mecacci', 'Director of the OSCE ODIHR'],
    ]);
    // (Reviews 72c, 72f: a short acronym is no surname, a known short surname is.)
    assert.deepEqual(rolesOf('He met the Director of the UN OCHA WANG Yi in Geneva. Representative of the UN OCHA Kenji came.'), [['WANG Yi', 'Director of the UN OCHA']]);
  });
});
