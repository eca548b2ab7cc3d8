import { z } from 'zod';
import { Domain, Email, HttpUrl, LIMITS, type LeadDraft, type DraftField } from '../model';
import { isPersonalMailDomain } from '../match/personalDomains';

/** What the rep confirms in the capture form: one chosen value per field. */
export const CaptureForm = z.object({
  name: z.string().trim().min(1, 'captureErrorNameRequired').max(LIMITS.shortText),
  // A free-mail domain (gmail.com, qq.com) names no company: the rep enters the company's own.
  domain: Domain.refine((domain) => !isPersonalMailDomain(domain), 'captureErrorPersonalDomain'),
  website: HttpUrl.optional(),
  email: Email.optional(),
  phone: z.string().trim().max(40).optional(),
  address: z.string().trim().max(LIMITS.text).optional(),
  description: z.string().trim().max(LIMITS.text).optional(),
  /** The person the capture names (signature, h-card, mail sender): saved as a contact. */
  personName: z.string().trim().max(LIMITS.shortText).optional(),
  /** That person's job title. */
  title: z.string().trim().max(LIMITS.shortText).optional(),
});
export type CaptureForm = z.infer<typeof CaptureForm>;

export type CaptureFormValues = Record<keyof CaptureForm, string>;

const FORM_FIELDS: ReadonlyArray<keyof CaptureForm & DraftField> = ['name', 'domain', 'website', 'email', 'phone', 'address', 'description', 'personName', 'title'];

/** Pre-fills the form with each field's best candidate. */
export function formValuesFromDraft(draft: LeadDraft): CaptureFormValues {
  const values = {} as CaptureFormValues;
  for (const field of FORM_FIELDS) values[field] = draft.fields[field]?.[0]?.value ?? '';
  if (!values.name) values.name = draft.pageTitle.trim().slice(0, LIMITS.shortText);
  return values;
}

export type FormParse = { ok: true; form: CaptureForm } | { ok: false; errors: Partial<Record<keyof CaptureForm, string>> };

/** Empty optional fields are dropped; errors come back per field as message keys. */
export function parseCaptureForm(values: CaptureFormValues): FormParse {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const trimmed = value.trim();
    if (trimmed) cleaned[key] = key === 'email' || key === 'domain' ? trimmed.toLowerCase() : trimmed;
  }
  const result = CaptureForm.safeParse(cleaned);
  if (result.success) return { ok: true, form: result.data };
  const errors: Partial<Record<keyof CaptureForm, string>> = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as keyof CaptureForm;
    errors[field] ??= issue.message.startsWith('capture') ? issue.message : `captureErrorInvalid_${String(field)}`;
  }
  return { ok: false, errors };
}
