import type { ComponentChildren } from 'preact';
import { useI18n } from '../common/I18n';

export interface OptionsTab {
  id: string;
  labelKey: string;
  render(): ComponentChildren;
}

/** Tabs along the top; each feature brings its own tab. The active tab follows the URL hash. */
export function OptionsPage({ tabs, active, onSelect }: { tabs: OptionsTab[]; active: string; onSelect(id: string): void }) {
  const { t } = useI18n();
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  return (
    <div class="options">
      <header class="options__header">
        <h1>{t('optionsTitle')}</h1>
        <nav role="tablist" aria-label={t('optionsTitle')}>
          {tabs.map((tab) => (
            <button key={tab.id} role="tab" type="button" class="tab" aria-selected={tab.id === current?.id} onClick={() => onSelect(tab.id)}>
              {t(tab.labelKey)}
            </button>
          ))}
        </nav>
      </header>
      <div role="tabpanel">{current?.render()}</div>
    </div>
  );
}
