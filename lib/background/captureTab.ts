import { LeadDraft } from '../model';
import type { CaptureErrorCode, CaptureMode, CaptureResult } from '../messaging/protocol';
import { writeDraft, type SessionArea } from '../capture/draftStore';

export interface CaptureDeps {
  getTabUrl(tabId: number): Promise<string | undefined>;
  /** Injects the on-demand extractor into the tab's top frame and returns what its main() returned. */
  injectExtractor(tabId: number, mode: CaptureMode): Promise<unknown>;
  session: SessionArea;
}

/** Chrome's wording for pages no extension may touch (chrome://, the Web Store, the PDF viewer). */
const PROTECTED_PAGE = /cannot be scripted|chrome:\/\/|extensions gallery|cannot access a chrome|cannot access contents of url "(?!https?:)/i;
const NO_ACCESS = /cannot access contents|must request permission|missing host permission|permission/i;

export function captureErrorFor(error: unknown): CaptureErrorCode {
  const message = error instanceof Error ? error.message : String(error);
  if (/no tab with id/i.test(message)) return 'tabGone';
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
  if (url !== undefined && !/^https?:\/\//i.test(url)) return { ok: false, error: 'unsupportedPage' };
  if (url !== undefined && /\.pdf($|[?#])/i.test(url)) return { ok: false, error: 'unsupportedPage' };

  let returned: unknown;
  try {
    returned = await deps.injectExtractor(tabId, mode);
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
  await writeDraft(deps.session, tabId, draft.data);
  return { ok: true, draft: draft.data };
}
