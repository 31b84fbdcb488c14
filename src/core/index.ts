export * from './types';
export type { AnnotatorOptions, ArticleContext } from './annotate/context';
export { createAnalyzer } from './analyzer';
export type { Analyzer } from './analyzer';
export { LineIndex } from './text/lines';
export * from './export';
