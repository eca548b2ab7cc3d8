import { candidatesFromSchema } from './schemaOrg';
import { schemaEntitiesFrom, type ScopeSyntax } from './scopedTree';
import { extraction, type Extraction, type PageInput } from './candidate';

const MICRODATA: ScopeSyntax = {
  isScope: (element) => element.hasAttribute('itemscope'),
  typesOf: (element) => (element.getAttribute('itemtype') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5),
  propertyAttribute: 'itemprop',
  contentOverrides: false,
};

/** schema.org microdata (`itemscope`/`itemtype`/`itemprop`). */
export function extractMicrodata(input: PageInput): Extraction {
  const entities = schemaEntitiesFrom(input.index().microdataScopes, MICRODATA, input.url);
  return extraction(candidatesFromSchema(entities, { extractor: 'microdata', url: input.url, phoneRegion: input.phoneRegion }));
}
