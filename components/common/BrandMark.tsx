import { useI18n } from './I18n';

/**
 * LeadKit's mark and name, as the toolbar shows them (public/icon/, issue #25), at the head of every
 * extension page so the rep knows whose page this is.
 */
export function BrandMark() {
  const { t } = useI18n();
  return (
    <span class="brand" data-testid="brand-mark">
      <img class="brand__icon" src="/icon/32.png" width={20} height={20} aria-hidden="true" />
      <span class="brand__name">{t('extName')}</span>
    </span>
  );
}
