import type { AnnotatedArticle, AnnotatedBulletin, Annotation } from '../core';
import { bulletinLineSteps } from '../core/editor/textLines';
import { filterArticleSteps } from '../core/outline/filter';
import type { ArticleQuery } from '../core/outline/filter';
import { sortArticleSteps } from '../core/outline/sort';
import type { ArticleOrder } from '../core/outline/sort';
import { runNow, SliceBudget, type Steps } from '../core/steps';
import { groupEntities } from '../core/outline/entities';
import type { EntityEntry, EntityGroup } from '../core/outline/entities';

/**
 * The article tree's elements: plain records with parent links (for
 * `getParent`, which `reveal` needs) and ids that survive a rebuild, so a
 * refresh after an edit keeps what was expanded and selected.
 */
export type TreeNode = ArticleNode | GroupNode | EntityNode | MentionNode;

interface NodeBase {
  /** Stable across rebuilds: derived from the stamp and values, never from object identity. */
  id: string;
  /** The document the node points into (a URI string). */
  uri: string;
}

export interface ArticleNode extends NodeBase {
  kind: 'article';
  article: AnnotatedArticle;
  parent?: undefined;
  children?: GroupNode[];
}

export interface GroupNode extends NodeBase {
  kind: 'group';
  group: EntityGroup;
  parent: ArticleNode;
  children?: EntityNode[];
}

export interface EntityNode extends NodeBase {
  kind: 'entity';
  entry: EntityEntry;
  parent: GroupNode;
  children?: MentionNode[];
}

export interface MentionNode extends NodeBase {
  kind: 'mention';
  annotation: Annotation;
  parent: EntityNode;
}

/**
 * Root nodes for all of a bulletin's articles, in file order (filter and sort
 * the nodes, not the articles, so ids do not depend on the view). An id is the
 * stamp's text plus how many identical stamps came before it, so inserting or
 * deleting an article does not rename the ones after it.
 */
export function articleNodes(uri: string, articles: readonly AnnotatedArticle[]): ArticleNode[] {
  return runNow(articleNodeSteps(uri, articles));
}

/** Article nodes made between two pauses of `articleNodeSteps`: a few milliseconds' work. */
const NODES_PER_STEP = 1000;

/** `articleNodes`, pausing every few thousand articles. */
export function* articleNodeSteps(uri: string, articles: readonly AnnotatedArticle[]): Steps<ArticleNode[]> {
  const seen = new Map<string, number>();
  const nodes: ArticleNode[] = [];
  const budget = new SliceBudget(NODES_PER_STEP, Infinity);
  for (const article of articles) {
    const stamp = article.stamp.text.trim();
    const n = seen.get(stamp) ?? 0;
    seen.set(stamp, n + 1);
    nodes.push({ kind: 'article', id: `${uri}#${stamp}#${n}`, uri, article });
    if (budget.spend(1)) yield;
  }
  return nodes;
}

/** All of a bulletin's article nodes in file order, and those the tree shows for `query` in `order`. */
export function* articleTreeSteps(uri: string, bulletin: AnnotatedBulletin, query: ArticleQuery, order: ArticleOrder): Steps<{ all: ArticleNode[]; shown: ArticleNode[] }> {
  const all = yield* articleNodeSteps(uri, bulletin.articles);
  const kept = yield* filterArticleSteps(yield* bulletinLineSteps(bulletin), bulletin.articles, query);
  // A bulletin's article `index` is its place in the list, so its node is `all[index]`.
  const sorted = yield* sortArticleSteps(kept, order);
  const shown = sorted.map((a) => all[a.index]);
  return { all, shown };
}

/** A node's children, built on first request and kept, so repeated calls return the same objects. */
export function childNodes(node: TreeNode): TreeNode[] {
  switch (node.kind) {
    case 'article':
      return (node.children ??= groupEntities(node.article.annotations).map((group) => ({
        kind: 'group',
        id: `${node.id}/${group.type}`,
        uri: node.uri,
        group,
        parent: node,
      })));
    case 'group':
      return (node.children ??= node.group.entries.map((entry) => ({
        kind: 'entity',
        id: `${node.id}/${entry.value}`,
        uri: node.uri,
        entry,
        parent: node,
      })));
    case 'entity':
      return (node.children ??= node.entry.mentions.map((annotation, i) => ({
        kind: 'mention',
        id: `${node.id}/${i}`,
        uri: node.uri,
        annotation,
        parent: node,
      })));
    case 'mention':
      return [];
  }
}

/** The article a node belongs to. */
export function articleOf(node: TreeNode): ArticleNode {
  let current: TreeNode = node;
  while (current.kind !== 'article') current = current.parent;
  return current;
}
