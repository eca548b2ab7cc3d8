import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { captureTab } from '../lib/background/captureTab';
import { createBrowserCaptureDeps } from '../lib/background/browserCapture';
import { createContextMenus, listenForCaptureGestures } from '../lib/background/gestures';
import { createMessageListener, originOfUrl } from '../lib/messaging';
import { startPipelineBackground } from '../lib/reminders/pipelineBackground';
import { createBrowserOverlayDeps, startOverlayBackground } from '../lib/overlay/overlayBackground';
import { createOverlayHandlers } from '../lib/overlay/overlayHandlers';
import { launcherMenuItem, listenForLauncherMenu } from '../lib/overlay/launcherMenu';
import { createOverlaySiteCheck } from '../lib/overlay/overlaySites';
import { startSyncBackground } from '../lib/sync/backgroundSync';
import { startRescoreService } from '../lib/scoring/rescoreService';
import { startVisitTracking } from '../lib/signals/visitTracking';
import { startDashboardAlerts } from '../lib/dashboard/alertsBackground';
import { startDigestKeeper } from '../lib/dashboard/digest/digestKeeper';
import { getDB } from '../lib/db';
import { listenForE2ePageRequests } from '../lib/background/e2ePageOpener';
import { listenForInstall } from '../lib/onboarding/welcomeBackground';

export default defineBackground(() => {
  const captureDeps = createBrowserCaptureDeps();
  const capture = (tabId: number, mode: 'page' | 'selection' | 'sender') => captureTab(captureDeps, tabId, mode);
  // Issue 7: sync with the team's backend (alarms, writes, online, "Sync now").
  const syncHandlers = startSyncBackground();

  browser.runtime.onInstalled.addListener(() => createContextMenus([launcherMenuItem()]));
  // Issue #26: the welcome page on install, "what's new" only on an announced update.
  listenForInstall();
  listenForLauncherMenu();
  listenForCaptureGestures(capture);
  const overlayDeps = createBrowserOverlayDeps();
  browser.runtime.onMessage.addListener(
    createMessageListener(
      { 'capture.tab': ({ tabId, mode }) => capture(tabId, mode), ...createOverlayHandlers(overlayDeps), ...syncHandlers },
      {
        runtimeId: browser.runtime.id,
        extensionOrigin: originOfUrl(browser.runtime.getURL('/')) ?? '',
        // #22: each content-script message only on the sites its overlay is for.
        siteAllowed: createOverlaySiteCheck(overlayDeps),
      },
    ),
  );
  // Issue #5: the playbook proposes tasks for changed accounts; reminders follow the tasks.
  const pipeline = startPipelineBackground();
  // Issue 6: seed the scripts library, keep the badge and generic launcher registered per granted site.
  startOverlayBackground();
  // Issue #4: re-score when rules or data change; time on known accounts' own sites feeds the grade.
  const rescore = startRescoreService((ids) => pipeline.runPlaybookFor(ids));
  startVisitTracking((visit) => rescore.rescoreAccount(visit.accountId));
  // Issue 8: once a day, funnel and service-level thresholds breached raise one notification.
  startDashboardAlerts();
  // Issue #8: the dashboard's digest is brought up to date a few seconds after writes stop.
  startDigestKeeper(getDB);
  // Issue #27: the e2e build opens its own pages for a Firefox test (BiDi may not navigate there).
  listenForE2ePageRequests();
});
