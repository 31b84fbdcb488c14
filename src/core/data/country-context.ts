/**
 * Word lists the country finder reads around a match.
 */

/**
 * Country names that are also given names or surnames (`Jordan Peterson`,
 * `Michael Jordan`, `Israel Katz`, `Volker Turk`, `Sinisa Mali`, `Pham Thai Giang`): the finder reads their neighbours before
 * reporting them.
 */
export const GIVEN_NAME_COUNTRIES: ReadonlySet<string> = new Set(['Jordan', 'Chad', 'Georgia', 'Israel', 'French', 'Turk', 'Mali', 'Montenegro', 'Iran', 'Italia', 'Thai']);

/**
 * States' names that people bear as a middle name or a surname (`Ricardo Cuba Salazar`, `Brendan Ireland`, `Rosa Monaco`);
 * a branch's country (`Huawei Kazakhstan Wang said`, `Bayer Kazakhstan, a producer of …`) is none of them.
 */
export const SURNAME_COUNTRIES: ReadonlySet<string> = new Set([
  'Cuba', 'Guinea', 'Chile', 'Peru', 'Portugal', 'Ireland', 'France', 'Kenya', 'Monaco', 'Malta', 'Israel', 'Jordan', 'Chad',
  'Georgia', 'India', 'Mali', 'Holland', 'England', 'Wales', 'Panama', 'Lebanon', 'Bolivia', 'Brazil', 'Sudan', 'Niger', 'Togo',
]);

/**
 * Combining forms, countries only before a hyphen (`Franco-Kazakh`, `Sino-Japanese`, `Pak-China`, `Ethio-Djibouti`,
 * `Senegalo-Gambian`, `Hispano-Italian`, `Italo-Austrian`, `Anglo-Australian`; `Franco Frattini`, `Italo Calvino` are people).
 */
export const COMBINING_FORMS: ReadonlySet<string> = new Set(['Franco', 'Sino', 'Indo', 'Pak', 'Ethio', 'Senegalo', 'Hispano', 'Italo', 'Anglo']);

/** Country names that are also names of US states (`Atlanta, Georgia`, `the state of Georgia`, `Governor of Georgia`). */
export const US_STATE_COUNTRIES: ReadonlySet<string> = new Set(['Georgia']);

/** The other US states (not `Washington` or `New York`, also cities), whose list a state-named `Georgia` closes (`New Jersey, Pennsylvania and Georgia`). */
export const OTHER_US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii', 'Idaho',
  'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota',
  'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina',
  'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** Canada's provinces, which a US state's name is listed with as often (`lost plants to Georgia and Ontario`). */
export const CANADIAN_PROVINCES: readonly string[] = [
  'Ontario', 'Quebec', 'Québec', 'Alberta', 'British Columbia', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick',
];

/** Capitalised words that open sentences: before a country name they say nothing of a person. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  ('A An In To From With And Of For On At By As The Both Between Like Unlike Within Across About After Before ' +
    'During Since Until Via Visiting Including But Or Nor While Whereas Although Also Then Meanwhile Today ' +
    'His Her Its Their Our My Your All').split(' '),
);

/** Capitalised words that follow a country name in the names of its bodies and offices. */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'Foreign', 'Minister', 'Ministry', 'Ministers', 'Prime', 'President', 'Presidential', 'Government',
  'Embassy', 'Ambassador', 'Consulate', 'King', 'Queen', 'Crown', 'Royal', 'Parliament', 'Parliamentary',
  'National', 'State', 'Armed', 'Army', 'Air', 'Navy', 'Central', 'Chamber', 'Council', 'Customs', 'Defence',
  'Defense', 'Development', 'Economic', 'Energy', 'Trade', 'Investment', 'Business', 'House', 'Senate',
  'Supreme', 'Constitutional', 'Independent', 'Electoral', 'Federal', 'Republic', 'Kingdom', 'Office',
  'Agency', 'Bank', 'Airways', 'Airlines', 'Railways', 'News', 'Times', 'Post', 'Today', 'And', 'Or', 'To', 'Hashemite',
]);

/**
 * Nouns after which a country adjective only names a language or a currency
 * (`Kazakh language`, `US dollars`, `Swiss francs`, `French-speaking`): not required by the
 * guide, so not reported.
 */
export const LANGUAGE_AND_CURRENCY_NOUNS: ReadonlySet<string> = new Set(
  ('language languages dollar dollars euro euros pound pounds ruble rubles rouble roubles tenge yuan ' +
    'renminbi yen won rupee rupees rupiah dirham dirhams riyal riyals rial rials dinar dinars peso pesos ' +
    'franc francs lira lire manat som sum lari dram lev leu krona kronor krone kroner zloty forint ' +
    'hryvnia shekel shekels baht ringgit rand naira shilling shillings kwacha real reais speaking speakers ' +
    // Species a state's adjective names (`the Moroccan and Italian locusts`).
    'locust locusts').split(' '),
);

/**
 * Lowercase prefixes that turn a country adjective into a relation between
 * several states or a region (`inter-Korean`, `pan-African`): no single code
 * fits, so the adjective is not reported. `pro-Russian`, `one-China`,
 * `intra-Syrian` and `trans-Afghan` (within or across one state) still are.
 */
export const HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['inter', 'pan']);

/**
 * Lower-case prefixes that make a state's name its people's (`ni-Vanuatu`): read onto the mention, not as forms of their
 * own, since a form opening in lower case slows the gazetteer's scan over every such letter.
 */
export const DEMONYM_PREFIXES: Readonly<Record<string, readonly string[]>> = { VU: ['ni-', 'Ni-'] };

/**
 * A demonym two states share, read by default as the first code (`Congolese` → CD); in an article that names only
 * the second state, by its name or its capital (`Republic of the Congo`, `Brazzaville`), it is that state's.
 */
export const SHARED_DEMONYMS: readonly { form: string; codes: readonly [string, string]; capitals: readonly [string, string] }[] = [
  { form: 'congolese', codes: ['CD', 'CG'], capitals: ['Kinshasa', 'Brazzaville'] },
];
