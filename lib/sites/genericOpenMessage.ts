import { frameDocument } from './frames';
import { readableTextOf } from './elementText';
import { addressesOf } from './genericRecipients';
import { labelledRows } from './labelledRows';
import { nameWithoutAddress } from './nameWithoutAddress';
import type { OpenMessageSender } from './readOpenMessageSender';
import { signatureFromText } from './signatureFromText';

/**
 * The message open in a webmail no adapter knows (issue #19 item 4), found by its structure, not
 * its host: a header with a From row (发件人, Von, De…) that holds an address, beside at least one
 * more header row (To, Date, Subject, 收件人, 时间, 主题…), and the body after it, in the same
 * document or in a same-origin frame (most webmails show a message in a preview iframe, and many
 * put its body in another). A "From:" inside quoted history never counts. Null when there is no
 * such header: the page is then captured as a page.
 */

const FROM_LABEL = /^(?:from|sender|von|de|da|发件人|發件人|寄件人|寄件者|发信人)\s*[:：]?$/i;
const OTHER_HEADER_LABEL =
  /^(?:to|cc|bcc|date|sent|subject|reply-to|an|datum|betreff|à|objet|para|asunto|fecha|收件人|抄送|密送|时间|日期|发送时间|主题|收件者|主旨)\s*[:：]?$/i;
/** Where quoted history starts, in the markup most mail clients give it. */
const QUOTE_SELECTOR = [
  'blockquote',
  '.gmail_quote',
  '[type="cite"]',
  '.moz-cite-prefix',
  '[id="divRplyFwdMsg"]',
  '[id$="_divRplyFwdMsg"]',
  '[id="isReplyContent"]',
  '[id="isForwardContent"]',
  '.reply-quote',
].join(', ');
/** …and in plain text: "-----Original Message-----", "On … wrote:", "在 … 写道：", QQ's "原始邮件" rule. */
const QUOTE_RULE_WORDS = ['original message', 'forwarded message', '原始邮件', '原始郵件', '转发邮件', '轉寄郵件'];

/** Plain tests, not one pattern: each line is checked once, in time linear in its length. */
function isQuoteLine(line: string): boolean {
  const lower = line.trim().slice(0, MAX_LINE).toLowerCase();
  if (lower.startsWith('--') && QUOTE_RULE_WORDS.some((word) => lower.includes(word))) return true;
  if (lower.startsWith('on ') && lower.endsWith('wrote:')) return true;
  return lower.endsWith('写道：') || lower.endsWith('写道:');
}
const MAX_LINE = 300;

const MAX_FRAMES = 16;
const MAX_BODY_CLIMB = 6;

/** The open message's sender, or null when the page shows no message header. Never throws. */
export function readGenericOpenMessage(doc: Document): OpenMessageSender | null {
  try {
    for (const each of documentsOf(doc)) {
      const found = messageIn(each);
      if (found) return found;
    }
  } catch (error) {
    console.warn('[leadkit] reading the open message failed', error);
  }
  return null;
}

/** The page, then its same-origin frames (the preview pane, then a message body frame). */
function documentsOf(doc: Document): Document[] {
  const docs = [doc];
  for (let index = 0; index < docs.length && docs.length < MAX_FRAMES; index += 1) {
    for (const frame of docs[index]!.getElementsByTagName('iframe')) {
      const inner = frameDocument(frame);
      if (inner?.body && docs.length < MAX_FRAMES) docs.push(inner);
    }
  }
  return docs;
}


function messageIn(doc: Document): OpenMessageSender | null {
  if (!doc.body) return null;
  const isQuoted = (row: Element) => row.closest(QUOTE_SELECTOR) !== null;
  const rows = labelledRows(doc.body, (text) => FROM_LABEL.test(text) || OTHER_HEADER_LABEL.test(text), isQuoted);
  // The last message header on the page is the one being read (a thread shows the latest last).
  for (let index = rows.length - 1; index >= 0; index -= 1) {
    const { label, row } = rows[index]!;
    if (!FROM_LABEL.test(label)) continue;
    const header = headerAround(row, rows.map((each) => each.row));
    if (!header) continue;
    const sender = senderIn(row, label);
    if (!sender) continue;
    return { ...sender, signatureText: signatureAfter(header) };
  }
  return null;
}

/** The header block: the nearest ancestor of the From row holding another header row. */
function headerAround(fromRow: Element, rows: Element[]): Element | null {
  let ancestor = fromRow.parentElement;
  for (let level = 0; ancestor && level < 4; level += 1, ancestor = ancestor.parentElement) {
    const holder = ancestor;
    if (rows.some((row) => row !== fromRow && holder.contains(row) && !row.contains(fromRow))) return holder;
  }
  return null;
}

/** Name and address from the From row: the element that carries the address names it. */
function senderIn(row: Element, label: string): { name: string; email: string } | null {
  const [email] = addressesOf(row);
  if (!email) return null;
  const carrier = [...row.querySelectorAll('a, span, b, strong, div')].slice(0, 50).find((element) => addressesOf(element).includes(email) && element.textContent?.trim());
  const candidates = [carrier?.getAttribute('name'), carrier?.textContent, row.textContent?.replace(label, ' ')];
  for (const candidate of candidates) {
    const name = nameWithoutAddress(candidate?.slice(0, 300) ?? '', email);
    if (name) return { name, email };
  }
  return { name: email, email };
}

/**
 * The sender's signature: the text after the header, in the nearest ancestor that has any (or a
 * same-origin frame in it), up to quoted history.
 */
function signatureAfter(header: Element): string {
  let container: Element | null = header.parentElement;
  for (let level = 0; container && level < MAX_BODY_CLIMB; level += 1) {
    const text = ownText(container, header);
    if (text) return signatureFromText(text);
    container = container.parentElement;
  }
  return '';
}

function ownText(container: Element, header: Element): string {
  const isQuote = (element: Element) => element.matches(QUOTE_SELECTOR);
  const after = (element: Element) => (header.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const inPage = readableTextOf(container, isQuote, (element) => element === header || (!after(element) && !element.contains(header)));
  const frames = [...container.getElementsByTagName('iframe')].filter(after).slice(0, MAX_FRAMES);
  const inFrames = frames.map((frame) => {
    const body = frameDocument(frame)?.body;
    return body ? readableTextOf(body, isQuote) : '';
  });
  return beforeQuotedLines([inPage, ...inFrames].filter(Boolean).join('\n\n')).trim();
}

function beforeQuotedLines(text: string): string {
  const lines = text.split('\n');
  const quote = lines.findIndex(isQuoteLine);
  return (quote < 0 ? lines : lines.slice(0, quote)).join('\n');
}
