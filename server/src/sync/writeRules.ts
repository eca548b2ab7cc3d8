import { z } from 'zod';
import { Script, type Mutation, type SyncedEntity } from '../../../lib/model/index.ts';
import { DEFAULT_SCRIPTS } from '../../../lib/scripts/defaultScripts.ts';

/**
 * The team's write rules (issue #7 item 4: "a rep reads the team's accounts and writes only what
 * the team's rules allow"), as data: which roles may put or delete each synced entity, and the
 * narrower writes a role outside that list may still make. Reads are not ruled: every member of a
 * team pulls all of the team's records.
 *
 * The rules follow shared/domain.md and what the extension does today: reps (business development
 * reps, account managers) work their accounts, contacts, activities and tasks; the sales manager
 * owns the team's scripts library, while every rep's install seeds the shipped default scripts and
 * bumps a script's usage counters when the rep uses it.
 */

export const ROLES = ['rep', 'manager'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
export const DEFAULT_ROLE: Role = 'rep';

export type WriteOp = Mutation['op'];

/** One write as the rules see it. */
export interface Write {
  readonly role: Role;
  /**
   * Who writes: an account or a deal is a rep's own when its `ownerId` names them by id or by name
   * (the extension names owners by the rep's name, settings' repName; another backend may use user ids).
   */
  readonly user: { readonly id: string; readonly name: string };
  readonly entity: SyncedEntity;
  readonly op: WriteOp;
  readonly entityId: string;
  /** What a put sends, as sent (not yet validated); null for a delete. */
  readonly data: unknown;
  /**
   * The team's copy on the server: null when the server has never had this id; `data` null when
   * the record was deleted (a tombstone is a copy).
   */
  readonly server: { readonly data: Record<string, unknown> | null } | null;
  /** The write's base version is the server's current one (false: it can only be answered `conflict`). */
  readonly basedOnCurrent: boolean;
}

/** A narrower write that roles outside an OpRule's `allow` may still make. */
export interface Permit {
  readonly roles: readonly Role[];
  readonly permits: (write: Write) => boolean;
}

export interface OpRule {
  /** The roles that may make any write of this kind. */
  readonly allow: readonly Role[];
  /** Writes other roles may make too: allowed when one of these permits it. */
  readonly except?: readonly Permit[];
  /** Told to anyone else (the push result's `message`): what the rule is and what to do instead. */
  readonly refusal: string;
}

export type WriteRules = Readonly<Record<SyncedEntity, Readonly<Record<WriteOp, OpRule>>>>;

const EVERYONE: readonly Role[] = ROLES;
const MANAGERS: readonly Role[] = ['manager'];
const REPS: readonly Role[] = ['rep'];
const open = (what: string): OpRule => ({ allow: EVERYONE, refusal: `${what} is not allowed for this role` });

/** Ids of the scripts the extension ships (lib/scripts/defaultScripts.ts: `default-<slug>-<locale>`). */
export const DEFAULT_SCRIPT_ID_PREFIX = 'default-';

/** The script fields a rep's use of a script changes (lib/scripts/effectiveness.ts `recordUse`), plus the version. */
export const SCRIPT_USAGE_FIELDS = ['usedCount', 'workedCount', 'ratedCount', 'updatedAt', 'version'] as const;

/** The counters among them: a rep's write may only raise them, by at most this much per write. */
export const SCRIPT_COUNTERS = ['usedCount', 'workedCount', 'ratedCount'] as const;
/**
 * Uses a rep can record offline between two syncs, with room to spare; a larger jump (2^53-1) is
 * not a use, it is a rep rewriting the team's effectiveness numbers.
 */
export const MAX_COUNTER_STEP = 1_000;

/** The shipped defaults by id: a rep may seed one only with its shipped words. */
const SHIPPED_DEFAULTS: ReadonlyMap<string, Record<string, unknown>> = new Map(DEFAULT_SCRIPTS.map((script) => [script.id, { ...script }]));

export const WRITE_RULES: WriteRules = {
  // Reps create and edit their accounts, and delete one when they merge two duplicates: the merge
  // (lib/capture/mergeAccounts.ts) deletes the merged-away account. A dead deal is moved to Lost
  // or Disqualified rather than deleted, but that is the extension's workflow, not a server rule.
  //
  // Who owns an account is decided here, once (issue #24 item 5): every install assigns the leads
  // it creates by the team's rules, offline too, so two installs may each name an owner for the
  // same account. The first owner the server stores stays: a rep's put that replaces (or clears)
  // an owner already set is refused unless the rep is that owner, who may hand it on; a manager
  // may always reassign. The losing install's put is based on an older version, so it is let
  // through to the version check, answered `conflict`, and its merge takes the server's owner
  // (lib/sync/mergeRecords.ts SERVER_DECIDES): it converges on the next pull.
  account: {
    put: {
      allow: MANAGERS,
      except: [{ roles: REPS, permits: (write) => !write.basedOnCurrent || keepsOwner(write) }],
      refusal:
        "An account's owner, once set, is changed only by that owner or a manager: the team's first assignment stands. " +
        'Keep the ownerId the server has, or ask a manager to reassign the account',
    },
    delete: open('Deleting an account'),
  },
  // A merge also folds duplicate contacts (deleting one) and re-points activities and tasks; a rep
  // also removes a wrong contact, a mistaken note or a task that is no longer needed.
  contact: { put: open('Writing a contact'), delete: open('Deleting a contact') },
  activity: { put: open('Writing an activity'), delete: open('Deleting an activity') },
  task: { put: open('Writing a task'), delete: open('Deleting a task') },
  // Issue #24: a rep enters and works their own deals (ownerId is them, before and after the write);
  // a manager any, including handing a deal to another rep.
  deal: {
    put: {
      allow: MANAGERS,
      except: [
        {
          roles: REPS,
          // A put based on an older version is let through as for scripts: the version check can only
          // answer it `conflict`, and the merged record comes back on the current version, judged then.
          permits: (write) => ownedBy(write.data, write.user) && (!write.basedOnCurrent || serverCopyOwnedBy(write)),
        },
      ],
      refusal: "A rep may only write their own deals (ownerId is the rep, before and after the change); a manager may write any deal",
    },
    delete: {
      allow: MANAGERS,
      except: [{ roles: REPS, permits: serverCopyOwnedBy }],
      refusal: "A rep may only delete their own deals; a manager may delete any deal",
    },
  },
  script: {
    put: {
      // The scripts library is the manager's: the manager adds scripts and writes their words.
      allow: MANAGERS,
      except: [
        // (a) Every install seeds the same shipped defaults (fixed ids and createdAt) through the
        // outbox, so a rep's first sync pushes them. The first one in creates the team's copy; a
        // later seed from another install is a put at base version 0 against that copy, which is
        // let through by (b) and answered `conflict` by the version check (same words, which the
        // client merges). Only ids the server has never had (a deleted default stays deleted), only
        // ids the extension ships, and only with the shipped words: the words stay the manager's.
        {
          roles: REPS,
          permits: (write) => {
            const shipped = write.server === null ? SHIPPED_DEFAULTS.get(write.entityId) : undefined;
            return shipped !== undefined && sameExceptUsage(shipped, write.data) && countersRise(shipped, write.data);
          },
        },
        // (b) Using a script bumps its usage counters (recordUse), and a rep pushes that: the
        // counters are the reps' to bump, the words stay the manager's. Judged against the copy the
        // put is based on; a put based on an older version is let through, because the version check
        // that follows can only answer it `conflict`: the client merges the server's copy in and
        // sends the merged record on the current version, which is judged then.
        {
          roles: REPS,
          permits: (write) =>
            write.server !== null &&
            (!write.basedOnCurrent ||
              (write.server.data !== null && sameExceptUsage(write.server.data, write.data) && countersRise(write.server.data, write.data))),
        },
      ],
      refusal:
        "Only a manager may add scripts or change their words: the scripts library is the team manager's. " +
        'A rep may only add a shipped default script (id default-…) the team does not have yet, or update ' +
        "a script's usage counters (usedCount, workedCount, ratedCount; up only, by at most " + MAX_COUNTER_STEP + ' per write) with every other field unchanged',
    },
    // (c) Removing a script from the team's library is the manager's decision alone; nothing the
    // extension does for a rep deletes a script.
    delete: { allow: MANAGERS, refusal: "Only a manager may delete scripts: the scripts library is the team manager's" },
  },
  // Issue #24 item 5: the team's settings (the lead assignment rules) are the manager's decision;
  // every rep's install pulls and applies them, none writes them.
  teamSetting: {
    put: { allow: MANAGERS, refusal: "Only a manager may change the team's settings (the lead assignment rules); they reach every rep through sync" },
    delete: { allow: MANAGERS, refusal: "Only a manager may remove the team's settings" },
  },
};

/** A record's owner as stored: a non-empty string, else none. */
function ownerOf(record: unknown): string | undefined {
  const owner = isObject(record) ? record.ownerId : undefined;
  return typeof owner === 'string' && owner.trim() !== '' ? owner.trim() : undefined;
}

/** Whether `owner` names `user`, by id or by name. */
function namesUser(owner: string, user: Write['user']): boolean {
  return owner === user.id || owner === user.name.trim();
}

/** Whether a record's data names `user` as its owner, by id or by name. */
export function ownedBy(data: unknown, user: Write['user']): boolean {
  const owner = ownerOf(data);
  return owner !== undefined && namesUser(owner, user);
}

/** The server has no live copy of the record (new, or deleted), or its copy is the writer's own. */
function serverCopyOwnedBy(write: Write): boolean {
  return write.server === null || write.server.data === null || ownedBy(write.server.data, write.user);
}

/** The put leaves the account's owner as the server has it, sets the first one, or comes from that owner. */
export function keepsOwner(write: Write): boolean {
  const current = ownerOf(write.server?.data ?? null);
  if (current === undefined) return true;
  return ownerOf(write.data) === current || namesUser(current, write.user);
}

/** Null when this write is allowed, else the refusal to send back with `rejected: forbidden`. */
export function refusalFor(write: Write, rules: WriteRules = WRITE_RULES): string | null {
  const rule = rules[write.entity][write.op];
  if (rule.allow.includes(write.role)) return null;
  const permitted = rule.except?.some((permit) => permit.roles.includes(write.role) && permit.permits(write)) ?? false;
  return permitted ? null : rule.refusal;
}

/**
 * Whether a put changes nothing of a script but its usage fields. Both sides are compared the way
 * the extension holds a pulled record (lib/sync/applyPull.ts): schema defaults filled in, fields
 * this version does not know kept, so a record stored without `stages` equals one with `stages: []`.
 */
export function sameExceptUsage(server: Record<string, unknown>, sent: unknown): boolean {
  if (!isObject(sent)) return false;
  const [a, b] = [asHeld(server), asHeld(sent)];
  const usage = new Set<string>(SCRIPT_USAGE_FIELDS);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((key) => !usage.has(key)));
  return [...keys].every((key) => jsonEqual(a[key], b[key]));
}

/** Every usage counter is at least the server's and at most MAX_COUNTER_STEP above it. */
export function countersRise(server: Record<string, unknown>, sent: unknown): boolean {
  if (!isObject(sent)) return false;
  const [a, b] = [asHeld(server), asHeld(sent)];
  return SCRIPT_COUNTERS.every((key) => {
    const [before, after] = [counter(a[key]), counter(b[key])];
    return before !== null && after !== null && after >= before && after - before <= MAX_COUNTER_STEP;
  });
}

/** A counter's value as held (absent is 0), or null when it is not a count. */
function counter(value: unknown): number | null {
  if (value === undefined) return 0;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

function asHeld(raw: Record<string, unknown>): Record<string, unknown> {
  const parsed = Script.safeParse(raw);
  return parsed.success ? { ...raw, ...parsed.data } : raw;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Equality of JSON values; object key order is ignored (jsonb does not keep it), absent equals undefined. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => jsonEqual(a[key], b[key]));
}

/** A role from operator input (CLI), or an error naming the choices. */
export function parseRole(value: string): Role {
  const result = Role.safeParse(value.trim().toLowerCase());
  if (!result.success) throw new Error(`role must be one of: ${ROLES.join(', ')}`);
  return result.data;
}
