import type { z } from 'zod';
import { Account, Contact, LIMITS } from '../model';
import { EMAIL_MAX_LENGTH, EMAIL_PATTERN } from '../model/emailPattern';

/*
 * Account.safeParse costs ~6 µs and ~8 KB of garbage a row: in a 100k-row import, a third of the
 * time. An import's drafts are built within the schemas' limits, so each is first checked here,
 * by hand and conservatively: a draft that passes is exactly what zod would return (same keys, same
 * values), and any other goes through zod, which decides and words the row's message as before.
 * tests/unit/csv/importDrafts.test.ts holds these checks to the schemas.
 */

/** lib/model/common.ts's bounds that it does not export by name (Id, Domain, a phone). */
const ID_MAX = 64;
const DOMAIN_MAX = 253;
const DOMAIN = /^[a-z0-9.-]+$/;
const PHONE_MAX = 40;
const HTTP_URL = /^https?:\/\//i;

const id = (value: string) => value.length >= 1 && value.length <= ID_MAX;
const count = (value: number | undefined) => value === undefined || (Number.isSafeInteger(value) && value >= 0);
const text = (value: string | undefined, max: number) => value === undefined || value.length <= max;
const list = (values: readonly string[], fits: (value: string) => boolean) => values.length <= LIMITS.listItems && values.every(fits);
const email = (value: string) => value.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(value);
const tag = (value: string) => value.length <= LIMITS.shortText;
const phone = (value: string) => value.length <= PHONE_MAX;

/** The fields an import sets, each as Account reads it; nothing else may be present. */
function accountFits(draft: Account): boolean {
  return (
    id(draft.id) &&
    count(draft.createdAt) &&
    count(draft.updatedAt) &&
    count(draft.version) &&
    draft.name.length >= 1 &&
    draft.name.length <= LIMITS.shortText &&
    draft.domain.length <= DOMAIN_MAX &&
    DOMAIN.test(draft.domain) &&
    (draft.website === undefined || (draft.website.length <= LIMITS.url && HTTP_URL.test(draft.website))) &&
    text(draft.description, LIMITS.text) &&
    draft.stage === 'lead' &&
    text(draft.industry, LIMITS.shortText) &&
    count(draft.employees) &&
    (draft.annualRevenue === undefined || (Number.isFinite(draft.annualRevenue) && draft.annualRevenue >= 0)) &&
    text(draft.region, LIMITS.shortText) &&
    list(draft.tags, tag) &&
    list(draft.phones, phone) &&
    list(draft.emails, email) &&
    (draft.address === undefined || (Object.keys(draft.address).length === 1 && text(draft.address.text, LIMITS.text))) &&
    text(draft.ownerId, LIMITS.shortText) &&
    count(draft.capturedAt) &&
    draft.score === undefined &&
    draft.needs === undefined &&
    draft.checklist === undefined &&
    draft.capturedFrom === undefined
  );
}

function contactFits(draft: Contact): boolean {
  return (
    id(draft.id) &&
    count(draft.createdAt) &&
    count(draft.updatedAt) &&
    count(draft.version) &&
    id(draft.accountId) &&
    draft.name.length >= 1 &&
    draft.name.length <= LIMITS.shortText &&
    text(draft.title, LIMITS.shortText) &&
    (draft.email === undefined || email(draft.email)) &&
    text(draft.phone, PHONE_MAX) &&
    draft.notes === undefined
  );
}

/** Account.safeParse(draft) for an import's draft (its keys in the schema's order, as zod returns them). */
export function parseAccountDraft(draft: Account): z.ZodSafeParseResult<Account> {
  return accountFits(draft) ? { success: true, data: draft } : Account.safeParse(draft);
}

/** Contact.safeParse(draft) for an import's draft (its keys in the schema's order, as zod returns them). */
export function parseContactDraft(draft: Contact): z.ZodSafeParseResult<Contact> {
  return contactFits(draft) ? { success: true, data: draft } : Contact.safeParse(draft);
}
