import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createAnalyzer } from '../../src/core';
import { articleNodes, articleOf, childNodes } from '../../src/vscode/articleTreeNodes';
import type { TreeNode } from '../../src/vscode/articleTreeNodes';

const analyzer = createAnalyzer();
const SAMPLE = fs.readFileSync('test/fixtures/2026-02-25.txt', 'utf8');
const URI = 'file:///b/2026-02-25.txt';

function allNodes(nodes: TreeNode[]): TreeNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(childNodes(n))]);
}

describe('article tree nodes', () => {
  const roots = articleNodes(URI, analyzer.annotate(SAMPLE, '2026-02-25.txt').articles);

  it('gives every node of the sample a distinct id, rooted in its article’s stamp', () => {
    const nodes = allNodes(roots);
    assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length);
    assert.equal(roots[0].id, `${URI}#24.02.2026, 15:00 7466#0`);
    assert.deepEqual(childNodes(roots[0]).map((g) => g.id), ['official', 'country', 'date'].map((t) => `${roots[0].id}/${t}`));
  });

  it('links each node to its parent and article, and returns the same children each time', () => {
    for (const node of allNodes(roots)) {
      if (node.kind !== 'article') assert.ok(childNodes(node.parent).some((child) => child === node));
      if (node.kind !== 'mention') continue;
      const { article } = articleOf(node);
      assert.ok(article.start <= node.annotation.start && node.annotation.end <= article.end, node.id);
    }
    assert.equal(childNodes(roots[1]), childNodes(roots[1]));
  });

  it('keeps the ids of the other articles when an article is inserted before them', () => {
    const inserted = `${SAMPLE.slice(0, SAMPLE.indexOf('24.02.2026, 20:15'))}24.02.2026, 16:00 12\nA New Article\nText.\n${SAMPLE.slice(SAMPLE.indexOf('24.02.2026, 20:15'))}`;
    const after = articleNodes(URI, analyzer.annotate(inserted, '2026-02-25.txt').articles).map((n) => n.id);
    assert.deepEqual(after.filter((id) => !id.includes('16:00')), roots.map((n) => n.id));
    assert.equal(after.length, 10);
  });

  it('tells apart articles with identical stamps by their order', () => {
    const twice = analyzer.annotate('01.03.2026, 10:00 1\nA\n01.03.2026, 10:00 1\nB\n', 'x.txt').articles;
    assert.deepEqual(articleNodes('u', twice).map((n) => n.id), ['u#01.03.2026, 10:00 1#0', 'u#01.03.2026, 10:00 1#1']);
  });
});
