import { useEffect, useRef } from 'preact/hooks';
import type { QuickAddModel } from '../../lib/pipeline/panel/quickAddModel';
import type { AccountDetails } from '../../lib/sidepanel/state';
import { useI18n } from '../common/I18n';
import { QuickAddForm } from './QuickAddForm';
import { TimelineEntry } from './TimelineEntry';

/** The quick-add key: "n" for a new entry, when the rep is not typing somewhere. */
export const QUICK_ADD_KEY = 'n';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The account's timeline, newest first, with keyboard-only quick add. */
export function PipelineTimeline({ model, details }: { model: QuickAddModel; details: AccountDetails }) {
  const { t } = useI18n();
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== QUICK_ADD_KEY || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      model.start();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [model]);
  const { activities, account } = details;
  return (
    <section class="section" aria-labelledby="timeline-title" data-testid="pipeline-timeline">
      <div class="section__heading">
        <h3 id="timeline-title">{t('accountTimeline')}</h3>
        {!model.open.value && (
          <button ref={addButton} type="button" class="button button--small" aria-keyshortcuts="n" data-testid="quick-add" onClick={() => model.start()}>
            {t('pipelineQuickAdd')}
          </button>
        )}
      </div>
      {model.open.value && <QuickAddForm model={model} accountId={account.id} onClosed={() => setTimeout(() => addButton.current?.focus())} />}
      {activities.length === 0 ? (
        <p class="muted">{t('accountTimelineEmpty')}</p>
      ) : (
        <ol class="timeline" data-testid="timeline">
          {activities.map((activity) => (
            <TimelineEntry key={activity.id} activity={activity} />
          ))}
        </ol>
      )}
    </section>
  );
}
