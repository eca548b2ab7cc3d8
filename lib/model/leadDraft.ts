import { z } from 'zod';
import { HttpUrl, LIMITS } from './common';

/** Where a drafted value came from, so the rep can judge it (issue #3). */
export const FieldSource = z.object({
  /** The extractor's name, e.g. `jsonld`, `meta`, `textPhones`. */
  extractor: z.string().max(40),
  /** A short description of the element, e.g. `script[type=application/ld+json]`. */
  element: z.string().max(200).optional(),
});
export type FieldSource = z.infer<typeof FieldSource>;

export const DRAFT_FIELDS = [
  'name',
  'domain',
  'website',
  'description',
  'email',
  'phone',
  'address',
  'title',
  /** Registered legal entity, e.g. `北京某某科技有限公司` or `Acme Holdings Ltd`. */
  'legalName',
  /** A contact person named on the page (h-card, schema.org Person). */
  'personName',
  'logo',
  /**
   * Social profiles; several can be right at once, `kind` names the network. Profile URLs, except
   * WeChat official accounts, which have no public URL: their value is the account ID.
   */
  'socials',
  /** China's 18-character unified social credit code (统一社会信用代码), check digit valid. */
  'creditCode',
  /** China ICP filing number (e.g. `京ICP备12345678号`): evidence of the legal entity. */
  'icp',
] as const;
export const DraftField = z.enum(DRAFT_FIELDS);
export type DraftField = z.infer<typeof DraftField>;

/**
 * The longest value each field may hold. Extraction truncates to these, and the schema enforces
 * them, so a hostile page cannot bloat storage or the form. Aligned with Account/Contact limits.
 */
export const DRAFT_FIELD_MAX_LENGTH: Readonly<Record<DraftField, number>> = {
  name: LIMITS.shortText,
  domain: 253,
  website: LIMITS.text,
  description: LIMITS.text,
  email: 254,
  phone: 40,
  address: 500,
  title: LIMITS.shortText,
  legalName: LIMITS.shortText,
  personName: LIMITS.shortText,
  logo: LIMITS.text,
  socials: LIMITS.text,
  creditCode: 18,
  icp: 100,
};

/** Most candidates kept per field: the best plus alternatives the rep can switch to. */
export const MAX_DRAFT_VALUES = 20;

function draftValue(maxLength: number) {
  return z.object({
    value: z.string().max(maxLength),
    confidence: z.number().min(0).max(1),
    source: FieldSource,
    /** What sort of value, when it matters: social network (`linkedin`), phone kind (`hotline`). */
    kind: z.string().max(40).optional(),
  });
}

export const DraftValue = draftValue(LIMITS.text);
export type DraftValue = z.infer<typeof DraftValue>;

function draftValues(field: DraftField) {
  return z.array(draftValue(DRAFT_FIELD_MAX_LENGTH[field])).max(MAX_DRAFT_VALUES).optional();
}

export const DraftFields = z.object({
  name: draftValues('name'),
  domain: draftValues('domain'),
  website: draftValues('website'),
  description: draftValues('description'),
  email: draftValues('email'),
  phone: draftValues('phone'),
  address: draftValues('address'),
  title: draftValues('title'),
  legalName: draftValues('legalName'),
  personName: draftValues('personName'),
  logo: draftValues('logo'),
  socials: draftValues('socials'),
  creditCode: draftValues('creditCode'),
  icp: draftValues('icp'),
} satisfies Record<DraftField, z.ZodType>);
export type DraftFields = z.infer<typeof DraftFields>;

/**
 * What a page says about a lead: per field, candidate values best first. It crosses from the
 * page's world into ours, so it is parsed with this schema wherever it is received.
 */
export const LeadDraft = z.object({
  url: HttpUrl,
  pageTitle: z.string().max(500),
  capturedAt: z.number().int().nonnegative(),
  fields: DraftFields,
  /** Non-fatal problems, as message keys, e.g. `draftWarningBrokenJsonLd`. */
  warnings: z.array(z.string().max(80)).max(20).default([]),
});
export type LeadDraft = z.infer<typeof LeadDraft>;
