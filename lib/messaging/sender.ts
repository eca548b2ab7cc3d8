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

export interface SenderPolicy {
  from: SenderKind;
  /** Content-script messages come from the top frame unless the message says otherwise. */
  allowSubframes?: boolean;
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
  if (kind !== policy.from) return false;
  if (kind === 'content-script' && !policy.allowSubframes && sender.frameId !== 0) return false;
  return true;
}
