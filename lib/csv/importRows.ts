import { Account, Contact, LIMITS, type Activity } from '../model';
import { companyNameKey } from '../match/companyName';
import { registrableDomain } from '../match/domain';
import { normaliseEmail } from '../match/email';
import { companyDomainOfEmail } from '../match/personalDomains';
import type { CountryCode } from '../match/phone';
import { distinct, splitCell } from './cellLists';
import type { ColumnMapping, ImportField } from './importColumns';
import { createDateReader, type DateRead, type DateReadOptions } from './parseImportDate';
import { createPhoneReader } from './phoneReader';
import { RowCells, type RowIssue, type WarningCode } from './rowCells';

export type { RowIssue, WarningCode } from './rowCells';

/** Why a row was not imported. */
export type SkipCode = 'noCompany' | 'badWebsite' | 'duplicateDomain' | 'duplicateEmail' | 'duplicateInFile' | 'invalidRecord' | 'writeFailed';
export interface ImportCandidate {
  /** The spreadsheet row: the header is row 1, the first record row 2 (a cell with line breaks is still one row). */
  row: number;
  account: Account;
  contact?: Contact;
  activity: Activity;
  /** Who the assignment rules gave the lead to (lib/assignment/importAssignment.ts), as a timeline entry. */
  assignment?: Activity;
  warnings: Array<RowIssue<WarningCode>>;
}

export interface SkippedRow {
  row: number;
  problems: Array<RowIssue<SkipCode>>;
  cells: string[];
}

/** What the store already holds, keyed the way rows are checked (built once per import). */
export interface KnownIdentities {
  domains: Map<string, string>;
  emails: Map<string, string>;
  nameKeys: Map<string, string>;
}

export interface RowContext {
  mapping: ColumnMapping;
  known: KnownIdentities;
  /** Domains and emails of earlier rows of this file → their row numbers. */
  seenDomains: Map<string, number>;
  seenEmails: Map<string, number>;
  date: DateReadOptions;
  /** The file's date reader (createDateReader), shared by its rows; made from `date` when absent. */
  readDate?: (raw: string) => DateRead;
  phoneRegion?: CountryCode;
  /** The file's phone reader (createPhoneReader), shared by its rows; made from `phoneRegion` when absent. */
  readPhone?: (raw: string) => string | null;
  now: number;
  actor: string;
  source: string;
  newId(): string;
}

const LIST_SPLIT = /[;,，；、|\n]+/;
const PHONE_SPLIT = /[;；,，、|\n]+/;
const HTTP = /^https?:\/\//i;

function websiteDomain(raw: string): string | null {
  const value = raw.trim();
  if (!value || /\s/.test(value)) return null;
  return registrableDomain(HTTP.test(value) ? value : `http://${value}`);
}

/** The row where the first of `emails` that an earlier row had was seen. */
function firstSeen(emails: readonly string[], seen: ReadonlyMap<string, number>): number | undefined {
  for (const email of emails) {
    const row = seen.get(email);
    if (row !== undefined) return row;
  }
  return undefined;
}

const skip = (row: number, cells: readonly string[], ...problems: Array<RowIssue<SkipCode>>): SkippedRow => ({ row, problems, cells: [...cells] });

/**
 * One CSV record → the lead it becomes, or why it is skipped. Rules: a company needs a domain,
 * from its website or else a work (not free-mail) email; a missing name takes the domain. Rows
 * whose domain or email is already an account or contact, or appeared earlier in the file, are
 * skipped as duplicates (lib/match keys: registrable domain, normalised email); an equal
 * normalised company name only warns, since different branches share names.
 */
export function planImportRow(cells: readonly string[], row: number, context: RowContext): ImportCandidate | SkippedRow {
  const { known } = context;
  const read = new RowCells(cells, context.mapping);
  const warnings = read.warnings;

  const emails: string[] = [];
  for (const part of splitCell(read.text('email'), LIST_SPLIT)) {
    if (!part) continue;
    const email = normaliseEmail(part);
    if (email) emails.push(email);
    else warnings.push({ code: 'badEmail', field: 'email', detail: part.slice(0, 80) });
  }
  const website = read.text('website');
  const siteDomain = website ? websiteDomain(website) : null;
  let domain = siteDomain;
  if (website && !domain && emails.length === 0) return skip(row, cells, { code: 'badWebsite', field: 'website', detail: website.slice(0, 80) });
  if (!domain) {
    domain = emails.map(companyDomainOfEmail).find((found): found is string => !!found) ?? null;
    if (domain) warnings.push({ code: 'domainFromEmail', detail: domain });
  }
  if (!domain) return skip(row, cells, { code: 'noCompany' });

  const existingByDomain = known.domains.get(domain);
  if (existingByDomain !== undefined) return skip(row, cells, { code: 'duplicateDomain', detail: existingByDomain || domain });
  const knownEmail = emails.find((email) => known.emails.has(email));
  if (knownEmail) return skip(row, cells, { code: 'duplicateEmail', detail: known.emails.get(knownEmail) || knownEmail });
  const earlier = context.seenDomains.get(domain) ?? firstSeen(emails, context.seenEmails);
  if (earlier !== undefined) return skip(row, cells, { code: 'duplicateInFile', detail: String(earlier) });

  let name = read.clipped('name');
  if (!name) {
    name = domain;
    warnings.push({ code: 'nameFromDomain', detail: domain });
  }
  // Normalising a name costs ~2 µs: skipped when there is no name to compare with (a first import).
  const sameName = known.nameKeys.size > 0 ? known.nameKeys.get(companyNameKey(name)) : undefined;
  if (sameName) warnings.push({ code: 'similarName', detail: sameName });

  const readPhone = (context.readPhone ??= createPhoneReader(context.phoneRegion));
  const phones: string[] = [];
  for (const split of splitCell(read.text('phone'), PHONE_SPLIT)) {
    const part = split.trim();
    if (!part) continue;
    const e164 = readPhone(part);
    if (e164) phones.push(e164);
    else {
      phones.push(part.slice(0, 40));
      warnings.push({ code: 'phoneAsWritten', field: 'phone', detail: part.slice(0, 40) });
    }
  }
  let capturedAt = context.now;
  const dateText = read.text('capturedAt');
  if (dateText) {
    // A cut cell (`2024-1-1` and 40k tabs, then more) is not the date written.
    const date: DateRead = read.truncated('capturedAt') ? { ok: false } : (context.readDate ??= createDateReader(context.date))(dateText);
    if (!date.ok || date.at > context.now) warnings.push({ code: 'badDate', field: 'capturedAt', detail: dateText.slice(0, 40) });
    else {
      capturedAt = date.at;
      if (date.ambiguous) warnings.push({ code: 'ambiguousDate', field: 'capturedAt', detail: date.date });
    }
  }
  const address = read.clipped('address', LIMITS.text);
  const websiteUrl = siteDomain ? (HTTP.test(website) ? website : `https://${website}`) : undefined;
  const draft = {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    version: 0,
    name,
    domain,
    website: websiteUrl && websiteUrl.length <= LIMITS.url ? websiteUrl : undefined,
    description: read.clipped('description', LIMITS.text) || undefined,
    stage: 'lead',
    industry: read.clipped('industry') || undefined,
    employees: read.number('employees'),
    annualRevenue: read.number('annualRevenue'),
    region: read.clipped('region') || undefined,
    tags: distinct(splitCell(read.text('tags'), LIST_SPLIT).map((tag) => tag.trim().slice(0, LIMITS.shortText)).filter(Boolean), LIMITS.listItems),
    phones: distinct(phones, LIMITS.listItems),
    emails: distinct(emails, LIMITS.listItems),
    address: address ? { text: address } : undefined,
    ownerId: read.clipped('owner') || undefined,
    capturedAt,
  };
  const account = Account.safeParse(draft);
  if (!account.success) {
    const issue = account.error.issues[0];
    return skip(row, cells, { code: 'invalidRecord', detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` });
  }
  const contactName = read.clipped('contactName');
  const contact = contactName
    ? Contact.safeParse({
        id: context.newId(),
        createdAt: context.now,
        updatedAt: context.now,
        version: 0,
        accountId: account.data.id,
        name: contactName,
        title: read.clipped('contactTitle') || undefined,
        email: emails[0],
        phone: phones[0],
      })
    : undefined;
  context.seenDomains.set(domain, row);
  for (const email of emails) context.seenEmails.set(email, row);
  const activity: Activity = {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    version: 0,
    accountId: account.data.id,
    kind: 'capture',
    at: capturedAt,
    content: context.source.slice(0, LIMITS.longText),
    actor: context.actor || undefined,
  };
  return { row, account: account.data, contact: contact?.success ? contact.data : undefined, activity, warnings };
}

export const isSkipped = (result: ImportCandidate | SkippedRow): result is SkippedRow => 'problems' in result;
