import { render } from 'preact';
import { I18nProvider } from '../../components/common/I18n';
import { AccountBadge, RecipientChip } from '../../components/overlay/AccountBadge';
import { ScriptPicker } from '../../components/overlay/ScriptPicker';
import { intlTag, resolveLocale, type Locale } from '../../lib/i18n';
import { sendToBackground } from '../../lib/messaging/client';
import { SessionId, type AccountSummary } from '../../lib/overlay/overlayMessages';
import { createPickerModel } from '../../lib/overlay/picker/pickerModel';
import { FRAME_PAGE_CSS, PICKER_CSS } from '../../lib/overlay/picker/pickerStyles';
import { loadSettings } from '../../lib/settings/settingsStore';

/**
 * The overlay frames' page (#22 item 1): shown by the picker and badge content scripts in an
 * iframe inside the page, it is extension origin, so the page can neither read its text nor hear
 * its keys. It talks only to the background, naming the session in its URL; the background checks
 * that the session is this tab's. No window.postMessage: the page could spoof or read it.
 */
async function start(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = PICKER_CSS + FRAME_PAGE_CSS;
  document.head.append(style);
  const parsed = SessionId.safeParse(location.hash.slice(1));
  if (!parsed.success) return;
  const session = parsed.data;
  const params = new URLSearchParams(location.search);
  const app = document.getElementById('app')!;
  const close = () => void sendToBackground('frame.close', { session }).catch(() => undefined);
  const locale: Locale = resolveLocale((await loadSettings().catch(() => null))?.locale ?? 'auto', navigator.language);
  document.documentElement.lang = intlTag(locale);

  if (params.get('kind') === 'picker') {
    const model = createPickerModel(
      {
        loadScripts: () => sendToBackground('frame.pickerScripts', { session }),
        fill: (scriptId) => sendToBackground('frame.pickerFill', { session, scriptId }),
        insert: (scriptId) => sendToBackground('frame.pickerInsert', { session, scriptId }),
        close,
      },
      locale,
    );
    addEventListener('pagehide', () => model.dispose());
    render(<ScriptPicker model={model} genericMode={params.get('generic') === '1'} />, app);
    await model.load();
    return;
  }

  if (params.get('kind') === 'chip') {
    const summary = await sendToBackground('frame.chip', { session }).catch(() => null);
    if (!summary) return;
    app.className = 'chip-frame';
    render(
      <I18nProvider locale={locale}>
        <RecipientChip summary={summary} />
      </I18nProvider>,
      app,
    );
    return;
  }

  const summary: AccountSummary | null = await sendToBackground('frame.badge', { session }).catch(() => null);
  if (!summary) return;
  app.className = 'badge-frame';
  render(
    <I18nProvider locale={locale}>
      <AccountBadge summary={summary} onOpen={() => void sendToBackground('frame.openPanel', { session }).catch(() => undefined)} onClose={close} />
    </I18nProvider>,
    app,
  );
}

void start();
