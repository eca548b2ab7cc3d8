import type { SyncPanelModel } from '../../lib/sync/panel/syncPanelModel';
import { DELETED_FIELD, type ConflictIssue } from '../../lib/sync/syncDb';
import type { Translate } from '../../lib/i18n';
import { useI18n } from '../common/I18n';

function shown(field: string, value: unknown, t: Translate): string {
  if (field === DELETED_FIELD) return value ? t('syncDeletedValue') : t('syncKeptValue');
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return t('syncEmptyValue');
  const text = typeof value === 'string' ? value : Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.join(', ') : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

const labelKey = (field: string) => `syncField_${field === DELETED_FIELD ? 'deleted' : field}`;

/** One record changed on both sides: per field, the rep's value or the colleague's. */
export function ConflictCard({ issue, model }: { issue: ConflictIssue; model: SyncPanelModel }) {
  const { t } = useI18n();
  const picked = model.choices.value[issue.key] ?? {};
  return (
    <div class="sync-conflict" data-testid="sync-conflict">
      <p>{t('syncConflictIntro', { label: issue.label })}</p>
      {issue.fields.map(({ field, mine, theirs }) => {
        const choice = picked[field] ?? 'mine';
        const label = t(labelKey(field));
        return (
          <fieldset key={field} class="sync-conflict__field">
            <legend>{label === labelKey(field) ? field : label}</legend>
            <label>
              <input type="radio" name={`${issue.key}:${field}`} checked={choice === 'mine'} onChange={() => model.choose(issue.key, field, 'mine')} />
              {t('syncMine')}: <span class="sync-conflict__value">{shown(field, mine, t)}</span>
            </label>
            <label>
              <input type="radio" name={`${issue.key}:${field}`} checked={choice === 'theirs'} onChange={() => model.choose(issue.key, field, 'theirs')} />
              {t('syncTheirs')}: <span class="sync-conflict__value">{shown(field, theirs, t)}</span>
            </label>
          </fieldset>
        );
      })}
      <button class="button button--small button--primary" type="button" data-testid="sync-resolve" onClick={() => void model.resolve(issue)}>
        {t('syncKeep')}
      </button>
    </div>
  );
}
