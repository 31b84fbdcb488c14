/**
 * A regular expression source matching exactly the given words, shaped as a
 * trie (`Kazakh(?:stan(?:i)?)?`) rather than a flat `a|b|c` list: at each
 * position the engine follows one branch per character instead of trying
 * hundreds of words, so a long line costs time linear in its length. Longer
 * words come first within a branch, so the longest word wins at a position.
 */
export function trieAlternation(words: readonly string[]): string {
  const root: TrieNode = new Map();
  for (const word of new Set(words)) {
    if (word === '') continue;
    let node = root;
    for (const ch of word) {
      let child = node.get(ch);
      if (!child) node.set(ch, (child = new Map()));
      node = child;
    }
    node.set(END, new Map());
  }
  return render(root);
}

type TrieNode = Map<string, TrieNode>;
const END = '';

function render(node: TrieNode): string {
  const terminal = node.has(END);
  const branches = [...node.entries()]
    .filter(([ch]) => ch !== END)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => escape(ch) + chain(child));
  if (branches.length === 0) return '';
  if (branches.length > 1) {
    // An optional tail is tried first (greedy), so the longer word wins.
    return `(?:${branches.join('|')})${terminal ? '?' : ''}`;
  }
  return terminal ? `(?:${branches[0]})?` : branches[0];
}

/** A run of single-child nodes is written as plain characters. */
function chain(node: TrieNode): string {
  let out = '';
  while (node.size === 1 && !node.has(END)) {
    const [[ch, child]] = node.entries();
    out += escape(ch);
    node = child;
  }
  return out + render(node);
}

function escape(ch: string): string {
  return /[\\^$.*+?()[\]{}|\-/#\s]/.test(ch) ? `\\${ch === ' ' ? 'x20' : ch}` : ch;
}
