import { defineContentScript } from '#imports';
import { render } from 'preact';
import { ScriptPicker } from '../components/overlay/ScriptPicker';
import { resolveLocale } from '../lib/i18n/locale';
import { composeBridge, type ComposeRequest } from '../lib/overlay/composeBridge';
import { createOverlayHost, type OverlayHost } from '../lib/overlay/overlayHost';
import { createBrowserPickerDeps } from '../lib/overlay/picker/pickerDeps';
import { createPickerModel } from '../lib/overlay/picker/pickerModel';
import { pickerPlacement } from '../lib/overlay/picker/pickerPlacement';
import { PICKER_CSS } from '../lib/overlay/picker/pickerStyles';

// Loaded into a tab only when the rep opens a compose launcher (issue 6); it stays for the page's life.
let current: { overlay: OverlayHost; close(): void } | null = null;

function openPicker(request: ComposeRequest): void {
  current?.close();
  const overlay = createOverlayHost(PICKER_CSS);
  overlay.place(pickerPlacement(request.anchor(), { width: innerWidth, height: innerHeight }));
  const mount = document.createElement('div');
  overlay.root.append(mount);
  const close = () => {
    model.dispose();
    render(null, mount);
    overlay.remove();
    if (current?.overlay === overlay) current = null;
    if (request.target.isConnected) request.target.focus({ preventScroll: true });
  };
  const model = createPickerModel(createBrowserPickerDeps(request, close), resolveLocale('auto', navigator.language));
  current = { overlay, close };
  render(<ScriptPicker model={model} genericMode={request.fellBack} />, mount);
  void model.load();
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main() {
    const bridge = composeBridge();
    bridge.open = openPicker;
    if (bridge.request) openPicker(bridge.request);
  },
});
