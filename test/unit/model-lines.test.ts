import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../../src/core';
import { BulletinModel } from '../../src/core/model/bulletinModel';
import { loadRegions, RegionMismatch } from '../../src/core/model/regionLoad';
import type { ReadLines } from '../../src/core/model/regionLoad';
import { parseSteps } from '../../src/core/parse/parser';

const FIXTURES = ['2026-02-25.txt', 'dev-1.txt', 'dev-2.txt'].map((f) => readFileSync(`test/fixtures/${f}`, 'utf8'));
const crlfBom = (text: string) => `\ufeff${text.replace(/\r?\n/g, '\r\n')}`;
const analyzer = createAnalyzer();
const noPause = async () => undefined;
const never = () => false;

/** The text's lines with their breaks (a CRLF kept whole), as a document hands them out. */
function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** Reads `text` `size` lines at a time; counts the reads in `reads`. */
function reader(text: string, size: number, reads = { count: 0 }): ReadLines {
  const lines = linesOf(text);
  let at = 0;
  return async () => {
    if (at >= lines.length) return undefined;
    reads.count++;
    at += size;
    return lines.slice(at - size, at).join('');
  };
}

async function fromLines(text: string, size: number): Promise<BulletinModel> {
  const model = await BulletinModel.fromLines(analyzer, reader(text, size), noPause, never);
  assert.ok(model);
  return model;
}

/** Asserts that the model is the one built from the whole text: same pieces, articles, bulletin. */
function assertSameModel(model: BulletinModel, text: string, label: string): void {
  const whole = new BulletinModel(analyzer, text);
  assert.equal(model.length, whole.length, label);
  assert.equal(model.hadBom, whole.hadBom, label);
  assert.equal(model.bulletinDate, whole.bulletinDate, label);
  assert.deepEqual(model.articles(), whole.articles(), label);
  assert.deepEqual(model.bulletin('b.txt'), whole.bulletin('b.txt'), label);
}

describe('BulletinModel.fromLines', () => {
  it('equals the model of the whole text for reads of every size, on the fixtures and their CRLF+BOM copies', async function () {
    this.timeout(120_000);
    for (const text of [...FIXTURES, ...FIXTURES.map(crlfBom)]) {
      const count = linesOf(text).length;
      for (let size = 1; size <= count + 1; size++) assertSameModel(await fromLines(text, size), text, `${size} lines a read`);
    }
  });

  it('equals the model of the whole text with indented stamps, lone CRs, a preamble and no stamp at all', async () => {
    const texts = [
      'date 2026-02-25 24.02.2026, 15:00 7\nTitle\n\n   23.02.2026, 09:00\nItaly\n\t22.02.2026, 08:00 3\r\nLast',
      'Preamble\r\r  24.02.2026, 15:00\rTitle\rItaly in 2025\r\r23.02.2026, 09:00\r',
      'date 2026-02-25\nonly a preamble\nno stamp\n',
      '',
      '\ufeff',
    ];
    for (const text of texts) {
      for (let size = 1; size <= linesOf(text).length + 1; size++) assertSameModel(await fromLines(text, size), text, `${JSON.stringify(text)} by ${size}`);
    }
  });

  it('parses a long article, or a long preamble, in doubling regions rather than once per read', async () => {
    const body = Array.from({ length: 4000 }, (_, i) => `Italy line ${i}\n`).join('');
    for (const text of [`24.02.2026, 15:00 1\n${body}`, body]) {
      const regions: number[] = [];
      const probe = (region: string) => (regions.push(region.length), parseSteps(region));
      const loaded = await loadRegions(reader(text, 10), noPause, never, probe);
      assert.ok(loaded);
      assert.equal(loaded.head.length + loaded.slots.reduce((n, s) => n + s.text.length, 0), text.length);
      // Each region at least doubles the one before: a dozen of them, not one per read (about 400).
      assert.ok(regions.length <= 14, `${regions.length} regions`);
      assert.ok(regions.reduce((a, b) => a + b, 0) <= 3 * text.length);
      assertSameModel(await fromLines(text, 10), text, 'long');
    }
  });

  it('throws RegionMismatch when a region parsed from a stamp does not find it where the text before did', async () => {
    const text = FIXTURES[0];
    let regions = 0;
    // From the second region on, a parser that sees one more character before the stamp.
    const shifted = (region: string) => parseSteps(regions++ === 0 ? region : ` ${region}`);
    await assert.rejects(loadRegions(reader(text, 5), noPause, never, shifted), RegionMismatch);
    assert.equal(regions, 2);
  });

  it('stops when cancelled, and keeps nothing', async () => {
    let reads = 0;
    const read: ReadLines = async () => (reads++ < 3 ? '24.02.2026, 15:00 1\nT\n' : undefined);
    assert.equal(await BulletinModel.fromLines(analyzer, read, noPause, () => reads >= 2), undefined);
    assert.equal(reads, 2);
  });

  it('edits a model read in lines like one built whole', async () => {
    const text = FIXTURES[0];
    const model = await fromLines(text, 7);
    const at = model.articles()[3].paragraphs[0].start + 4;
    model.applyEdit(at, at + 2, 'Tokayev ');
    assertSameModel(model, text.slice(0, at) + 'Tokayev ' + text.slice(at + 2), 'edited');
  });
});
