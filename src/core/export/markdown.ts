import type { AnnotatedArticle, AnnotatedBulletin, Annotation, EntityType } from '../types';
import { sortedAnnotations } from './model';

// Characters that open inline Markdown anywhere in a line (emphasis, code,
// links, raw HTML, entities, tables, strikethrough, math, headings).
const INLINE_SPECIAL = /[\\`*_[\]<>&|~$#]/g;
// What would open a block (list item, setext underline) when it leads the text.
const LEADING_MARKER = /^[-+=]/;
const LEADING_ORDINAL = /^(\d{1,9})([.)])(?=\s|$)/;
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;

/**
 * Renders a piece of bulletin text literally in Markdown (CommonMark and GFM):
 * line breaks become spaces, every inline special character is
 * backslash-escaped, and a leading `-`, `+`, `=` or `1.`/`1)` is escaped so it
 * cannot open a block inside a heading or list item.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .trim()
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(LEADING_MARKER, '\\$&')
    .replace(LEADING_ORDINAL, '$1\\$2');
}

const SECTIONS: readonly { type: EntityType; label: string }[] = [
  { type: 'official', label: 'Officials' },
  { type: 'country', label: 'Countries' },
  { type: 'date', label: 'Dates' },
];

/** A report of the bulletin: a heading, then one chunk per article. */
export function* markdownChunks(bulletin: AnnotatedBulletin): Generator<string> {
  const count = bulletin.articles.length;
  const facts = [
    `Bulletin date: ${bulletin.bulletinDate ?? 'none'}`,
    count === 0 ? 'No articles.' : plural(count, 'article'),
  ];
  yield `# Bulletin ${escapeMarkdown(bulletin.source)}\n\n${facts.join(' · ')}\n`;
  for (const article of bulletin.articles) yield articleSection(article);
}

function articleSection(article: AnnotatedArticle): string {
  const { stamp } = article;
  const title = article.title ? escapeMarkdown(article.title.text) : '(untitled)';
  const facts = [`Published ${stamp.published}`, `stamp ${escapeMarkdown(stamp.text)}`];
  if (stamp.views !== undefined) facts.push(plural(stamp.views, 'view'));
  facts.push(`offsets ${article.start}–${article.end}`);
  let out = `\n## ${article.index + 1}. ${title}\n\n${facts.join(' · ')}\n`;
  const annotations = sortedAnnotations(article);
  for (const { type, label } of SECTIONS) {
    out += `\n**${label}**\n\n${entityList(annotations.filter((a) => a.type === type))}`;
  }
  return out;
}

/** One bullet per distinct mention (same text, normalized form, role and origin), in order of first appearance. */
function entityList(annotations: Annotation[]): string {
  if (annotations.length === 0) return '- none\n';
  const counts = new Map<string, { annotation: Annotation; count: number }>();
  for (const a of annotations) {
    const key = JSON.stringify([a.text, a.normalized, a.role, a.origin]);
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { annotation: a, count: 1 });
  }
  let out = '';
  for (const { annotation, count } of counts.values()) out += `- ${entityLine(annotation, count)}\n`;
  return out;
}

function entityLine(a: Annotation, count: number): string {
  let line = escapeMarkdown(a.text);
  if (a.normalized !== undefined && a.normalized !== a.text) line += ` → ${escapeMarkdown(a.normalized)}`;
  if (a.role !== undefined) line += ` — ${escapeMarkdown(a.role)}`;
  if (count > 1) line += ` (×${count})`;
  if (a.origin === 'manual') line += ' (manual)';
  return line;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
