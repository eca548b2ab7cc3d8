import { candidatesFromSchema } from './schemaOrg';
import { schemaEntitiesFrom, type ScopeSyntax } from './scopedTree';
import { extraction, type Extraction, type PageInput } from './candidate';

/**
 * RDFa Lite (`vocab`/`typeof`/`property`). Only the schema.org vocabulary is read: `typeof`
 * values are taken as schema.org terms, prefixed (`schema:Organization`) or not.
 */
const RDFA_LITE: ScopeSyntax = {
  isScope: (element) => element.hasAttribute('typeof'),
  typesOf: (element) => (element.getAttribute('typeof') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5),
  propertyAttribute: 'property',
  contentOverrides: true,
};

export function extractRdfa(input: PageInput): Extraction {
  const entities = schemaEntitiesFrom(input.index().rdfaScopes, RDFA_LITE, input.url);
  return extraction(candidatesFromSchema(entities, { extractor: 'rdfa', url: input.url, phoneRegion: input.phoneRegion }));
}
