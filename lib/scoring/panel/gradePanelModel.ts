import { signal, type ReadonlySignal } from '@preact/signals';
import type { Account } from '../../model';
import type { GradeHistoryEntry } from '../history/gradeHistoryEntry';

export interface GradePanelDeps {
  historyFor(accountId: string): Promise<GradeHistoryEntry[]>;
  /** Scores the account now when it has no score under the rule set in force (a fresh capture). */
  ensureScored(account: Account): Promise<void>;
}

export interface GradePanelModel {
  /** Whether the reasons list is open. */
  expanded: ReadonlySignal<boolean>;
  /** The shown account's grade changes, newest first. */
  history: ReadonlySignal<GradeHistoryEntry[]>;
  toggle(): void;
  /** The panel shows `account` (again): refresh its history, score it if it has no score yet. */
  show(account: Account): void;
}

/** The side panel's grade section (issue #4): the reasons one click away, and the history. */
export function createGradePanelModel(deps: GradePanelDeps): GradePanelModel {
  const expanded = signal(false);
  const history = signal<GradeHistoryEntry[]>([]);
  let shownId: string | null = null;
  let shownKey = '';

  return {
    expanded,
    history,
    toggle: () => (expanded.value = !expanded.value),
    show(account) {
      const key = `${account.id}:${account.updatedAt}:${account.score?.scoredAt ?? '-'}`;
      if (key === shownKey) return;
      shownKey = key;
      if (account.id !== shownId) {
        shownId = account.id;
        expanded.value = false;
        history.value = [];
      }
      deps.historyFor(account.id).then(
        (entries) => {
          if (shownId === account.id) history.value = entries;
        },
        (error: unknown) => console.warn('[leadkit] reading the grade history failed', error),
      );
      deps.ensureScored(account).catch((error: unknown) => console.warn('[leadkit] scoring the account failed', error));
    },
  };
}
