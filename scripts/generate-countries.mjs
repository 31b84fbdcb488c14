// Writes src/core/data/generated/countries.json from the `world-countries` dev
// dependency (1.4 MB, too big to bundle): one compact record per sovereign
// state with its English names, demonyms and capitals. Hand-kept additions and removals
// live in src/core/data/country-*.ts; this script only selects and filters.
//
// Which states: the 193 UN members plus the two UN observer states, the Holy See
// (VA) and Palestine (PS), which are states in diplomatic usage. Kosovo (XK, not
// an ISO 3166-1 code) and Taiwan (TW) are left out: neither is a UN member or
// observer; a user can add them through the `extraCountries` option.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeGenerated } from './lib/write-generated.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/core/data/generated/countries.json');
const source = createRequire(import.meta.url).resolve('world-countries/countries.json');
const OBSERVER_STATES = new Set(['VA', 'PS']);

// Words an English name of a state may hold besides the state's own name words.
const FORM_WORDS = new Set(
  ('of the and republic kingdom state states federal federation federative democratic people\'s ' +
    'islamic arab union united socialist commonwealth principality grand duchy sultanate ' +
    'independent sovereign plurinational bolivarian oriental co-operative hashemite most serene ' +
    'islands east north south west').split(' '),
);

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
const words = (s) => s.toLowerCase().split(/[\s-]+/).filter(Boolean);

/**
 * An alternate spelling is kept when it reads as English: Latin letters, no
 * inverted "Korea, Republic of" or parenthesised forms, not the bare alpha-2
 * code, capitalised, and every word either a form word or a word of the
 * state's own English names, exactly or as its plain-ASCII spelling (so
 * `Republic of Kazakhstan` and `Turkiye` stay; `Qazaqstan`, `Respublika
 * Kazakhstan`, `Belgique` and `România` go).
 */
function isEnglishAlternate(alt, country, known) {
  if (alt === country.cca2 || /[,()]/.test(alt) || /[^\p{Script=Latin}\s'’.-]/u.test(alt)) return false;
  if (!/^\p{Lu}/u.test(alt)) return false;
  if (/^[A-Z]{3,5}$/.test(alt)) return true; // acronyms: UAE, DRC, DPRK, USA
  const isKnown = (w) => known.exact.has(w) || (/^[\x20-\x7e]+$/.test(w) && known.folded.has(w));
  return words(alt).every((w) => FORM_WORDS.has(w) || isKnown(w));
}

function demonyms(country) {
  const eng = country.demonyms?.eng;
  if (!eng) return [];
  return [eng.m, eng.f].flatMap((d) => d.split(/,\s*|\s+or\s+/)).filter(Boolean);
}

function record(country) {
  const name = country.name.common;
  const official = country.name.official;
  const adjectives = demonyms(country);
  const own = [name, official, ...adjectives].flatMap(words);
  const known = { exact: new Set(own), folded: new Set(own.map(fold)) };
  // A leading article is not part of a span (`The Netherlands` is found as `Netherlands`).
  const alternates = country.altSpellings
    .filter((alt) => isEnglishAlternate(alt, country, known))
    .map((alt) => alt.replace(/^The /, ''));
  // News drops the article of `Republic of the Congo`, `Republic of the Gambia`.
  if (official.includes(' of the ')) alternates.push(official.replace(' of the ', ' of '));
  // `Italian Republic`, `Gabonese Republic` are also written `Republic of Italy`, `Republic of Gabon`.
  if (/^\p{L}+ Republic$/u.test(official) && !name.includes('Republic')) alternates.push(`Republic of ${name}`);
  const unique = (list, taken) => [...new Set(list)].filter((s) => !taken.includes(s));
  return {
    code: country.cca2,
    name,
    official: official === name ? [] : [official],
    alternates: unique(alternates, [name, official, ...adjectives]),
    adjectives: unique(adjectives, [name]),
    // Not country names: the official finder reads them as places, never as a person's name.
    capitals: country.capital ?? [],
  };
}

const countries = JSON.parse(readFileSync(source, 'utf8'));
const states = countries
  .filter((c) => c.unMember || OBSERVER_STATES.has(c.cca2))
  .map(record)
  .sort((a, b) => a.code.localeCompare(b.code));
writeGenerated(out, `${JSON.stringify(states)}\n`);
