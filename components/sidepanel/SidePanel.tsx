import type { ComponentChildren } from 'preact';
import type { SidePanelModel } from '../../lib/sidepanel/model';
import type { AccountSection } from '../../lib/sidepanel/sections';
import { accountDomainFor } from '../../lib/match/domain';
import { useI18n } from '../common/I18n';
import { StatusView } from '../common/StatusView';
import { SampleCompanyButton } from '../onboarding/SampleCompanyButton';
import { AccountView } from './AccountView';
import { CaptureCallToAction } from './CaptureCallToAction';
import { CaptureFormView } from './CaptureFormView';
import { MergeView } from '../capture/MergeView';

/**
 * Renders whichever state the model is in; every action goes back to the model. `siteTools` is
 * what the panel offers on a page that is not an account yet (turning the launcher on, issue #19).
 */
export function SidePanel({ model, sections, siteTools }: { model: SidePanelModel; sections: AccountSection[]; siteTools?: (url: string | undefined) => ComponentChildren }) {
  const { t } = useI18n();
  const state = model.state.value;
  switch (state.kind) {
    case 'loading':
      return <StatusView tone="loading" title={t('panelLoading')} />;
    case 'noTab':
      return (
        <StatusView tone="empty" title={t('panelNoTabTitle')} detail={t('panelNoTabBody')}>
          <SampleCompanyButton />
        </StatusView>
      );
    case 'unsupported':
      return (
        <StatusView tone="empty" title={t('panelUnsupportedTitle')} detail={t('panelUnsupportedBody')}>
          <SampleCompanyButton />
        </StatusView>
      );
    case 'capturing':
      return <StatusView tone="loading" title={t('panelCapturing')} />;
    case 'error':
      return (
        <StatusView tone="error" title={t('panelErrorTitle')} detail={t(state.messageKey)}>
          <button class="button" type="button" onClick={() => void model.refresh()}>{t('panelRetry')}</button>
        </StatusView>
      );
    case 'unknownSite':
      return (
        <>
          <CaptureCallToAction
            host={state.tab.url ? accountDomainFor(state.tab.url) : null}
            error={state.captureError}
            webmail={state.webmail}
            onCapture={() => void model.capture()}
            onCaptureSender={() => void model.capture('sender')}
            onAllowSite={() => void model.allowSiteAndCapture()}
          />
          {siteTools?.(state.tab.url)}
        </>
      );
    case 'draft':
      if (state.merge) {
        return (
          <MergeView
            session={state.merge}
            busy={state.saving}
            error={state.saveError}
            onChoose={model.chooseMergeValue}
            onConfirm={() => void model.confirmMerge()}
            onCancel={model.cancelMerge}
          />
        );
      }
      return (
        <CaptureFormView
          draft={state.draft}
          values={state.values}
          errors={state.errors}
          duplicates={state.duplicates}
          duplicateReasons={state.duplicateReasons}
          saving={state.saving}
          saveError={state.saveError}
          onEdit={model.editField}
          onSave={() => void model.save()}
          onAddTo={(account) => void model.addToExisting(account)}
          onMerge={(account) => model.startMerge(account)}
          onMergeAccounts={(kept, other) => model.startMerge(kept, other)}
          onDiscard={() => void model.discardDraft()}
        />
      );
    case 'account':
      return <AccountView details={state} sections={sections} />;
  }
}
