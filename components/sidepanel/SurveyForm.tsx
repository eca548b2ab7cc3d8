import type { Account, Task } from '../../lib/model';
import type { SurveyModel } from '../../lib/satisfaction/surveyModel';
import { useI18n } from '../common/I18n';
import { useAutoFocus } from '../pipeline/useAutoFocus';

/** The survey task's Done: NPS and/or CSAT by digits and a comment; Enter saves, Escape cancels. */
export function SurveyForm({ model, task, account }: { model: SurveyModel; task: Task; account: Account }) {
  const { t } = useI18n();
  const focusRef = useAutoFocus<HTMLInputElement>();
  const draft = model.draft.value;
  const error = model.error.value;
  const id = (field: string) => `survey-${task.id}-${field}`;
  return (
    <form
      class="inline-form"
      data-testid="survey-form"
      aria-label={t('satisfactionSurveyTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void model.save(task, account);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        model.cancel();
      }}
    >
      <div class="field">
        <label for={id('nps')}>{t('satisfactionNps')}</label>
        <input id={id('nps')} ref={focusRef} inputMode="numeric" maxLength={2} value={draft.nps} onInput={(event) => model.edit({ nps: event.currentTarget.value })} />
      </div>
      <div class="field">
        <label for={id('csat')}>{t('satisfactionCsat')}</label>
        <input id={id('csat')} inputMode="numeric" maxLength={1} value={draft.csat} onInput={(event) => model.edit({ csat: event.currentTarget.value })} />
      </div>
      <div class="field">
        <label for={id('comment')}>{t('satisfactionComment')}</label>
        <input id={id('comment')} maxLength={20000} value={draft.comment} onInput={(event) => model.edit({ comment: event.currentTarget.value })} />
      </div>
      {error && <p class="field__error" role="alert" data-testid="survey-error">{t(error)}</p>}
      <p class="field__hint">{t('satisfactionSurveyKeys')}</p>
      <div class="actions">
        <button type="submit" class="button button--primary" disabled={model.busy.value}>{t('satisfactionSurveySave')}</button>
        <button type="button" class="button button--quiet" onClick={model.cancel}>{t('pipelineCancel')}</button>
      </div>
    </form>
  );
}
