import type { Mention } from '../types';
import { cityStateNames, countryEntries, NON_COUNTRY_PHRASES } from '../data/countries';
import { CALENDAR_WORDS, COMPANY_WORDS as COMPANY_ENDS, HEADLINE_SMALL_WORDS, OCCUPATION_WORDS } from '../data/name-stopwords';
import { isCommonEnglishWord, isLegalFormWord, isNationality } from './name-lexicon';
import { NAME_PARTICLES } from '../data/name-particles';
import { TITLE_WORDS } from '../data/titles';
import { titleWordAfter } from './title-after';
import {
  COMBINING_FORMS,
  DEMONYM_PREFIXES,
  GIVEN_NAME_COUNTRIES,
  SURNAME_COUNTRIES,
  US_STATE_COUNTRIES,
  OTHER_US_STATES,
  CANADIAN_PROVINCES,
  HYPHEN_PREFIXES,
  INSTITUTION_WORDS,
  LANGUAGE_AND_CURRENCY_NOUNS,
  SENTENCE_OPENERS,
  SHARED_DEMONYMS,
} from '../data/country-context';
import { type Form, FormIndex, isLetter, isWordChar } from './country-form-index';
import { ARTICLES } from './role-phrase';

export type CountryFinder = (body: string) => Mention[];

const STARTS_WITH_LETTER = /^\p{L}/u; // only a form that starts with a letter can start a word
const NEXT_WORD = / (\p{Lu}[\p{L}\p{M}’'-]*)/uy;
const SENTENCE_START = /[\n.!?:"“(]\s*$/u;
const HONORIFIC = /(?<![A-Za-z])(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.? $/;
const PREVIOUS_CAPITALISED = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*) $/u;
const PREVIOUS_LOWER = /(?<![\p{L}\p{M}])(\p{Ll}+),? $/u;
/** `the Patriarch of All Georgia`: a church's see, never a name. */
const OF_ALL_BEFORE = /(?<![\p{L}\p{M}])of All $/u;
/** A given name and a middle initial end the text before (`Mark T. Jordan`). */
const NAME_AND_INITIAL = /(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+ \p{Lu}\. $/u;
/**
 * A given name's initial opening a line or a sentence (`… spoke. V. Jordan, a former …`; not one closing a sentence:
 * `finished first in pool B. Jordan and Iraq …`, `Abdullah I. Jordan`).
 */
const LONE_INITIAL = /(?:^|[.!?]["”’)]? |\n)\p{Lu}\. $/u;
/** A lower-case word and a comma end the text before: an apposition's comma (`… unit, Israel Figueiredo Santos`). */
const LOWER_COMMA = /\p{Ll}, $/u;
const LOWER_DASH = /\p{Ll} [–—] $/u;
/**
 * A comma and one to four words after a name, maybe after an article (`, general manager of …`, `, a lawyer with …`, `, UN
 * Women programme specialist`).
 */
const OFFICE_AFTER = /^, (?:(?:the|a|an) )?(\p{L}+)(?: (\p{L}+))?(?: (\p{L}+))?(?: (\p{L}+))?/u;
const CALENDAR: ReadonlySet<string> = new Set(CALENDAR_WORDS);
/** A company's words and trades, no surname (`Israel Chemicals`; not `Temple`, `Church`, `Castle`, which may be one). */
const COMPANY_WORDS: ReadonlySet<string> = new Set([...COMPANY_ENDS, 'chemicals', 'shipyards', 'bromine', 'phosphate', 'aerospace', 'airlines', 'railways', 'petroleum', 'steel', 'mall', 'plaza', 'hotel', 'hotels', 'centre', 'center', 'bank', 'telecom']);
/**
 * `soprano Georgia Rinaldi`, `its chief negotiator, Israel Ramírez Pineda`, `his colleague Chad Morrison`: an occupation's
 * or a title's word before a given name.
 */
// (`Georgia Hale, a citizen of the United States`: a person's citizenship in apposition too; not `national`, which bodies are.)
const OCCUPATIONS: ReadonlySet<string> = new Set([...OCCUPATION_WORDS, ...TITLE_WORDS, 'soprano', 'tenor', 'baritone', 'mezzo-soprano', 'negotiator', 'mediator', 'colleague', 'official', 'citizen']);
const LETTER = /[\p{L}\p{M}]/u;
const WHITE_SPACE = /\s/;
const LONG_WORD = /[A-Za-z][A-Za-z'’-]{3,}/g;
const HYPHEN = 0x2d;
const DOLLAR = 0x24;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const CONTEXT = 40;
/** `ethnic Koreans`, `ethnic Russian`: a people, not a state (not required by the guide). */
const ETHNIC_BEFORE = /(?<![A-Za-z])[Ee]thnic $/;
const ETHNIC_BEFORE_LENGTH = 8;
/** The other US states and Canada's provinces. */
const STATES = `(?:${[...OTHER_US_STATES, ...CANADIAN_PROVINCES].join('|')})`;
/**
 * `the state of Georgia`, `Governor of Georgia`, `Atlanta, Georgia`, `Savannah, Georgia`, `Texas and Georgia`, `Congresswoman Linda
 * Okafor of Georgia`, `Reps. Wade Colquitt of Georgia`, `(D-Georgia)`, `US Senator from Georgia`.
 */
const US_STATE_BEFORE = new RegExp(
  String.raw`(?:(?<![A-Za-z])(?:[Ss]tates?|[Gg]overnor) of|(?:Atlanta|Savannah|Augusta|Macon),|(?<![A-Za-z])${STATES},? and|` +
    String.raw`(?<![A-Za-z])(?:Congress(?:wo)?m[ae]n|Senators?|Sens?\.|Reps?\.|Representatives?)(?: \p{Lu}[\p{L}.'’-]*){1,4}(?: \([^)]{1,20}\))? of|` +
    String.raw`(?<![A-Za-z])(?:US|U\.S\.) (?:Congress(?:wo)?man|Senator|Representative) from) $|\([DRI]-$`,
  'u',
);
/**
 * `Georgia, USA`; `Georgia Governor`, `Georgia State Senator`, `Georgia Secretary of State`, `Georgia Department of …`, `Georgia Ports Authority`: the
 * offices of a US state;
 * `Georgia, Alabama, Tennessee and …`, `Georgia and New Mexico`: a list of other US states.
 */
const US_STATE_AFTER = new RegExp(
  String.raw`^(?:,? (?:USA|U\.S\.A?\.|US)|[ ](?:Governor|Gov\.|Lt\. Gov\.|Secretary of State|Attorney General|State (?:Senate|Senator|House|Legislature|Capitol)|House of Representatives|General Assembly|Tech|State University|Department of|Ports Authority)|[’'] ?s (?:Lieutenant )?Governor|` +
    String.raw`,(?: ${STATES},)+ ${STATES}|,(?: ${STATES},)* ${STATES},? and ${STATES}| and ${STATES})(?![A-Za-z])`,
);

/**
 * Finds countries by name, official form, alternate or adjective (guide §2
 * `country`), `normalized` to the alpha-2 code. The longest form at a word
 * start wins (`Republic of Kazakhstan`, not `Kazakhstan` in it); a form must
 * end at a word boundary, so `Oman` is not found in `Romania` but
 * `Kazakhstan’s` gives `Kazakhstan` and `Kazakh-Italian` gives both. Forms
 * match as written or in capitals (`KAZAKHSTAN`). Not reported: matches of a
 * non-country phrase (`Central Asia`, `Mexico City`), adjectives glued to a
 * relational prefix (`inter-Korean`, `pan-African`), language and currency uses
 * (`Kazakh language`, `US dollars`), and a given-name country inside a
 * personal name (`Jordan Peterson said`, `Michael Jordan`).
 */
export function createCountryFinder(extra?: readonly { name: string; code: string }[]): CountryFinder {
  const index = extra && extra.length > 0 ? buildIndex(extra) : (defaultIndex ??= buildIndex(undefined));
  return (body) => {
    const found = new Array<Mention>();
    const headlines = new TitleCaseLines(body);
    // `the Georgia Aquarium`, `Georgia’s ports`, `Georgia-based` in an article that says `the state of Georgia`: the state's
    // (`Georgia and Armenia` stays the country, and so does every `Georgia` where the article shows the country too).
    let usStateNamed = false;
    let usStateForms: Set<Mention> | undefined;
    let countryShown: boolean | undefined;
    for (let start = index.next(body, 0); start >= 0; ) {
      const form = index.form!;
      // `the Russian Republic of Bashkortostan`: a republic inside the state its adjective names.
      const end = start + (isInnerRepublic(body, start + form.text.length, form.text) ? form.text.length - REPUBLIC.length : form.text.length);
      // `the Nakhchivan Autonomous Republic of Azerbaijan`: the republic is the autonomous one; the state is the name after `of`.
      if (isAutonomousRepublic(body, start, form.text)) {
        start = index.next(body, start + REPUBLIC_OF.length);
        continue;
      }
      // `the Minister of State of Qatar`: the title's `of State`, then the state.
      if (isTitlesState(body, start, form.text)) {
        start = index.next(body, start + STATE_OF.length);
        continue;
      }
      if (form.usState && namesUsState(body, start, end)) {
        usStateNamed = true;
      } else if (form.code && isCountryUse(form, body, start, end, headlines) && !abbreviatesBody(body, start, end, found) &&
        // (`Kazakhstan-China` after a capitalised word joins two states: only a non-state after the hyphen makes a surname.)
        !(opensDoubleSurname(body, start, end, headlines) && index.next(body, end + 1) !== end + 1) &&
        // (`Anglo-Saxon`, `Anglo-Catholic`, `Anglo-centric`: `Anglo-` is no state before a people's, a faith's or a
        // language's word, nor before a lower-case one.)
        !(form.text === ANGLO && ANGLO_PEOPLES.test(body.slice(end, end + ANGLO_READ)))) {
        const from = start - demonymPrefixLength(body, start, form.code);
        const mention = countryMention(body.slice(from, end), from, end, northsCode(body, start, end, form.code));
        // (The article is read for the country's signs once, on its first such form.)
        if (form.usState && (opensName(body, end) || ownsOrBases(body, end)) && !(countryShown ??= namesCountryGeorgia(body))) (usStateForms ??= new Set()).add(mention);
        found.push(mention);
      }
      start = index.next(body, end);
    }
    return settleSharedDemonyms(body, usStateNamed && usStateForms ? found.filter((m) => !usStateForms.has(m)) : found);
  };
}

const ANGLO = 'Anglo';
const ANGLO_PEOPLES = /^-(?:Saxon|Catholic|Norman|Celt|Jewish|Protestant|Frisian|Indians|\p{Ll})/u;
const ANGLO_READ = 12;

/** The length of a prefix that makes the state's name at `start` its people's (`ni-Vanuatu`), or 0. */
function demonymPrefixLength(body: string, start: number, code: string): number {
  if (body.charCodeAt(start - 1) !== HYPHEN) return 0;
  const prefix = DEMONYM_PREFIXES[code]?.find((p) => body.startsWith(p, start - p.length));
  return prefix !== undefined && !isWordChar(body.charCodeAt(start - prefix.length - 1)) ? prefix.length : 0;
}

const REPUBLIC_OF = 'Republic of ';
const REPUBLIC = ' Republic';
/** ` of ` and one capitalised word after a republic's name (not a person's name: `the Kyrgyz Republic of Sadyr Japarov`). */
const OF_NAME_AFTER = /^ of \p{Lu}[\p{L}'’-]*(?![\p{L}'’-]| \p{Lu})/u;
/** Characters read after a republic's name for that word. */
const MAX_REPUBLIC_NAME = 40;

function isInnerRepublic(body: string, end: number, form: string): boolean {
  return form.endsWith(REPUBLIC) && form.indexOf(' ') === form.length - REPUBLIC.length && OF_NAME_AFTER.test(body.slice(end, end + MAX_REPUBLIC_NAME));
}
const AUTONOMOUS = 'Autonomous ';

function isAutonomousRepublic(body: string, start: number, form: string): boolean {
  return form.startsWith(REPUBLIC_OF) && body.startsWith(AUTONOMOUS, start - AUTONOMOUS.length);
}

const STATE_OF = 'State of ';
/** Titles written with `of State` (`Minister of State`, `Secretary of State`, `Head of State`; not `Prime Minister of State of Kuwait`). */
const OF_STATE_TITLE = /(?:^|[^\p{L}])(?<!Prime )(?:Minister|Ministers|Secretary|Secretaries|Head|Heads) of $/u;

function isTitlesState(body: string, start: number, form: string): boolean {
  return form.startsWith(STATE_OF) && OF_STATE_TITLE.test(body.slice(Math.max(0, start - MAX_STATE_TITLE), start));
}
const MAX_STATE_TITLE = 24;

/** The capitalised words before a bracket, and the small words their name may hold. */
const NAME_SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on']);
const BRACKETED_NAME_WORD = `(?:\\p{Lu}[\\p{L}’'-]*|${[...NAME_SMALL_WORDS].join('|')})`;
const WORDS_BEFORE_BRACKET = new RegExp(`(${BRACKETED_NAME_WORD}(?: ${BRACKETED_NAME_WORD})*) \\($`, 'u');
const OPEN_BRACKET = 0x28;
const CLOSE_BRACKET = 0x29;

/**
 * `the Permanent Representatives Committee (PRC)`: a state's acronym in brackets whose letters are the initials of the
 * capitalised words before it abbreviates those words; unless they name the state (`People's Republic of China (PRC)`).
 */
function abbreviatesBody(body: string, start: number, end: number, found: Mention[]): boolean {
  if (body.charCodeAt(start - 1) !== OPEN_BRACKET || body.charCodeAt(end) !== CLOSE_BRACKET) return false;
  const acronym = body.slice(start, end);
  const words = WORDS_BEFORE_BRACKET.exec(body.slice(Math.max(0, start - 2 - CONTEXT * 2), start))?.[1].split(' ').filter((w) => !NAME_SMALL_WORDS.has(w));
  if (!words || words.length < acronym.length || acronym !== acronym.toUpperCase()) return false;
  const initials = words.slice(words.length - acronym.length).map((w) => w[0]).join('');
  return initials === acronym && found[found.length - 1]?.end !== start - 2;
}

/** `the Workers' Party of Korea`, `the Korean Central News Agency`: the North's bodies, named with the peninsula's word. */
const NORTHS_BODY_BEFORE = /Workers['’] Party of $/;
const NORTHS_BODY_AFTER = /^ (?:Central News Agency|People['’]s Army|Workers['’] Party)/;
/** Characters read around the word for them. */
const NORTHS_BODY_READ = 24;

/** The code of a mention `code` gives the South: the North's where the word names one of its bodies. */
function northsCode(body: string, start: number, end: number, code: string): string {
  if (code !== 'KR') return code;
  const north = NORTHS_BODY_BEFORE.test(body.slice(Math.max(0, start - NORTHS_BODY_READ), start)) || NORTHS_BODY_AFTER.test(body.slice(end, end + NORTHS_BODY_READ));
  return north ? 'KP' : code;
}

/** `Congolese` in an article that names only the Republic of the Congo (or Brazzaville) is that state's. */
function settleSharedDemonyms(body: string, found: Mention[]): Mention[] {
  for (const { form, codes, capitals } of SHARED_DEMONYMS) {
    const shared = new Set(found.filter((m) => m.text.length === form.length && m.text.toLowerCase() === form));
    if (shared.size === 0) continue;
    const named = (k: 0 | 1) => body.includes(capitals[k]) || found.some((m) => m.normalized === codes[k] && !shared.has(m));
    if (named(1) && !named(0)) for (const m of shared) m.normalized = codes[1];
  }
  return found;
}

/**
 * Built by assignment, as `found` is built without a literal: once callers keep
 * a literal's objects (the analyzer's cache does), V8 allocates all later ones
 * in the old generation, one runtime call each, several times slower.
 */
function countryMention(text: string, start: number, end: number, code: string): Mention {
  const mention = new Object() as Mention;
  mention.type = 'country';
  mention.text = text;
  mention.start = start;
  mention.end = end;
  mention.normalized = code;
  return mention;
}

/**
 * The index of the gazetteer alone, built on first need and shared by every
 * finder without extra countries: building it (a trie and a regex over some
 * two thousand forms) costs about what finding the countries of a 400 KB
 * bulletin does, and an analyzer is made for each new set of options.
 */
let defaultIndex: FormIndex | undefined;

function buildIndex(extra: readonly { name: string; code: string }[] | undefined): FormIndex {
  const forms = new Map<string, Form>();
  const add = (form: Form) => {
    if (form.text.length > 1 && STARTS_WITH_LETTER.test(form.text) && !forms.has(form.text)) forms.set(form.text, form);
  };
  const countries = countryEntries(extra);
  const cityStates = new Set(cityStateNames());
  const exact: Form[] = [
    ...countries.map((e) => ({
      text: e.name, code: e.code, givenName: GIVEN_NAME_COUNTRIES.has(e.name), usState: US_STATE_COUNTRIES.has(e.name), combining: COMBINING_FORMS.has(e.name),
      cityState: cityStates.has(e.name),
      // A plural (`requests from Kazakhstanis, most of them tourists`) names a people, never a language.
      adjective: e.kind === 'adjective' && !e.name.endsWith('s'),
    })),
    ...NON_COUNTRY_PHRASES.map((text) => ({ text, givenName: false })),
  ];
  exact.forEach(add);
  // Capitals come second so that an exact form (`US`) is never shadowed by another's capitals.
  for (const form of exact) add({ ...form, text: form.text.toUpperCase(), givenName: false });
  // `Republic Of Korea`, `Bosnia And Herzegovina`: a title-case headline capitalises a form's small words.
  for (const form of exact) add({ ...form, text: inTitleCase(form.text) });
  return new FormIndex(forms.values());
}

/** A form with its lower-case words capitalised. */
function inTitleCase(text: string): string {
  return text.replace(/(?<= )\p{Ll}/gu, (letter) => letter.toUpperCase());
}

function isCountryUse(form: Form, body: string, start: number, end: number, headlines: TitleCaseLines): boolean {
  if (body.charCodeAt(start - 1) === HYPHEN && followsPrefix(body, start - 1)) return false;
  if (namesLanguageOrCurrency(body, end, form.code) || (form.adjective === true && namesLanguageAlone(body, start, end))) return false;
  if (body.startsWith('thnic ', start - 6) && ETHNIC_BEFORE.test(body.slice(Math.max(0, start - ETHNIC_BEFORE_LENGTH), start))) return false;
  if (form.adjective === true && isListedPeople(body, start, end)) return false;
  if (form.combining && body.charCodeAt(end) !== HYPHEN) return false;
  if (form.cityState && ((form.text === form.text.toUpperCase() && isDateline(body, start, end)) || CAPITAL_BEFORE.test(body.slice(Math.max(0, start - CAPITAL_BEFORE_LENGTH), start)))) return false;
  if (namesMemberEmirates(body, start, form.text)) return false;
  // `prioritising Western Kenya`, `Northern Nigeria`: a capitalised direction before a state's name makes a region of it
  // (in lower case it places something in the state, `floods in western Kenya`, and a title-case headline capitalises it:
  // `Summit on the Situation in Eastern DRC`).
  if (!form.adjective && followsDirection(body, start) && !headlines.has(start)) return false;
  // `Ms. India Marchetti-Wong`: any state's name is a given name between a form of address and a surname.
  if (!form.adjective && HONORIFIC.test(body.slice(Math.max(0, start - HONORIFIC_LENGTH), start)) && surnameEnd(body, end) !== undefined) return false;
  if (SURNAME_COUNTRIES.has(form.text) && !headlines.has(start) && (isMiddleName(body, start, end) || isClosingSurname(body, start, end))) return false;
  if (form.adjective === true && !headlines.has(start) && isAdjectiveSurname(body, start, end)) return false;
  return !(form.givenName && (isPersonalName(body, start, end, headlines) || isFirmPartner(body, start, end)));
}

const TITLE_SET: ReadonlySet<string> = new Set(TITLE_WORDS);

/** A capitalised word opening a run after a lower-case word, a comma, a title or a line's start (not after `the`). */
const GIVEN_NAME_BEFORE = /(?:^|[\n(]|(?:[,;]|(?<![\p{L}\p{M}])(?!the )\p{Ll}+|(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}.-]*)) )(\p{Lu}\p{Ll}[\p{L}\p{M}’'-]*) $/u;
/** What may follow a full name's surname: anything but a further capitalised word. */
const RUN_ENDS = /^(?! \p{Lu})/u;

/**
 * `Ricardo Cuba Salazar`, `Santiago Guinea Ortiz`: a state's name between a given name opening a run and a surname closing it
 * is a middle name (not `Philip Morris Kazakhstan LLP`, nor `the Bolashak Kazakhstan Scholarship`).
 */
function isMiddleName(body: string, start: number, end: number): boolean {
  // (The surname first: most states' names have none after them.)
  const close = surnameEnd(body, end);
  // (`ExxonMobil Kazakhstan Inc.`, `Nordkraft Sweden AB`: no company's legal form.)
  const surname = close === undefined ? '' : body.slice(end + 1, close);
  if (close === undefined || !SURNAME_SHAPE.test(surname) || isLegalFormWord(surname.toLowerCase())) return false;
  const titled = givenNameBefore(body, start);
  // A person's context: a title before (`Vice-Chair Sofia Portugal Mendes`), or an office in apposition or a verb of saying
  // after (not `Halyk Kazakhstan Expo was held`, `Tengri Kazakhstan Partners, a consulting company`).
  const after = body.slice(close, close + CONTEXT);
  return titled !== undefined && (titled ? RUN_ENDS.test(after) : opensOfficeAfter(after) || SAYS_AFTER.test(after));
}

/**
 * `headed by Brendan Ireland, founder of …`, `Mr. Ireland, who …`: a state's name closing a name after a given name, before
 * an office's apposition, or alone after a form of address, is a surname.
 */
function isClosingSurname(body: string, start: number, end: number): boolean {
  const after = body.slice(end, end + CONTEXT);
  if (!RUN_ENDS.test(after)) return false;
  if (HONORIFIC.test(body.slice(Math.max(0, start - HONORIFIC_LENGTH), start))) return true;
  // (Not before a verb of saying alone: `Shipping agent Maersk Kazakhstan said …`.)
  return givenNameBefore(body, start) !== undefined && opensOfficeAfter(after);
}

/**
 * `Andrei Moldovan said`, `Ion Moldovan, the mayor`: a nationality after a given name opening a run (or one after the state
 * closing an office: `Country Manager for Kazakhstan Andrei Moldovan`), before a person's apposition or a verb it is the
 * subject of, modifies no noun; it is a surname.
 */
function isAdjectiveSurname(body: string, start: number, end: number): boolean {
  // (A list's comma is none of these: `Traditionally Kazakh, Kyrgyz and Uzbek farmers`, `the Han Chinese, Uyghur and …`.)
  const after = body.slice(end, end + CONTEXT);
  // (`Sorin Moldovan (Romania) presented …`: or the state one is from in brackets.)
  const origin = ORIGIN_BRACKET_AFTER.exec(after)?.[1];
  const personal = PERSONS_APPOSITION_AFTER.test(after) || opensTitleAfterComma(after) || opensOfficeAfter(after) || SUBJECTS_VERB_AFTER.test(after);
  const auxiliary = AUXILIARY_AFTER.test(after);
  if (!personal && !auxiliary && !(origin !== undefined && opensStatesName(origin))) return false;
  // (`A. Moldovan informed …`: or after an initial.)
  if (INITIAL_BEFORE.test(body.slice(Math.max(0, start - INITIAL_BEFORE_LENGTH), start))) return true;
  const lead = body.slice(Math.max(0, start - CONTEXT), start);
  // (`Vitalie Moldovan, a businessman, said`: or after a given name opening a sentence, but not before a copula or an
  // auxiliary there: `Mandarin Chinese is …`, `Cyrillic Kazakh was …`.)
  const opening = GIVEN_NAME_OPENING_SENTENCE.exec(lead)?.[1];
  if (opening !== undefined) return (personal || !auxiliary) && mayOpenWithGivenName(opening);
  const given = GIVEN_NAME_BEFORE.exec(lead);
  if (given === null || isNationality(given[2].toLowerCase()) || opensStatesName(given[2])) return false;
  // (Not `The`, which opens `The Gambia` too: `The Tengiz Kazakh …`.)
  const afterState = given[1] !== undefined && given[1] !== 'The' && opensStatesName(given[1]) && !isCommonEnglishWord(given[2].toLowerCase());
  return afterState || givenNameBefore(body, start) !== undefined;
}

/** A sentence's first word may be a given name: no opener, determiner, adverb, common word, nationality or state. */
function mayOpenWithGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return !SENTENCE_OPENERS.has(word) && !DETERMINERS.has(lower) && !lower.endsWith('ly') && !isCommonEnglishWord(lower) && !isNationality(lower) &&
    !opensStatesName(word) && !CALENDAR.has(lower);
}

/** Words opening a sentence before a nationality that it qualifies (`These Moldovan wines`, `Yesterday Moldovan …`). */
const DETERMINERS: ReadonlySet<string> = new Set(['these', 'those', 'this', 'that', 'some', 'many', 'all', 'both', 'other', 'such', 'several', 'yesterday', 'today', 'tomorrow']);
const GIVEN_NAME_OPENING_SENTENCE = /(?:^|[.!?] |\n)(\p{Lu}\p{Ll}+) $/u;

/** A capitalised word in brackets after a surname, which is captured (`Moldovan (Romania)`). */
const ORIGIN_BRACKET_AFTER = /^ \((\p{Lu}[\p{L}\p{M}'’-]*)\)/u;
/** A person's apposition after the surname (`…, a businessman`, `…, the mayor`, `…, who …`); a title's does too. */
const PERSONS_APPOSITION_AFTER = /^, (?:an?|the|who|whose) /;
/** A copula or an auxiliary after the surname (`… Moldovan was appointed`, `… Moldovan will visit`). */
const AUXILIARY_AFTER = /^ (?:was|is|has|had|will)(?![\p{L}])/u;
/** Initials right before a word (`A. Moldovan`, `A.V. Moldovan`; not a state's dotted letters: `the U.S. Spanish`). */
const INITIAL_BEFORE = /(?:^|[^\p{L}.])(?!U\.S\.|U\.K\.)(?:\p{Lu}\.){1,3} $/u;
const INITIAL_BEFORE_LENGTH = 8;

/**
 * Whether a given name opens a run right before `start`, after a lower-case word, a comma, a line's start (not after `the`)
 * or a title (then true); undefined when none does.
 */
function givenNameBefore(body: string, start: number): boolean | undefined {
  const given = GIVEN_NAME_BEFORE.exec(body.slice(Math.max(0, start - CONTEXT), start));
  if (given === null || (given[1] !== undefined && !TITLE_SET.has(given[1].toLowerCase()))) return undefined;
  const word = given[2];
  const lower = word.toLowerCase();
  if (SENTENCE_OPENERS.has(word) || INSTITUTION_WORDS.has(word) || TITLE_SET.has(lower) || isCommonEnglishWord(lower) || CALENDAR.has(lower)) return undefined;
  return given[1] !== undefined;
}

/** A comma and an office's or an occupation's word, with no article or `a`, opening an apposition (`, correspondent of …`, `, a professor at …`). */
const BARE_OFFICE_AFTER = /^, (?:an? )?(\p{Ll}+)(?: (\p{Ll}+))?/u;

/** A comma and a title's capitalised word, maybe after an article (`, Chief Executive Officer of …`). */
const TITLE_AFTER_COMMA = /^, (?:the )?(\p{Lu}[\p{Ll}-]+)/u;

function opensTitleAfterComma(after: string): boolean {
  const title = TITLE_AFTER_COMMA.exec(after)?.[1];
  return title !== undefined && TITLE_SET.has(title.toLowerCase());
}

function opensOfficeAfter(after: string): boolean {
  const office = BARE_OFFICE_AFTER.exec(after);
  // (Not `partner`, which a firm is as often: `Coca-Cola Kazakhstan Bottlers, a partner of …`.)
  return office !== null && office.slice(1).some((word) => word !== undefined && OCCUPATIONS.has(word) && word !== 'partner');
}

/** Verbs of saying, and one right after a name. */
const SAYING_VERBS = 'said|says|noted|added|stressed|emphasi[sz]ed|told|thanked';
const SAYS_AFTER = new RegExp(`^ (?:${SAYING_VERBS})(?![\\p{L}])`, 'u');
/** A verb of which a person is the subject, after the surname (`… Moldovan held talks`, `… Moldovan informed …`). */
const SUBJECTS_VERB_AFTER = new RegExp(`^ (?:${SAYING_VERBS}|held|met|signed|informed|presented|visited|welcomed|discussed|expressed|invited|highlighted|briefed|received|attended|congratulated|chaired|opened)(?![\\p{L}])`, 'u');

/** A capital, then lower-case letters (not `AB`, `S.A.B.`). */
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}/u;

/** Legal forms of partnerships and companies that close a firm named after its partners. */
const FIRM_FORM = String.raw`(?:LLP|LLC|PLLC|PLC|Ltd\.?|Limited|Inc\.?|GmbH|& Co\.?)(?![\p{L}])`;
/** Another partner's name: a capitalised word that is no firm's own word (not `Georgia & Partners LLC`). */
const PARTNER = String.raw`(?!(?:Partners|Associates|Company|Sons|Brothers)(?![\p{L}]))\p{Lu}[\p{L}\p{M}'’-]*`;
/** The rest of a partners' firm after a form: other partners after `&`, then the legal form. */
const FIRM_AFTER = new RegExp(String.raw`^(?: & ${PARTNER})*,? ${FIRM_FORM}`, 'u');
const FIRM_AFTER_PARTNER = new RegExp(String.raw`^ & ${PARTNER}(?: & ${PARTNER})*,? ${FIRM_FORM}`, 'u');
const PARTNER_BEFORE = new RegExp(String.raw`${PARTNER} & $`, 'u');
const FIRM_CONTEXT = 48;

/**
 * `Morgan, Chad & Jordan LLP`, `Smith & Jordan LLC`: a state's name that is a given name too, joined by `&` to another
 * partner's name in a firm that a legal form closes, is a partner's surname.
 */
function isFirmPartner(body: string, start: number, end: number): boolean {
  const after = body.slice(end, end + FIRM_CONTEXT);
  if (FIRM_AFTER_PARTNER.test(after)) return true;
  return PARTNER_BEFORE.test(body.slice(Math.max(0, start - FIRM_CONTEXT), start)) && FIRM_AFTER.test(after);
}

/** Characters enough for `HONORIFIC` before a form, with the one its look-behind reads. */
const HONORIFIC_LENGTH = 8;

/**
 * `Uzbeks, Kyrgyz and Tajiks`, `Kazakhs and Kyrgyz.`: an adjective that is also its people's plural, listed as a noun
 * beside the plural of another of Central Asia's peoples, names the people as they do (not a mention, as decided for them).
 */
function isListedPeople(body: string, start: number, end: number): boolean {
  const after = body.slice(end, end + PEOPLES_CONTEXT);
  if (PEOPLES_AFTER.test(after)) return true;
  return LIST_CLOSE.test(after) && PEOPLES_BEFORE.test(body.slice(Math.max(0, start - PEOPLES_CONTEXT), start));
}

const PEOPLES = '(?:Kazakhs|Uzbeks|Tajiks|Turkmens|Karakalpaks|Uyghurs|Uighurs)';
const PEOPLES_AFTER = new RegExp(`^(?:,|,? and|,? or) ${PEOPLES}(?![\\p{L}])`, 'u');
const PEOPLES_BEFORE = new RegExp(`(?<![\\p{L}])${PEOPLES}(?:,|,? and|,? or) $`, 'u');
/** What may follow a people's name that ends a list: punctuation or the list's next item. */
const LIST_CLOSE = /^(?:[.,;:!?)]|\s*$|,? (?:and|or) )/;
const PEOPLES_CONTEXT = 16;

/** `Western `, `Eastern `, `Northern `, `Southern ` right before `start` (each ends in `n`: a test of two characters first). */
function followsDirection(body: string, start: number): boolean {
  return body.charCodeAt(start - 1) === 0x20 && body.charCodeAt(start - 2) === 0x6e && DIRECTION_BEFORE.test(body.slice(Math.max(0, start - DIRECTION_BEFORE_LENGTH), start));
}

const DIRECTION_BEFORE = /(?:^|[^\p{L}])(?:Western|Eastern|Northern|Southern) $/u;
const DIRECTION_BEFORE_LENGTH = 'Southern '.length + 1;

/** `Nicholas Pole-Evans`, `Mr Kenya-Jones`: a form opening a surname a hyphen joins to a capitalised word after a name word. */
function opensDoubleSurname(body: string, start: number, end: number, headlines: TitleCaseLines): boolean {
  if (body.charCodeAt(end) !== HYPHEN || !UPPER_START.test(body.charAt(end + 1)) || headlines.has(start)) return false;
  const before = body.slice(Math.max(0, start - CONTEXT), start);
  const previous = PREVIOUS_CAPITALISED.exec(before)?.[1];
  // (`International Kazakh-Turkish University`, `the Joint Kazakhstan-Uzbekistan Commission`: a common word before, or a
  // state's name or adjective after, is no name's.)
  if (!HONORIFIC.test(before) && (previous === undefined || SENTENCE_OPENERS.has(previous) || isCommonEnglishWord(previous.toLowerCase()))) return false;
  const word = SURNAME_PART.exec(body.slice(end + 1, end + 1 + SURNAME_PART_LENGTH))?.[0] ?? '';
  return word.length > 1 && !isCommonEnglishWord(word.toLowerCase()) && !STATE_OR_REGION_ENDING.test(word);
}

/**
 * `…, Chad Okafor-Reyes.`: a state's name (no nationality: `French Saint-Gobain said`) opening a sentence or an apposition
 * before a double-barrelled surname, two capitalised words a hyphen joins that no state's, region's or common word is,
 * closed by a clause's mark or a verb of saying (not `between Israel Hamas-Hezbollah were`, `via Iran Bandar-Abbas,`).
 */
function doubleSurnameAfter(body: string, before: string, start: number, end: number): boolean {
  if (isNationality(body.slice(start, end).toLowerCase()) || !(APPOSITION_COMMA_BEFORE.test(before) || SENTENCE_START.test(start < CONTEXT ? `\n${before}` : before))) return false;
  const parts = DOUBLE_SURNAME_AFTER.exec(body.slice(end, end + SURNAME_PART_LENGTH * 2));
  if (parts === null || !parts.slice(1).every((part) => !isCommonEnglishWord(part.toLowerCase()) && !STATE_OR_REGION_ENDING.test(part))) return false;
  const after = body.slice(end + parts[0].length, end + parts[0].length + CONTEXT);
  return CLAUSE_MARK_AFTER.test(after) || SAYS_AFTER.test(after);
}

const APPOSITION_COMMA_BEFORE = /, $/;
const CLAUSE_MARK_AFTER = /^(?:[,;:.]|[ \u00a0]\()/u;
const DOUBLE_SURNAME_AFTER = /^ (\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)(?![\p{L}-])/u;

/** Endings of states' and regions' names and adjectives (`Africa`, `European`, `Scottish`, `Chinese`, `Islamic`). */
const STATE_OR_REGION_ENDING = /(?:ish|ian|ean|ese|an|ic|i|a|e)$/;

const SURNAME_PART = /^\p{Lu}\p{Ll}+(?![\p{L}-])/u;
const UPPER_START = /\p{Lu}/u;
const SURNAME_PART_LENGTH = 24;

/** `the Emirates of Dubai, Sharjah and Ajman`: the federation's members, no state. */
function namesMemberEmirates(body: string, start: number, form: string): boolean {
  return form === 'Emirates' && MEMBER_EMIRATES.test(body.slice(start + form.length, start + form.length + MEMBER_EMIRATE_LENGTH));
}

const MEMBER_EMIRATES = /^ of (?:Abu Dhabi|Dubai|Sharjah|Ajman|Umm Al[ -]Quwain|Ras Al[ -]Khaimah|Fujairah)\b/i;
const MEMBER_EMIRATE_LENGTH = 22;

/** `outside the capital, Djibouti, …`, `in the capital Kuwait`: a city-state's name set after `capital` is the city's. */
// (`the Kuwaiti capital, Kuwait`, `Kuwait's capital, Kuwait`: one word naming the state may come between.)
const CAPITAL_BEFORE = /(?:(?<![A-Za-z])(?:the|its|their)|['’]s)(?: \p{Lu}\p{L}+)? capital,? $/u;
const CAPITAL_BEFORE_LENGTH = 40;

/** `KUWAIT – The Ambassador …`, `SINGAPORE, 3 March –`: a line opened by the place in capitals that a dash or comma closes. */
const DATELINE_CLOSE = /^(?:,| ?[–—-] )/;

function isDateline(body: string, start: number, end: number): boolean {
  return (start === 0 || body.charCodeAt(start - 1) === LINE_FEED) && DATELINE_CLOSE.test(body.slice(end, end + 3));
}

/** A capitalised word other than `And` follows the form ending at `end` (`Georgia Ports Authority`). */
function opensName(body: string, end: number): boolean {
  return body.charCodeAt(end) === 0x20 && isAsciiUpper(body.charCodeAt(end + 1)) && !body.startsWith('And ', end + 1);
}

/** `Georgia’s ports`, `Georgia-based companies`: the form ending at `end` owns or bases what follows. */
function ownsOrBases(body: string, end: number): boolean {
  return POSSESSIVE_OR_BASED.test(body.slice(end, end + BASED.length));
}

/**
 * The article shows the country too: its capital, a port or a Georgian surname (`Georgia’s Prime Minister Irakli
 * Kobakhidze`), so its `Georgia’s` may be the country's (not its adjective: `Georgians are known for hospitality` may be
 * said of the US state's people).
 */
function namesCountryGeorgia(body: string): boolean {
  return COUNTRY_GEORGIA_SIGNS.test(body);
}

const COUNTRY_GEORGIA_SIGNS = /\b(?:Tbilisi|Batumi|Poti)\b|\p{Lu}\p{Ll}+(?:shvili|dze)\b/u;
const BASED = '-based';
const POSSESSIVE_OR_BASED = /^(?:['’]s(?![A-Za-z])|-based)/;

function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}

/** `Atlanta, Georgia`, `the state of Georgia`, `Governor of Georgia`, `Georgia, USA`: the US state. */
function namesUsState(body: string, start: number, end: number): boolean {
  return US_STATE_BEFORE.test(body.slice(Math.max(0, start - CONTEXT), start)) || US_STATE_AFTER.test(body.slice(end, end + CONTEXT));
}

/** The Koreas' currency after their adjective (`Korean won`); after a state's name a verb (`Saudi Arabia won the right to host …`). */
const WON_STATES = new Set(['KR', 'KP']);

/** `US$`, or a language or currency noun after a space or a hyphen (`Kazakh language`, `US dollars`, `Korean won`). */
function namesLanguageOrCurrency(body: string, end: number, code: string | undefined): boolean {
  // `the Kazakh and Russian languages`, `the Moroccan and Italian locusts`: the noun may come after a second adjective,
  // in lower case (`the Kazakh and Uzbek Speakers` share no such noun).
  if (body.charCodeAt(end) === 0x20 || body.charCodeAt(end) === 0x2c) {
    AND_ADJECTIVE.lastIndex = end;
    if (AND_ADJECTIVE.test(body)) return nounAfter(body, AND_ADJECTIVE.lastIndex, code, false);
  }
  return nounAfter(body, end, code, true);
}

/** A language's or a currency's noun after `end` (`capitalised` for one in a title-case headline). */
function nounAfter(body: string, end: number, code: string | undefined, capitalised: boolean): boolean {
  const next = body.charCodeAt(end);
  if (next === DOLLAR) return true;
  // The noun is on the same line (`… of Viet Nam` closes a line before `Speaking after …`).
  if ((next !== HYPHEN && !isWhiteSpace(next)) || next === LINE_FEED || next === CARRIAGE_RETURN) return false;
  // `US Dollars` in a title-case headline: the noun may be capitalised.
  let nounEnd = capitalised && isAsciiUpper(body.charCodeAt(end + 1)) ? end + 2 : end + 1;
  while (isAsciiLower(body.charCodeAt(nounEnd))) nounEnd++;
  if (nounEnd <= end + 2 || startsWithLetter(body, nounEnd)) return false;
  const noun = body.slice(end + 1, nounEnd).toLowerCase();
  // (`Brazilian real estate`: no currency.)
  if (noun === 'real' && body.startsWith(' estate', nounEnd)) return false;
  return LANGUAGE_AND_CURRENCY_NOUNS.has(noun) && (noun !== 'won' || (code !== undefined && WON_STATES.has(code) && body[end - 1] === 'n')) && !sharedWithField(body, end + 1, nounEnd);
}

/**
 * `a Kazakh language and literature course`, `Center for Kazakh Language and Culture`: the adjective qualifies a field joined
 * to the language's noun by `and`, written in the noun's case, too, so it names the people's, not a language alone.
 */
function sharedWithField(body: string, nounStart: number, nounEnd: number): boolean {
  FIELD_AFTER_AND.lastIndex = nounEnd;
  const field = FIELD_AFTER_AND.exec(body)?.[1];
  return field !== undefined && CULTURAL_FIELDS.has(field.toLowerCase()) && isAsciiUpper(field.charCodeAt(0)) === isAsciiUpper(body.charCodeAt(nounStart));
}

/** Fields a people's adjective qualifies with its language (`Kazakh language and literature`). */
const CULTURAL_FIELDS: ReadonlySet<string> = new Set(['culture', 'cultures', 'literature', 'history', 'heritage', 'traditions', 'arts', 'art', 'folklore', 'music', 'customs', 'ethnography', 'studies', 'identity', 'civilization', 'civilisation']);

/** `and` and a word after a language's noun (sticky). */
const FIELD_AFTER_AND = /[ \t]+and[ \t]+([A-Za-z]+)(?![A-Za-z'’-])/y;

/** `and` or `or` and a capitalised word, before the noun both adjectives share (sticky). */
const AND_ADJECTIVE = /,?[ \t]+(?:and|or)[ \t]+\p{Lu}\p{L}*(?=[ -])/uy;

/** Longest stretch read before an adjective for a language named alone. */
const LANGUAGE_CONTEXT = 60;
/** A list's earlier languages, each closed by a comma, `and` or `or`, up to the adjective read. */
const EARLIER_LANGUAGES = String.raw`(?:\p{Lu}\p{L}*(?:,\s*|,?\s+(?:and|or)\s+))*$`;
/**
 * `spoke Russian`, `fluent in Kazakh, Russian and …`: a verb or preposition of speaking or writing, then maybe the list's
 * earlier languages (`translated into 12 languages, including English, German and …`: or after a list of languages' noun).
 */
const LANGUAGE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:in|into|from|spoke|speaks|speak|speaking|languages,?\s+(?:including|such\s+as|like))\s+` + EARLIER_LANGUAGES, 'u');
/**
 * The list's later languages, then no noun: a mark, the line's end, a preposition or an auxiliary (`in Kazakh in Akorda`,
 * `Russian and English.`, `in Kyrgyz and in Russian,`, `an edition in Spanish will be released`). The list is read whole (an
 * atomic group: `from Chinese, Kazakh and third-country travelers` has a noun after its last adjective, and the comma
 * after the first is no mark ending it). Sticky.
 */
const LANGUAGE_AFTER = /(?=((?:,[ \t]*\p{Lu}\p{L}*)*))\1(?:,?[ \t]+(?:and|or)[ \t]+(?:in[ \t]+)?\p{Lu}\p{L}*)?(?:[.,;:!?)]|[ \t]*(?:\r?\n|$)|[ \t]+(?:in|at|with|on|to|by|for|as|during|from|into|will|would|was|were|is|are|has|have|had)(?![\p{L}]))/uy;

/** `a speech in Kazakh`, `fluent in Russian and English`, `spoke Russian`: the adjective names a language, with no noun after it. */
function namesLanguageAlone(body: string, start: number, end: number): boolean {
  // Most adjectives stand before a capitalised name (`Kazakh Foreign Ministry`): no language is named there.
  if (body.charCodeAt(end) === 0x20 && isAsciiUpper(body.charCodeAt(end + 1))) return false;
  const before = body.slice(Math.max(0, start - LANGUAGE_CONTEXT), start);
  // `were translated into Kazakh back in the 1970s`: after a translation's `into`, whatever follows.
  if (TRANSLATED_INTO.test(before)) return true;
  LANGUAGE_AFTER.lastIndex = end;
  return LANGUAGE_AFTER.test(body) && LANGUAGE_BEFORE.test(before);
}

// `translations of the akyn’s works into Chinese, Turkish and Arabic`: maybe with what is translated between.
const TRANSLATED_INTO = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]ranslat(?:ed|ing|ions?)(?:\s+of\s+[^.;:!?]{1,30}?)?|dubbed|rendered)\s+into\s+` + EARLIER_LANGUAGES, 'u');

/** As the regex `\s` (`code` may be NaN past the string's end). */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITE_SPACE.test(String.fromCharCode(code));
}

function isAsciiLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Whether a letter or mark starts at `at`, a whole code point as a `u` regex reads it. */
function startsWithLetter(body: string, at: number): boolean {
  const code = body.codePointAt(at);
  if (code === undefined) return false;
  return code < 0x80 ? isLetter(code) : LETTER.test(String.fromCodePoint(code));
}

/** `inter-Korean`: the hyphen at `hyphen` closes a lowercase prefix. */
function followsPrefix(body: string, hyphen: number): boolean {
  let start = hyphen;
  while (start > 0 && isLetter(body.charCodeAt(start - 1))) start--;
  return HYPHEN_PREFIXES.has(body.slice(start, hyphen)) && !(start > 0 && isWordChar(body.charCodeAt(start - 1)));
}

/** `the works of Ivan Cankar and France Prešeren`: a full name and `and` before the form. */
const FULL_NAME_AND = /\p{Lu}[\p{Ll}\p{M}'’-]+ \p{Lu}[\p{Ll}\p{M}'’-]+ and $/u;

/** A preposition that takes a place, right before a form. */
const PLACE_PREPOSITION_BEFORE = /(?<![\p{L}])(?:of|to|in|from|for) $/u;
/** A word of a list: a capitalised word, an initial or a place in brackets. */
const LIST_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.|\([\p{L}\p{M} '’-]+\))`;
/**
 * A list of such words that an `of` and a state's name open, up to its comma or `and` (`… of Kazakhstan O. Bektenov and `,
 * `… of Egypt Badr Abdelatty (Cairo) and `); the state's first word is captured.
 */
const STATES_LIST_BEFORE = new RegExp(String.raw`(?<![\p{L}])of (?:the )?(\p{Lu}[\p{L}\p{M}'’-]*)(?: ${LIST_WORD})*(?:, ${LIST_WORD}(?: ${LIST_WORD})*)*(?:,| and) $`, 'u');
let stateWords: ReadonlySet<string> | undefined;

/** The text before ends in a list that an office's `of` and a state open. */
function inStatesList(before: string): boolean {
  const state = STATES_LIST_BEFORE.exec(before)?.[1];
  return state !== undefined && opensStatesName(state);
}

/** The word is the first of a state's name (`Kazakhstan`, `United`), not an adjective's. */
function opensStatesName(word: string): boolean {
  stateWords ??= new Set(countryEntries().filter((e) => e.kind !== 'adjective').map((e) => e.name.split(' ')[0]));
  return stateWords.has(word);
}

/** Letters of a state's name that open its nationality's (`Jord` in `Jordanian`, `Chin` in `Chinese`). */
const STATES_STEM = 4;
/** A nationality in apposition after a surname, which is captured (`Jordan Ellery, an American`). */
const NATIONALITY_APPOSITION_AFTER = /^, an? (\p{Lu}[\p{L}\p{M}'’-]*)/u;
/** `of` and a capitalised word after a surname, which is captured (`Israel Mendes of Brazil`). */
const OF_PLACE_AFTER = /^ of (?:the )?(\p{Lu}[\p{L}\p{M}'’-]*)/u;

/**
 * `Abenov beat Israel Mendes of Brazil`, `the +100 kg division Chad Lemaire of France took bronze`: a surname and the state
 * a person is from follow the form (not after a place's preposition: `the Ambassador of Jordan Ayman Safadi`).
 */
function surnameBeforeOrigin(body: string, before: string, start: number, end: number): boolean {
  const close = surnameEnd(body, end);
  if (close === undefined || PLACE_PREPOSITION_BEFORE.test(before) || inStatesList(before)) return false;
  // `the national team Jordan Ellery, an American who …`: or another state's nationality in apposition (not the state's
  // own, whose adjective its name opens: `Georgia Tbilisi, a Georgian club`).
  const nationality = NATIONALITY_APPOSITION_AFTER.exec(body.slice(close, close + CONTEXT))?.[1];
  if (nationality !== undefined && isNationality(nationality.toLowerCase())) return !nationality.startsWith(body.slice(start, start + STATES_STEM));
  const state = OF_PLACE_AFTER.exec(body.slice(close, close + CONTEXT))?.[1];
  // (Not the same state: `Iran Khodro of Iran` is a company.)
  return state !== undefined && opensStatesName(state) && state !== body.slice(start, end);
}

/**
 * An adjective's endings, on a word long enough to be no given name (`Famous`, `Renowned`, `Legendary`; not `Clive`,
 * `Dawn`, `Frank`, `Hilary`).
 */
const ADJECTIVE_ENDING = /^(?=[a-z-]{6,}$)[a-z-]+(?:ous|ful)$|^(?=[a-z-]{7,}$)[a-z-]+ary$/;
const PARTICIPLE_ENDING = /^(?=[a-z-]{6,}$)[a-z-]+(?:ing|ed)$/;
/** Opening adjectives of praise whose endings given names share (`Alfred`, `Irving`, `Sterling`). */
const OPENING_ADJECTIVES: ReadonlySet<string> = new Set([
  'renowned', 'distinguished', 'celebrated', 'acclaimed', 'talented', 'respected', 'esteemed', 'gifted', 'accomplished', 'experienced',
  'leading', 'outstanding', 'rising', 'aspiring', 'promising', 'emerging', 'prominent', 'eminent',
]);
/** A lower-case word after a surname that a verb or a clause opens (`Dawn French said`, `… French, who`). */
const CLAUSE_AFTER = /^ (?:[a-z]+ed|said|says|told|met|will|would|was|is|has|had|also|and|who)(?![\p{L}\p{M}])/u;
/** A lower-case word right after a position. */
const LOWER_AFTER = /^ \p{Ll}/u;

/**
 * `Renowned French film director X`: `previous`, an adjective by its ending, opens the sentence before a
 * given-name country that a lower-case noun follows; the country is then a nationality, not a surname.
 */
function isOpeningAdjective(body: string, before: string, previous: string, end: number): boolean {
  const lower = previous.toLowerCase();
  // (`Growing French interest`, `Seasoned French diplomat X`: or a common word in -ing or -ed, which no given name is.)
  const participle = PARTICIPLE_ENDING.test(lower) && isCommonEnglishWord(lower);
  if (!(ADJECTIVE_ENDING.test(lower) || OPENING_ADJECTIVES.has(lower) || participle)) return false;
  const opening = before.slice(0, before.length - previous.length - 1);
  const after = body.slice(end, end + CONTEXT);
  return SENTENCE_START.test(opening.length < CONTEXT ? `\n${opening}` : opening) && LOWER_AFTER.test(after) && !CLAUSE_AFTER.test(after);
}

/** A middle initial and a surname right after a form (`Jordan T. Sinclair`). */
const INITIAL_AND_SURNAME = /^ \p{Lu}\. \p{Lu}[\p{Ll}\p{M}'’-]+/u;

/** Given-name countries that are surnames only (`Dawn French`, `Ahmet Turk`), never a name's first word. */
const SURNAME_ONLY_COUNTRIES: ReadonlySet<string> = new Set(['French', 'Turk']);
/** Given-name countries that are middle names only (`Pham Thai Giang`), between two name words. */
const MIDDLE_NAME_COUNTRIES: ReadonlySet<string> = new Set(['Thai']);

/**
 * A given-name country read as part of a personal name: after a capitalised
 * word that does not open sentences (`Michael Jordan`), a given name and an initial (`Mark T. Jordan`), or an honorific
 * (`Mr. Jordan`), or opening a sentence, a line or a quote, or after an
 * occupation (`soprano Georgia Rinaldi`), before a capitalised word that is
 * not an institution word (`Jordan Peterson said`).
 * After a lowercase word (`of Jordan Musa Al-Maaytah`) or a comma it stays a
 * country, and so it does in a title-case headline (`Tokayev Visits Jordan`,
 * `Israel Supports the Initiative`), where capitals say nothing, unless an
 * honorific goes before.
 */
function isPersonalName(body: string, start: number, end: number, headlines: TitleCaseLines): boolean {
  const before = body.slice(Math.max(0, start - CONTEXT), start);
  if (OF_ALL_BEFORE.test(before)) return false;
  const previous = PREVIOUS_CAPITALISED.exec(before)?.[1];
  // (`the Royal Thai Police`: not after an institution's word, nor after a sentence's opening adjective: `Renowned French
  // film director X`.)
  const afterWord = previous !== undefined && !SENTENCE_OPENERS.has(previous) && !INSTITUTION_WORDS.has(previous) && !isOpeningAdjective(body, before, previous, end);
  // (`On Tuesday Thai Foreign Minister …`, `Krung Thai Bank`: a middle name has a surname after it.)
  if (MIDDLE_NAME_COUNTRIES.has(body.slice(start, end))) return afterWord && isSurnameLike(body, end) && !headlines.has(start);
  // `H.E. Mr. Jordan Mitrevski`: an honorific says so even in a line of capitalised words.
  if (HONORIFIC.test(before)) return true;
  // `… (Ma'aden) Jordan T. Sinclair`, `by Jordan B. Peterson`: so does a middle initial before a surname, but not after a
  // place's preposition (`King of Jordan A. Smith`) nor in a list of states an office's `of` opens (`the Prime Ministers of
  // Kazakhstan O. Bektenov and Georgia I. Kobakhidze`, `… of Egypt A. Hassan, Jordan B. Khalil`).
  if (INITIAL_AND_SURNAME.test(body.slice(end, end + CONTEXT)) && !PLACE_PREPOSITION_BEFORE.test(before) && !inStatesList(before)) return true;
  const afterNameWord = afterWord || NAME_AND_INITIAL.test(before) || LONE_INITIAL.test(before);
  const afterOccupation = previous === undefined && OCCUPATIONS.has(PREVIOUS_LOWER.exec(before)?.[1] ?? '');
  // `French TotalEnergies to expand …`: a form that is only ever a surname (`Dawn French`) opens no name.
  const opensName = !SURNAME_ONLY_COUNTRIES.has(body.slice(start, end)) &&
    (previous !== undefined || afterOccupation || SENTENCE_START.test(start < CONTEXT ? `\n${before}` : before) || (FULL_NAME_AND.test(before) && !titleWordAfter(body, end))) &&
    isSurnameLike(body, end);
  // `the head of Embrapa's genetic resources unit, Israel Figueiredo Santos`: after an apposition's comma, two name
  // words make a full name.
  const opensFullName = previous === undefined && LOWER_COMMA.test(before) && twoNameWordsAfter(body, end);
  // `the Order of Dostyk, II degree – Chad Morrison, Chief Executive Officer …`: after a list's dash, a surname a semicolon
  // closes, or a comma before an office (not `the region – Iran Khodro, Saipa …`).
  const close = previous === undefined && LOWER_DASH.test(before) ? surnameEnd(body, end) : undefined;
  const listed = close !== undefined && (body[close] === ';' || opensTitleAfterComma(body.slice(close, close + CONTEXT)));
  // (`the President of Georgia Kavelashvili, whose term …`: after a place's preposition the state is where the office is.)
  const placeBefore = PLACE_PREPOSITION_BEFORE.test(before);
  // (`Mexican Senator Israel Hernández: "…"`: a title right before says so in a title-case headline too, where the surname
  // closes the headline's phrase; not `Kazakh Minister Chad Delegation Talks Held`.)
  const titled = previous !== undefined && OCCUPATIONS.has(previous.toLowerCase()) && closesHeadlinesPhrase(body, surnameEnd(body, end));
  return (afterNameWord || opensName || opensFullName || listed || doubleSurnameAfter(body, before, start, end) || surnameBeforeOffice(body, end, !placeBefore) || (!placeBefore && surnameBeforePersonsClause(body, end)) || closedSurnameAfter(body, before, end) || surnameBeforeOrigin(body, before, start, end) ||
    namesOfficeHolder(body, start, end)) && (!headlines.has(start) || titled);
}

/**
 * The place or body an office is in, for, of or at, closed by a comma (`… Consul in São Paulo, `, `… of the US-ASEAN
 * Business Council, `, `… for Central Asia at Accor, `, with dotted legal forms: `… of Karachaganak Petroleum Operating B.V., `,
 * `… of Chevron U.S.A. Inc., `),
 * before the form.
 */
const PLACE_OF_OFFICE_BEFORE = /(?<![\p{L}\p{M}'’-])(?:in|of|for|at) (?:the )?\p{Lu}[\p{L}\p{M}'’–-]*(?:(?: and)? \p{Lu}[\p{L}\p{M}'’–-]*){0,3}(?: \p{Lu}\p{L}{0,3}\.(?:\p{L}{1,3}\.)*){0,2}, $/u;
/** Most words of the office read before its place (`Senior Vice President for Development in Türkiye, the Caucasus and Central Asia`). */
const MAX_OFFICE_WORDS = 10;
const OFFICE_CONTEXT = 120;

/**
 * `the Honorary Consul in São Paulo, Georgia Mendes, …`: after an office's place and its comma, a given-name country
 * with a surname closed by a comma, a semicolon or a verb names the holder (not `Tbilisi, Georgia, on Monday`).
 */
function namesOfficeHolder(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - OFFICE_CONTEXT), start);
  // (Asked only after a comma, then read back from the place: a pattern of its own for the office's words backtracks.)
  const place = before.endsWith(', ') ? PLACE_OF_OFFICE_BEFORE.exec(before) : null;
  if (place === null) return false;
  const words = before.slice(0, place.index).trimEnd().split(' ').slice(-MAX_OFFICE_WORDS);
  // (The office's words follow the clause's verb: `The Ambassador visited the plant of the carmaker in Tehran, Iran
  // Khodro has …` names no office before the place.)
  let verb = words.length - 1;
  while (verb >= 0 && !isClauseVerb(words, verb)) verb--;
  const office = words.slice(verb + 1);
  if (!office.some((word) => OCCUPATIONS.has(word.toLowerCase()))) return false;
  const close = surnameEnd(body, end);
  return close !== undefined && (body[close] === ',' || body[close] === ';' || body[close] === '.' || VERB_AFTER.test(body.slice(close, close + 8)));
}

/**
 * Word `k` is a finite verb in lower case (a past form, a copula, `has`), not a participle qualifying a noun (`the newly
 * opened Centre`, `the recently established Council`).
 */
function isClauseVerb(words: readonly string[], k: number): boolean {
  if (!CLAUSE_VERB.test(words[k])) return false;
  const [before, after] = [words[k - 1] ?? '', words[k + 1] ?? ''];
  return !(before.endsWith('ly') || ARTICLES.has(before) || STARTS_UPPER.test(after));
}

const CLAUSE_VERB = /^(?:[a-z]+ed|is|was|are|were|has|have|had)$/;
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * Words after which a person is named (`chaired by Jordan K.,`, `said Jordan Whitfield,`, `confirmed that Jordan Vukovic was`,
 * `the company’s CEO, Chad Whitmore,`).
 */
const AGENT_BEFORE = /(?<![\p{L}])(?:by|said|says|added|noted|told|that|C[EFOT]O,) $/u;
/** A body's bracketed acronym and an apposition's comma (`… Council (NEPC), `): a name closed by a comma follows. */
const ACRONYM_COMMA_BEFORE = /\(\p{Lu}[\p{Lu}&-]+\), $/u;
/** A verb after a surname, closing it as a comma does. */
const VERB_AFTER = /^ (?:was|is|has|had|will|would|said|says)(?![\p{L}])/u;
/** The text before ends in a list's comma, bracket or `and`. */
const LIST_MARK_BEFORE = /(?:[,;(]| and) $/;

/**
 * `chaired by Jordan Kvaratskhelia,`, `X (Korea), Jordan Whitfield (Canada)`: a surname closed by a comma, a bracket or a
 * verb after the words of an agent, or by a bracket after a list's mark (`Egypt, Jordan, Iraq` has no surname; `of
 * Jordan Ayman Safadi,` stays the state).
 */
function closedSurnameAfter(body: string, before: string, end: number): boolean {
  const close = surnameEnd(body, end);
  if (close === undefined) return false;
  const bracket = body[close] === ' ' && body[close + 1] === '(';
  const closed = bracket || body[close] === ',' || VERB_AFTER.test(body.slice(close, close + 8));
  // (`… Council (NEPC), Chad Okafor,`: after a body's acronym only a comma closes it, not a verb: `(IATA), Jordan Aviation has`.)
  return (AGENT_BEFORE.test(before) && closed) || (ACRONYM_COMMA_BEFORE.test(before) && body[close] === ',') || (bracket && LIST_MARK_BEFORE.test(before) && !inStatesList(before));
}

/**
 * Where the capitalised word after `end` ends, when it may be a surname: not an institution's word, a common word or a
 * day's or month's name (`arrived in Jordan Sunday, the spokesman said`).
 */
function surnameEnd(body: string, end: number): number | undefined {
  NEXT_WORD.lastIndex = end;
  const surname = NEXT_WORD.exec(body)?.[1];
  if (surname === undefined || INSTITUTION_WORDS.has(surname)) return undefined;
  const lower = surname.toLowerCase();
  // (Nor a company's word: `Israel Chemicals`, `Israel Shipyards`, `Jordan Bromine`.)
  return CALENDAR.has(lower) || isCommonEnglishWord(lower) || COMPANY_WORDS.has(lower) ? undefined : NEXT_WORD.lastIndex;
}

/**
 * `attended by Jordan Mercier, general manager of …`: a surname and an office in apposition follow; where `particles`,
 * maybe a surname with particles (`Jordan de la Cruz, …`) or a second surname.
 */
function surnameBeforeOffice(body: string, end: number, particles: boolean): boolean {
  const first = surnameEnd(body, end);
  const close = particles ? particleSurnameEnd(body, first ?? end) : first ?? end;
  if (close === end) return false;
  // (`Israel Morales Peña, Chief Economist …`: maybe a second surname, as Spanish names have, where particles may be.)
  const second = particles && close === first ? surnameEnd(body, close) : undefined;
  return officeAfter(body, close) || (second !== undefined && officeAfter(body, second));
}

/** The text at `at` closes a headline's phrase: a colon, a comma, a quote or the line's end. */
function closesHeadlinesPhrase(body: string, at: number | undefined): boolean {
  return at !== undefined && (at === body.length || HEADLINE_PHRASE_CLOSERS.has(body[at]));
}

const HEADLINE_PHRASE_CLOSERS: ReadonlySet<string> = new Set([':', ',', '\n', '\r', '"', '“', '”']);

/** An office in apposition after `at`: `, managing partner of …`, `, Senior Bureau Official …` (the title second or third). */
function officeAfter(body: string, at: number): boolean {
  const office = OFFICE_AFTER.exec(body.slice(at, at + CONTEXT));
  return office !== null && office.slice(1).some((word) => word !== undefined && OCCUPATIONS.has(word.toLowerCase()));
}

/** Lower-case particles inside a surname (`de`, `van der`, `bin`), never a conjunction's single letter. */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES.filter((p) => p.length > 1));
const PARTICLE_WORD = / (\p{Ll}+)(?= )/uy;
/** Most particles read inside a surname (`van der`). */
const MAX_PARTICLES = 2;

/** `Jordan Baptiste de Souza`: where the surname ends past particles and the capitalised word after them, from `close`. */
function particleSurnameEnd(body: string, close: number): number {
  let at = close;
  for (let n = 0; n < MAX_PARTICLES; n++) {
    PARTICLE_WORD.lastIndex = at;
    const particle = PARTICLE_WORD.exec(body)?.[1];
    if (particle === undefined || !SURNAME_PARTICLES.has(particle)) break;
    at = PARTICLE_WORD.lastIndex;
    NEXT_WORD.lastIndex = at;
    if (NEXT_WORD.exec(body) !== null) return NEXT_WORD.lastIndex;
  }
  return close;
}

/**
 * A relative clause that only a person opens: `who`, `whom`, or `whose` before a person's term, kin or career (not a
 * firm's `whose shares`).
 */
const PERSONS_CLAUSE = /^, (?:who|whom|whose (?:term|tenure|mandate|appointment|career|predecessor|successor|wife|husband|son|daughter|father|mother|family))(?![\p{L}])/u;
const PERSONS_CLAUSE_READ = 24;

/** `to replace Jordan Peretz, whose term expires …`: a surname and a person's relative clause follow. */
function surnameBeforePersonsClause(body: string, end: number): boolean {
  const close = surnameEnd(body, end);
  return close !== undefined && PERSONS_CLAUSE.test(body.slice(close, close + PERSONS_CLAUSE_READ));
}

/** Two capitalised words that are no institution's follow `at`. */
function twoNameWordsAfter(body: string, at: number): boolean {
  // A match leaves NEXT_WORD's `lastIndex` at the end of the word it read.
  return isSurnameLike(body, at) && isSurnameLike(body, NEXT_WORD.lastIndex);
}

function isSurnameLike(body: string, at: number): boolean {
  NEXT_WORD.lastIndex = at;
  const next = NEXT_WORD.exec(body)?.[1];
  return next !== undefined && !INSTITUTION_WORDS.has(next);
}

/**
 * Whether the line around a position is in title case, judged once per line:
 * a line may hold thousands of given-name countries, and reading it whole for
 * each would be quadratic. Positions are asked in increasing order, so the
 * last line judged is the only one worth keeping.
 */
class TitleCaseLines {
  private start = 0;
  private end = -1;
  private titleCase = false;

  constructor(private readonly body: string) {}

  has(at: number): boolean {
    if (at < this.start || at > this.end) {
      const end = this.body.indexOf('\n', at);
      this.start = this.body.lastIndexOf('\n', at) + 1;
      this.end = end === -1 ? this.body.length : end;
      this.titleCase = isTitleCase(this.body.slice(this.start, this.end));
    }
    return this.titleCase;
  }
}

/**
 * Nearly all words of four letters or more but a headline's small words are capitalised, as in
 * headlines (a sentence full of names and offices still has its `delegation`, `visited`), and
 * no full stop ends the line.
 */
function isTitleCase(line: string): boolean {
  // Headlines end without a full stop: `He met Senator Chad Whitfield.` is a sentence.
  if (line.trimEnd().endsWith('.')) return false;
  const words = (line.match(LONG_WORD) ?? []).filter((w) => !SMALL_WORDS.has(w));
  return words.length >= 3 && words.filter((w) => w[0] !== w[0].toLowerCase()).length >= words.length * 0.85;
}

const SMALL_WORDS = new Set(HEADLINE_SMALL_WORDS);
