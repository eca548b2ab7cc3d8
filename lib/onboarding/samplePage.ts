import { extractLead } from '../extract';
import { LeadDraft } from '../model';
import { writeDraft, type SessionArea } from '../capture/draftStore';
import { originOfUrl } from '../messaging/sender';

/** The sample company's page, shipped with the extension (entrypoints/sample-company). */
export const SAMPLE_PAGE_PATH = '/sample-company.html' as const;
/**
 * The address the sample page stands for. An extension page's own URL would make the lead's
 * website `chrome-extension://<id>`; the reserved `.example` domain names no real company.
 */
export const SAMPLE_SITE_URL = 'https://www.northwind-robotics.example/';

/** Whether a tab shows the sample page of this extension (`extensionBase`: runtime.getURL('/')). */
export function isSamplePage(url: string | undefined, extensionBase: string): boolean {
  if (!url || !URL.canParse(url)) return false;
  const origin = originOfUrl(extensionBase);
  return origin !== null && originOfUrl(url) === origin && new URL(url).pathname === SAMPLE_PAGE_PATH;
}

/**
 * Issue #26: the browser does not let any extension inject scripts into an extension page, so
 * the sample page runs the same extractor on itself and leaves the draft where the background
 * leaves a capture's draft (session storage, keyed by the tab). The side panel then shows it as
 * any other capture; no message, so no sender check is widened.
 */
export async function captureSamplePage(doc: Document, tabId: number, session: SessionArea): Promise<LeadDraft> {
  const draft = LeadDraft.parse(extractLead(doc, SAMPLE_SITE_URL));
  await writeDraft(session, tabId, draft);
  return draft;
}
