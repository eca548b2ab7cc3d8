import { describeElement } from './describeElement';
import { candidatesFromSchema, schemaTerm, type SchemaEntity, type SchemaValue } from './schemaOrg';
import { extraction, type Extraction, type PageInput } from './candidate';

/** Bounds (issue #3, bad input): a script-injected 100k-node graph must not freeze the page. */
const MAX_JSONLD_SCRIPTS = 20;
const MAX_SCRIPT_CHARS = 256_000;
const MAX_TOTAL_CHARS = 1_000_000;
const MAX_NODES = 5_000;
const MAX_DEPTH = 24;
const MAX_ARRAY_ITEMS = 200;

export const WARNING_BROKEN_JSONLD = 'draftWarningBrokenJsonLd';
export const WARNING_JSONLD_TOO_LARGE = 'draftWarningJsonLdTooLarge';

/** schema.org in JSON-LD: `@graph`, arrays, nested ContactPoint/PostalAddress, `sameAs`. */
export function extractJsonLd(input: PageInput): Extraction {
  const warnings = new Set<string>();
  const roots: SchemaEntity[] = [];
  const budget = { nodes: MAX_NODES, chars: MAX_TOTAL_CHARS };
  let scripts = 0;
  for (const script of input.index().jsonLdScripts) {
    if (++scripts > MAX_JSONLD_SCRIPTS) break;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS || text.length > budget.chars) {
      warnings.add(WARNING_JSONLD_TOO_LARGE);
      continue;
    }
    budget.chars -= text.length;
    const data = parseLenient(text);
    if (data === undefined) {
      warnings.add(WARNING_BROKEN_JSONLD);
      continue;
    }
    const element = describeElement(script) ?? 'script[type=application/ld+json]';
    collectRoots(data, element, budget, roots);
    if (budget.nodes <= 0) warnings.add(WARNING_JSONLD_TOO_LARGE);
  }
  const candidates = candidatesFromSchema(roots, { extractor: 'jsonld', url: input.url, phoneRegion: input.phoneRegion });
  return extraction(candidates, [...warnings]);
}

/**
 * JSON.parse, then one forgiving retry for what CMSes commonly break: HTML comment or CDATA
 * wrappers, trailing commas, raw newlines inside strings. Undefined when it still fails.
 */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const repaired = text
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** Top-level things: the document itself, array items, and `@graph` members. */
function collectRoots(data: unknown, element: string, budget: { nodes: number }, roots: SchemaEntity[]): void {
  const queue: unknown[] = Array.isArray(data) ? data.slice(0, MAX_ARRAY_ITEMS) : [data];
  for (let index = 0; index < queue.length && budget.nodes > 0; index += 1) {
    const item = queue[index];
    if (!isObject(item)) continue;
    const graph = item['@graph'];
    if (Array.isArray(graph)) {
      for (const member of graph.slice(0, MAX_ARRAY_ITEMS)) queue.push(member);
      if (queue.length > MAX_ARRAY_ITEMS * 2) queue.length = MAX_ARRAY_ITEMS * 2;
    }
    const entity = toEntity(item, element, budget, 0);
    if (entity && (entity.types.length > 0 || entity.props.size > 0)) roots.push(entity);
  }
}

function toEntity(object: Record<string, unknown>, element: string, budget: { nodes: number }, depth: number): SchemaEntity | null {
  if (budget.nodes <= 0 || depth > MAX_DEPTH) return null;
  budget.nodes -= 1;
  const types = asArray(object['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map(schemaTerm);
  const props = new Map<string, SchemaValue[]>();
  for (const key of Object.keys(object).slice(0, 100)) {
    if (key.startsWith('@')) continue;
    const values: SchemaValue[] = [];
    for (const raw of asArray(object[key]).slice(0, MAX_ARRAY_ITEMS)) {
      if (budget.nodes <= 0) break;
      const value = toValue(raw, element, budget, depth + 1);
      if (value !== null) values.push(value);
    }
    if (values.length > 0) props.set(schemaTerm(key), values);
  }
  return { types, props, element };
}

function toValue(raw: unknown, element: string, budget: { nodes: number }, depth: number): SchemaValue | null {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (!isObject(raw)) return null;
  const literal = raw['@value'];
  if (typeof literal === 'string' || typeof literal === 'number') return String(literal);
  // A bare `{"@id": "https://…"}` reference: the id is the best text we have (e.g. for `url`).
  const keys = Object.keys(raw);
  if (keys.length === 1 && typeof raw['@id'] === 'string') return raw['@id'];
  return toEntity(raw, element, budget, depth);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
