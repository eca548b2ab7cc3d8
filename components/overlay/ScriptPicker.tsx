import { useEffect, useRef } from 'preact/hooks';
import type { PickerModel } from '../../lib/overlay/picker/pickerModel';
import { kindLabelKey } from '../../lib/scripts/labelKeys';
import { I18nProvider, useI18n } from '../common/I18n';
import { ScriptPreview } from '../scripts/ScriptPreview';

/** The compose picker inside its closed shadow root: search, list, preview, insert. */
export function ScriptPicker({ model, genericMode }: { model: PickerModel; genericMode: boolean }) {
  return (
    <I18nProvider locale={model.locale.value}>
      <PickerBody model={model} genericMode={genericMode} />
    </I18nProvider>
  );
}

function PickerBody({ model, genericMode }: { model: PickerModel; genericMode: boolean }) {
  const { t } = useI18n();
  const recipient = model.recipient.value;
  const selected = model.selected.value;
  const preview = model.preview.value;
  const search = useRef<HTMLInputElement>(null);
  // Focus moves into the picker only now: the caret in the draft was saved when the launcher was pressed.
  useEffect(() => search.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = {
      ArrowDown: () => model.move(1),
      ArrowUp: () => model.move(-1),
      Enter: () => void model.insert(),
      Escape: () => model.close(),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  return (
    <div class="picker" role="dialog" aria-label={t('scriptsOpenPicker')} onKeyDown={onKeyDown}>
      <header class="picker__header">
        <strong>{t('scriptsPickerTitle')}</strong>
        {recipient && (
          <span class="picker__recipient" data-testid="picker-recipient">
            {[recipient.name, t(`stage_${recipient.stage}`), recipient.grade].filter(Boolean).join(' · ')}
          </span>
        )}
        <button type="button" class="picker__close" aria-label={t('scriptsPickerClose')} onClick={() => model.close()}>
          {'×'}
        </button>
      </header>
      {genericMode && <p class="picker__notice">{t('scriptsGenericModeShort')}</p>}
      <input
        class="picker__search"
        type="search"
        ref={search}
        value={model.query.value}
        placeholder={t('scriptsSearchPlaceholder')}
        aria-label={t('scriptsSearchPlaceholder')}
        onInput={(event) => model.setQuery((event.currentTarget as HTMLInputElement).value)}
      />
      {model.status.value === 'loading' && <p class="picker__status">{t('scriptsLoading')}</p>}
      {model.status.value === 'failed' && <p class="picker__status" role="alert">{t('scriptsLoadFailed')}</p>}
      {model.status.value === 'ready' && model.hits.value.length === 0 && (
        <p class="picker__status">{t('scriptsNoResults', { query: model.query.value })}</p>
      )}
      <ul class="picker__list" role="listbox" aria-label={t('scriptsLibraryTitle')}>
        {model.hits.value.map((script) => (
          <li
            key={script.id}
            role="option"
            aria-selected={script.id === selected?.id}
            class={script.id === selected?.id ? 'is-selected' : ''}
            onClick={() => model.select(script.id)}
            onDblClick={() => void model.insert()}
          >
            <span class="picker__title">{script.title}</span>
            <span class="picker__kind">{t(kindLabelKey(script.kind))}</span>
          </li>
        ))}
      </ul>
      {preview && <ScriptPreview segments={preview.segments} missing={preview.missing} />}
      {model.notice.value && <p class="picker__error" role="alert">{t(model.notice.value)}</p>}
      <footer class="picker__footer">
        <span class="picker__hint">{t('scriptsPickerKeys')}</span>
        <button type="button" class="picker__insert" disabled={!selected || model.busy.value} onClick={() => void model.insert()}>
          {t('scriptsInsert')}
        </button>
      </footer>
    </div>
  );
}
