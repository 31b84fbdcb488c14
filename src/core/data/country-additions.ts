/**
 * What the generated dataset (world-countries) lacks, as written in English
 * news: adjectives and demonyms (`Kazakh`, not only `Kazakhstani`), short and
 * long forms (`UAE`, `Republic of Korea`, `Türkiye`/`Turkey`), and older or
 * informal names still in use (`Burma`, `Swaziland`). Keyed by ISO 3166-1
 * alpha-2 code; every list is optional.
 *
 * Left out as more often something else: `Holland` (a region and a surname),
 * `Bharat` (a given name), `England`, `Scotland` (not sovereign).
 *
 * Plural demonyms (`Italians`, `Koreans`) are deliberately absent: in bulletins
 * they name people or an ethnic group more often than the state.
 */
export interface CountryAddition {
  /** Other names and long forms, official or not (`Republic of Turkey`, `UAE`). */
  alternates?: readonly string[];
  adjectives?: readonly string[];
}

export const COUNTRY_ADDITIONS: Readonly<Record<string, CountryAddition>> = {
  AE: { alternates: ['U.A.E.'] },
  AF: { alternates: ['Islamic Emirate of Afghanistan'] },
  AG: { adjectives: ['Antiguan and Barbudan'] },
  AR: { alternates: ['Argentines', 'Argentine Nation'], adjectives: ['Argentinian', 'Argentinean'] },
  // (The republics of 1918–1920 name the same states, in their long forms: `the Azerbaijan Democratic Republic`.)
  AZ: { alternates: ['Azerbaijan Republic', 'Azerbaijan Democratic Republic'], adjectives: ['Azeri'] },
  BA: { alternates: ['Bosnia', 'BiH'] },
  BB: { adjectives: ['Bajan'] },
  BF: { adjectives: ['Burkinabè'] },
  BJ: { alternates: ['Benin Republic'] },
  BN: { alternates: ['Brunei Darussalam'] },
  BR: { alternates: ['Brasil'] },
  // (The state's name is written with its article, capitalised, which is part of it.)
  BS: { alternates: ['Commonwealth of The Bahamas', 'The Bahamas'] },
  BW: { adjectives: ['Botswanan', 'Batswana'] },
  BY: { adjectives: ['Belarussian', 'Byelorussian'] },
  CD: { alternates: ['Congo-Kinshasa', 'D.R. Congo'] },
  CG: { alternates: ['Congo-Brazzaville', 'Congo Republic'] },
  CI: { alternates: ["Republic of Cote d'Ivoire"] },
  CM: { alternates: ['Cameroun'] },
  CN: { alternates: ['PRC', 'Mainland China'], adjectives: ['Sino'] },
  CV: { alternates: ['Cabo Verde', 'Republic of Cape Verde'], adjectives: ['Cape Verdean', 'Cabo Verdean'] },
  CZ: { alternates: ['Czechs'] },
  DJ: { adjectives: ['Djiboutian'] },
  DK: { adjectives: ['Dane'] },
  DZ: { alternates: ['Algérie'] },
  EC: { adjectives: ['Ecuadorian'] },
  // The state's own name inside events' and bodies' names (`Vuelta a España`), as `Italia` below.
  ES: { alternates: ['España'], adjectives: ['Spaniard', 'Hispano'] },
  ET: { adjectives: ['Ethio'] },
  FM: { alternates: ['FSM'] },
  // Demonyms in -man and -woman (`Frenchman Arthur Fils`) are nouns: listed as alternates, so no plural or `Republic` is made of them.
  FR: { alternates: ['Frenchman', 'Frenchwoman', 'Frenchmen'], adjectives: ['Franco'] },
  GB: {
    alternates: ['UK', 'U.K.', 'Britain', 'Englishman', 'Englishwoman', 'Scotsman', 'Scotswoman', 'Welshman'],
    adjectives: ['Briton', 'Anglo'],
  },
  // The long form some wires use to tell the state from the US one.
  GE: { alternates: ['Republic of Georgia', 'Democratic Republic of Georgia'] },
  // (Like The Bahamas.)
  GM: { alternates: ['Republic of The Gambia', 'The Gambia'] },
  GN: { alternates: ['Guinea-Conakry', 'Guinée'] },
  GQ: { alternates: ['Guinée équatoriale'], adjectives: ['Equatoguinean'] },
  GR: { alternates: ['Greeks'], adjectives: ['Hellenic'] },
  GW: { alternates: ['Guinée-Bissau'], adjectives: ['Bissau-Guinean'] },
  // `RI`, Indonesia's own abbreviation (Republik Indonesia) in Antara's headlines (`RI, Malaysia agree …`).
  ID: { alternates: ['RI'] },
  IE: { alternates: ['Eire', 'Irishman', 'Irishwoman'] },
  IN: { adjectives: ['Indo'] },
  // `Giro d'Italia`; before a surname a given name (see GIVEN_NAME_COUNTRIES).
  IT: { alternates: ['Italia'], adjectives: ['Italo'] },
  // The name sport's governing bodies give Iran (`IR Iran`, `I.R. Iran`).
  IR: { alternates: ['IR Iran', 'I.R. Iran'] },
  IS: { adjectives: ['Icelandic'] },
  JO: { alternates: ['Kingdom of Jordan', 'Hashemite Kingdom'] },
  KG: { alternates: ['Kirghizia'], adjectives: ['Kyrgyz', 'Kyrgyzstani'] },
  KM: { adjectives: ['Comorian'] },
  KN: {
    alternates: ['Federation of Saint Kitts and Nevis', 'Federation of St Kitts and Nevis', 'St Kitts and Nevis', 'St. Kitts and Nevis', 'Saint Kitts & Nevis', 'St Kitts & Nevis', 'St Kitts', 'St. Kitts', 'Saint Kitts'],
    adjectives: ['Kittitian and Nevisian'],
  },
  KP: { alternates: ['D.P.R.K.', 'DPR Korea', 'N. Korea', 'N.Korea'], adjectives: ['N. Korean', 'N.Korean'] },
  KR: { alternates: ['Korea', 'ROK', 'RoK', 'R.O.K.', 'S. Korea', 'S.Korea'], adjectives: ['Korean', 'S. Korean', 'S.Korean'] },
  // Kazakhstan in German, Dutch and Polish, the Nordic languages and Spanish, as diaspora bodies write it (`Heimat Kasachstan`).
  KZ: { alternates: ['Qazaqstan', 'RK', 'Kasachstan', 'Kazachstan', 'Kazakstan', 'Kazajistán'], adjectives: ['Kazakh', 'Qazaq'] },
  LA: { alternates: ['Lao PDR', 'Lao P.D.R.'] },
  // The French name, inside the central bank's (`Banque du Liban`).
  LB: { alternates: ['Liban'] },
  LC: { alternates: ['St Lucia', 'St. Lucia'], adjectives: ['St Lucian', 'St. Lucian'] },
  LK: { alternates: ['Ceylon', 'Lanka'], adjectives: ['Lankan'] },
  LS: { adjectives: ['Basotho', 'Mosotho'] },
  LU: { adjectives: ['Luxembourgish'] },
  MA: { alternates: ['Maroc'] },
  MC: { adjectives: ['Monégasque'] },
  MG: { adjectives: ['Madagascan'] },
  // (A translated spelling some bulletins keep: `the Republic of Northern Macedonia`.)
  MK: { alternates: ['Northern Macedonia'], adjectives: ['North Macedonian'] },
  MM: { alternates: ['Burma'] },
  MR: { alternates: ['Mauritanie'] },
  MX: { alternates: ['México'] },
  MV: { adjectives: ['Maldivian'] },
  NE: { alternates: ['Republic of the Niger', 'Niger Republic'] },
  NL: { alternates: ['Dutchman', 'Dutchwoman'] },
  // New Zealand's own informal adjective (`a Kiwi business mission`); the fruit is written in lower case.
  // New Zealand's Māori name, which its government writes before or instead of the English one (`Aotearoa New Zealand`).
  NZ: { alternates: ['Aotearoa New Zealand', 'Aotearoa', 'NZ'], adjectives: ['Kiwi'] },
  NP: { adjectives: ['Nepali'] },
  PE: { alternates: ['Perú'] },
  PG: { alternates: ['PNG'] },
  PH: { alternates: ['PH'], adjectives: ['Philippine'] },
  // Pakistan's combining form (`Pak-China relations`, `the Pak-Afghan border`), a country only before a hyphen.
  PK: { adjectives: ['Pak'] },
  PL: { adjectives: ['Pole'] },
  SA: { alternates: ['KSA'], adjectives: ['Saudi'] },
  SB: { alternates: ['Solomons'] },
  SE: { adjectives: ['Swede'] },
  SI: { adjectives: ['Slovenian'] },
  SK: { alternates: ['Slovaks'], adjectives: ['Slovakian'] },
  SN: { alternates: ['Sénégal'], adjectives: ['Senegalo'] },
  SO: { adjectives: ['Somalian'] },
  SR: { alternates: ['Surinam'], adjectives: ['Surinamese'] },
  ST: {
    alternates: ['São Tomé & Príncipe', 'Sao Tome & Principe'],
    adjectives: ['Santomean', 'São Toméan'],
  },
  SV: { adjectives: ['Salvadorian'] },
  SZ: { alternates: ['Swaziland', 'Kingdom of Swaziland'] },
  TD: { alternates: ['Tchad'] },
  TJ: { adjectives: ['Tajik', 'Tajikistani', 'Tadjik'] },
  TL: { adjectives: ['Timorese'] },
  TM: { adjectives: ['Turkmenistani'] },
  TN: { alternates: ['Tunisie'] },
  TR: { alternates: ['Turkey', 'Republic of Turkey', 'Republic of Turkiye'], adjectives: ['Turk'] },
  TT: { alternates: ['T&T'], adjectives: ['Tobagonian', 'Trinidadian and Tobagonian', 'Trinbagonian'] },
  US: { alternates: ['US', 'U.S.', 'U.S.A.', 'America'] },
  UY: { alternates: ['Eastern Republic of Uruguay'] },
  UZ: { alternates: ["O'zbekiston", 'O‘zbekiston', 'O’zbekiston', 'Oʻzbekiston'], adjectives: ['Uzbek'] },
  VA: { alternates: ['Holy See', 'Vatican City', 'Vatican City State'] },
  VC: {
    // `Grenada and St Vincent`: the main island's name stands for the state, as the Caribbean press writes it.
    alternates: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines', 'Saint Vincent & the Grenadines', 'St Vincent', 'St. Vincent', 'Saint Vincent'],
    adjectives: ['Vincentian'],
  },
  // `Việt Nam`: as Vietnamese media write it in English, with its diacritics.
  VN: { alternates: ['Viet Nam', 'Việt Nam', 'Socialist Republic of Viet Nam', 'Socialist Republic of Việt Nam'] },
  VU: { adjectives: ['Vanuatuan'] },
  // (Its official name until 1997.)
  WS: { alternates: ['Western Samoa'] },
  YE: { adjectives: ['Yemenite'] },
};
