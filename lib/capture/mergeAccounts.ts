import type { Account, Activity, Contact, PostalAddress, Task } from '../model';
import { newId } from '../model';
import type { Change } from '../db/write';
import type { CaptureForm } from './captureForm';
import { withPersonAndActivity, type CaptureChanges, type CaptureSaveOptions } from './accountFromCapture';

/**
 * Field-by-field merging (issue 3, "merge field by field; merging keeps both histories"). Pure:
 * these functions plan the writes; the caller commits them in one commitChanges call, so a merge
 * syncs as one unit and is never half applied.
 */
export const MERGE_FIELDS = ['name', 'domain', 'website', 'description', 'address'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
/** `kept`: the value of the account that stays; `other`: the capture's or the merged-away account's. */
export type MergeSide = 'kept' | 'other';
export type MergeChoices = Partial<Record<MergeField, MergeSide>>;
export type MergeValues = Partial<Record<MergeField, string>>;

export interface MergeRow {
  field: MergeField;
  kept: string;
  other: string;
  /** What is picked unless the rep changes it: the kept value, or the other when kept is empty. */
  defaultSide: MergeSide;
}

export function mergeValuesOfAccount(account: Account): MergeValues {
  return { name: account.name, domain: account.domain, website: account.website, description: account.description, address: addressText(account.address) };
}

export function mergeValuesOfForm(form: CaptureForm): MergeValues {
  return { name: form.name, domain: form.domain, website: form.website, description: form.description, address: form.address };
}

/** The fields where the two sides differ and the other side has something: one radio pair each. */
export function mergeRows(kept: MergeValues, other: MergeValues): MergeRow[] {
  return MERGE_FIELDS.flatMap((field) => {
    const keptValue = kept[field]?.trim() ?? '';
    const otherValue = other[field]?.trim() ?? '';
    if (!otherValue || otherValue === keptValue) return [];
    return [{ field, kept: keptValue, other: otherValue, defaultSide: keptValue ? 'kept' : 'other' } satisfies MergeRow];
  });
}

/** The kept account with the picked values; emails, phones and tags of both are kept (no duplicates). */
export function mergedAccount(
  kept: Account,
  other: { values: MergeValues; address?: PostalAddress; emails: readonly string[]; phones: readonly string[]; tags?: readonly string[] },
  choices: MergeChoices,
  now: number,
): Account {
  const rows = mergeRows(mergeValuesOfAccount(kept), other.values);
  const pick = (field: MergeField) => rows.find((row) => row.field === field && (choices[field] ?? row.defaultSide) === 'other');
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].slice(0, 50);
  return {
    ...kept,
    updatedAt: now,
    name: pick('name')?.other ?? kept.name,
    domain: pick('domain')?.other ?? kept.domain,
    website: pick('website')?.other ?? kept.website,
    description: pick('description')?.other ?? kept.description,
    address: pick('address') ? (other.address ?? { text: pick('address')!.other }) : kept.address,
    emails: union(kept.emails, other.emails),
    phones: union(kept.phones, other.phones),
    tags: union(kept.tags, other.tags ?? []),
  };
}

/** Saving a capture into an existing account with the values the rep picked in the merge view. */
export function changesForMergedCapture(existing: Account, form: CaptureForm, choices: MergeChoices, capturedFrom: string, now: number, options: CaptureSaveOptions = {}): CaptureChanges {
  const account = mergedAccount(existing, { values: mergeValuesOfForm(form), emails: form.email ? [form.email] : [], phones: form.phone ? [form.phone] : [] }, choices, now);
  return withPersonAndActivity(account, form, capturedFrom, now, options);
}

export interface AccountMergeInput {
  kept: Account;
  mergedAway: Account;
  choices: MergeChoices;
  /** Everything that points at the two accounts. */
  keptContacts: readonly Contact[];
  mergedContacts: readonly Contact[];
  mergedActivities: readonly Activity[];
  mergedTasks: readonly Task[];
  now: number;
  actor?: string;
}

/**
 * Merging two existing accounts: the kept one takes the picked values; the merged-away account's
 * contacts, activities and tasks are re-pointed to it (a contact whose email the kept account
 * already has is folded into that contact, its activities following); a note records the merge;
 * the merged-away account is deleted. Both histories survive on the kept account.
 */
export function planAccountMerge(input: AccountMergeInput): { account: Account; changes: Change[] } {
  const { kept, mergedAway, now } = input;
  if (kept.id === mergedAway.id) throw new RangeError('an account cannot be merged into itself');
  const account = mergedAccount(
    kept,
    { values: mergeValuesOfAccount(mergedAway), address: mergedAway.address, emails: mergedAway.emails, phones: mergedAway.phones, tags: mergedAway.tags },
    input.choices,
    now,
  );
  const changes: Change[] = [{ store: 'accounts', op: 'put', record: account }];
  const keptByEmail = new Map(input.keptContacts.filter((c) => c.email).map((c) => [c.email!, c]));
  const contactIdMap = new Map<string, string>();
  for (const contact of input.mergedContacts) {
    const twin = contact.email ? keptByEmail.get(contact.email) : undefined;
    if (twin) {
      contactIdMap.set(contact.id, twin.id);
      const filled: Contact = { ...twin, updatedAt: now, title: twin.title ?? contact.title, phone: twin.phone ?? contact.phone, notes: twin.notes ?? contact.notes };
      changes.push({ store: 'contacts', op: 'put', record: filled });
      changes.push({ store: 'contacts', op: 'delete', id: contact.id, baseVersion: contact.version });
    } else {
      changes.push({ store: 'contacts', op: 'put', record: { ...contact, accountId: account.id, updatedAt: now } });
    }
  }
  for (const activity of input.mergedActivities) {
    const contactId = activity.contactId ? (contactIdMap.get(activity.contactId) ?? activity.contactId) : undefined;
    changes.push({ store: 'activities', op: 'put', record: { ...activity, accountId: account.id, ...(contactId ? { contactId } : {}), updatedAt: now } });
  }
  for (const task of input.mergedTasks) changes.push({ store: 'tasks', op: 'put', record: { ...task, accountId: account.id, updatedAt: now } });
  const note: Activity = {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    version: 0,
    accountId: account.id,
    kind: 'note',
    at: now,
    content: `${mergedAway.name} (${mergedAway.domain}) → ${account.name} (${account.domain})`.slice(0, 20_000),
    result: 'merged',
    actor: input.actor,
  };
  changes.push({ store: 'activities', op: 'put', record: note });
  changes.push({ store: 'accounts', op: 'delete', id: mergedAway.id, baseVersion: mergedAway.version });
  return { account, changes };
}

function addressText(address: PostalAddress | undefined): string | undefined {
  if (!address) return undefined;
  if (address.text) return address.text;
  const parts = [address.street, address.locality, address.region, address.postalCode, address.country].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
