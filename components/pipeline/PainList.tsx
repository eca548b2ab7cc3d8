import type { Need } from '../../lib/model';
import { useI18n } from '../common/I18n';

const KINDS = ['rigid', 'value_added'] as const;
const PRIORITIES = ['must', 'expected', 'can_wait'] as const;

/** Each pain: what it is, rigid or value-added, and must / expected / can wait. */
export function PainList(props: { pains: Need[]; onChange(id: string, patch: Partial<Omit<Need, 'id'>>): void; onRemove(id: string): void; onAdd(): void }) {
  const { t } = useI18n();
  return (
    <fieldset class="needs__pains">
      <legend>{t('pipelineNeedsPains')}</legend>
      {props.pains.length === 0 && <p class="muted">{t('pipelineNeedsNoPains')}</p>}
      <ol class="plain-list">
        {props.pains.map((pain, index) => (
          <li key={pain.id} class="pain" data-testid="pain">
            <input
              aria-label={t('pipelineNeedsPainDescription', { number: index + 1 })}
              maxLength={2000}
              value={pain.description}
              onInput={(event) => props.onChange(pain.id, { description: event.currentTarget.value })}
            />
            <select aria-label={t('pipelineNeedsKind')} value={pain.kind} onChange={(event) => props.onChange(pain.id, { kind: event.currentTarget.value as Need['kind'] })}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>{t(`pipelineNeedKind_${kind}`)}</option>
              ))}
            </select>
            <select
              aria-label={t('pipelineNeedsPriority')}
              value={pain.priority}
              onChange={(event) => props.onChange(pain.id, { priority: event.currentTarget.value as Need['priority'] })}
            >
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>{t(`pipelineNeedPriority_${priority}`)}</option>
              ))}
            </select>
            <button type="button" class="button button--quiet button--small" onClick={() => props.onRemove(pain.id)}>
              {t('pipelineRemove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="button button--small" data-testid="add-pain" onClick={props.onAdd}>
        {t('pipelineNeedsAddPain')}
      </button>
    </fieldset>
  );
}
