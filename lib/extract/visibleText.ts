import { indexPage, type TextBlock } from './pageIndex';

export type { TextBlock };

export interface VisibleTextLimits {
  maxChars: number;
  maxNodes: number;
}

/**
 * The visible text under a small element (an `<address>`, a microdata property), in blocks,
 * bounded. The whole page's text comes from the page index instead.
 */
export function visibleTextBlocks(root: ParentNode, limits: VisibleTextLimits): TextBlock[] {
  return indexPage(root, { ...limits, maxContactChars: 0, maxPerKind: 0 }).textBlocks;
}
