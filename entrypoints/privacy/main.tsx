import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nProvider } from '../../components/common/I18n';
import { PrivacyPolicy } from '../../components/privacy/PrivacyPolicy';
import { intlTag, resolveLocale, translatorFor } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/settingsStore';
import '../../components/styles/base.css';

/** The privacy policy (issue #25), linked from the options page and from the store listings. */
async function start(): Promise<void> {
  const settings = await loadSettings();
  const locale = resolveLocale(settings.locale, navigator.language);
  document.documentElement.lang = intlTag(locale);
  document.title = translatorFor(locale)('privacyTitle');
  render(
    <I18nProvider locale={locale}>
      <PrivacyPolicy version={browser.runtime.getManifest().version} />
    </I18nProvider>,
    document.getElementById('app')!,
  );
}

void start();
