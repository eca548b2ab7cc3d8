import { isTextControl, textControlSelection, type TextControl } from './textControl';

/** The caret or selection in a compose box, remembered before the picker takes focus. */
export type SavedSelection =
  | { kind: 'textControl'; target: TextControl; start: number; end: number }
  | { kind: 'range'; target: HTMLElement; range: Range };

/** Call when the launcher is pressed, before focus moves; null when the caret is elsewhere. */
export function captureSelection(target: HTMLElement): SavedSelection | null {
  if (isTextControl(target)) {
    const selection = textControlSelection(target);
    return selection ? { kind: 'textControl', target, ...selection } : null;
  }
  const selection = target.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!rangeIsInside(range, target)) return null;
  return { kind: 'range', target, range: range.cloneRange() };
}

/** Both ends of the range are still inside the target (the draft may have changed since). */
export function rangeIsInside(range: Range, target: Node): boolean {
  return target.isConnected && target.contains(range.startContainer) && target.contains(range.endContainer);
}
