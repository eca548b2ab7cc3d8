import { extractLead } from '../extract';
import type { CaptureMode } from '../messaging/protocol';

/**
 * Runs inside the page (injected on demand, isolated world). Selection mode extracts from a
 * copy of what the rep selected only. Returns plain data; the background validates it.
 */
export function extractInPage(mode: CaptureMode): unknown {
  if (mode === 'selection') {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return { error: 'noSelection' };
    const fragment = document.createDocumentFragment();
    for (let index = 0; index < selection.rangeCount; index += 1) fragment.append(selection.getRangeAt(index).cloneContents());
    return extractLead(document, location.href, { root: fragment });
  }
  return extractLead(document, location.href);
}
