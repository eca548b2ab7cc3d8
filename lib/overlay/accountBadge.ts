import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOverlayHost } from './overlayHost';
import { localMessage, sendRaw, summaryFrom } from './rawMessage';

const CSS = `
.badge{display:flex;align-items:center;gap:6px;font:12px/1.3 system-ui,sans-serif;color:#1f2937;background:#fff;border:1px solid #c7d2fe;border-radius:16px;box-shadow:0 2px 8px #0002;padding:4px 4px 4px 10px;max-width:420px}
.open{all:unset;cursor:pointer;display:flex;gap:6px;align-items:center;overflow:hidden}
.open:focus-visible,.close:focus-visible{outline:2px solid #93c5fd}
.brand{font-weight:700;color:#1d4ed8}
.name{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.close{all:unset;cursor:pointer;padding:0 6px;font-size:14px;color:#6b7280}`;

type BadgeScope = typeof globalThis & { leadkitBadgeDismissed?: boolean };

/**
 * The website badge (issue 6): on a known account's site only, a small dismissible badge with
 * its stage, grade and owner that opens the side panel. The background answers for this tab's
 * own URL; an unknown site gets nothing and no element is added.
 */
export async function showAccountBadge(ctx: ContentScriptContext): Promise<void> {
  const scope = globalThis as BadgeScope;
  if (scope.leadkitBadgeDismissed) return;
  const summary = summaryFrom(await sendRaw('badge.account', {}));
  if (!summary || ctx.isInvalid) return;

  const overlay = createOverlayHost(CSS);
  overlay.place({ bottom: '16px', right: '16px' });
  const badge = document.createElement('div');
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  const open = document.createElement('button');
  open.className = 'open';
  open.type = 'button';
  open.title = localMessage('scriptsBadgeOpen');
  const part = (className: string, text: string) => {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    return span;
  };
  const stage = localMessage(`stage_${summary.stage}`) || summary.stage;
  open.append(
    part('brand', 'LeadKit'),
    part('name', summary.name),
    part('stage', stage),
    ...(summary.grade ? [part('grade', localMessage('scriptsBadgeGrade').replace('{grade}', summary.grade))] : []),
    ...(summary.owner ? [part('owner', localMessage('scriptsBadgeOwner').replace('{owner}', summary.owner))] : []),
  );
  open.addEventListener('click', () => void sendRaw('badge.openPanel', {}));
  const close = document.createElement('button');
  close.className = 'close';
  close.type = 'button';
  close.textContent = '×';
  close.title = localMessage('scriptsBadgeDismiss');
  close.setAttribute('aria-label', close.title);
  close.addEventListener('click', () => {
    scope.leadkitBadgeDismissed = true;
    overlay.remove();
  });
  badge.append(open, close);
  overlay.root.append(badge);
  ctx.onInvalidated(overlay.remove);
}
