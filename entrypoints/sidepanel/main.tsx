import { render } from 'preact';
import { I18nProvider } from '../../components/common/I18n';
import { SidePanel } from '../../components/sidepanel/SidePanel';
import { ContactList } from '../../components/sidepanel/ContactList';
import { PanelHeader } from '../../components/sidepanel/PanelHeader';
import { NeedsSection } from '../../components/pipeline/NeedsSection';
import { NextActionsSection } from '../../components/pipeline/NextActionsSection';
import { PipelineTimeline } from '../../components/pipeline/PipelineTimeline';
import { StageSection } from '../../components/pipeline/StageSection';
import { createBrowserPipelineDeps, openExtensionPage } from '../../lib/pipeline/panel/browserDeps';
import { createPipelinePanel } from '../../lib/pipeline/panel/pipelinePanel';
import type { AccountSection } from '../../lib/sidepanel/sections';
import { ScriptsSection } from '../../components/scripts/ScriptsSection';
import { SiteOverlaySection } from '../../components/overlay/SiteOverlaySection';
import { createBrowserScriptsDeps } from '../../lib/scripts/panel/browserScriptsDeps';
import { createScriptsPanelModel } from '../../lib/scripts/panel/scriptsPanelModel';
import { createBrowserSiteOverlayDeps } from '../../lib/overlay/panel/browserSiteOverlayDeps';
import { createSiteOverlayModel } from '../../lib/overlay/panel/siteOverlayModel';
import { intlTag, resolveLocale } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/settingsStore';
import { createBrowserPanelDeps } from '../../lib/sidepanel/browserDeps';
import { createSidePanelModel } from '../../lib/sidepanel/model';
import { SyncStatus } from '../../components/sync/SyncStatus';
import { createBrowserSyncPanelDeps } from '../../lib/sync/panel/browserDeps';
import { createSyncPanelModel } from '../../lib/sync/panel/syncPanelModel';
import { GradeSection } from '../../components/scoring/GradeSection';
import { createBrowserGradeDeps } from '../../lib/scoring/panel/browserGradeDeps';
import { createGradePanelModel } from '../../lib/scoring/panel/gradePanelModel';
import { DealsSection } from '../../components/sidepanel/DealsSection';
import { createBrowserDealsPanel } from '../../lib/deals/panel/browserDealsDeps';
import '../../components/styles/base.css';

async function start(): Promise<void> {
  const settings = await loadSettings();
  const locale = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = intlTag(locale);
  const model = createSidePanelModel(createBrowserPanelDeps());
  const pipeline = createPipelinePanel(createBrowserPipelineDeps());
  const sync = createSyncPanelModel(createBrowserSyncPanelDeps());
  void sync.refresh();
  const scripts = createScriptsPanelModel(createBrowserScriptsDeps(), locale);
  void scripts.load();
  const siteOverlays = createSiteOverlayModel(createBrowserSiteOverlayDeps());
  const grade = createGradePanelModel(createBrowserGradeDeps());
  const deals = createBrowserDealsPanel(intlTag(locale));
  // Each feature's part of the account view, in order (see lib/sidepanel/sections.ts).
  const sections: AccountSection[] = [
    { id: 'grade', order: 10, render: (details) => <GradeSection model={grade} details={details} /> },
    { id: 'stage', order: 10, render: (details) => <StageSection model={pipeline.stage} details={details} /> },
    { id: 'deals', order: 30, render: (details) => <DealsSection model={deals} details={details} /> },
    { id: 'next-actions', order: 20, render: (details) => <NextActionsSection model={pipeline.nextActions} survey={pipeline.survey} details={details} /> },
    { id: 'contacts', order: 50, render: ({ contacts }) => <ContactList contacts={contacts} /> },
    { id: 'needs', order: 60, render: (details) => <NeedsSection model={pipeline.needs} details={details} /> },
    { id: 'scripts', order: 70, render: (details) => <ScriptsSection model={scripts} details={details} /> },
    { id: 'site-overlays', order: 75, render: () => <SiteOverlaySection model={siteOverlays} url={model.tab.value?.url} /> },
    { id: 'timeline', order: 90, render: (details) => <PipelineTimeline model={pipeline.quickAdd} details={details} /> },
  ];
  addEventListener('pagehide', () => {
    model.dispose();
    pipeline.dispose();
    sync.dispose();
    scripts.dispose();
  });
  render(
    <I18nProvider locale={locale}>
      <PanelHeader
        onOpenQueue={() => void openExtensionPage('/queue.html')}
        onOpenDashboard={() => void openExtensionPage('/dashboard.html')}
        onOpenSettings={() => void openExtensionPage('/options.html')}
      />
      <SyncStatus model={sync} />
      <SidePanel model={model} sections={sections} siteTools={(url) => <SiteOverlaySection model={siteOverlays} url={url} launcherOnly />} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
  await model.refresh();
}

void start();
