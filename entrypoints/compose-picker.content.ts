import { defineContentScript } from '#imports';
import { sendToBackground } from '../lib/messaging/client';
import { insertTextAtCursor } from '../lib/sites/insertTextAtCursor';
import { composeBridge, type ComposeRequest } from '../lib/overlay/composeBridge';
import { createOverlayFrame, type OverlayFrame } from '../lib/overlay/overlayFrame';
import { OverlayCommand } from '../lib/overlay/overlayMessages';
import { PICKER_SIZE, pickerPlacement } from '../lib/overlay/picker/pickerPlacement';

// Loaded into a tab only when the rep opens a compose launcher (issue 6); it stays for the page's life.
// It only places the picker's frame and inserts what the rep chose there: the search box, the list,
// the preview and the filled text live in that extension frame, out of the page's reach (#22).
let current: { frame: OverlayFrame; close(refocus: boolean): void } | null = null;
let opening = 0;

async function openPicker(request: ComposeRequest): Promise<void> {
  current?.close(false);
  const mine = ++opening;
  const { session } = await sendToBackground('picker.open', { recipients: request.recipients() });
  if (!session || mine !== opening) return;
  const close = (refocus: boolean) => {
    frame.remove();
    if (current?.frame === frame) current = null;
    if (refocus && request.target.isConnected) request.target.focus({ preventScroll: true });
  };
  const frame = createOverlayFrame('picker', session, PICKER_SIZE, (message) => {
    const command = OverlayCommand.safeParse(message);
    if (!command.success) return undefined;
    if (command.data.type === 'overlay.close') {
      close(true);
      return { ok: true };
    }
    const result = insertTextAtCursor(request.target, command.data.text, request.saved);
    if (!result.ok) return result;
    close(false);
    return { ok: true };
  }, { generic: request.fellBack });
  frame.overlay.place(pickerPlacement(request.anchor(), { width: innerWidth, height: innerHeight }));
  // Focus moves into the frame as it opens (its search box takes it there): keys typed now are the frame's.
  frame.frame.addEventListener('load', () => frame.frame.focus(), { once: true });
  current = { frame, close };
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main() {
    const bridge = composeBridge();
    const open = (request: ComposeRequest) => void openPicker(request).catch((error) => console.warn('[leadkit] the script picker could not open', error));
    bridge.open = open;
    if (bridge.request) open(bridge.request);
  },
});
