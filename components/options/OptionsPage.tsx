import type { ComponentChildren } from 'preact';
import { useI18n } from '../common/I18n';
import { BrandMark } from '../common/BrandMark';

export interface OptionsTab {
  id: string;
  labelKey: string;
  render(): ComponentChildren;
}

/** Other extension pages the header links to (e.g. the dashboard, issue 8). */
export interface OptionsLink {
  href: string;
  labelKey: string;
}

/** Tabs along the top; each feature brings its own tab. The active tab follows the URL hash. */
export function OptionsPage({ tabs, active, onSelect, links = [] }: { tabs: OptionsTab[]; active: string; onSelect(id: string): void; links?: OptionsLink[] }) {
  const { t } = useI18n();
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0];
  return (
    <div class="options">
      <header class="options__header">
        <BrandMark />
        <h1>{t('optionsTitle')}</h1>
        <nav role="tablist" aria-label={t('optionsTitle')}>
          {tabs.map((tab) => (
            <button key={tab.id} role="tab" type="button" class="tab" aria-selected={tab.id === current?.id} onClick={() => onSelect(tab.id)}>
              {t(tab.labelKey)}
            </button>
          ))}
        </nav>
        {links.map((link) => (
          <a key={link.href} class="options__link" href={link.href} target="_blank" rel="noopener" data-testid="options-link">
            {t(link.labelKey)}
          </a>
        ))}
      </header>
      <div role="tabpanel">{current?.render()}</div>
    </div>
  );
}
