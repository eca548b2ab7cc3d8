import { extractLead } from '../extract';
import { LeadDraft } from '../model';
import { writeDraft, type SessionArea } from '../capture/draftStore';
import { SAMPLE_SITE_URL } from './samplePageAddress';

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
