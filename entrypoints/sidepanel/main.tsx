import { render } from 'preact';
import { I18nProvider } from '../../components/common/I18n';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { ContactList } from '../../components/sidepanel/ContactList';
import { Timeline } from '../../components/sidepanel/Timeline';
import type { AccountSection } from '../../lib/sidepanel/sections';
import { resolveLocale } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/settingsStore';
import { createBrowserPanelDeps } from '../../lib/sidepanel/browserDeps';
import { createSidePanelModel } from '../../lib/sidepanel/model';
import '../../components/styles/base.css';

async function start(): Promise<void> {
  const settings = await loadSettings();
  const locale = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = locale === 'zh_CN' ? 'zh-CN' : 'en';
  const model = createSidePanelModel(createBrowserPanelDeps());
  // Each feature's part of the account view, in order (see lib/sidepanel/sections.ts).
  const sections: AccountSection[] = [
    { id: 'contacts', order: 50, render: ({ contacts }) => <ContactList contacts={contacts} /> },
    { id: 'timeline', order: 90, render: ({ activities }) => <Timeline activities={activities} /> },
  ];
  addEventListener('pagehide', () => model.dispose());
  render(
    <I18nProvider locale={locale}>
      <SidePanel model={model} sections={sections} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
  await model.refresh();
}

void start();
