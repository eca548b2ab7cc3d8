/**
 * Splits a script body into literal text and `{{path}}` variables.
 *
 * A variable is `{{` + optional spaces + a dotted path of identifiers + optional spaces + `}}`,
 * not touching another brace on either side. Anything else (`{{ unclosed`, `{{}}`, `{{a..b}}`,
 * `{{a{{b}}}}`, `{{{x}}}`, filters like `{{a | upper}}`) stays literal text: script bodies are
 * edited by people, and a typo must show up in the preview, never throw.
 */
export type TemplateToken = { kind: 'text'; text: string } | { kind: 'variable'; path: string; raw: string };

const MAX_PATH_LENGTH = 64;
const VARIABLE = /\{\{[ \t]*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)[ \t]*\}\}/g;

export function parseTemplate(body: string): TemplateToken[] {
  const tokens: TemplateToken[] = [];
  let literalStart = 0;
  for (const match of body.matchAll(VARIABLE)) {
    const start = match.index;
    const end = start + match[0].length;
    const path = match[1] ?? '';
    const touchesBrace = body[start - 1] === '{' || body[end] === '}';
    if (touchesBrace || path.length > MAX_PATH_LENGTH) continue;
    if (start > literalStart) tokens.push({ kind: 'text', text: body.slice(literalStart, start) });
    tokens.push({ kind: 'variable', path, raw: match[0] });
    literalStart = end;
  }
  if (literalStart < body.length) tokens.push({ kind: 'text', text: body.slice(literalStart) });
  return mergeAdjacentText(tokens);
}

/** The distinct variable paths a body uses, in first-use order. */
export function variablePathsIn(body: string): string[] {
  const paths = new Set<string>();
  for (const token of parseTemplate(body)) if (token.kind === 'variable') paths.add(token.path);
  return [...paths];
}

function mergeAdjacentText(tokens: TemplateToken[]): TemplateToken[] {
  const merged: TemplateToken[] = [];
  for (const token of tokens) {
    const last = merged[merged.length - 1];
    if (token.kind === 'text' && last?.kind === 'text') last.text += token.text;
    else merged.push(token);
  }
  return merged;
}
