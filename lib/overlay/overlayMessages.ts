import { z } from 'zod';
import { Email, Id, LongText, Script, ShortText, Stage, UiLocale } from '../model';
import { SESSION_ID_PATTERN } from './overlaySessions';

/**
 * Schemas of the overlay messages (issue 6), listed in lib/messaging/protocol.ts. Every one
 * comes from a content script in a page, so each answer carries only what that overlay shows:
 * one account's name, stage, grade and owner, the scripts library, one filled script. Never the
 * account list, a contact list or a token.
 */
export const Recipients = z.array(Email).max(20);

/** The language an overlay speaks: the rep's choice in the options, resolved ('auto' never reaches a page). */
const ShownLocale = UiLocale.exclude(['auto']);

/** What a chip or badge shows about an account. */
export const AccountSummary = z
  .object({
    name: ShortText,
    stage: Stage,
    /** A, B or C; absent while unscored. */
    grade: z.enum(['A', 'B', 'C']).optional(),
    owner: ShortText.optional(),
  })
  .strict();
export type AccountSummary = z.infer<typeof AccountSummary>;

export const RenderedSegmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: LongText }),
  z.object({ kind: z.literal('variable'), path: ShortText, value: LongText.nullable() }),
]);

export const FilledScript = z
  .object({ text: LongText, segments: z.array(RenderedSegmentSchema).max(2_000), missing: z.array(ShortText).max(200) })
  .strict();
export type FilledScript = z.infer<typeof FilledScript>;

export const ComposeScripts = z
  .object({
    locale: ShownLocale,
    /** The matched recipient's stage: its scripts come first. */
    stage: Stage.optional(),
    recipient: AccountSummary.nullable(),
    scripts: z.array(Script).max(5_000),
  })
  .strict();
export type ComposeScripts = z.infer<typeof ComposeScripts>;

/** An overlay session's id (lib/overlay/overlaySessions.ts): named in the frame's URL and messages. */
export const SessionId = z.string().regex(SESSION_ID_PATTERN);

const OpenedSession = z.object({ session: SessionId.nullable() }).strict();
const InFrame = z.object({ session: SessionId }).strict();

/** Why an insert did not happen, as the picker tells the rep. */
export const InsertAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }).strict(),
  z.object({ ok: z.literal(false), reason: z.enum(['detached', 'failed']) }).strict(),
]);
export type InsertAnswer = z.infer<typeof InsertAnswer>;

/**
 * What the background sends the content script that placed an overlay frame (tabs.sendMessage to
 * that frame of the tab): the picker's filled text to insert at the saved caret, or "close it".
 * Outside PROTOCOL: the background sends these, it never receives them.
 */
export const OverlayCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('overlay.insert'), session: SessionId, text: LongText }).strict(),
  z.object({ type: z.literal('overlay.close'), session: SessionId }).strict(),
]);
export type OverlayCommand = z.infer<typeof OverlayCommand>;
/** The content script's answer to `overlay.insert` (insertTextAtCursor's result, without the method). */
export const InsertedAnswer = z.union([
  z.object({ ok: z.literal(true) }).strict(),
  z.object({ ok: z.literal(false), reason: z.enum(['detached', 'notEditable']) }).strict(),
]);

export const OVERLAY_MESSAGES = {
  /**
   * The launcher's recipients changed: when they belong to an account, a session for the chip's
   * frame, which shows its name, stage and grade out of the page's reach (#22); null otherwise.
   */
  'chip.open': {
    request: z.object({ recipients: Recipients }).strict(),
    response: OpenedSession,
  },
  /**
   * The always-on stub heard the rep start to write (issue #3): the background loads the launcher
   * into the sender's frame, if it is a webmail page or a site the rep turned the launcher on for.
   */
  'compose.loadLauncher': {
    request: z.object({}).strict(),
    response: z.object({ ok: z.boolean() }).strict(),
  },
  /** The launcher asks which language to speak: the rep's choice in the options, else the browser's. */
  'compose.locale': {
    request: z.object({}).strict(),
    response: z.object({ locale: ShownLocale }).strict(),
  },
  /** The launcher asks the background to load the picker into its tab (once per page). */
  'compose.openPicker': {
    request: z.object({}).strict(),
    response: z.object({ ok: z.boolean() }).strict(),
  },
  /**
   * The picker content script, about to place the picker's frame (#22): the background opens a
   * session for this tab and document with the recipients the launcher read; the frame names it.
   */
  'picker.open': {
    request: z.object({ recipients: Recipients }).strict(),
    response: OpenedSession,
  },
  /** The badge content script on a known account's site: a session for the badge's frame, null elsewhere. */
  'badge.open': {
    request: z.object({}).strict(),
    response: OpenedSession,
  },
  // From the overlay frames (extension pages inside the page's tab), each naming its session.
  /** The picker frame lists the library, ordered for the session's recipient's stage. */
  'frame.pickerScripts': { request: InFrame, response: ComposeScripts },
  /** The picker frame previews one script filled for the session's recipients. */
  'frame.pickerFill': { request: z.object({ session: SessionId, scriptId: Id }).strict(), response: FilledScript.nullable() },
  /**
   * The rep chose a script: the background fills it and has the content script insert it at the
   * saved caret; only then does it count as a use (the outcome is reported in the side panel).
   */
  'frame.pickerInsert': { request: z.object({ session: SessionId, scriptId: Id }).strict(), response: InsertAnswer },
  /** The chip frame shows the recipients' account: name, stage and grade. */
  'frame.chip': { request: InFrame, response: AccountSummary.nullable() },
  /** The badge frame shows the page's account: name, stage, grade and owner. */
  'frame.badge': { request: InFrame, response: AccountSummary.nullable() },
  /** The badge frame was clicked: open the side panel in the tab's window. */
  'frame.openPanel': { request: InFrame, response: z.object({ ok: z.boolean() }).strict() },
  /** Escape or × in a frame: the content script removes it (and gives the compose box its focus back). */
  'frame.close': { request: InFrame, response: z.object({ ok: z.boolean() }).strict() },
} as const;
