import { z } from 'zod';
import { Email, Id, LongText, Script, ShortText, Stage, UiLocale } from '../model';

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

export const OVERLAY_MESSAGES = {
  /** The launcher asks who the compose's recipients are, for its chip. */
  'compose.recipient': {
    request: z.object({ recipients: Recipients }).strict(),
    response: AccountSummary.nullable(),
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
  /** The picker lists the library, ordered for the recipient's stage. */
  'compose.scripts': {
    request: z.object({ recipients: Recipients }).strict(),
    response: ComposeScripts,
  },
  /** The picker asks for one script filled for the recipients (preview and insert). */
  'compose.fill': {
    request: z.object({ scriptId: Id, recipients: Recipients }).strict(),
    response: FilledScript.nullable(),
  },
  /** The rep inserted a script: counts as a use (the outcome is reported in the side panel). */
  'compose.used': {
    request: z.object({ scriptId: Id }).strict(),
    response: z.object({ ok: z.boolean() }).strict(),
  },
  /** The badge asks about the page it runs in: the sender tab's own URL, nothing else. */
  'badge.account': {
    request: z.object({}).strict(),
    response: AccountSummary.nullable(),
  },
  /** The badge was clicked: open the side panel in the sender's window. */
  'badge.openPanel': {
    request: z.object({}).strict(),
    response: z.object({ ok: z.boolean() }).strict(),
  },
} as const;
