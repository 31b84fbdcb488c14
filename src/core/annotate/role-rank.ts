/**
 * Military and police ranks written after an office: the holder's rank, left out of the role (*decision* of the
 * thirty-seventh session): `Minister of Defence, Colonel General X` has the role `Minister of Defence`.
 */
import { beforeRetiredMark, DASHES, DEPUTY_WORD_SET, isLowerWords, isMilitaryRank, isNavalRankAt, lowerWordOf, roleBefore, wordEndingAt, type LineView, type RoleBefore } from './role-phrase';

/**
 * `Minister of Defence Colonel General X`, `Chief of the General Staff, Major General X`: a military rank after an office
 * (maybe after its comma) is the holder's rank, no part of the office (*decision* of the thirty-seventh session; not a
 * title word's own `General`: `Commissioner General`, `Secretary General`).
 */
export function withoutTrailingRank(v: LineView, held: RoleBefore): RoleBefore {
  const { first, last } = held.role;
  const rank = serviceRankEnd(v, first, beforeRetiredMark(v, last));
  // (`…, Captain 1st Rank X`: a naval rank's four tokens.)
  const naval = rank - 3 > first && isNavalRankAt(v.tokens, rank - 3);
  // (`US team captain`, `attorney general`: a rank is capitalised, but before its service, `colonel of civil protection`,
  // or after an office's comma, `…, lieutenant general X`; `army chief Gen X`, `Army chief Gen X`: so is a whole rank's
  // first word, and `chief` is inside one only after `Air`.)
  if (!naval && !isMilitaryRank(v, rank, rank)) return held;
  const k = naval ? rank - 3 : rankStart(v, first, rank);
  if (k === first || (!naval && !v.tokens[rank].upper && rank === last && !isRankSeparator(v, k - 1))) return held;
  // (`Fiscal General`, `Commissioner General`, `Director of the General …`: a title's or a noun's own `General`; `Deputy
  // Marshal` of the Sejm: a deputy's title.)
  const own = v.cls[k - 1] === 'connector' || DEPUTY_WORD_SET.has(v.tokens[k - 1].lower) || isTitlesGeneral(v, k);
  const end = isRankSeparator(v, k - 1) ? k - 2 : k - 1;
  // (`Mongolian Lieutenant Colonel X`, `Polish Sejm Marshal X`: no office before the rank, only who holds it; after a comma
  // any title or honour is, `Veteran of the Afghan war, Major General X`, and so is an acronym, `COAS Field Marshal X`.)
  const office = isRankSeparator(v, k - 1) || v.cls.slice(first, end + 1).includes('title') || (end === first && OFFICE_ACRONYMS.has(v.tokens[first].lower));
  return end < first || own || !office ? held : { ...held, role: { first, last: end } };
}

/**
 * `the prosecutor of the city of Zhanaozen adviser of justice X`, `the head of the emergency department of Saryagash district
 * major X`: a lower-case rank written right after an office's complement, as Russian does, is the holder's, left out of the
 * role as a capitalised one is; the office before it, where a rank ends at token `end`.
 */
export function officeBeforeLowerRank(v: LineView, end: number): RoleBefore | undefined {
  // (The longest rank with an office before it: `Chief of police colonel X`, `… Internal Affairs police major general X`;
  // but `police` after a police force's word is the force's, `Chief of the Almaty transport police colonel X`.)
  let found: RoleBefore | undefined;
  for (let k = end; k > 0 && end - k < MAX_RANK_WORDS + MAX_SERVICE_WORDS && isLowerWords(v.tokens[k]); k--) {
    // (`chief of the general staff general X`: a staff's or a chief's word is the office's, and so is what comes before it.)
    if (RANK_INNER_WORDS.has(lowerWordOf(v, v.tokens[k]))) break;
    if (!(isMilitaryRank(v, k, end) || isRankOfService(v, k, end) || isRankOfTheService(v, k, end))) continue;
    if (v.tokens[k].lower === 'police' && POLICE_BODY_WORDS.has(lowerWordOf(v, v.tokens[k - 1]))) continue;
    found = officeRightBefore(v, k, end) ?? found;
  }
  return found;
}

/**
 * The office that ends right before a rank at token `rank`, after its complement: not a title's own word, `director
 * general X`, `consul general X`, nor a rank after a rank, `Lieutenant colonel of the medical service X`.
 */
function officeRightBefore(v: LineView, rank: number, end: number): RoleBefore | undefined {
  const office = roleBefore(v, rank - 1);
  // (A bare title only before a rank of more than one word, `his deputy colonel of police X`, not its own `general`:
  // `director general of civil aviation X`.)
  return office && (office.viaComplement || (end > rank && v.tokens[rank].lower !== 'general')) && !office.viaComma && office.role.last === rank - 1 && !isMilitaryRank(v, office.role.first, office.role.last) ? office : undefined;
}

/** Tokens `first` to `last` are a lower-case rank, `of the` and a service (`lieutenant of the medical service`). */
function isRankOfTheService(v: LineView, first: number, last: number): boolean {
  if (wordEndingAt(v.text, v.tokens[last].start, v.tokens[last].end) !== 'service') return false;
  let r = first;
  while (r < last && isMilitaryRank(v, first, r + 1)) r++;
  if (!isMilitaryRank(v, first, r) || v.tokens[r + 1]?.lower !== 'of' || v.tokens[r + 2]?.lower !== 'the' || last - r - 2 > MAX_SERVICE_WORDS) return false;
  for (let k = r + 3; k <= last; k++) if (!isLowerWords(v.tokens[k]) || v.tokens[k].lower === 'of') return false;
  return r + 3 <= last;
}

/**
 * `…, police major general X`, `…, senior lieutenant X`: a lower-case rank's opening words before the rank's title the
 * role holds, which the title's own walk does not take.
 */
export function withLowerRankOpeners(v: LineView, held: RoleBefore): RoleBefore {
  const { last } = held.role;
  if (!isMilitaryRank(v, held.role.first, last)) return held;
  let first = held.role.first;
  const opens = (k: number) => {
    const t = v.tokens[k];
    const next = LOWER_RANK_OPENERS.get(lowerWordOf(v, t));
    return !t.upper && next !== undefined && (next.size === 0 || next.has(lowerWordOf(v, v.tokens[k + 1])));
  };
  while (first > 0 && last - first < MAX_RANK_WORDS - 1 && opens(first - 1)) first--;
  return first === held.role.first ? held : { ...held, role: { first, last } };
}

/** Lower-case words that open a rank, with the words they open (any rank for `police`). */
const LOWER_RANK_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['police', new Set()], ['major', new Set(['general'])], ['senior', new Set(['lieutenant', 'sergeant'])], ['lieutenant', new Set(['general', 'colonel'])],
  ['colonel', new Set(['general'])], ['brigadier', new Set(['general'])], ['vice', new Set(['admiral'])], ['rear', new Set(['admiral'])],
]);

/** Tokens `first` to `last` are a rank and its service alone (`colonel of civil protection`, `Major of Police`). */
export function isRankOfService(v: LineView, first: number, last: number): boolean {
  const rank = serviceRankEnd(v, first, last);
  return (rank < last && isMilitaryRank(v, first, rank)) || isClassRankOfJustice(v, first, last);
}

/** `senior adviser of justice`, `junior counsellor of justice`: a prosecutor's class rank in lower case. */
function isClassRankOfJustice(v: LineView, first: number, last: number): boolean {
  if (last - first < 2 || v.tokens[last].text !== 'justice' || v.tokens[last - 1].text !== 'of' || !JUSTICE_RANKS.has(lowerWordOf(v, v.tokens[last - 2]))) return false;
  const t = v.tokens[last - 2];
  const before = t.kind === 'gap' ? v.text.slice(t.start, t.end).split(' ').slice(0, -1) : [];
  for (let k = first; k < last - 2; k++) before.push(...v.text.slice(v.tokens[k].start, v.tokens[k].end).split(' '));
  return before.every((w) => JUSTICE_RANK_CLASSES.has(w));
}

const JUSTICE_RANKS: ReadonlySet<string> = new Set(['adviser', 'advisor', 'counsellor', 'counselor', 'councillor']);
const JUSTICE_RANK_CLASSES: ReadonlySet<string> = new Set(['junior', 'senior', 'state']);

/** Most words of the service a rank names after `of` (`Major General of Civil Protection`). */
export const MAX_SERVICE_WORDS = 3;

/** `…, Major General of Civil Protection X`: the rank's word before the service a role closes with, or `last`. */
function serviceRankEnd(v: LineView, first: number, last: number): number {
  const lower = lowerServiceRankEnd(v, first, last);
  if (lower !== undefined) return lower;
  for (let j = last; j > first + 1 && last - j < MAX_SERVICE_WORDS; j--) {
    if (!v.tokens[j].upper || v.cls[j] === 'country') return last;
    // (`Colonel of the Medical Service X`: maybe `the` before the service.)
    const of = v.tokens[j - 1].lower === 'the' && j - 2 > first ? j - 2 : j - 1;
    if (v.tokens[of].lower === 'of') return v.tokens[of - 1].upper && isMilitaryRank(v, of - 1, of - 1) ? of - 1 : last;
  }
  return last;
}

/**
 * `…, colonel of civil protection X`, `…, lieutenant colonel of economic investigation service X`: the whole role a rank
 * before a lower-case service, where it ends (not `director general of civil aviation`).
 */
function lowerServiceRankEnd(v: LineView, first: number, last: number): number | undefined {
  let [j, words] = [last, 0];
  // (Not `captain of the national team`: a service has no `the` in lower case.)
  for (; j > first && v.tokens[j].lower !== 'of' && v.tokens[j].lower !== 'the' && isLowerWords(v.tokens[j]); j--) if ((words += v.tokens[j].words) > MAX_SERVICE_WORDS) return undefined;
  if (j === last || j <= first || v.tokens[j].lower !== 'of' || !isMilitaryRank(v, j - 1, j - 1)) return undefined;
  // (The rank opens the role or follows an office's comma: `Head of …, colonel of civil protection X`.)
  let r = j - 1;
  while (r - 1 >= first && isMilitaryRank(v, r - 1, j - 1)) r--;
  return r === first || isRankSeparator(v, r - 1) ? j - 1 : undefined;
}

/** Where the rank ending at token `rank` opens, after `first`. */
function rankStart(v: LineView, first: number, rank: number): number {
  let k = rank;
  // (`Chief of the Army Staff General`: only `Air` goes before `Chief` or `Staff` inside a rank, `Air Chief Marshal`; `Secretary
  // General Lieutenant General`: no title's own `General` either.)
  const opens = (j: number) => isMilitaryRank(v, j, rank) && !isTitlesGeneral(v, j) && !(RANK_INNER_WORDS.has(v.tokens[j + 1].lower) && v.tokens[j].lower !== 'air');
  while (k - 1 >= first && rank - k < MAX_RANK_WORDS - 1 && opens(k - 1)) k--;
  // (The whole role is a rank: `Major General X`, `Chief Marshal of Aviation X`.)
  if (k === first) return k;
  // (`Staff` and `Chief` open a rank only as `Staff Sergeant`.)
  while (k < rank && RANK_INNER_WORDS.has(v.tokens[k].lower) && v.tokens[k + 1].lower !== 'sergeant') k++;
  // `…, Customs Service Major X`: a service opens the rank after a comma or a dash; `Police` opens it but after a word naming
  // a police force (`Chief of the Indonesian National Police General X`, `Commander of the Provincial Police Major General X`).
  const service = v.tokens[k - 1]?.lower === 'service' && v.tokens[k - 2]?.upper ? k - 2 : SERVICE_RANK_WORDS.has(v.tokens[k - 1]?.lower ?? '') ? k - 1 : k;
  if (service < k && service >= first && (service === first || isRankSeparator(v, service - 1))) return service;
  while (k < rank && v.tokens[k].lower === 'police' && POLICE_BODY_WORDS.has(v.tokens[k - 1].lower)) k++;
  // (`Commander of the Indian Army General X`, `Chief of Staff of the Army General X`: the army a body's name closes.)
  while (k < rank && v.tokens[k].lower === 'army' && (v.tokens[k - 1].lower === 'the' || (v.cls[k - 1] === 'country' && v.tokens[k - 2]?.lower === 'the'))) k++;
  return k;
}

/** `Secretary General`, `Fiscal General`: token `k` is the `General` of a title or a title's word before it. */
function isTitlesGeneral(v: LineView, k: number): boolean {
  const before = v.tokens[k - 1];
  if (v.tokens[k].lower !== 'general' || before === undefined || !before.upper) return false;
  // (`President General of the Arewa Consultative Forum`, `Commander General of the Police`, `Mayor General of Bucharest`: a
  // compound before its body.)
  const ranked = RANKED_AFTER.has(before.lower) && !(COMPOUNDS_BEFORE_OF.has(before.lower) && v.tokens[k + 1]?.lower === 'of');
  return (v.cls[k - 1] === 'title' && !ranked) || GENERAL_COMPOUNDS.has(before.lower);
}

/**
 * Titles that make no compound with `General` after them: a rank follows (`Deputy Prime Minister General X`, `President
 * General Pervez Musharraf`, `CENTCOM Commander General X`; *decision* of the forty-fifth session: the military heads of
 * state and commanders outnumber the presidents-general of associations).
 */
const RANKED_AFTER: ReadonlySet<string> = new Set(['minister', 'premier', 'president', 'chairman', 'ambassador', 'commander', 'speaker', 'mayor']);
const COMPOUNDS_BEFORE_OF: ReadonlySet<string> = new Set(['president', 'commander', 'mayor']);

/** A comma or a dash between an office and a rank (`(chairman – Police Major General X)`). */
function isRankSeparator(v: LineView, k: number): boolean {
  return v.cls[k] === 'comma' || DASHES.has(v.tokens[k]?.text ?? '');
}

/** Words naming a police force, which `Police` after them closes (`the Indonesian National Police General X`, `Chief of Police Colonel X`). */
const POLICE_BODY_WORDS: ReadonlySet<string> = new Set(['national', 'financial', 'provincial', 'municipal', 'criminal', 'traffic', 'military', 'royal', 'federal', 'state', 'city', 'regional', 'border', 'transport', 'tourist', 'judicial', 'metropolitan', 'thai', 'of', 'patrol', 'migration', 'local', 'special', 'riot', 'juvenile', 'district']);

/** Services whose ranks they open (`Justice Colonel`, `Customs Major`). */
const SERVICE_RANK_WORDS: ReadonlySet<string> = new Set(['justice', 'customs']);

/** Acronyms of offices that a rank may follow (`COAS Field Marshal X`; not a body's: `IRGC General X`). */
const OFFICE_ACRONYMS: ReadonlySet<string> = new Set(['coas', 'cjcs', 'cjcsc', 'cdf', 'cds', 'cgs', 'cns', 'cas', 'cinc']);

/** Words that make one title with a `General` after them, not classed as titles (`Fiscal General`). */
const GENERAL_COMPOUNDS: ReadonlySet<string> = new Set(['fiscal', 'paymaster', 'procurator', 'prosecutor', 'auditor', 'surgeon', 'postmaster', 'accountant', 'registrar', 'adjutant', 'quartermaster', 'vicar', 'superior', 'commanding', 'consul', 'inspector', 'attorney', 'solicitor']);

/** Most words of a rank (`Air Chief Marshal`, `Senior Lieutenant General`). */
const MAX_RANK_WORDS = 3;

/** Words inside a rank that open none but `Staff Sergeant` (`Air Chief Marshal`, `Chief of the Army Staff General`). */
const RANK_INNER_WORDS: ReadonlySet<string> = new Set(['chief', 'staff']);
