import { useEffect, useRef } from 'preact/hooks';
import type { ScriptsPanelModel } from '../../lib/scripts/panel/scriptsPanelModel';
import type { AccountDetails } from '../../lib/sidepanel/state';
import { useI18n } from '../common/I18n';
import { ScriptRow } from './ScriptRow';

const isTypingIn = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Scripts for the account in view: keyboard only if the rep likes (/, arrows, Enter, C). */
export function ScriptsSection({ model, details }: { model: ScriptsPanelModel; details: AccountDetails }) {
  const { t } = useI18n();
  const { account, contacts } = details;
  const stage = account.stage;
  const list = model.scriptsFor(stage);
  const selected = list.find((script) => script.id === model.selectedId.value) ?? list[0] ?? null;
  const search = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const focusSearch = (event: KeyboardEvent) => {
      if (event.key !== '/' || isTypingIn(event.target)) return;
      event.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', focusSearch);
    return () => document.removeEventListener('keydown', focusSearch);
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (target.tagName === 'BUTTON') return;
    const inSearch = target === search.current;
    const textSelected = inSearch && search.current!.selectionStart !== search.current!.selectionEnd;
    const copyKey = event.key.toLowerCase() === 'c' && ((event.ctrlKey || event.metaKey) ? !textSelected : !inSearch && !event.altKey);
    const action: (() => void) | undefined = {
      ArrowDown: () => model.move(1, stage),
      ArrowUp: () => model.move(-1, stage),
      Enter: () => model.toggleExpanded(stage),
      Escape: () => model.setQuery(''),
    }[event.key] ?? (copyKey ? () => void model.copy(stage, account, contacts) : undefined);
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <section class="section scripts" aria-labelledby="scripts-title" data-testid="scripts-section" onKeyDown={onKeyDown}>
      <h3 id="scripts-title">{t('scriptsLibraryTitle')}</h3>
      <input
        ref={search}
        class="scripts__search"
        type="search"
        value={model.query.value}
        placeholder={t('scriptsSearchPlaceholder')}
        aria-label={t('scriptsSearchLabel')}
        aria-controls="scripts-list"
        aria-activedescendant={selected ? `script-${selected.id}` : undefined}
        data-testid="scripts-search"
        onInput={(event) => model.setQuery((event.currentTarget as HTMLInputElement).value)}
      />
      <p class="field__hint">{t('scriptsSectionHint')}</p>
      {list.length === 0 && (
        <p class="muted" data-testid="scripts-empty">
          {model.query.value ? t('onboardingScriptsNoMatch', { query: model.query.value }) : t('onboardingScriptsNoneForStage')}{' '}
          {model.query.value ? (
            <button class="button" type="button" data-testid="scripts-clear-search" onClick={() => model.setQuery('')}>
              {t('onboardingClearSearch')}
            </button>
          ) : (
            <a class="button" href="/options.html#scripts" target="_blank" rel="noopener">
              {t('onboardingOpenScriptsSettings')}
            </a>
          )}
        </p>
      )}
      <ul id="scripts-list" class="scripts__list" role="listbox" tabIndex={0} aria-label={t('scriptsLibraryTitle')} aria-activedescendant={selected ? `script-${selected.id}` : undefined}>
        {list.map((script) => (
          <ScriptRow
            key={script.id}
            script={script}
            stage={stage}
            selected={script.id === selected?.id}
            expanded={script.id === model.expandedId.value}
            preview={script.id === model.expandedId.value ? model.preview(script, account, contacts) : null}
            status={model.status.value?.scriptId === script.id ? model.status.value.key : null}
            onSelect={() => model.select(script.id)}
            onCopy={() => {
              model.select(script.id);
              void model.copy(stage, account, contacts);
            }}
            onRecord={(worked) => void model.record(script.id, worked)}
          />
        ))}
      </ul>
    </section>
  );
}
