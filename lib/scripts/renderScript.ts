import { parseTemplate } from './parseTemplate';

/** What variables are filled from: `{ contact: { firstName: 'Ana' }, value: { payback: '7 months' } }`. */
export type ScriptContextValue = string | number | null | undefined;
export type ScriptContextNode = ScriptContextValue | { readonly [key: string]: ScriptContextNode };
export type ScriptContext = { readonly [key: string]: ScriptContextNode };

export type RenderedSegment =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; path: string; value: string | null };

export type RenderedScript = {
  /** Plain text to insert or copy. A variable without a value shows as `[path]`. */
  text: string;
  /** For the preview: variables separate so a missing one can be highlighted. */
  segments: RenderedSegment[];
  /** Distinct paths with no value, in first-use order. */
  missing: string[];
};

/**
 * Fills `{{path}}` variables from the context. Single pass: a value that itself contains
 * `{{...}}` is not expanded again. The result is plain text whatever the body contains:
 * HTML in a script is text, and the insertion code never parses it.
 */
export function renderScript(body: string, context: ScriptContext): RenderedScript {
  const segments: RenderedSegment[] = [];
  const missing = new Set<string>();
  let text = '';
  for (const token of parseTemplate(body)) {
    if (token.kind === 'text') {
      segments.push(token);
      text += token.text;
      continue;
    }
    const value = valueAt(context, token.path);
    segments.push({ kind: 'variable', path: token.path, value });
    if (value === null) missing.add(token.path);
    text += value ?? missingMark(token.path);
  }
  return { text, segments, missing: [...missing] };
}

/** How a variable without a value reads in the text: visible, and obviously not finished. */
export function missingMark(path: string): string {
  return `[${path}]`;
}

function valueAt(context: ScriptContext, path: string): string | null {
  let node: ScriptContextNode = context;
  for (const key of path.split('.')) {
    // Own properties only: `{{contact.constructor}}` must not reach Object.prototype.
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return null;
    node = node[key];
  }
  if (typeof node === 'number') return Number.isFinite(node) ? String(node) : null;
  if (typeof node !== 'string') return null;
  return node.trim() === '' ? null : node;
}
