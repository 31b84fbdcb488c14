/** Every command id the extension contributes, in one place (package.json lists the same). */
export const Commands = {
  openBulletin: 'bulletin.openBulletin',
  showArticles: 'bulletin.showArticles',
  exportAnnotations: 'bulletin.exportAnnotations',
  exportWorkspace: 'bulletin.exportWorkspace',
  treeRefresh: 'bulletin.tree.refresh',
  treeFilter: 'bulletin.tree.filter',
  treeClearFilter: 'bulletin.tree.clearFilter',
  treeSortByDate: 'bulletin.tree.sortByDate',
  treeSortByFileOrder: 'bulletin.tree.sortByFileOrder',
  treeExportSelected: 'bulletin.tree.exportSelected',
  treeCopyJson: 'bulletin.tree.copyJson',
  revealRange: 'bulletin.revealRange',
} as const;

/** Context keys the extension sets for `when` clauses. */
export const ContextKeys = {
  /** The tree shows a bulletin (the active editor's, or the last one still visible). */
  treeHasBulletin: 'bulletin.tree.hasBulletin',
  treeFiltered: 'bulletin.tree.filtered',
  /** `file` or `date`. */
  treeOrder: 'bulletin.tree.order',
} as const;

export const VIEW_IDS = ['bulletin.articles', 'bulletin.articlesExplorer'] as const;
