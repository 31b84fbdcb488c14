import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, exportBulletin } from '../../src/core';
import { EXPORT_FORMATS } from '../../src/core/types';
import { version } from '../../package.json';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const SAMPLE = join(FIXTURES, '2026-02-25.txt');
const sampleText = readFileSync(SAMPLE, 'utf8');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What the CLI must print for one file: the core's own export of it. */
function expected(text: string, source: string, format: (typeof EXPORT_FORMATS)[number]): string {
  return exportBulletin(createAnalyzer().annotate(text, source), format);
}

describe('CLI (dist/cli.js)', function () {
  this.timeout(120_000);
  let dir: string;

  before(() => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bulletin-cli-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints usage and version', () => {
    const help = run(['--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage:\n {2}bulletin-annotator export <files or folders\.\.\.> --format json\|jsonl\|csv\|md/);
    assert.deepEqual(run(['--version'], dir), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exports one file to stdout byte-identical to exportBulletin, in every format', () => {
    for (const format of EXPORT_FORMATS) {
      const result = run(['export', SAMPLE, '--format', format], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stderr, '');
      assert.equal(result.stdout, expected(sampleText, '2026-02-25.txt', format), format);
    }
  });

  it('exports 9 articles, each opening with its stamp date', () => {
    const doc = JSON.parse(run(['export', SAMPLE, '-f', 'json', '-o', '-'], dir).stdout);
    assert.equal(doc.source, '2026-02-25.txt');
    assert.equal(doc.articles.length, 9);
    assert.deepEqual(doc.articles[0].annotations[0], {
      type: 'date', text: '24.02.2026, 15:00', start: 17, end: 34, line: 0, character: 17,
      normalized: '2026-02-24T15:00', origin: 'auto',
    });
  });

  it('writes one file per bulletin of a folder, keeping BOM and CRLF offsets', () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    const crlfBom = `\uFEFF${sampleText.replace(/\n/g, '\r\n')}`;
    writeFileSync(join(input, 'a.txt'), crlfBom);
    writeFileSync(join(input, 'b.bulletin'), readFileSync(join(FIXTURES, 'dev-1.txt')));
    writeFileSync(join(input, 'notes.txt'), 'no stamp here\n');
    writeFileSync(join(input, 'c.md'), sampleText);
    const result = run(['export', 'in', '--format', 'jsonl', '--out', 'out'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(readdirSync(join(dir, 'out')), ['a.jsonl', 'b.jsonl']);
    assert.equal(readFileSync(join(dir, 'out', 'a.jsonl'), 'utf8'), expected(crlfBom, 'a.txt', 'jsonl'));
    const first = JSON.parse(readFileSync(join(dir, 'out', 'a.jsonl'), 'utf8').split('\n')[1]);
    assert.equal(first.start, 587);
    assert.equal(readFileSync(join(dir, 'out', 'b.jsonl'), 'utf8').split('\n').length, 16);
  });

  it('streams several files to stdout as one CSV with one header', () => {
    const result = run(['export', SAMPLE, join(FIXTURES, 'dev-2.txt'), '--format', 'csv'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.split('source,article,published,title,type').length, 2);
    const sources = new Set(result.stdout.split('\r\n').slice(1, -1).map((row) => row.split(',')[0]));
    assert.deepEqual([...sources], ['2026-02-25.txt', 'dev-2.txt']);
  });

  it('prints stats as a table with article counts and a total', () => {
    const result = run(['stats', 'dev-1.txt', 'dev-2.txt', '2026-02-25.txt'], FIXTURES);
    assert.equal(result.code, 0, result.stderr);
    const rows = result.stdout.trimEnd().split('\n').map((line) => line.split(/ {2,}/));
    assert.deepEqual(rows.map((r) => r.slice(0, 2)), [
      ['file', 'articles'], ['dev-1.txt', '15'], ['dev-2.txt', '15'], ['2026-02-25.txt', '9'], ['total', '39'],
    ]);
    assert.deepEqual(rows[0], ['file', 'articles', 'dates', 'officials', 'countries']);
    assert.ok(rows.slice(1).every((r) => r.length === 5 && Number(r[2]) >= Number(r[1])));
  });

  it('warns about a file with no articles and exports it empty', () => {
    writeFileSync(join(dir, 'empty.txt'), ' date 2026-02-25\n');
    const result = run(['export', 'empty.txt', '--format', 'json'], dir);
    assert.deepEqual(result, {
      code: 0,
      stdout: '{\n  "source": "empty.txt",\n  "bulletinDate": "2026-02-25",\n  "articles": []\n}\n',
      stderr: 'bulletin-annotator: warning: empty.txt: no articles found\n',
    });
  });

  it('rejects bad input with a one-line error and a non-zero exit', () => {
    mkdirSync(join(dir, 'nothing'));
    writeFileSync(join(dir, 'nothing', 'readme.txt'), 'hello\n');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x32, 0x00, 0x33]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x64, 0x61, 0x74, 0x65, 0x20, 0xe9]));
    writeFileSync(join(dir, 'file'), 'x');
    const cases: [string[], number, string][] = [
      [['export', 'missing.txt', '-f', 'json'], 1, 'missing.txt: no such file or folder'],
      [['export', 'nothing', '-f', 'json'], 1, 'nothing: no bulletins in this folder'],
      [['export', 'bin.txt', '-f', 'json'], 1, 'bin.txt: binary file (contains NUL bytes), not a bulletin'],
      [['export', 'latin1.txt', '-f', 'json'], 1, 'latin1.txt: not valid UTF-8 text'],
      [['export', SAMPLE, '-f', 'xml'], 2, "unknown format 'xml': use one of json, jsonl, csv, md (see --help)"],
      [['export', SAMPLE], 2, 'export: --format is required (json, jsonl, csv, md) (see --help)'],
      [['export', SAMPLE, '-f', 'json', '--bogus'], 2, "unknown option '--bogus' (see --help)"],
      [['export', SAMPLE, '-f', 'json', '--out', 'file'], 1, 'cannot write to file: not a folder'],
      [['export', SAMPLE, '-f', 'json', '--out', 'file/sub'], 1, 'cannot write to file/sub: not a folder'],
      [['stats'], 2, 'stats: no files or folders given (see --help)'],
      [['convert', SAMPLE], 2, "unknown command 'convert' (see --help)"],
      [[], 2, 'missing command: export or stats (see --help)'],
    ];
    for (const [args, code, message] of cases) {
      assert.deepEqual(run(args, dir), { code, stdout: '', stderr: `bulletin-annotator: ${message}\n` }, args.join(' '));
    }
  });

  it('leaves existing outputs untouched and no temp file when a later input fails', () => {
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x00]));
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', '2026-02-25.md'), 'OLD');
    const result = run(['export', SAMPLE, 'bin.txt', '-f', 'md', '--out', 'out'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(readdirSync(join(dir, 'out')), ['2026-02-25.md']);
    assert.equal(readFileSync(join(dir, 'out', '2026-02-25.md'), 'utf8'), 'OLD');
  });

  it('fails without partial files when a target is a folder or two inputs share a name', () => {
    mkdirSync(join(dir, 'out', 'dev-1.csv'), { recursive: true });
    const blocked = run(['export', SAMPLE, join(FIXTURES, 'dev-1.txt'), '-f', 'csv', '-o', 'out'], dir);
    assert.deepEqual(blocked, { code: 1, stdout: '', stderr: `bulletin-annotator: cannot write ${join('out', 'dev-1.csv')}: is a folder\n` });
    assert.deepEqual(readdirSync(join(dir, 'out')), ['dev-1.csv']);
    mkdirSync(join(dir, 'copy'));
    writeFileSync(join(dir, 'copy', '2026-02-25.txt'), sampleText);
    const twice = run(['export', SAMPLE, 'copy', '-f', 'csv', '-o', 'out'], dir);
    assert.equal(twice.code, 1);
    assert.equal(twice.stderr, `bulletin-annotator: ${join('out', '2026-02-25.csv')}: two inputs would write this same output file\n`);
    assert.deepEqual(readdirSync(join(dir, 'out')), ['dev-1.csv']);
  });

  it('replaces an existing output on success and streams a large bulletin', () => {
    const big = `${sampleText}\n`.repeat(150);
    writeFileSync(join(dir, 'big.txt'), big);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'big.jsonl'), 'OLD');
    const result = run(['export', 'big.txt', '-f', 'jsonl', '-o', 'out'], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(readdirSync(join(dir, 'out')), ['big.jsonl']);
    assert.equal(readFileSync(join(dir, 'out', 'big.jsonl'), 'utf8'), expected(big, 'big.txt', 'jsonl'));
  });
});
