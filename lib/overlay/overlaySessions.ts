import type { SenderLike } from '../messaging/sender';

/** What an overlay frame shows: the compose picker, the launcher's recipient chip, or the website badge's details. */
export type OverlayKind = 'picker' | 'chip' | 'badge';

/** The document a content script placed its frame in: where inserts and closes go back to. */
export interface OverlayOwner {
  tabId: number;
  frameId: number;
  documentId?: string;
}

export interface OverlaySession {
  id: string;
  kind: OverlayKind;
  owner: OverlayOwner;
  /** The picker's recipients, read by the launcher when the rep opened it (valid addresses, ≤ 20). */
  recipients: readonly string[];
  createdAt: number;
}

/**
 * A frame lives as long as the rep keeps it open; an hour covers a long draft, and a session id
 * copied out of a frame is worthless after it. The badge's frame asks once, at load.
 */
export const SESSION_TTL_MS = 60 * 60 * 1000;
/** Sessions kept at once per kind (oldest first out): a handful of tabs, each with a picker, chips and a badge. */
export const SESSIONS_KEPT = 64;

/** 128 random bits, hex: unguessable, and safe in a URL. */
function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export const SESSION_ID_PATTERN = /^[0-9a-f]{32}$/;

/**
 * The background's overlay sessions (#22 item 1). A content script asks for one and puts its id in
 * the URL of the extension frame it places; the frame (extension origin) then names it in every
 * message. A session answers only a frame in the tab that opened it, of the kind it was opened for,
 * while it is fresh: an unknown, expired or other tab's id gets nothing. One picker and one badge
 * per tab: opening a new one ends the last; a tab has a chip per compose box.
 */
export class OverlaySessions {
  private readonly sessions = new Map<string, OverlaySession>();

  constructor(private readonly now: () => number) {}

  open(kind: OverlayKind, owner: OverlayOwner, recipients: readonly string[] = []): OverlaySession {
    const same = [...this.sessions.values()].filter((session) => session.kind === kind);
    const ending = kind === 'chip' ? same.slice(0, Math.max(0, same.length - SESSIONS_KEPT + 1)) : same.filter((session) => session.owner.tabId === owner.tabId);
    for (const session of ending) this.sessions.delete(session.id);
    const session: OverlaySession = { id: newSessionId(), kind, owner, recipients: [...recipients], createdAt: this.now() };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session `id` names, if `sender` is a frame in its tab and it is of `kind` and fresh. */
  check(id: string, kind: OverlayKind, sender: SenderLike): OverlaySession | null {
    const session = this.sessions.get(id);
    if (!session || session.kind !== kind) return null;
    if (this.now() - session.createdAt > SESSION_TTL_MS) {
      this.sessions.delete(id);
      return null;
    }
    const tabId = sender.tab?.id;
    if (typeof tabId !== 'number' || tabId !== session.owner.tabId) return null;
    // The frame is a child of the content script's frame, never that frame itself.
    if (sender.frameId === session.owner.frameId) return null;
    return session;
  }

  end(id: string): void {
    this.sessions.delete(id);
  }
}
