import * as vscode from 'vscode';
import type { AnnotatedArticle, EntityType } from '../core';
import { articleLabel, groupEntities } from '../core/outline/entities';
import type { EntityEntry } from '../core/outline/entities';
import type { ArticleNode, EntityNode, GroupNode, MentionNode, TreeNode } from './articleTreeNodes';
import { Commands } from './commands';

const GROUP_TITLES: Readonly<Record<EntityType, string>> = { official: 'Officials', country: 'Countries', date: 'Dates' };
const ENTITY_ICONS: Readonly<Record<EntityType, string>> = { official: 'person', country: 'globe', date: 'calendar' };

export function treeItem(node: TreeNode): vscode.TreeItem {
  switch (node.kind) {
    case 'article':
      return articleItem(node);
    case 'group':
      return groupItem(node);
    case 'entity':
      return entityItem(node);
    case 'mention':
      return mentionItem(node);
  }
}

function articleItem(node: ArticleNode): vscode.TreeItem {
  const { article } = node;
  const item = new vscode.TreeItem(
    articleLabel(article),
    article.annotations.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.id = node.id;
  item.description = article.stamp.dateTime.text;
  // The tooltip comes from `resolveTooltip` on hover: the view asks for every root item at once.
  item.iconPath = new vscode.ThemeIcon('note');
  item.contextValue = 'article';
  const target = article.title ?? article.stamp;
  item.command = revealCommand(node.uri, target.start, target.end, article.start);
  return item;
}

/** Fills in what `treeItem` leaves for hover (an article's tooltip); returns the item. */
export function resolveTooltip(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
  if (node.kind === 'article') item.tooltip ??= articleTooltip(node.article);
  return item;
}

/** Title, stamp and who/where/when; every value goes through `appendText`, which escapes Markdown. */
function articleTooltip(article: AnnotatedArticle): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**').appendText(articleLabel(article)).appendMarkdown('**\n\n');
  md.appendText(article.stamp.text.trim());
  for (const group of groupEntities(article.annotations)) {
    md.appendMarkdown(`\n\n*${GROUP_TITLES[group.type]}:* `).appendText(group.entries.map(entryText).join(', '));
  }
  return md;
}

/** An entry as a reader wants it in a list: the value, with the written form when it differs. */
function entryText(entry: EntityEntry): string {
  const written = [...new Set(entry.mentions.map((m) => m.text))].filter((t) => t !== entry.value);
  return written.length > 0 ? `${entry.value} (${written.join(', ')})` : entry.value;
}

function groupItem(node: GroupNode): vscode.TreeItem {
  const item = new vscode.TreeItem(GROUP_TITLES[node.group.type], vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  item.description = String(node.group.entries.length);
  item.iconPath = new vscode.ThemeIcon(ENTITY_ICONS[node.group.type]);
  item.contextValue = 'group';
  return item;
}

function entityItem(node: EntityNode): vscode.TreeItem {
  const { entry } = node;
  const item = new vscode.TreeItem(entry.value, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.description = String(entry.mentions.length);
  const roles = [...new Set(entry.mentions.flatMap((m) => (m.role ? [m.role] : [])))];
  item.tooltip = [entryText(entry), ...roles].join('\n');
  item.contextValue = 'entity';
  const first = entry.mentions[0];
  item.command = revealCommand(node.uri, first.start, first.end);
  return item;
}

function mentionItem(node: MentionNode): vscode.TreeItem {
  const { annotation } = node;
  const item = new vscode.TreeItem(annotation.text, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = `Ln ${annotation.line + 1}, Col ${annotation.character + 1}`;
  item.contextValue = 'mention';
  item.command = revealCommand(node.uri, annotation.start, annotation.end);
  return item;
}

function revealCommand(uri: string, start: number, end: number, top?: number): vscode.Command {
  return { command: Commands.revealRange, title: 'Reveal in Editor', arguments: [uri, start, end, top] };
}
