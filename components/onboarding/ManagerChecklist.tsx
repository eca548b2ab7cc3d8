import type { ChecklistModel } from '../../lib/onboarding/checklistModel';
import type { ChecklistItem } from '../../lib/onboarding/managerChecklist';
import type { RepInviteModel } from '../../lib/onboarding/repInviteModel';
import { useI18n } from '../common/I18n';
import { StatusView } from '../common/StatusView';
import { RepInvites } from './RepInvites';

function ItemRow({ item, invite }: { item: ChecklistItem; invite: RepInviteModel | null }) {
  const { t } = useI18n();
  const state = item.done === null ? 'unknown' : item.done ? 'done' : 'todo';
  const note = item.note;
  return (
    <li class={`checklist-item checklist-item--${state}`} data-testid="checklist-item" data-item={item.id} data-state={state}>
      <span class="checklist-item__mark" aria-hidden="true">{state === 'done' ? '✓' : state === 'todo' ? '○' : '?'}</span>
      <div>
        <strong>{t(`onboardingChecklist_${item.id}`)}</strong> <span class="muted">({t(`onboardingChecklistState_${state}`)})</span>
        <p class="muted">{t(`onboardingChecklist_${item.id}_how`)}</p>
        {note && (
          <p data-testid="checklist-note">
            {note.kind === 'connectedAs' ? t('onboardingChecklistConnectedAs', { team: note.team, user: note.user }) : t('onboardingChecklistServerError', { reason: t(`syncError_${note.error}`) })}
          </p>
        )}
        {item.reps && <RepInvites reps={item.reps} invite={invite} />}
        {item.href && (
          <a href={item.href} target="_blank" rel="noopener">
            {t('onboardingChecklistOpen')}
          </a>
        )}
      </div>
    </li>
  );
}

/** The manager's path (issue #26): what is set up and what is not, read from the real state. */
export function ManagerChecklist({ model, onBack }: { model: ChecklistModel; onBack(): void }) {
  const { t } = useI18n();
  const items = model.items.value;
  return (
    <section data-testid="manager-checklist">
      <h2>{t('onboardingChecklistTitle')}</h2>
      <p class="muted">{t('onboardingChecklistIntro')}</p>
      {model.failed.value ? (
        <StatusView tone="error" title={t('onboardingChecklistFailed')} />
      ) : !items ? (
        <StatusView tone="loading" title={t('onboardingChecklistLoading')} />
      ) : (
        <ol class="plain-list">
          {items.map((item) => (
            <ItemRow key={item.id} item={item} invite={model.invite} />
          ))}
        </ol>
      )}
      <div class="actions">
        <button class="button" type="button" onClick={() => void model.load()}>
          {t('onboardingChecklistRefresh')}
        </button>
        <button class="button button--quiet" type="button" onClick={onBack}>
          {t('onboardingChecklistBack')}
        </button>
      </div>
    </section>
  );
}
