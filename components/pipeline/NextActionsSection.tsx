import { useEffect } from 'preact/hooks';
import type { NextActionsModel } from '../../lib/pipeline/panel/nextActionsModel';
import type { AccountDetails } from '../../lib/sidepanel/state';
import { useI18n } from '../common/I18n';
import { TaskRow } from './TaskRow';
import type { SurveyModel } from '../../lib/satisfaction/surveyModel';

/** What to do next for this account, soonest first; the playbook adds the next one after each is done. */
export function NextActionsSection({ model, details, survey }: { model: NextActionsModel; details: AccountDetails; survey?: SurveyModel }) {
  const { t } = useI18n();
  const accountId = details.account.id;
  useEffect(() => model.show(accountId), [model, accountId]);
  const tasks = model.tasks.value.filter((task) => task.accountId === accountId);
  const now = model.now.value;
  return (
    <section class="section" aria-labelledby="next-actions-title" data-testid="next-actions">
      <h3 id="next-actions-title">{t('pipelineNextActions')}</h3>
      {tasks.length === 0 ? (
        <p class="muted" data-testid="no-actions">{t('pipelineNoActions')}</p>
      ) : (
        <ul class="plain-list tasks">
          {tasks.map((task) => (
            <TaskRow key={task.id} task={task} model={model} now={now} survey={survey} account={details.account} />
          ))}
        </ul>
      )}
    </section>
  );
}
