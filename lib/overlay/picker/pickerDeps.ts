import { sendToBackground } from '../../messaging/client';
import { insertTextAtCursor } from '../../sites/insertTextAtCursor';
import type { ComposeRequest } from '../composeBridge';
import type { PickerDeps } from './pickerModel';

/** The picker's link to the background (schema-checked both ways) and to the compose box. */
export function createBrowserPickerDeps(request: ComposeRequest, close: () => void): PickerDeps {
  return {
    recipients: request.recipients,
    loadScripts: (recipients) => sendToBackground('compose.scripts', { recipients }),
    fill: (scriptId, recipients) => sendToBackground('compose.fill', { scriptId, recipients }),
    markUsed: async (scriptId) => void (await sendToBackground('compose.used', { scriptId })),
    insert: (text) => insertTextAtCursor(request.target, text, request.saved),
    close,
  };
}
