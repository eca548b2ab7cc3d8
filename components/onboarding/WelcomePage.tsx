import type { AccessModel } from '../../lib/onboarding/accessModel';
import type { ChecklistModel } from '../../lib/onboarding/checklistModel';
import type { WelcomeModel } from '../../lib/onboarding/welcomeModel';
import type { SyncSettingsModel } from '../../lib/sync/settingsModel';
import { useI18n } from '../common/I18n';
import { LanguageSwitch } from './LanguageSwitch';
import { ManagerChecklist } from './ManagerChecklist';
import { PinIllustration } from './PinIllustration';
import { ShortcutAndPermissions } from './ShortcutAndPermissions';
import { WorkModeStep } from './WorkModeStep';

export interface WelcomePageProps {
  model: WelcomeModel;
  sync: SyncSettingsModel;
  access: AccessModel;
  checklist: ChecklistModel;
  view: 'rep' | 'manager';
  /** Keys of the release notes to show ("what's new" after an announced update). */
  notes: string[];
  onView(view: 'rep' | 'manager'): void;
  onOpenSample(): void;
}

function WhatsNew({ notes }: { notes: string[] }) {
  const { t } = useI18n();
  return (
    <section class="card" data-testid="whats-new">
      <h2>{t('onboardingWhatsNewTitle')}</h2>
      <ul>
        {notes.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}

/** The first five minutes (issue #26): three steps for a rep, a checklist for a manager. */
export function WelcomePage(props: WelcomePageProps) {
  const { t } = useI18n();
  const { model, view } = props;
  return (
    <div class="welcome" data-testid="welcome-page">
      <header class="welcome__header">
        <h1>{t('onboardingTitle')}</h1>
        <LanguageSwitch value={model.locale.value} onChange={model.setLocale} />
      </header>
      {props.notes.length > 0 && <WhatsNew notes={props.notes} />}
      {view === 'manager' ? (
        <ManagerChecklist model={props.checklist} onBack={() => props.onView('rep')} />
      ) : (
        <>
          <p class="welcome__intro">{t('onboardingIntro')}</p>
          <ol class="plain-list welcome__steps">
            <li class="welcome-step" data-testid="step-pin">
              <h2>{t('onboardingStepPinTitle')}</h2>
              <p>{t('onboardingStepPinText')}</p>
              <PinIllustration />
            </li>
            <li class="welcome-step" data-testid="step-try">
              <h2>{t('onboardingStepTryTitle')}</h2>
              <p>{t('onboardingStepTryText')}</p>
              <button class="button button--primary" type="button" data-testid="open-sample" onClick={props.onOpenSample}>
                {t('onboardingStepTryButton')}
              </button>
            </li>
            <WorkModeStep model={model} sync={props.sync} />
          </ol>
          <ShortcutAndPermissions model={props.access} />
          <p class="welcome__manager">
            {t('onboardingManagerQuestion')}{' '}
            <button class="button" type="button" data-testid="open-manager" onClick={() => props.onView('manager')}>
              {t('onboardingManagerButton')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
