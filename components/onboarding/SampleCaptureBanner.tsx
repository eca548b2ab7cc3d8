import { useI18n } from '../common/I18n';

export type SampleCaptureStatus = 'idle' | 'capturing' | 'captured' | 'failed';

/** The strip above the sample company page (#26): what this page is, and the one button to try. */
export function SampleCaptureBanner({ status, onCapture }: { status: SampleCaptureStatus; onCapture(): void }) {
  const { t } = useI18n();
  const note = status === 'captured' ? t('onboardingSampleCaptured') : status === 'failed' ? t('onboardingSampleFailed') : '';
  return (
    <div class="sample-banner" data-testid="sample-banner">
      <p>{t('onboardingSampleIntro')}</p>
      <button class="button button--primary" type="button" data-testid="sample-capture" disabled={status === 'capturing'} onClick={onCapture}>
        {t('onboardingSampleCapture')}
      </button>
      <p role="status" data-testid="sample-status" class={status === 'failed' ? 'sample-banner__status--bad' : ''}>
        {note}
      </p>
    </div>
  );
}
