import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlayFrame } from './overlayFrame';
import { sendRaw } from './rawMessage';

type BadgeScope = typeof globalThis & { leadkitBadgeDismissed?: boolean };

/** The badge frame's fixed size; the badge sits at its right edge. */
export const BADGE_SIZE = { width: 440, height: 40 } as const;

/**
 * The website badge (issue 6): on a known account's site only, a small dismissible badge with
 * its stage, grade and owner that opens the side panel. The background opens a session only for
 * this tab's own URL (an unknown site gets none and no element is added); the details show in an
 * extension frame the page cannot read (#22): on the page there is only an empty host.
 */
export async function showAccountBadge(ctx: ContentScriptContext): Promise<void> {
  const scope = globalThis as BadgeScope;
  if (scope.leadkitBadgeDismissed) return;
  const answer = await sendRaw('badge.open', {});
  const session = answer && typeof answer === 'object' ? (answer as { session?: unknown }).session : null;
  if (typeof session !== 'string' || ctx.isInvalid) return;
  const badge = createOverlayFrame('badge', session, BADGE_SIZE, (command) => {
    if (command.type !== 'overlay.close') return undefined;
    scope.leadkitBadgeDismissed = true;
    badge.remove();
    return { ok: true };
  });
  badge.overlay.place({ bottom: '16px', right: '16px' });
  ctx.onInvalidated(badge.remove);
}
