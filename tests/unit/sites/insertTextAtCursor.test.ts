import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { captureSelection, insertTextAtCursor } from '../../../lib/sites';

function textarea(value: string): HTMLTextAreaElement {
  const element = document.createElement('textarea');
  element.value = value;
  document.body.append(element);
  return element;
}

function editable(...children: Node[]): HTMLDivElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.append(...children);
  document.body.append(element);
  return element;
}

function placeCaret(node: Node, offset: number, endNode: Node = node, endOffset: number = offset): void {
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(endNode, endOffset);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** happy-dom has no execCommand; some tests install a stand-in to check the first-choice path. */
function installExecCommand(implementation: (command: string, showUi: boolean, value: string) => boolean) {
  const spy = vi.fn(implementation);
  Object.defineProperty(document, 'execCommand', { value: spy, configurable: true, writable: true });
  return spy;
}

beforeEach(() => {
  document.body.replaceChildren();
});

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('insertTextAtCursor in a textarea (fallback: setRangeText)', () => {
  it('inserts at the saved caret, keeps the draft, moves the caret after, fires input', () => {
    const field = textarea('Hi Li,\n\nThanks for the call.');
    field.setSelectionRange(8, 8);
    const saved = captureSelection(field);
    field.setSelectionRange(0, 0); // the picker took focus and the caret moved
    const inputs: InputEvent[] = [];
    field.addEventListener('input', (event) => inputs.push(event as InputEvent));

    const result = insertTextAtCursor(field, 'Quick note.\n', saved);

    expect(result).toEqual({ ok: true, method: 'setRangeText' });
    expect(field.value).toBe('Hi Li,\n\nQuick note.\nThanks for the call.');
    expect(field.selectionStart).toBe(20);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.inputType).toBe('insertText');
  });

  it('replaces the selected text', () => {
    const field = textarea('Price: [price] per seat');
    field.setSelectionRange(7, 14);
    expect(insertTextAtCursor(field, '¥300', captureSelection(field)).ok).toBe(true);
    expect(field.value).toBe('Price: ¥300 per seat');
  });

  it('clamps a saved caret the shortened draft no longer reaches', () => {
    const field = textarea('A long draft that the rep then cut');
    field.setSelectionRange(30, 30);
    const saved = captureSelection(field);
    field.value = 'Short';
    insertTextAtCursor(field, '!', saved);
    expect(field.value).toBe('Short!');
  });

  it('inserts HTML as the literal characters', () => {
    const field = textarea('');
    insertTextAtCursor(field, '<img src=x onerror=alert(1)>');
    expect(field.value).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses read-only, disabled and detached boxes', () => {
    const readOnly = textarea('x');
    readOnly.readOnly = true;
    expect(insertTextAtCursor(readOnly, 'y')).toEqual({ ok: false, reason: 'notEditable' });
    const disabled = textarea('x');
    disabled.disabled = true;
    expect(insertTextAtCursor(disabled, 'y')).toEqual({ ok: false, reason: 'notEditable' });
    const replaced = textarea('x');
    const saved = captureSelection(replaced);
    replaced.remove(); // the page re-rendered the compose box while the picker was open
    expect(insertTextAtCursor(replaced, 'y', saved)).toEqual({ ok: false, reason: 'detached' });
  });
});

describe('insertTextAtCursor in a contenteditable (fallback: DOM range)', () => {
  it('inserts at the saved caret and keeps line breaks as <br> between text nodes', () => {
    const text = document.createTextNode('Hi Li, thanks.');
    const box = editable(text);
    placeCaret(text, 7);
    const saved = captureSelection(box);
    document.getSelection()?.removeAllRanges();

    const result = insertTextAtCursor(box, 'Line one\nLine two\n', saved);

    expect(result).toEqual({ ok: true, method: 'domRange' });
    expect(box.textContent).toBe('Hi Li, Line oneLine twothanks.');
    expect([...box.childNodes].map((node) => node.nodeName)).toEqual(['#text', '#text', 'BR', '#text', 'BR', '#text']);
    expect(box.querySelectorAll('br')).toHaveLength(2);
  });

  it('puts the caret after the inserted text', () => {
    const text = document.createTextNode('ab');
    const box = editable(text);
    placeCaret(text, 1);
    insertTextAtCursor(box, 'X', captureSelection(box));
    insertTextAtCursor(box, 'Y');
    expect(box.textContent).toBe('aXYb');
  });

  it('replaces a selection spanning elements', () => {
    const first = document.createElement('div');
    first.textContent = 'Dear [name],';
    const second = document.createElement('div');
    second.textContent = 'Body';
    const box = editable(first, second);
    placeCaret(first.firstChild as Node, 5, first.firstChild as Node, 11);
    insertTextAtCursor(box, 'Ms Li', captureSelection(box));
    expect(box.textContent).toBe('Dear Ms Li,Body');
  });

  it('never parses HTML: markup in a script stays text', () => {
    const box = editable();
    insertTextAtCursor(box, '<b>bold</b><img src=x onerror="alert(1)">');
    expect(box.querySelector('b, img')).toBeNull();
    expect(box.textContent).toBe('<b>bold</b><img src=x onerror="alert(1)">');
  });

  it('appends at the end when the saved caret points at text the draft no longer has', () => {
    const stale = document.createTextNode('old');
    const box = editable(stale);
    placeCaret(stale, 1);
    const saved = captureSelection(box);
    box.replaceChildren(document.createTextNode('new draft'));
    document.getSelection()?.removeAllRanges();
    insertTextAtCursor(box, '!', saved);
    expect(box.textContent).toBe('new draft!');
  });

  it('captureSelection ignores a caret outside the box', () => {
    const outside = document.createElement('p');
    outside.textContent = 'page text';
    document.body.append(outside);
    const box = editable(document.createTextNode('draft'));
    placeCaret(outside.firstChild as Node, 2);
    expect(captureSelection(box)).toBeNull();
  });

  it('refuses an element that is not editable', () => {
    const div = document.createElement('div');
    document.body.append(div);
    expect(insertTextAtCursor(div, 'x')).toEqual({ ok: false, reason: 'notEditable' });
  });
});

describe('insertTextAtCursor prefers execCommand (the undoable path)', () => {
  it('restores focus and the saved caret in a textarea, then calls insertText', () => {
    const field = textarea('Hello world');
    field.setSelectionRange(5, 5);
    const saved = captureSelection(field);
    const other = textarea('picker search');
    other.focus();
    const seen: Array<{ active: Element | null; caret: number | null }> = [];
    const exec = installExecCommand(() => {
      seen.push({ active: document.activeElement, caret: field.selectionStart });
      return true;
    });

    expect(insertTextAtCursor(field, ', dear', saved)).toEqual({ ok: true, method: 'execCommand' });
    expect(exec).toHaveBeenCalledWith('insertText', false, ', dear');
    expect(seen).toEqual([{ active: field, caret: 5 }]);
    expect(field.value).toBe('Hello world'); // the stand-in edits nothing: no double insert
  });

  it('restores the saved range in a contenteditable before calling insertText', () => {
    const text = document.createTextNode('Hi there');
    const box = editable(text);
    placeCaret(text, 2);
    const saved = captureSelection(box);
    document.getSelection()?.removeAllRanges();
    let caretAtCall: { node: Node | null; offset: number } | null = null;
    installExecCommand(() => {
      const range = document.getSelection()?.getRangeAt(0);
      caretAtCall = { node: range?.startContainer ?? null, offset: range?.startOffset ?? -1 };
      return true;
    });
    expect(insertTextAtCursor(box, 'X', saved)).toEqual({ ok: true, method: 'execCommand' });
    expect(caretAtCall).toEqual({ node: text, offset: 2 });
  });

  it('falls back when execCommand refuses or throws', () => {
    installExecCommand(() => false);
    const field = textarea('ab');
    field.setSelectionRange(1, 1);
    expect(insertTextAtCursor(field, 'X', captureSelection(field))).toEqual({ ok: true, method: 'setRangeText' });
    expect(field.value).toBe('aXb');

    installExecCommand(() => {
      throw new Error('not supported');
    });
    const box = editable(document.createTextNode('ab'));
    expect(insertTextAtCursor(box, 'Y')).toEqual({ ok: true, method: 'domRange' });
    expect(box.textContent).toBe('abY');
  });

  it('normalises Windows line endings before inserting', () => {
    const exec = installExecCommand(() => true);
    insertTextAtCursor(textarea(''), 'a\r\nb\rc');
    expect(exec).toHaveBeenCalledWith('insertText', false, 'a\nb\nc');
  });
});

describe('insertTextAtCursor offers typing to editors that ignore a paste', () => {
  it('an editor that takes beforeinput (Slate, Lexical) gets the text there, and nothing else runs', () => {
    const exec = installExecCommand(() => true);
    const text = document.createTextNode('Hi');
    const box = editable(text);
    placeCaret(text, 2);
    const seen: Array<{ type: string; data: string | null }> = [];
    box.addEventListener('beforeinput', (event) => {
      seen.push({ type: event.inputType, data: event.data });
      event.preventDefault();
    });
    expect(insertTextAtCursor(box, ' there', captureSelection(box))).toEqual({ ok: true, method: 'beforeinput' });
    expect(seen).toEqual([{ type: 'insertText', data: ' there' }]);
    expect(exec).not.toHaveBeenCalled();
  });

  it('a box no editor drives lets it go by, and execCommand runs', () => {
    const exec = installExecCommand(() => true);
    const box = editable(document.createTextNode('Hi'));
    expect(insertTextAtCursor(box, '!')).toEqual({ ok: true, method: 'execCommand' });
    expect(exec).toHaveBeenCalledOnce();
  });
});
