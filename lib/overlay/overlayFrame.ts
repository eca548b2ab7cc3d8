import { createOverlayHost, type OverlayHost } from './overlayHost';
import { nativeApi, type NativeMessageListener } from './rawMessage';
import type { OverlayKind } from './overlaySessions';

/** The extension page the overlay frames show (entrypoints/overlay), web-accessible with a dynamic URL. */
export const OVERLAY_PAGE = '/overlay.html';

/** The frame's fixed size: the page cannot size it, and its content never sizes the host. */
export const frameCss = (selector: string, width: number, height: number): string =>
  `${selector}{all:initial;display:block;width:${width}px;height:${height}px;border:0;margin:0;padding:0;background:transparent;color-scheme:normal}`;

/** The address of an overlay frame for `session`: the dynamic URL (Chrome) of entrypoints/overlay. */
export function overlayFrameUrl(kind: OverlayKind, session: string, flags: { generic?: boolean } = {}): string {
  return nativeApi().runtime.getURL(`${OVERLAY_PAGE}?kind=${kind}${flags.generic ? '&generic=1' : ''}#${session}`);
}

export interface OverlayFrame {
  overlay: OverlayHost;
  frame: HTMLIFrameElement;
  remove(): void;
}

/**
 * An extension-origin frame inside a closed shadow host (#22 item 1): the picker's or the badge's
 * text, keys and layout live in that frame's own document, which the page cannot read, search or
 * listen to (window.find, selection, capture listeners, getComputedStyle all stop at the frame).
 * The frame's URL names its session; with `use_dynamic_url` its origin is not the extension's id.
 * `onCommand` hears what the background sends this document for the session (insert, close), from
 * the background only (no tab: not another content script); its answer goes back to the background.
 */
export function createOverlayFrame(
  kind: OverlayKind,
  session: string,
  size: { width: number; height: number },
  onCommand: (command: { type?: unknown; session?: unknown } & Record<string, unknown>) => unknown,
  flags: { generic?: boolean } = {},
): OverlayFrame {
  const api = nativeApi();
  const overlay = createOverlayHost(frameCss('iframe', size.width, size.height));
  const frame = document.createElement('iframe');
  frame.src = overlayFrameUrl(kind, session, flags);
  overlay.root.append(frame);
  const listener: NativeMessageListener = (message, sender, sendResponse) => {
    if (sender.id !== api.runtime.id || sender.tab !== undefined) return undefined;
    if (!message || typeof message !== 'object' || (message as { session?: unknown }).session !== session) return undefined;
    sendResponse(onCommand(message as Record<string, unknown>));
    return undefined;
  };
  api.runtime.onMessage.addListener(listener);
  return {
    overlay,
    frame,
    remove() {
      api.runtime.onMessage.removeListener(listener);
      overlay.remove();
    },
  };
}
