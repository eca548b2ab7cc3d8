import { useEffect, useRef } from 'preact/hooks';
import type { DealDraft, DealField } from '../../lib/deals/dealDraft';
import type { DealsPanelModel } from '../../lib/deals/panel/dealsPanelModel';
import { FUNNEL_STAGES } from '../../lib/model';
import { useI18n } from '../common/I18n';

type TextField = Exclude<DealField, never> | 'closeReason';

/** The deal form: Enter saves, Esc cancels; each field's error sits under it and is announced. */
export function DealForm({ model }: { model: DealsPanelModel }) {
  const { t } = useI18n();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const draft = model.draft.value;
  const mode = model.editing.value?.mode;
  if (!draft || !mode) return null;
  const errors = model.errors.value;
  const closing = mode === 'won' || mode === 'lost';
  const field = (name: TextField, props: { type?: string; inputMode?: 'decimal' | 'numeric'; maxLength?: number } = {}) => {
    const error = name === 'closeReason' ? undefined : errors[name];
    return (
      <div class="field" key={name}>
        <label for={`deal-${name}`}>{t(`dealField_${name}`)}</label>
        <input
          id={`deal-${name}`}
          ref={name === (closing ? 'closeReason' : 'name') ? first : undefined}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          maxLength={props.maxLength ?? 200}
          value={draft[name as keyof DealDraft] as string}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `deal-${name}-error` : undefined}
          onInput={(event) => model.setField(name as keyof DealDraft, event.currentTarget.value as never)}
        />
        {error && (
          <p id={`deal-${name}-error`} class="field__error" role="alert">
            {t(error)}
          </p>
        )}
      </div>
    );
  };
  return (
    <form
      class="deal-form"
      data-testid="deal-form"
      aria-label={t(`dealFormTitle_${mode}`)}
      onSubmit={(event) => {
        event.preventDefault();
        void model.save();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        model.cancel();
      }}
    >
      {!closing && field('name')}
      {!closing && field('amount', { inputMode: 'decimal', maxLength: 40 })}
      {!closing && field('currency', { maxLength: 3 })}
      {!closing && field('expectedCloseDate', { type: 'date' })}
      {!closing && (
        <div class="field">
          <label for="deal-stage">{t('dealField_stage')}</label>
          <select id="deal-stage" value={draft.stage} onChange={(event) => model.setField('stage', event.currentTarget.value as DealDraft['stage'])}>
            {FUNNEL_STAGES.filter((stage) => stage !== 'won').map((stage) => (
              <option key={stage} value={stage}>
                {t(`stage_${stage}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {!closing && field('probability', { inputMode: 'numeric', maxLength: 3 })}
      {closing && field('closeReason')}
      {closing && field('closedOn', { type: 'date' })}
      {mode === 'won' && field('grossMargin', { inputMode: 'decimal', maxLength: 40 })}
      {mode === 'won' && field('collected', { inputMode: 'decimal', maxLength: 40 })}
      <div class="actions">
        <button type="submit" class="button button--primary" data-testid="deal-save">
          {t(`dealSave_${mode}`)}
        </button>
        <button type="button" class="button" onClick={model.cancel}>
          {t('dealCancel')}
        </button>
      </div>
    </form>
  );
}
