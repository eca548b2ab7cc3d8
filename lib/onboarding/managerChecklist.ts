import type { TeamMember } from '../sync/membersProtocol';
import type { SyncErrorCode } from '../sync/syncError';

/** What the manager's checklist reads (issue #26), gathered from the real stores and the server. */
export interface ChecklistFacts {
  /** The saved backend as "Test connection" finds it now. */
  connection: { kind: 'none' } | { kind: 'connected'; team: string; user: string } | { kind: 'failed'; error: SyncErrorCode };
  /** The scoring rules were saved at least once (the defaults are only a start). */
  rulesSaved: boolean;
  playbookSaved: boolean;
  calendarSaved: boolean;
  /** The scripts library differs from the defaults shipped (a script added, edited or removed). */
  scriptsChanged: boolean;
  /**
   * The team's members as the backend lists them for the saved token: `none` when not connected,
   * `failed` when the backend refused (a rep's token is `forbidden`) or could not answer.
   */
  members: { kind: 'none' } | { kind: 'listed'; members: readonly TeamMember[] } | { kind: 'failed'; error: SyncErrorCode };
}

export type ChecklistItemId = 'server' | 'team' | 'rules' | 'playbook' | 'scripts' | 'reps';

export interface ChecklistItem {
  id: ChecklistItemId;
  /** null: not visible from this browser (the server keeps it); the item says how to do it. */
  done: boolean | null;
  /** Where to do it: an options tab, or null when the step happens on the server. */
  href: string | null;
  /** What the check found, when there is more to say than done / not done. */
  note?: { kind: 'serverError'; error: SyncErrorCode } | { kind: 'connectedAs'; team: string; user: string };
  /** The reps step only, when the backend listed the team: its reps (managers are not invited here). */
  reps?: readonly TeamMember[];
}

/** The server answered, even if it refused the token: it is running. */
const SERVER_ANSWERED: ReadonlySet<SyncErrorCode> = new Set(['unauthorized', 'forbidden', 'rateLimited', 'badRequest', 'protocolMismatch']);

/** The checklist as the facts say it is, in the order a manager does it. */
export function managerChecklist(facts: ChecklistFacts): ChecklistItem[] {
  const { connection } = facts;
  const serverUp = connection.kind === 'connected' || (connection.kind === 'failed' && SERVER_ANSWERED.has(connection.error));
  return [
    { id: 'server', done: serverUp, href: null, ...(connection.kind === 'failed' ? { note: { kind: 'serverError', error: connection.error } } : {}) },
    { id: 'team', done: connection.kind === 'connected', href: '/options.html#sync', ...(connection.kind === 'connected' ? { note: { kind: 'connectedAs', team: connection.team, user: connection.user } } : {}) },
    { id: 'rules', done: facts.rulesSaved, href: '/options.html#scoring' },
    { id: 'playbook', done: facts.playbookSaved && facts.calendarSaved, href: '/options.html#playbook' },
    { id: 'scripts', done: facts.scriptsChanged, href: '/options.html#scripts' },
    repsItem(facts.members),
  ];
}

/** Done once the team has a rep; unknown (the CLI's way, said by the item) without a listing. */
function repsItem(members: ChecklistFacts['members']): ChecklistItem {
  if (members.kind === 'listed') {
    const reps = members.members.filter((member) => member.role === 'rep');
    return { id: 'reps', done: reps.length > 0, href: null, reps };
  }
  return { id: 'reps', done: null, href: null, ...(members.kind === 'failed' ? { note: { kind: 'serverError', error: members.error } } : {}) };
}

/** Whether the library differs from the defaults: compares what a rep would see, not timestamps. */
export function scriptsDifferFromDefaults(
  scripts: readonly { id: string; title: string; body: string }[],
  defaults: readonly { id: string; title: string; body: string }[],
): boolean {
  const shipped = new Map(defaults.map((script) => [script.id, script]));
  if (scripts.length !== defaults.length) return true;
  return scripts.some((script) => {
    const original = shipped.get(script.id);
    return !original || original.title !== script.title || original.body !== script.body;
  });
}
