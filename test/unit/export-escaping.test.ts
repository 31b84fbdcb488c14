import * as assert from 'node:assert/strict';
import { csvCell, escapeMarkdown, exportBulletin } from '../../src/core/export';
import { parseBulletin } from '../../src/core/parse/parser';
import { LineIndex } from '../../src/core/text/lines';
import type { AnnotatedBulletin } from '../../src/core/types';

/** A one-article bulletin whose title is `title`, annotated with the title as one official. */
function withTitle(title: string, role: string): AnnotatedBulletin {
  const parsed = parseBulletin(`01.01.2026, 10:00 1\n${title}\n`);
  const lines = new LineIndex(parsed.text);
  const articles = parsed.articles.map((a) => {
    const t = a.title ?? { text: '', start: 0, end: 0 };
    return {
      ...a,
      annotations: [{ type: 'official' as const, text: t.text, start: t.start, end: t.end, ...lines.position(t.start), role, origin: 'manual' as const }],
    };
  });
  return { ...parsed, source: 'a,"b".txt', articles };
}

describe('CSV cells', () => {
  it('neutralises cells a spreadsheet would read as a formula', () => {
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), '"\'=HYPERLINK(""http://x"",""y"")"');
    assert.equal(csvCell('+1+2'), "'+1+2");
    assert.equal(csvCell('-2+3'), "'-2+3");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('\t=1'), "'\t=1");
    assert.equal(csvCell('\r=1'), '"\'\r=1"');
    assert.equal(csvCell('-'), "'-");
  });

  it('keeps plain negative numbers, numbers and ordinary text as they are', () => {
    assert.equal(csvCell('-12'), '-12');
    assert.equal(csvCell('-3.5'), '-3.5');
    assert.equal(csvCell(42), '42');
    assert.equal(csvCell('Kazakh-Italian'), 'Kazakh-Italian');
    assert.equal(csvCell('a = b'), 'a = b');
    assert.equal(csvCell(undefined), '');
  });

  it('quotes commas, quotes and line breaks per RFC 4180', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
  });

  it('applies both rules in a whole export', () => {
    const csv = exportBulletin(withTitle('=cmd|"/c calc"!A1', '-Minister, "acting"'), 'csv');
    assert.equal(
      csv.split('\r\n')[1],
      '"a,""b"".txt",0,2026-01-01T10:00,"\'=cmd|""/c calc""!A1",official,"\'=cmd|""/c calc""!A1",,"\'-Minister, ""acting""",1,0,20,37,manual',
    );
  });
});

describe('Markdown escaping', () => {
  it('renders links, emphasis and HTML literally', () => {
    assert.equal(escapeMarkdown('*x* [a](javascript:alert(1)) <script>'), '\\*x\\* \\[a\\](javascript:alert(1)) \\<script\\>');
    assert.equal(escapeMarkdown('`code` _u_ ~~s~~ a|b &amp; $x$ #1 \\'), '\\`code\\` \\_u\\_ \\~\\~s\\~\\~ a\\|b \\&amp; \\$x\\$ \\#1 \\\\');
  });

  it('escapes what would open a block at the start, and only there', () => {
    assert.equal(escapeMarkdown('- item'), '\\- item');
    assert.equal(escapeMarkdown('+ item'), '\\+ item');
    assert.equal(escapeMarkdown('=== x'), '\\=== x');
    assert.equal(escapeMarkdown('1. first'), '1\\. first');
    assert.equal(escapeMarkdown('2) second'), '2\\) second');
    assert.equal(escapeMarkdown('24.02.2026, 15:00'), '24.02.2026, 15:00');
    assert.equal(escapeMarkdown('Kazakh-Italian 1. x'), 'Kazakh-Italian 1. x');
  });

  it('turns line breaks into spaces and trims', () => {
    assert.equal(escapeMarkdown('  a\r\nb\nc  '), 'a b c');
  });

  it('escapes every piece of bulletin text in a report', () => {
    const md = exportBulletin(withTitle('*x* [a](javascript:..) <script>', '# Minister'), 'md');
    assert.equal(md, [
      '# Bulletin a,"b".txt',
      '',
      'Bulletin date: none · 1 article',
      '',
      '## 1. \\*x\\* \\[a\\](javascript:..) \\<script\\>',
      '',
      'Published 2026-01-01T10:00 · stamp 01.01.2026, 10:00 1 · 1 view · offsets 0–52',
      '',
      '**Officials**',
      '',
      '- \\*x\\* \\[a\\](javascript:..) \\<script\\> — \\# Minister (manual)',
      '',
      '**Countries**',
      '',
      '- none',
      '',
      '**Dates**',
      '',
      '- none',
      '',
    ].join('\n'));
  });
});
