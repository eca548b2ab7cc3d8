import { z } from 'zod';
import { LeadDraft } from '../model';
import type { SenderPolicy } from './sender';
import { OVERLAY_MESSAGES } from '../overlay/overlayMessages';
import { SYNC_MESSAGES } from '../sync/syncMessages';

/** `sender`: the sender of the message open in Gmail or Outlook (issue 3). */
export const CaptureMode = z.enum(['page', 'selection', 'sender']);
export type CaptureMode = z.infer<typeof CaptureMode>;

/** Why a capture could not run, as a message key the UI shows. */
export const CaptureErrorCode = z.enum(['unsupportedPage', 'noAccess', 'noSelection', 'noMessage', 'extractionFailed', 'tabGone', 'tabChanged', 'timedOut']);
export type CaptureErrorCode = z.infer<typeof CaptureErrorCode>;

export const CaptureResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), draft: LeadDraft }),
  z.object({ ok: z.literal(false), error: CaptureErrorCode }),
]);
export type CaptureResult = z.infer<typeof CaptureResult>;

interface MessageSpec<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
  policy: SenderPolicy;
}

function message<Req extends z.ZodType, Res extends z.ZodType>(spec: MessageSpec<Req, Res>): MessageSpec<Req, Res> {
  return spec;
}

/** Every message the background answers: one schema per message, checked on receipt. */
export const PROTOCOL = {
  /** An extension page (side panel) asks to capture a tab it shows. */
  'capture.tab': message({
    request: z.object({ tabId: z.number().int().nonnegative(), mode: CaptureMode }).strict(),
    response: CaptureResult,
    policy: { from: 'extension-page' },
  }),
  // Compose overlay and website badge (issue 6): content scripts, top frame only, each answered
  // only on the sites its overlay is for (#22; the table test lists them).
  'compose.loadLauncher': message({ ...OVERLAY_MESSAGES['compose.loadLauncher'], policy: { from: 'content-script', scripts: ['compose-stub'], sites: 'launcher' } }),
  'compose.locale': message({ ...OVERLAY_MESSAGES['compose.locale'], policy: { from: 'content-script', scripts: ['compose-launcher'], sites: 'launcher' } }),
  'chip.open': message({ ...OVERLAY_MESSAGES['chip.open'], policy: { from: 'content-script', scripts: ['compose-launcher'], sites: 'launcher' } }),
  'compose.openPicker': message({ ...OVERLAY_MESSAGES['compose.openPicker'], policy: { from: 'content-script', scripts: ['compose-launcher'], sites: 'launcher' } }),
  'picker.open': message({ ...OVERLAY_MESSAGES['picker.open'], policy: { from: 'content-script', scripts: ['compose-picker'], sites: 'launcher' } }),
  'badge.open': message({ ...OVERLAY_MESSAGES['badge.open'], policy: { from: 'content-script', scripts: ['account-badge'], sites: 'badge' } }),
  // The overlay frames (#22 item 1): our own page inside a tab; each handler checks the session it names.
  'frame.pickerScripts': message({ ...OVERLAY_MESSAGES['frame.pickerScripts'], policy: { from: 'overlay-frame' } }),
  'frame.pickerFill': message({ ...OVERLAY_MESSAGES['frame.pickerFill'], policy: { from: 'overlay-frame' } }),
  'frame.pickerInsert': message({ ...OVERLAY_MESSAGES['frame.pickerInsert'], policy: { from: 'overlay-frame' } }),
  'frame.chip': message({ ...OVERLAY_MESSAGES['frame.chip'], policy: { from: 'overlay-frame' } }),
  'frame.badge': message({ ...OVERLAY_MESSAGES['frame.badge'], policy: { from: 'overlay-frame' } }),
  'frame.openPanel': message({ ...OVERLAY_MESSAGES['frame.openPanel'], policy: { from: 'overlay-frame' } }),
  'frame.close': message({ ...OVERLAY_MESSAGES['frame.close'], policy: { from: 'overlay-frame' } }),
  // Sync (issue 7): extension pages only; the network and the token stay in the background.
  'sync.now': message({ ...SYNC_MESSAGES['sync.now'], policy: { from: 'extension-page' } }),
  'sync.test': message({ ...SYNC_MESSAGES['sync.test'], policy: { from: 'extension-page' } }),
} as const;

export type MessageType = keyof typeof PROTOCOL;
export type RequestOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['response']>;

export const Envelope = z.object({ type: z.string().max(64), payload: z.unknown() }).strict();
