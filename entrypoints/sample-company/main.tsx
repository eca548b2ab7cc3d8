import { render } from 'preact';
import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/common/I18n';
import { SampleCaptureBanner, type SampleCaptureStatus } from '../../components/onboarding/SampleCaptureBanner';
import { intlTag, resolveLocale } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/settingsStore';
import { captureSamplePage } from '../../lib/onboarding/samplePage';
import { openPanel } from '../../lib/platform';
import { listenForSampleGestures } from '../../lib/onboarding/sampleGestures';
import { offerSampleCapture } from '../../lib/onboarding/sampleBridge';
import '../../components/styles/base.css';
import '../../components/styles/onboarding.css';

async function start(): Promise<void> {
  const [settings, tab] = await Promise.all([loadSettings(), browser.tabs.getCurrent()]);
  const locale = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = intlTag(locale);
  const status = signal<SampleCaptureStatus>('idle');
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  const run = () => {
    status.value = 'capturing';
    return captureSamplePage(document, tabId, browser.storage.session).then(
      () => (status.value = 'captured'),
      (error: unknown) => {
        console.warn('[leadkit] sample capture failed', error);
        status.value = 'failed';
        throw error;
      },
    );
  };
  const capture = () => {
    // First, inside the click: the browser opens the side panel only during the rep's gesture.
    openPanel(tab.windowId);
    run().catch(() => {});
  };
  // The toolbar icon, shortcut and menu: the background opens the panel for those itself.
  listenForSampleGestures(tabId, () => void run().catch(() => {}));
  // The side panel's own Capture button, when this tab is the one it shows.
  offerSampleCapture(window, run);
  const App = () => <SampleCaptureBanner status={status.value} onCapture={capture} />;
  render(
    <I18nProvider locale={locale}>
      <App />
    </I18nProvider>,
    document.getElementById('leadkit-try')!,
  );
}

void start();
