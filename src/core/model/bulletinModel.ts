import type { Analyzer } from '../analyzer';
import { countBreaks, LineIndex } from '../text/lines';
import type { AnnotatedArticle, AnnotatedBulletin, Annotation, Article, Mention, ParsedBulletin } from '../types';
import { replaceRange, shiftArticle, sliceIntoSlots, sliceSteps } from './slots';
import { parseSteps } from '../parse/parser';
import { officialNameSteps } from '../annotate/coreference';
import { withConfirmed } from '../annotate/mentionTable';
import { confirmedPendingSteps } from '../annotate/pending-names';
import { runInSlices, runNow, SliceBudget, type Steps } from '../steps';
import type { Slot } from './slots';
import { SlotPositions } from './slotPositions';
import { attachTextSource } from '../editor/textLines';
import { lazyTextField, PiecesText } from './piecesText';
import { loadRegions } from './regionLoad';
import type { ReadLines } from './regionLoad';

/** Articles, or characters of them, annotated or assembled between two pauses of `bulletinAsync`: a few milliseconds' work. */
const ARTICLES_PER_STEP = 25;
const CHARS_PER_STEP = 128 * 1024;
/** A slice's time, whatever its count: annotating slows several-fold while the collector marks a large heap. */
const MS_PER_STEP = 15;

/** What one edit cost: the articles re-parsed, out of how many. */
export interface EditResult {
  reparsedArticles: number;
  articleCount: number;
}

/**
 * A bulletin kept up to date edit by edit. The file is held as a head plus one
 * slot per article, with each slot's start offset and first line kept in
 * arrays: an edit re-parses only the slots it touches (and re-annotates only
 * those, through the analyzer's content cache) and shifts the rest, so its
 * cost depends on the article's size, not the file's.
 */
export class BulletinModel {
  private head = '';
  private date: string | undefined;
  private slots: Slot[] = [];
  private positions = new SlotPositions();
  private joined: string | undefined;
  private linked: AnnotatedBulletin | undefined;
  /** Counts edits, so that work spread over time can tell the model changed under it. */
  private edits = 0;

  private bom = false;

  constructor(private readonly analyzer: Analyzer, text: string) {
    runNow(this.loadSteps(text));
  }

  /**
   * A model of `text` built a slice at a time (parse, then cutting into
   * slots), awaiting `pause()` between slices; undefined when `cancelled()`
   * turned true.
   */
  static async inSlices(analyzer: Analyzer, text: string, pause: () => Promise<void>, cancelled: () => boolean): Promise<BulletinModel | undefined> {
    const model = new BulletinModel(analyzer, '');
    return (await runInSlices(model.loadSteps(text), pause, cancelled)) ? model : undefined;
  }

  /**
   * A model of a text read a run of lines at a time by `read`, parsed region
   * by region (see `loadRegions`), so that a large document is never copied
   * whole; undefined when `cancelled()` turned true. Throws `RegionMismatch`
   * if a region's parse disagrees with the one before (then read it whole).
   */
  static async fromLines(analyzer: Analyzer, read: ReadLines, pause: () => Promise<void>, cancelled: () => boolean): Promise<BulletinModel | undefined> {
    const loaded = await loadRegions(read, pause, cancelled);
    if (!loaded) return undefined;
    const model = new BulletinModel(analyzer, '');
    model.bom = loaded.hadBom;
    model.replaceAll(loaded.head, loaded.bulletinDate, loaded.slots);
    return model;
  }

  /** Whether the text began with a byte-order mark (which `text` leaves out). */
  get hadBom(): boolean {
    return this.bom;
  }

  get articleCount(): number {
    return this.slots.length;
  }

  get bulletinDate(): string | undefined {
    return this.date;
  }

  /** Length of the text, without joining it. */
  get length(): number {
    const last = this.slots.length - 1;
    return last < 0 ? this.head.length : this.positions.start(last) + this.slots[last].text.length;
  }

  get text(): string {
    this.joined ??= this.head + this.slots.map((s) => s.text).join('');
    return this.joined;
  }

  /** Applies a replacement of `[start, end)` of the current text by `insert`. */
  applyEdit(start: number, end: number, insert: string): EditResult {
    this.edits++;
    this.joined = undefined;
    this.linked = undefined;
    let first = this.slotIndexAt(start - 1);
    const last = Math.max(first, this.lastSlotReached(end));
    for (;;) {
      const regionStart = first < 0 ? 0 : this.positions.start(first);
      const oldRegion = this.regionText(first, last);
      const region = oldRegion.slice(0, start - regionStart) + insert + oldRegion.slice(end - regionStart);
      const parsed = this.analyzer.parse(region);
      if (first < 0) return this.replaceHead(parsed, last);
      // The edit broke this region's first stamp: its text now belongs to the article before.
      if (parsed.articles.length === 0 || parsed.articles[0].start !== 0) {
        first--;
        continue;
      }
      return this.spliceSlots(first, last, sliceIntoSlots(parsed).slots);
    }
  }

  /**
   * The last slot an edit ending at `end` may change: the one holding `end`,
   * or the next when its stamp is on the same line, since what stands before
   * a stamp on its line (a header, indentation) decides whether it is one.
   */
  private lastSlotReached(end: number): number {
    const last = this.slotIndexAt(end);
    if (last + 1 >= this.slots.length) return last;
    // A first stamp after the header on its line is one only while that line is the first that is not blank:
    // any edit of the head (a line typed before it) may decide it.
    if (last < 0 && !/[\r\n]$/.test(this.head) && this.head.trim() !== '') return 0;
    const rest = last < 0 ? this.head.slice(end) : this.slots[last].text.slice(end - this.positions.start(last));
    return rest.includes('\n') || rest.includes('\r') ? last : last + 1;
  }

  /** Articles with file offsets, in order (no annotation work). */
  articles(): Article[] {
    return this.slots.map((slot, i) => shiftArticle(slot.article, this.positions.start(i), i));
  }

  /** Index of the article containing `offset`, or -1 before the first article. */
  articleIndexAt(offset: number): number {
    return this.positions.indexAt(offset);
  }

  /**
   * Annotations of the articles overlapping `[start, end)`, annotating only
   * those. Officials are not yet linked across the bulletin (no `normalized`):
   * that needs every article, see `bulletin()`.
   */
  annotationsInRange(start: number, end: number): Annotation[] {
    const out: Annotation[] = [];
    const from = Math.max(0, this.articleIndexAt(start));
    for (let i = from; i < this.slots.length && this.positions.start(i) < end; i++) {
      for (const a of this.slotAnnotations(i)) if (a.end > start && a.start < end) out.push(a);
    }
    return out;
  }

  /** The whole annotated bulletin, officials linked; kept until the next edit. */
  bulletin(source: string): AnnotatedBulletin {
    return runNow(this.bulletinSteps(source));
  }

  /**
   * `bulletin`, built a batch of articles at a time, awaiting `pause()`
   * between batches so a caller on an event loop stays responsive. Undefined
   * when `cancelled()` turned true or the model was edited meanwhile.
   * `clock` times the batches (milliseconds).
   */
  bulletinAsync(source: string, pause: () => Promise<void>, cancelled: () => boolean, clock: () => number = Date.now): Promise<AnnotatedBulletin | undefined> {
    const edits = this.edits;
    return runInSlices(this.bulletinSteps(source, clock), pause, () => cancelled() || this.edits !== edits);
  }

  /** The linked bulletin when it is already built for `source`, without any work. */
  builtBulletin(source: string): AnnotatedBulletin | undefined {
    return this.linked?.source === source ? this.linked : undefined;
  }

  private *bulletinSteps(source: string, clock?: () => number): Steps<AnnotatedBulletin> {
    const built = this.builtBulletin(source);
    if (built) return built;
    const perArticle: Mention[][] = [];
    const pending: Mention[][] = [];
    // (Run at once, no slice is timed.)
    const annotating = new SliceBudget(ARTICLES_PER_STEP, CHARS_PER_STEP, clock ? MS_PER_STEP : Infinity, clock);
    for (let i = 0; i < this.slots.length; i++) {
      // Linking reads only the mentions' types and texts: they stay relative to their slot.
      perArticle.push(this.slotMentions(i));
      pending.push(this.slotPending(i));
      if (annotating.spend(this.slots[i].text.length)) yield;
    }
    const confirmed = yield* confirmedPendingSteps(perArticle, pending);
    confirmed.forEach((more, i) => {
      if (more) perArticle[i] = withConfirmed(perArticle[i], more);
    });
    const names = yield* officialNameSteps(perArticle);
    const articles: AnnotatedArticle[] = [];
    const assembling = new SliceBudget(ARTICLES_PER_STEP, CHARS_PER_STEP);
    for (let i = 0; i < this.slots.length; i++) {
      const annotations = perArticle[i].map((m, j) => this.toAnnotation(m, i, names[i][j]));
      articles.push(Object.assign(shiftArticle(this.slots[i].article, this.positions.start(i), i), { annotations }));
      if (assembling.spend(this.slots[i].text.length)) yield;
    }
    // A synchronous `bulletin()` may have finished the same work meanwhile: keep one result.
    this.linked = this.builtBulletin(source) ?? this.linkedBulletin(source, articles);
    return this.linked;
  }

  /**
   * The bulletin over a snapshot of the head and slots, which later edits do
   * not change: its features read that, and its `text` is joined only if read.
   */
  private linkedBulletin(source: string, articles: AnnotatedArticle[]): AnnotatedBulletin {
    const { starts, lines } = this.positions.snapshot();
    const text = new PiecesText([{ text: this.head }, ...this.slots], [0, ...starts], [0, ...lines]);
    const bulletin = lazyTextField({ source, text: '', hadBom: this.hadBom, bulletinDate: this.bulletinDate, articles }, text);
    attachTextSource(bulletin, text);
    return bulletin;
  }

  private slotMentions(i: number): Mention[] {
    const slot = this.slots[i];
    slot.mentions ??= this.analyzer.articleMentions(slot.text, slot.article);
    return slot.mentions;
  }

  private slotPending(i: number): Mention[] {
    const slot = this.slots[i];
    slot.pending ??= this.analyzer.articlePending(slot.text, slot.article);
    return slot.pending;
  }

  private slotAnnotations(i: number): Annotation[] {
    return this.slotMentions(i).map((m) => this.toAnnotation(m, i));
  }

  /** `m`, with offsets relative to slot `i`, as an annotation with file offsets; `name` is an official's linked name. */
  private toAnnotation(m: Mention, i: number, name?: string): Annotation {
    const slot = this.slots[i];
    slot.lines ??= new LineIndex(slot.text);
    const shift = this.positions.start(i);
    const line = slot.lines.lineOf(m.start);
    const annotation: Annotation = {
      type: m.type,
      text: m.text,
      start: m.start + shift,
      end: m.end + shift,
      line: this.positions.firstLine(i) + line,
      character: line === 0 ? m.start + shift - this.lineStartOfSlot(i) : m.start - slot.lines.lineStart(line),
      origin: 'auto',
    };
    const normalized = name ?? m.normalized;
    if (normalized !== undefined) annotation.normalized = normalized;
    if (m.role !== undefined) annotation.role = m.role;
    return annotation;
  }

  /**
   * Offset of the line on which slot `i` begins: a stamp may follow a header
   * on its line, or be indented, so the line can start in the text before it.
   */
  private lineStartOfSlot(i: number): number {
    const before = i === 0 ? this.head : this.slots[i - 1].text;
    const base = i === 0 ? 0 : this.positions.start(i - 1);
    return base + Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  }

  /** Slot containing `offset`; -1 for the head. */
  private slotIndexAt(offset: number): number {
    return this.slots.length === 0 || offset < this.positions.start(0) ? -1 : this.articleIndexAt(offset);
  }

  /** The text of slots `first..last` joined, the head first when `first` is -1. */
  private regionText(first: number, last: number): string {
    let s = first < 0 ? this.head : '';
    for (let i = Math.max(0, first); i <= last; i++) s += this.slots[i].text;
    return s;
  }

  /** An edit reached the head: the head and slots up to `last` become what `parsed` (their new text) holds. */
  private replaceHead(parsed: ParsedBulletin, last: number): EditResult {
    const { head, slots } = sliceIntoSlots(parsed);
    this.head = head;
    this.date = parsed.bulletinDate;
    return this.spliceSlots(0, last, slots);
  }

  private *loadSteps(text: string): Steps<boolean> {
    const parsed = yield* parseSteps(text);
    this.bom = parsed.hadBom;
    yield* this.replaceAllSteps(parsed);
    return true;
  }

  private *replaceAllSteps(parsed: ParsedBulletin): Steps<void> {
    const { head, slots } = yield* sliceSteps(parsed);
    this.replaceAll(head, parsed.bulletinDate, slots);
    // The head and slots tile the parsed text: it is their join, without joining.
    this.joined = parsed.text;
  }

  private replaceAll(head: string, date: string | undefined, slots: Slot[]): void {
    this.head = head;
    this.date = date;
    this.slots = [];
    this.positions = new SlotPositions();
    this.joined = undefined;
    this.linked = undefined;
    this.spliceSlots(0, -1, slots);
  }

  /** Slots `first..last` (none when `last < first`) replaced by `fresh`; the head is already the new one. */
  private spliceSlots(first: number, last: number, fresh: Slot[]): EditResult {
    let offset = first === 0 ? this.head.length : this.positions.start(first - 1) + this.slots[first - 1].text.length;
    let line = first === 0 ? countBreaks(this.head) : this.positions.firstLine(first - 1) + this.slots[first - 1].breaks;
    const starts: number[] = [];
    const lines: number[] = [];
    for (const slot of fresh) {
      starts.push(offset);
      lines.push(line);
      offset += slot.text.length;
      line += slot.breaks;
    }
    // The slots after the edit move by the difference between where they now start and where they did.
    const next = last + 1;
    const delta = next < this.slots.length ? offset - this.positions.start(next) : 0;
    const lineDelta = next < this.slots.length ? line - this.positions.firstLine(next) : 0;
    this.slots = replaceRange(this.slots, first, last, fresh);
    this.positions.replace(first, last, starts, lines, delta, lineDelta);
    return { reparsedArticles: fresh.length, articleCount: this.slots.length };
  }
}
