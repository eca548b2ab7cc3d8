import type { CaptureErrorCode } from '../../lib/messaging/protocol';
import { useI18n } from '../common/I18n';

interface Props {
  host: string | null;
  error?: CaptureErrorCode;
  /** Gmail or Outlook: offer the open message's sender rather than the page. */
  webmail?: boolean;
  onCapture(): void;
  onCaptureSender(): void;
  onAllowSite(): void;
}

/** Unknown site: what LeadKit can do here, and the one button that does it. */
export function CaptureCallToAction({ host, error, webmail, onCapture, onCaptureSender, onAllowSite }: Props) {
  const { t } = useI18n();
  const title = webmail ? t('captureSenderTitle') : host ? t('panelUnknownSiteTitle', { host }) : t('panelUnknownPageTitle');
  return (
    <section class="cta" aria-labelledby="cta-title">
      <h2 id="cta-title">{title}</h2>
      <p class="muted">{webmail ? t('captureSenderBody') : t('panelUnknownSiteBody')}</p>
      {error && (
        <p class="notice notice--error" role="alert" data-testid="capture-error">
          {t(`captureError_${error}`)}
        </p>
      )}
      {error === 'noAccess' ? (
        <button class="button button--primary" type="button" onClick={onAllowSite}>
          {t('panelAllowSite')}
        </button>
      ) : webmail ? (
        <button class="button button--primary" type="button" onClick={onCaptureSender} data-testid="capture-sender-button">
          {t('captureSenderButton')}
        </button>
      ) : (
        <button class="button button--primary" type="button" onClick={onCapture} data-testid="capture-button">
          {t('panelCaptureButton')}
        </button>
      )}
      <p class="hint">{webmail ? t('captureSenderHint') : t('panelCaptureHint')}</p>
    </section>
  );
}
