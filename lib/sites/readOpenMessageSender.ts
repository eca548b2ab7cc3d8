import { emailAddressesIn } from './emailAddresses';
import { readableTextOf } from './elementText';
import { nameWithoutAddress } from './nameWithoutAddress';
import { allMatching } from './selectorQueries';
import { signatureFromText } from './signatureFromText';
import { webmailForHost } from './webmailForHost';
import type { WebmailSelectors } from './webmailSelectors';

export type OpenMessageSender = { name: string; email: string; signatureText: string };
export type OpenMessageSenderResult = OpenMessageSender | { error: 'notFound' };

/**
 * Who sent the message open in Gmail or Outlook, with the signature block for capture.
 * `notFound` when the host is not a supported webmail, no message is open, or the selectors
 * no longer match: the caller says so rather than capturing an empty lead.
 */
export function readOpenMessageSender(doc: Document, host: string): OpenMessageSenderResult {
  const webmail = webmailForHost(host);
  if (!webmail) return { error: 'notFound' };
  const { openMessage } = webmail;
  const roots = allMatching(doc, openMessage.root).filter((root) => allMatching(root, openMessage.sender).length > 0);
  const root: ParentNode = roots[roots.length - 1] ?? doc;
  const senders = allMatching(root, openMessage.sender);
  const sender = senders[senders.length - 1];
  if (!sender) return { error: 'notFound' };
  const email = senderEmail(sender, openMessage.senderAttributes);
  if (!email) return { error: 'notFound' };
  return { name: senderName(sender, email) || email, email, signatureText: signatureIn(root, openMessage) };
}

function senderEmail(sender: Element, attributes: readonly string[]): string | null {
  const candidates = [...attributes.map((name) => sender.getAttribute(name)), sender.textContent];
  for (const element of sender.querySelectorAll('[title]')) candidates.push(element.getAttribute('title'));
  for (const candidate of candidates) {
    const [address] = emailAddressesIn(candidate);
    if (address) return address;
  }
  return null;
}

const LABEL_PREFIX = /^\s*(from|发件人)\s*[:：]?\s*/i;

/** Gmail's `name` attribute, else the visible text or the label with the address removed. */
function senderName(sender: Element, email: string): string {
  const candidates = [
    sender.getAttribute('name'),
    sender.textContent,
    sender.getAttribute('aria-label')?.replace(LABEL_PREFIX, ''),
  ];
  for (const candidate of candidates) {
    const name = nameWithoutAddress(candidate ?? '', email);
    if (name) return name;
  }
  return '';
}

function signatureIn(root: ParentNode, openMessage: WebmailSelectors['openMessage']): string {
  const bodies = allMatching(root, openMessage.body);
  const body = bodies[bodies.length - 1];
  if (!body) return '';
  // Everything from the first quote marker on is earlier mail, signatures included.
  const quoteStart = allMatching(body, openMessage.quoteStart)[0];
  const beforeQuote = (element: Element): boolean =>
    !quoteStart || (quoteStart.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  const marked = allMatching(body, openMessage.signature).find(beforeQuote);
  if (marked) return readableTextOf(marked);
  return signatureFromText(readableTextOf(body, (element) => element === quoteStart));
}
