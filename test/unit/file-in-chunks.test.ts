import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileInChunks } from '../../src/vscode/fileInChunks';

describe('writeFileInChunks', () => {
  let folder: string;
  beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'chunks-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes the chunks in order as UTF-8, in several writes, and leaves no temp file', async () => {
    const chunks = Array.from({ length: 12_000 }, (_, i) => `${i}: Tokayev – Şahin “Astana”\n`);
    const target = join(folder, 'out.jsonl');
    await writeFileInChunks(target, chunks);
    assert.equal(readFileSync(target, 'utf8'), chunks.join(''));
    assert.deepEqual(readdirSync(folder), ['out.jsonl']);
  });

  it('lets queued work run while it writes', async () => {
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    let sawOtherWork: boolean | undefined;
    const big = 'x'.repeat(100_000);
    await writeFileInChunks(
      join(folder, 'out.txt'),
      (function* () {
        for (let i = 0; i < 8; i++) {
          if (i === 7) sawOtherWork = ranBetween;
          yield big;
        }
      })(),
    );
    assert.equal(sawOtherWork, true);
  });

  it('keeps the old file and removes its temp file when making the chunks fails', async () => {
    const target = join(folder, 'out.csv');
    writeFileSync(target, 'old\n');
    const failing = (function* () {
      yield 'x'.repeat(300_000);
      throw new Error('export failed');
    })();
    await assert.rejects(writeFileInChunks(target, failing), /export failed/);
    assert.equal(readFileSync(target, 'utf8'), 'old\n');
    assert.deepEqual(readdirSync(folder), ['out.csv']);
  });

  it('makes missing folders, and rejects with the system error when a file stands in the way', async () => {
    await writeFileInChunks(join(folder, 'new', 'deeper', 'out.md'), ['# x\n']);
    assert.equal(readFileSync(join(folder, 'new', 'deeper', 'out.md'), 'utf8'), '# x\n');
    writeFileSync(join(folder, 'file'), '');
    await assert.rejects(writeFileInChunks(join(folder, 'file', 'out.md'), ['# x\n']), { code: 'EEXIST' });
    assert.deepEqual(readdirSync(folder).sort(), ['file', 'new']);
  });

  it('writes an empty file for no chunks', async () => {
    await writeFileInChunks(join(folder, 'empty.json'), []);
    assert.equal(readFileSync(join(folder, 'empty.json'), 'utf8'), '');
  });
});
