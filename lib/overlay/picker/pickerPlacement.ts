/** The picker frame's fixed size. */
export const PICKER_SIZE = { width: 380, height: 460 } as const;
const WIDTH = PICKER_SIZE.width;
const HEIGHT = PICKER_SIZE.height;
const GAP = 6;

/** Beside the launcher: above it when there is room, else below; always inside the viewport. */
export function pickerPlacement(anchor: DOMRect, viewport: { width: number; height: number }): Record<string, string> {
  const right = Math.min(Math.max(viewport.width - anchor.right, 8), Math.max(viewport.width - WIDTH - 8, 8));
  const above = anchor.top - GAP >= Math.min(HEIGHT, viewport.height * 0.8);
  return above
    ? { right: `${Math.round(right)}px`, bottom: `${Math.round(viewport.height - anchor.top + GAP)}px`, top: 'auto' }
    : { right: `${Math.round(right)}px`, top: `${Math.round(Math.min(anchor.bottom + GAP, Math.max(viewport.height - HEIGHT, 8)))}px`, bottom: 'auto' };
}
