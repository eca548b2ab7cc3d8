import { useMemo } from 'preact/hooks';
import { intlTag } from '../../lib/i18n';
import { createFormatters, type DashboardFormatters } from '../../lib/dashboard/page/formatters';
import { useI18n } from '../common/I18n';

/** The page locale's number formats, made once per locale. */
export function useFormatters(): DashboardFormatters {
  const { locale } = useI18n();
  return useMemo(() => createFormatters(intlTag(locale)), [locale]);
}
