import { useI18n } from '../common/I18n';

/**
 * The privacy policy (issue #25), the same text the stores link to (docs/store/privacy-*.md). What it
 * says about sync must match Firefox's data_collection_permissions in wxt.config.ts.
 */
const SECTIONS = ['Local', 'Read', 'Sent', 'Delete', 'Firefox'] as const;

export function PrivacyPolicy({ version }: { version: string }) {
  const { t } = useI18n();
  return (
    <article class="options privacy">
      <h1>
        <img src="/icon/48.png" width={32} height={32} aria-hidden="true" /> {t('privacyTitle')}
      </h1>
      <p>{t('privacyIntro')}</p>
      {SECTIONS.map((section) => (
        <section key={section} data-testid={`privacy-${section.toLowerCase()}`}>
          <h2>{t(`privacy${section}Heading`)}</h2>
          <p>{t(`privacy${section}Body`)}</p>
        </section>
      ))}
      <p>
        <small>{t('privacyVersion', { version })}</small>
      </p>
    </article>
  );
}
