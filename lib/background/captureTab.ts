import { LeadDraft } from '../model';
import type { CaptureErrorCode, CaptureMode, CaptureResult } from '../messaging/protocol';
import { writeDraft, type SessionArea } from '../capture/draftStore';
import { e2eHold } from './e2eInjectionGate';

export interface CaptureDeps {
  getTabUrl(tabId: number): Promise<string | undefined>;
  /** The top frame's URL as its document says, and that document's id where the browser gives one (Chrome). */
  topDocument(tabId: number): Promise<{ url: string | undefined; documentId?: string }>;
  /**
   * Injects the on-demand extractor into the tab's top frame, into the document `documentId` when
   * given, and returns what its main() returned.
   */
  injectExtractor(tabId: number, mode: CaptureMode, documentId?: string): Promise<unknown>;
  session: SessionArea;
}

/**
 * How long the background waits for each injection. A page whose main thread is stuck (a busy
 * loop, a debugger) would otherwise hold the capture, and the panel's spinner, forever; the page
 * stays the rep's to use, and the panel says what happened.
 */
export const CAPTURE_STEP_TIMEOUT_MS = 3_000;

class CaptureTimeout extends Error {}

function withinTimeout<T>(step: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CaptureTimeout()), CAPTURE_STEP_TIMEOUT_MS);
  });
  return Promise.race([step, timeout]).finally(() => clearTimeout(timer));
}

/** The page we may read: http(s), and not the PDF viewer. */
function capturable(url: string): boolean {
  return /^https?:\/\//i.test(url) && !/\.pdf($|[?#])/i.test(url);
}

function originOf(url: string): string | null {
  return URL.canParse(url) ? new URL(url).origin : null;
}

/** Chrome's wording for pages no extension may touch (chrome://, the Web Store, the PDF viewer). */
const PROTECTED_PAGE = /cannot be scripted|chrome:\/\/|extensions gallery|cannot access a chrome|cannot access contents of url "(?!https?:)/i;
const NO_ACCESS = /cannot access contents|must request permission|missing host permission|permission/i;

export function captureErrorFor(error: unknown): CaptureErrorCode {
  if (error instanceof CaptureTimeout) return 'timedOut';
  // The browser's own words, cut short: no pattern below sees a long string.
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  if (/no tab with id/i.test(message)) return 'tabGone';
  // The document we checked is gone: the tab navigated between the check and the injection.
  // Two plain tests instead of `document .*(removed|not found)`, which backtracks polynomially.
  if (/no document with id|frame with id \d+ was removed/i.test(message) || (/document /i.test(message) && /was removed|not found/i.test(message))) return 'tabChanged';
  if (PROTECTED_PAGE.test(message)) return 'unsupportedPage';
  if (NO_ACCESS.test(message)) return 'noAccess';
  return 'extractionFailed';
}

/**
 * Runs the extractor in a tab and keeps the draft for the side panel. What the page returns is
 * untrusted: it is parsed with the LeadDraft schema before anything else sees it.
 */
export async function captureTab(deps: CaptureDeps, tabId: number, mode: CaptureMode): Promise<CaptureResult> {
  let url: string | undefined;
  try {
    url = await deps.getTabUrl(tabId);
  } catch {
    return { ok: false, error: 'tabGone' };
  }
  if (url !== undefined && !capturable(url)) return { ok: false, error: 'unsupportedPage' };

  // Pinned to the document whose URL is checked here (#22): a navigation before the extractor
  // runs makes Chrome refuse it; where the browser gives no document id, the draft's origin must
  // still be the checked one.
  let returned: unknown;
  let checked: { url: string | undefined; documentId?: string };
  try {
    checked = await withinTimeout(deps.topDocument(tabId));
    if (checked.url === undefined || !capturable(checked.url)) return { ok: false, error: 'unsupportedPage' };
    // The e2e build can hold here, between check and injection, before the injection's clock starts.
    const report = await e2eHold('capture');
    const injecting = deps.injectExtractor(tabId, mode, checked.documentId);
    report?.(injecting);
    returned = await withinTimeout(injecting);
  } catch (error) {
    return { ok: false, error: captureErrorFor(error) };
  }
  if (returned && typeof returned === 'object' && 'error' in returned && (returned.error === 'noSelection' || returned.error === 'noMessage')) {
    return { ok: false, error: returned.error };
  }
  const draft = LeadDraft.safeParse(returned);
  if (!draft.success) {
    console.warn('[leadkit] the page returned an invalid draft', draft.error.issues[0]);
    return { ok: false, error: 'extractionFailed' };
  }
  if (checked.documentId === undefined && originOf(draft.data.url) !== originOf(checked.url)) return { ok: false, error: 'tabChanged' };
  await writeDraft(deps.session, tabId, draft.data);
  return { ok: true, draft: draft.data };
}
