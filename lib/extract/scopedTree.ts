import { cleanText } from './cleanText';
import { describeElement } from './describeElement';
import { absoluteHttpUrl } from './absoluteUrl';
import { visibleTextBlocks } from './visibleText';
import { schemaTerm, type SchemaEntity, type SchemaValue } from './schemaOrg';

/** How an attribute syntax marks things, their types and their properties. */
export interface ScopeSyntax {
  isScope(element: Element): boolean;
  typesOf(element: Element): string[];
  propertyAttribute: 'itemprop' | 'property';
  /** RDFa lets `content`/`resource` on any element override its text. */
  contentOverrides: boolean;
}

const MAX_SCOPES = 300;
const MAX_ELEMENTS = 20_000;
const MAX_DEPTH = 12;
const URL_ELEMENTS = new Set(['A', 'AREA', 'LINK']);
const SRC_ELEMENTS = new Set(['IMG', 'AUDIO', 'VIDEO', 'SOURCE', 'EMBED', 'IFRAME', 'TRACK']);

/**
 * schema.org trees from attribute markup (microdata, RDFa Lite), the same shape JSON-LD gives,
 * so one emitter reads all three. Top-level things are scopes that are not themselves a
 * property of another. Bounded in scopes, elements and depth.
 */
export function schemaEntitiesFrom(scopes: readonly Element[], syntax: ScopeSyntax, base: URL): SchemaEntity[] {
  const budget = { elements: MAX_ELEMENTS };
  const entities: SchemaEntity[] = [];
  for (const scope of scopes.slice(0, MAX_SCOPES)) {
    if (scope.hasAttribute(syntax.propertyAttribute) && hasScopeAncestor(scope, syntax)) continue;
    entities.push(readScope(scope, syntax, base, budget, 0));
    if (budget.elements <= 0) break;
  }
  return entities;
}

function hasScopeAncestor(element: Element, syntax: ScopeSyntax): boolean {
  for (let parent = element.parentElement, hops = 0; parent && hops < 200; parent = parent.parentElement, hops += 1) {
    if (syntax.isScope(parent)) return true;
  }
  return false;
}

function readScope(scope: Element, syntax: ScopeSyntax, base: URL, budget: { elements: number }, depth: number): SchemaEntity {
  const props = new Map<string, SchemaValue[]>();
  const entity: SchemaEntity = { types: syntax.typesOf(scope).map(schemaTerm), props, element: describeElement(scope) };
  // Iterative walk of the scope's subtree, not entering nested scopes (their properties are theirs).
  const stack: Element[] = [];
  pushChildren(scope, stack);
  while (stack.length > 0 && budget.elements > 0) {
    const element = stack.pop()!;
    budget.elements -= 1;
    const names = (element.getAttribute(syntax.propertyAttribute) ?? '').trim();
    const nested = syntax.isScope(element);
    if (names) {
      const value: SchemaValue | null = nested
        ? depth < MAX_DEPTH
          ? readScope(element, syntax, base, budget, depth + 1)
          : null
        : literalValue(element, syntax, base);
      if (value !== null && value !== '') {
        for (const name of names.split(/\s+/).slice(0, 5)) {
          const key = schemaTerm(name);
          const list = props.get(key) ?? [];
          if (list.length < 10) list.push(value);
          props.set(key, list);
        }
      }
    }
    if (nested) continue;
    pushChildren(element, stack);
  }
  return entity;
}

/** Children in reverse, so popping visits them in document order; by index, not sibling links. */
function pushChildren(element: Element, stack: Element[]): void {
  const children = element.children;
  for (let index = Math.min(children.length, 1_000) - 1; index >= 0; index -= 1) stack.push(children[index]!);
}

function literalValue(element: Element, syntax: ScopeSyntax, base: URL): string {
  const tag = element.tagName.toUpperCase();
  if (syntax.contentOverrides && element.hasAttribute('content')) return cleanText(element.getAttribute('content'), 2_000);
  if (tag === 'META') return cleanText(element.getAttribute('content'), 2_000);
  if (URL_ELEMENTS.has(tag)) return urlOrText(element, element.getAttribute('href'), base);
  if (SRC_ELEMENTS.has(tag)) return absoluteHttpUrl(element.getAttribute('src'), base) ?? '';
  if (tag === 'OBJECT') return absoluteHttpUrl(element.getAttribute('data'), base) ?? '';
  if (tag === 'TIME' && element.hasAttribute('datetime')) return cleanText(element.getAttribute('datetime'), 200);
  if ((tag === 'DATA' || tag === 'METER') && element.hasAttribute('value')) return cleanText(element.getAttribute('value'), 200);
  if (syntax.contentOverrides && element.hasAttribute('resource')) return cleanText(element.getAttribute('resource'), 2_000);
  return textOf(element);
}

/** `mailto:`/`tel:` hrefs keep their address; other links resolve to absolute http(s) URLs. */
function urlOrText(element: Element, href: string | null, base: URL): string {
  const raw = (href ?? '').trim();
  if (/^(mailto|tel):/i.test(raw)) return cleanText(raw.replace(/^(mailto|tel):/i, '').split('?')[0], 300);
  return absoluteHttpUrl(raw, base) ?? textOf(element);
}

function textOf(element: Element): string {
  const text = visibleTextBlocks(element, { maxChars: 2_000, maxNodes: 300 })
    .map((block) => block.text.replace(/\n/g, ', '))
    .join(' ');
  return cleanText(text, 2_000);
}
