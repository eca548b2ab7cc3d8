import { useI18n } from '../common/I18n';

/**
 * Where the pin is, drawn with elements (no image files, nothing remote): Chrome's toolbar, the
 * puzzle-piece Extensions button, and the pin beside LeadKit in its menu.
 */
export function PinIllustration() {
  const { t } = useI18n();
  return (
    <figure class="pin-picture" aria-label={t('onboardingPinPictureLabel')}>
      <div class="pin-picture__toolbar" aria-hidden="true">
        <span class="pin-picture__address" />
        <span class="pin-picture__puzzle" />
        <span class="pin-picture__menu-dot" />
      </div>
      <div class="pin-picture__menu" aria-hidden="true">
        <span class="pin-picture__row">
          <span class="pin-picture__logo" /> {t('extName')} <span class="pin-picture__pin" />
        </span>
      </div>
      <figcaption class="muted">{t('onboardingPinCaption')}</figcaption>
    </figure>
  );
}
