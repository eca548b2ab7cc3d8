export type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** By tag name rather than instanceof, which fails across the page's and the extension's worlds. */
export function isTextControl(element: Element): element is TextControl {
  return element.localName === 'textarea' || element.localName === 'input';
}

/** The caret of a text control; null for input types without one (email, number). */
export function textControlSelection(control: TextControl): { start: number; end: number } | null {
  try {
    const { selectionStart, selectionEnd } = control;
    if (selectionStart === null || selectionEnd === null) return null;
    return { start: selectionStart, end: selectionEnd };
  } catch {
    return null;
  }
}
