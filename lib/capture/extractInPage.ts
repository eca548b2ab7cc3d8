import { extractLead } from '../extract';
import type { CaptureMode } from '../messaging/protocol';
import { readGenericOpenMessage } from '../sites/genericOpenMessage';
import { readOpenMessageSender } from '../sites/readOpenMessageSender';
import { WEBMAILS } from '../sites/webmailForHost';
import { refineSelectionDraft } from './selectionDraft';
import { leadDraftFromSender } from './senderDraft';

/**
 * Runs inside the page (injected on demand, isolated world). Selection mode extracts from a
 * copy of what the rep selected only; sender mode reads the open message's sender. Returns
 * plain data; the background validates it.
 */
export function extractInPage(mode: CaptureMode): unknown {
  if (mode === 'sender') return extractSender();
  if (mode === 'selection') {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return { error: 'noSelection' };
    const fragment = document.createDocumentFragment();
    for (let index = 0; index < selection.rangeCount; index += 1) fragment.append(selection.getRangeAt(index).cloneContents());
    return refineSelectionDraft(extractLead(document, location.href, { root: fragment }), selection.toString());
  }
  // A webmail no adapter knows, showing a message: the lead is its sender, not the webmail (#19).
  const message = readGenericOpenMessage(document);
  if (message) return leadDraftFromSender(message, document, location.href);
  return extractLead(document, location.href);
}

/**
 * The rep asked for the sender explicitly, so the page's host only decides which adapter is
 * tried first: then Gmail's and Outlook's selectors are tried in turn, whatever the host (a
 * custom domain for Outlook, a saved page, the e2e fixture), then the structure of any webmail.
 */
function extractSender(): unknown {
  const hosts = [location.host, ...WEBMAILS.map((webmail) => webmail.hosts[0]!)];
  for (const host of hosts) {
    const sender = readOpenMessageSender(document, host);
    if (!('error' in sender)) return leadDraftFromSender(sender, document, location.href);
  }
  const message = readGenericOpenMessage(document);
  return message ? leadDraftFromSender(message, document, location.href) : { error: 'noMessage' };
}
