import { z } from 'zod';
import { LeadDraft } from '../model';
import type { SenderPolicy } from './sender';

export const CaptureMode = z.enum(['page', 'selection']);
export type CaptureMode = z.infer<typeof CaptureMode>;

/** Why a capture could not run, as a message key the UI shows. */
export const CaptureErrorCode = z.enum(['unsupportedPage', 'noAccess', 'noSelection', 'extractionFailed', 'tabGone']);
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
} as const;

export type MessageType = keyof typeof PROTOCOL;
export type RequestOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['response']>;

export const Envelope = z.object({ type: z.string().max(64), payload: z.unknown() }).strict();
