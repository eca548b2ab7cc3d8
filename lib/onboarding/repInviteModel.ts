import { signal, type ReadonlySignal } from '@preact/signals';
import { MemberName } from '../sync/membersProtocol';
import { SyncFailure, type SyncErrorCode } from '../sync/syncError';

export interface RepInviteDeps {
  /** POST /v1/team/members with the saved connection (lib/sync/teamMembers.ts inviteRep). */
  invite(name: string): Promise<{ member: { name: string }; token: string }>;
  /** navigator.clipboard in the page. */
  copyText(text: string): Promise<void>;
  /** After an invite: the checklist reads the team again, so the rep shows and the step is done. */
  onInvited(): void;
}

export type InviteState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** The token, shown this once: only this signal holds it, never storage. */
  | { kind: 'invited'; name: string; token: string; copied: 'no' | 'yes' | 'failed' }
  | { kind: 'invalidName' }
  | { kind: 'failed'; error: SyncErrorCode };

export interface RepInviteModel {
  name: ReadonlySignal<string>;
  state: ReadonlySignal<InviteState>;
  setName(name: string): void;
  submit(): Promise<void>;
  copy(): Promise<void>;
  /** "Done": forgets the token; it cannot be shown again. */
  dismiss(): void;
}

/** The "Invite a rep" form of the checklist's reps step (issue #26). */
export function createRepInviteModel(deps: RepInviteDeps): RepInviteModel {
  const name = signal('');
  const state = signal<InviteState>({ kind: 'idle' });
  return {
    name,
    state,
    setName(value) {
      name.value = value;
      if (state.value.kind === 'invalidName' || state.value.kind === 'failed') state.value = { kind: 'idle' };
    },
    async submit() {
      if (state.value.kind === 'sending') return;
      const checked = MemberName.safeParse(name.value);
      if (!checked.success) {
        state.value = { kind: 'invalidName' };
        return;
      }
      state.value = { kind: 'sending' };
      try {
        const { member, token } = await deps.invite(checked.data);
        state.value = { kind: 'invited', name: member.name, token, copied: 'no' };
        name.value = '';
        deps.onInvited();
      } catch (error) {
        if (!(error instanceof SyncFailure)) console.warn('[leadkit] invite', error);
        state.value = { kind: 'failed', error: error instanceof SyncFailure ? error.code : 'internal' };
      }
    },
    async copy() {
      const shown = state.value;
      if (shown.kind !== 'invited') return;
      let copied: 'yes' | 'failed' = 'yes';
      try {
        await deps.copyText(shown.token);
      } catch {
        copied = 'failed';
      }
      // Still the same invite (not dismissed meanwhile): say whether it worked.
      if (state.value === shown) state.value = { ...shown, copied };
    },
    dismiss() {
      state.value = { kind: 'idle' };
    },
  };
}
