import { render } from 'preact';
import { I18nProvider } from '../../components/common/I18n';
import { QueuePage } from '../../components/queue/QueuePage';
import { intlTag, resolveLocale } from '../../lib/i18n';
import { createBrowserQueueDeps } from '../../lib/pipeline/panel/browserDeps';
import { createQueueModel } from '../../lib/pipeline/panel/queueModel';
import { loadSettings } from '../../lib/settings/settingsStore';
import '../../components/styles/base.css';

/** My queue (issue #5): every open action of the rep, most urgent first. */
async function start(): Promise<void> {
  const settings = await loadSettings();
  const locale = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = intlTag(locale);
  const model = createQueueModel(createBrowserQueueDeps());
  addEventListener('pagehide', () => model.dispose());
  render(
    <I18nProvider locale={locale}>
      <QueuePage model={model} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
  await model.load();
}

void start();
