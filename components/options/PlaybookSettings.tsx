import type { PlaybookSettingsModel } from '../../lib/pipeline/panel/playbookSettingsModel';
import { useI18n } from '../common/I18n';
import { CalendarFields } from '../pipeline/CalendarFields';
import { RuleDeadlines } from '../pipeline/RuleDeadlines';

/** The manager's working calendar and playbook deadlines; an invalid form is refused whole, with each problem's path. */
export function PlaybookSettings({ model }: { model: PlaybookSettingsModel }) {
  const { t } = useI18n();
  const status = model.status.value;
  const errors = model.errors.value;
  if (status === 'loading') return <p class="muted">{t('pipelineLoading')}</p>;
  return (
    <section class="card" aria-labelledby="playbook-title">
      <h2 id="playbook-title">{t('pipelinePlaybookTitle')}</h2>
      <p class="field__hint">{t('pipelinePlaybookIntro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void model.save();
        }}
      >
        <CalendarFields calendar={model.calendar.value} onChange={model.setCalendar} onWeekday={model.toggleWeekday} />
        <RuleDeadlines rules={model.rules.value} onChange={model.setRule} />
        {errors.length > 0 && (
          <div class="notice notice--error" role="alert" data-testid="playbook-errors">
            <p>{t('pipelinePlaybookInvalid')}</p>
            <ul>
              {errors.map((error) => (
                <li key={`${error.path}:${error.message}`}>
                  <code>{error.path || '/'}</code>
                  {': '}
                  {error.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div class="actions">
          <button type="submit" class="button button--primary" disabled={status === 'saving'} data-testid="save-playbook">
            {t('pipelinePlaybookSave')}
          </button>
          <button type="button" class="button" disabled={status === 'saving'} onClick={() => void model.reset()}>
            {t('pipelinePlaybookReset')}
          </button>
          <span class="save-status" role="status" data-testid="playbook-status">
            {status === 'saved' && t('pipelineSaved')}
            {status === 'reset' && t('pipelinePlaybookResetDone')}
            {status === 'failed' && t('pipelineSaveFailed')}
          </span>
        </div>
      </form>
    </section>
  );
}
