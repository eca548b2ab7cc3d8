import type { RepInviteModel } from '../../lib/onboarding/repInviteModel';
import type { TeamMember } from '../../lib/sync/membersProtocol';
import { useI18n } from '../common/I18n';

/** The reps step's body (issue #26): the team's reps, and "Invite a rep" with its token shown once. */
export function RepInvites({ reps, invite }: { reps: readonly TeamMember[]; invite: RepInviteModel | null }) {
  const { t } = useI18n();
  return (
    <div class="rep-invites" data-testid="rep-invites">
      <h3>{t('onboardingRepsTitle')}</h3>
      {reps.length === 0 ? (
        <p class="muted">{t('onboardingRepsNone')}</p>
      ) : (
        <ul data-testid="rep-list">
          {reps.map((rep) => (
            <li key={rep.id}>
              {rep.name}
              {!rep.hasLiveToken && <span class="muted"> ({t('onboardingRepsNoToken')})</span>}
            </li>
          ))}
        </ul>
      )}
      {invite && <InviteForm model={invite} />}
    </div>
  );
}

function InviteForm({ model }: { model: RepInviteModel }) {
  const { t } = useI18n();
  const state = model.state.value;
  return (
    <>
      <h3>{t('onboardingInviteTitle')}</h3>
      <form
        class="field"
        data-testid="invite-form"
        onSubmit={(event) => {
          event.preventDefault();
          void model.submit();
        }}
      >
        <label for="invite-name">{t('onboardingInviteName')}</label>
        <input id="invite-name" value={model.name.value} maxLength={200} autoComplete="off" onInput={(event) => model.setName((event.currentTarget as HTMLInputElement).value)} />
        <button class="button" type="submit" disabled={state.kind === 'sending'}>
          {state.kind === 'sending' ? t('onboardingInviteSending') : t('onboardingInviteSubmit')}
        </button>
      </form>
      {state.kind === 'invalidName' && <p role="alert">{t('onboardingInviteNameInvalid')}</p>}
      {state.kind === 'failed' && <p role="alert">{t('onboardingInviteFailed', { reason: t(`syncError_${state.error}`) })}</p>}
      {state.kind === 'invited' && (
        <div class="card" data-testid="invite-token" role="status">
          <p>{t('onboardingInviteDone', { name: state.name })}</p>
          <p>
            <code data-testid="invite-token-value" style={{ wordBreak: 'break-all', userSelect: 'all' }}>{state.token}</code>
          </p>
          <p>
            <strong>{t('onboardingInviteOnce')}</strong>
          </p>
          <div class="actions">
            <button class="button" type="button" data-testid="invite-copy" onClick={() => void model.copy()}>
              {t('onboardingInviteCopy')}
            </button>
            <button class="button button--quiet" type="button" onClick={model.dismiss}>
              {t('onboardingInviteDismiss')}
            </button>
          </div>
          {state.copied === 'yes' && <p>{t('onboardingInviteCopied')}</p>}
          {state.copied === 'failed' && <p role="alert">{t('onboardingInviteCopyFailed')}</p>}
        </div>
      )}
    </>
  );
}
