/**
 * The country gazetteer: every sovereign state's names, official forms,
 * alternates and adjectives with its ISO 3166-1 alpha-2 code. The country
 * finder and the editor's grammar generator both read `countryEntries`.
 *
 * Sources, merged in this order (a later source wins a name it shares with an
 * earlier one): the build-time extract of `world-countries`
 * (scripts/generate-countries.mjs), the hand-kept additions, the caller's extras.
 */
import generated from './generated/countries.json';
import { COUNTRY_ADDITIONS } from './country-additions';
import { NON_COUNTRY_PHRASES, REMOVED_NAMES } from './country-exclusions';

export type CountryEntryKind = 'name' | 'official' | 'alternate' | 'adjective';

export interface CountryEntry {
  name: string;
  code: string;
  kind: CountryEntryKind;
}

/** One state as the generator writes it. */
interface GeneratedCountry {
  code: string;
  name: string;
  official: string[];
  alternates: string[];
  adjectives: string[];
  capitals: string[];
}

export { NON_COUNTRY_PHRASES };

/** Codes of every state in the gazetteer (UN members and observer states), sorted. */
export function countryCodes(): readonly string[] {
  return (generated as GeneratedCountry[]).map((c) => c.code);
}

/** Every state's capital cities, as `world-countries` spells them (`Astana`, `Abu Dhabi`). */
export function capitalCities(): string[] {
  return (generated as GeneratedCountry[]).flatMap((c) => c.capitals);
}

/** States named as their capital is (`Kuwait`, `Singapore`, `Panama`: `Kuwait City`, `Singapore`, `Panama City`). */
export function cityStateNames(): string[] {
  return (generated as GeneratedCountry[]).flatMap((c) => [c.name, ...c.alternates].filter((name) =>
    c.capitals.some((capital) => capital === name || capital === `${name} City` || capital === `City of ${name}`)));
}

/**
 * Plural nouns of the one-word country adjectives (`Kazakhs`, `Ivorians`,
 * `Omanis`), in lower case. Adjectives ending in a sibilant (`Swiss`,
 * `Polish`, `Chinese`) make no plural this way.
 */
export function demonymPlurals(): string[] {
  return countryEntries()
    .filter((e) => e.kind === 'adjective' && !/[\s-]/.test(e.name) && !/(?:s|sh|x|z)$/i.test(e.name))
    .map((e) => `${e.name.toLowerCase()}s`);
}

let names: ReadonlyMap<string, string> | undefined;

/** The common English name of a state, by its alpha-2 code. */
export function countryName(code: string): string | undefined {
  names ??= new Map((generated as GeneratedCountry[]).map((c) => [c.code, c.name]));
  return names.get(code);
}

let base: readonly CountryEntry[] | undefined;

/**
 * The merged gazetteer. Names are unique; each name with a straight
 * apostrophe also appears with a curly one (`People’s Republic of China`).
 * `extra` entries (from settings) come in as alternates and take precedence.
 */
export function countryEntries(extra: readonly { name: string; code: string }[] = []): readonly CountryEntry[] {
  if (!base) {
    const entries = [...generatedEntries(), ...additionEntries()];
    base = Object.freeze(mergeEntries([...withSpellings(entries), ...adjectiveRepublics(entries), ...shortRepublics(entries), ...citizenPlurals(entries)]));
  }
  if (extra.length === 0) return base;
  const extras = extra
    .map((e) => ({ name: e.name.trim(), code: e.code.trim().toUpperCase(), kind: 'alternate' as const }))
    .filter((e) => e.name !== '' && /^[A-Z]{2}$/.test(e.code));
  return mergeEntries([...base, ...extras]);
}

function generatedEntries(): CountryEntry[] {
  const removed = new Set(REMOVED_NAMES.map((r) => `${r.code}\u0000${r.name}`));
  return (generated as GeneratedCountry[]).flatMap((c) =>
    [
      entriesOf(c.code, 'name', [c.name]),
      entriesOf(c.code, 'official', c.official),
      entriesOf(c.code, 'alternate', c.alternates),
      entriesOf(c.code, 'adjective', c.adjectives),
    ]
      .flat()
      .filter((e) => !removed.has(`${e.code}\u0000${e.name}`)),
  );
}

/**
 * `120 Kazakhstanis were evacuated`, `Emiratis`, `Americans`, `Filipinos`, `North Koreans`,
 * `Icelanders`, `Danes`: the plural of a demonym ending in `-i`, `-an`, `-ino` or `-er`, or of a
 * demonym that is a noun only, names the state's people. Plurals of the
 * demonyms of Central Asia's peoples (`Kazakhs`, `Uzbeks`) name an ethnic group as often as
 * citizens, which the guide does not require, and are left out; so are the sibilant ones (`Swiss`).
 */
function citizenPlurals(entries: CountryEntry[]): CountryEntry[] {
  return entries
    .filter((e) => e.kind === 'adjective' && (CITIZEN_DEMONYM.test(e.name) || CITIZEN_NOUNS.has(e.name)))
    .map((e) => ({ ...e, name: `${e.name}s` }));
}

/** `Filipinos`, `Emiratis`, `New Zealanders`, `Icelanders`. */
const CITIZEN_DEMONYM = /^(?:\p{Lu}\p{Ll}+ )*\p{Lu}\p{Ll}+(?:i|an|ino|er)$/u;
/** Demonyms that are nouns only (`Danes`, `Britons`, `Swedes`, `Spaniards`, `Poles`). */
const CITIZEN_NOUNS = new Set(['Dane', 'Briton', 'Swede', 'Spaniard', 'Pole']);

function additionEntries(): CountryEntry[] {
  return Object.entries(COUNTRY_ADDITIONS).flatMap(([code, add]) => [
    ...entriesOf(code, 'alternate', add.alternates ?? []),
    ...entriesOf(code, 'adjective', add.adjectives ?? []),
  ]);
}

/** Words of an official form, not of a short name (`Republic of Czechia` is no short name). */
const FORM_WORD = /\b(?:Republic|Kingdom|State|States|Federation|Union|of)\b/;
const ACRONYM = /^[A-Z.&\s]+$/;
/** `Frenchman`, `Scotswomen`: demonyms that name a person, never the state in its official forms. */
const PERSON_NOUN = /(?:sh|ch|s)(?:wo)?m[ae]n$/;

/**
 * Official forms written with another spelling of the short name they end with
 * (`Socialist Republic of Viet Nam`, `Republic of Cote d'Ivoire`), every name
 * also without its accents (`Turkiye`, `Sao Tome and Principe`) and with an
 * ampersand for its `and`: news writes all of them. Earlier entries win a
 * shared name, so these come last.
 */
function withSpellings(entries: CountryEntry[]): CountryEntry[] {
  const shortNames = new Map<string, string[]>();
  for (const e of entries) {
    if ((e.kind === 'name' || e.kind === 'alternate') && !FORM_WORD.test(e.name) && !ACRONYM.test(e.name) && !PERSON_NOUN.test(e.name) && !e.name.includes('.')) {
      shortNames.set(e.code, [...(shortNames.get(e.code) ?? []), e.name]);
    }
  }
  const spelled: CountryEntry[] = [];
  for (const e of entries) {
    const shorts = shortNames.get(e.code) ?? [];
    const tail = e.kind === 'official' || e.kind === 'alternate' ? shorts.find((n) => e.name.endsWith(` of ${n}`)) : undefined;
    const forms = tail === undefined ? [e.name] : [e.name, ...shorts.map((n) => e.name.slice(0, -tail.length) + n)];
    for (const name of forms.flatMap(withAmpersand)) {
      const folded = name.normalize('NFD').replace(/\p{M}/gu, '');
      for (const form of folded === name ? [name] : [name, folded]) {
        if (form !== e.name && !hasRepeatedWord(form)) spelled.push({ ...e, name: form });
      }
    }
  }
  return [...entries, ...spelled];
}

/** `Trinidad & Tobago`, `Antigua & Barbuda`: a name with `and` is written with an ampersand too. */
function withAmpersand(name: string): string[] {
  return name.includes(' and ') ? [name, name.replaceAll(' and ', ' & ')] : [name];
}

/**
 * `Turkish Republic`, `Kyrgyz Republic`, `Hellenic Republic`: an official form
 * news builds from the adjective. Only names no entry has yet, so a real
 * entry (`Dominican Republic`) always keeps its own code.
 */
function adjectiveRepublics(entries: readonly CountryEntry[]): CountryEntry[] {
  const known = new Set(entries.map((e) => e.name));
  return entries
    .filter((e) => e.kind === 'adjective' && /^\p{Lu}[\p{L}’'-]*$/u.test(e.name))
    .map((e) => ({ name: `${e.name} Republic`, code: e.code, kind: 'official' as const }))
    .filter((e) => !known.has(e.name));
}

/**
 * `the Republic of Bangladesh`, `the Republic of Nigeria`: news shortens an official form
 * (`People's Republic of Bangladesh`, `Federal Republic of Nigeria`) to `Republic of` and the
 * state's name. Only names no entry or non-country phrase has yet: `Republic of Korea` stays
 * the South's, `Republic of China` no state's.
 */
function shortRepublics(entries: readonly CountryEntry[]): CountryEntry[] {
  const known = new Set([...entries.map((e) => e.name), ...NON_COUNTRY_PHRASES]);
  const nameOf = new Map(entries.filter((e) => e.kind === 'name').map((e) => [e.code, e.name]));
  return entries
    .filter((e) => e.kind === 'official' && e.name.endsWith(` Republic of ${nameOf.get(e.code)}`))
    .map((e) => ({ name: `Republic of ${nameOf.get(e.code)}`, code: e.code, kind: 'official' as const }))
    .filter((e) => !known.has(e.name));
}

/** `United States of United States`: a substitution that repeats the form's own words. */
function hasRepeatedWord(name: string): boolean {
  const words = name.toLowerCase().split(' ').filter((w) => w !== 'of' && w !== 'the' && w !== 'and');
  return new Set(words).size !== words.length;
}

function entriesOf(code: string, kind: CountryEntryKind, names: readonly string[]): CountryEntry[] {
  return names.map((name) => ({ name, code, kind }));
}

/**
 * One entry per name. A later entry for the same name replaces an earlier one
 * with another code (an override); for the same code, the first kind stays.
 */
function mergeEntries(entries: readonly CountryEntry[]): CountryEntry[] {
  const byName = new Map<string, CountryEntry>();
  for (const entry of entries) {
    for (const name of apostropheVariants(entry.name)) {
      const known = byName.get(name);
      if (!known || known.code !== entry.code) byName.set(name, { ...entry, name });
    }
  }
  return [...byName.values()];
}

function apostropheVariants(name: string): string[] {
  return name.includes("'") ? [name, name.replace(/'/g, '\u2019')] : [name];
}
