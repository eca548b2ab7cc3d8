/** The parts of `runtime.MessageSender` the trust decision reads. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  /** The document the message came from (Chrome 106+; Firefox does not say). */
  documentId?: string;
  tab?: { id?: number };
}

export type SenderKind = 'extension-page' | 'content-script';
/**
 * Who a message is for: a kind of sender, or `overlay-frame`, our own page shown in a frame inside
 * a tab's page (#22 item 1): an extension page with a tab, whose handler checks the session it names.
 */
export type SenderRole = SenderKind | 'overlay-frame';

/** Our content scripts, by what they are: a message says which of them send it. */
export type OurScript = 'compose-stub' | 'compose-launcher' | 'compose-picker' | 'account-badge';

/**
 * The sites a content-script message is answered for (#22), decided by the background from the
 * tab's URL as the browser knows it and the sender's frame (RouterContext.siteAllowed):
 * `launcher`: the webmail hosts and the sites the rep turned the launcher on for and still grants;
 * `badge`: a page of a known account's own site, in the top frame.
 */
export type SiteClass = 'launcher' | 'badge';

export interface SenderPolicy {
  from: SenderRole;
  /** Content-script messages come from the top frame unless the message says otherwise. */
  allowSubframes?: boolean;
  /**
   * Which of our content scripts send it. The browser cannot tell them apart (one isolated world),
   * so this documents the table; `sites` is what is enforced.
   */
  scripts?: readonly OurScript[];
  /** Content-script messages: the sites they are answered for; without it, none (fail closed). */
  sites?: SiteClass;
}

/** scheme://host[:port]; built by hand because URL.origin is "null" for `chrome-extension:` outside Chrome. */
export function originOfUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.host ? `${url.protocol}//${url.host}` : null;
  } catch {
    return null;
  }
}

function originOf(sender: SenderLike): string | null {
  if (sender.origin) return sender.origin;
  return sender.url ? originOfUrl(sender.url) : null;
}

/**
 * The one place that decides whether a sender is trusted. A sender must be this extension
 * (other extensions and web pages are refused); an extension page must be at exactly our
 * origin (so `chrome-extension://<id>.evil.com` is not), and a content script must run in a
 * tab. The URL is only used to tell our own pages from our content scripts, never as a grant.
 */
export function classifySender(sender: SenderLike, runtimeId: string, extensionOrigin: string): SenderKind | null {
  if (!runtimeId || sender.id !== runtimeId) return null;
  const origin = originOf(sender);
  if (origin === extensionOrigin) return 'extension-page';
  if (sender.tab?.id !== undefined && origin !== null && /^https?:\/\//.test(origin)) return 'content-script';
  return null;
}

export function isSenderAllowed(sender: SenderLike, policy: SenderPolicy, runtimeId: string, extensionOrigin: string): boolean {
  const kind = classifySender(sender, runtimeId, extensionOrigin);
  if (policy.from === 'overlay-frame') return kind === 'extension-page' && typeof sender.tab?.id === 'number';
  if (kind !== policy.from) return false;
  if (kind === 'content-script' && !policy.allowSubframes && sender.frameId !== 0) return false;
  return true;
}
