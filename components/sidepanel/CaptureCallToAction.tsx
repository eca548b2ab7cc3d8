import type { CaptureErrorCode } from '../../lib/messaging/protocol';
import { useI18n } from '../common/I18n';

interface Props {
  host: string | null;
  error?: CaptureErrorCode;
  onCapture(): void;
  onAllowSite(): void;
}

/** Unknown site: what LeadKit can do here, and the one button that does it. */
export function CaptureCallToAction({ host, error, onCapture, onAllowSite }: Props) {
  const { t } = useI18n();
  return (
    <section class="cta" aria-labelledby="cta-title">
      <h2 id="cta-title">{host ? t('panelUnknownSiteTitle', { host }) : t('panelUnknownPageTitle')}</h2>
      <p class="muted">{t('panelUnknownSiteBody')}</p>
      {error && (
        <p class="notice notice--error" role="alert" data-testid="capture-error">
          {t(`captureError_${error}`)}
        </p>
      )}
      {error === 'noAccess' ? (
        <button class="button button--primary" type="button" onClick={onAllowSite}>
          {t('panelAllowSite')}
        </button>
      ) : (
        <button class="button button--primary" type="button" onClick={onCapture} data-testid="capture-button">
          {t('panelCaptureButton')}
        </button>
      )}
      <p class="hint">{t('panelCaptureHint')}</p>
    </section>
  );
}
