import type { SyncSettingsModel } from '../../lib/sync/settingsModel';
import type { WelcomeModel } from '../../lib/onboarding/welcomeModel';
import { useI18n } from '../common/I18n';
import { SyncSettings } from '../options/SyncSettings';

/** Step 3: this device only, or the team's backend with the options page's own form and its errors. */
export function WorkModeStep({ model, sync }: { model: WelcomeModel; sync: SyncSettingsModel }) {
  const { t } = useI18n();
  const mode = model.workMode.value;
  return (
    <li class="welcome-step" data-testid="step-work-mode">
      <h2>{t('onboardingStepModeTitle')}</h2>
      <div class="actions" role="group" aria-label={t('onboardingStepModeTitle')}>
        <button class="button" type="button" aria-pressed={mode === 'device'} data-testid="mode-device" onClick={() => model.chooseWorkMode('device')}>
          {t('onboardingModeDevice')}
        </button>
        <button class="button" type="button" aria-pressed={mode === 'team'} data-testid="mode-team" onClick={() => model.chooseWorkMode('team')}>
          {t('onboardingModeTeam')}
        </button>
      </div>
      {mode === 'device' && model.workModeSaved.value && (
        <p role="status" data-testid="mode-device-done">
          {t('onboardingModeDeviceDone')}
        </p>
      )}
      {mode === 'team' && <SyncSettings model={sync} />}
    </li>
  );
}
