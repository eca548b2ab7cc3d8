import type { ComposeStrings } from './composeStrings';
import { frameCss, overlayFrameUrl } from './overlayFrame';
import { sendRaw } from './rawMessage';
import { createOverlayHost } from './overlayHost';

/** The chip frame's fixed size; the chip sits at its right edge. */
const CHIP_SIZE = { width: 250, height: 22 };

/** The launcher's look; inside its closed shadow root, so page CSS neither sees nor reaches it. */
const CSS = `
.bar{display:flex;gap:4px;align-items:center;font:12px/1.3 system-ui,sans-serif;color:#1f2937}
button{all:unset;cursor:pointer;display:inline-flex;align-items:center;gap:4px;padding:3px 8px;border-radius:12px;background:#1d4ed8;color:#fff;font-weight:600;box-shadow:0 1px 3px #0003}
button:focus-visible{outline:2px solid #93c5fd;outline-offset:1px}
.notice{padding:2px 8px;border-radius:12px;background:#fffbeb;border:1px solid #fcd34d;white-space:normal;max-width:320px}
${frameCss('.chip', CHIP_SIZE.width, CHIP_SIZE.height)}
[hidden]{display:none!important}`;

const SIZE = { width: 360, height: 26 };

/** `innerWidth` and `innerHeight`, read once per pass (each read may force a layout). */
export interface Viewport {
  width: number;
  height: number;
}

export interface ComposeLauncher {
  /**
   * Moves the launcher to the compose box's bottom-right corner; hides it when the box is hidden.
   * Takes the box and viewport already measured: it only writes, so placing many forces no layout.
   */
  follow(box: DOMRect, viewport: Viewport): void;
  /** Shows which account the recipients belong to (only when one matches). */
  showRecipients(recipients: string[]): void;
  showNotice(text: string): void;
  anchor(): DOMRect;
  remove(): void;
}

export function createComposeLauncher(strings: ComposeStrings, onOpen: () => void): ComposeLauncher {
  const overlay = createOverlayHost(CSS);
  const bar = document.createElement('div');
  bar.className = 'bar';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `✎ ${strings.openPicker}`;
  // Keep the caret in the draft: the click must not move focus before the caret is saved.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    event.preventDefault();
    onOpen();
  });
  // The account's name, stage and grade show in an extension frame the page cannot read (#22).
  const chip = document.createElement('iframe');
  chip.className = 'chip';
  chip.hidden = true;
  const notice = document.createElement('span');
  notice.className = 'notice';
  notice.hidden = true;
  bar.append(button, chip, notice);
  overlay.root.append(bar);

  let recipientsKey = '';
  let asked = 0;
  return {
    follow(box, viewport) {
      const visible = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < viewport.height;
      const top = Math.min(Math.max(box.bottom - SIZE.height - 6, box.top + 2, 0), viewport.height - SIZE.height);
      overlay.place({
        display: visible ? 'block' : 'none',
        top: `${Math.round(top)}px`,
        // Right-aligned to the box: the bar grows leftwards from the box's corner.
        right: `${Math.round(Math.max(viewport.width - box.right + 8, 0))}px`,
      });
    },
    showRecipients(recipients) {
      const key = recipients.join(',');
      if (key === recipientsKey) return;
      recipientsKey = key;
      const mine = ++asked;
      if (recipients.length === 0) {
        chip.hidden = true;
        return;
      }
      void sendRaw('chip.open', { recipients: recipients.slice(0, 20) }).then((answer) => {
        if (mine !== asked) return;
        const session = answer && typeof answer === 'object' ? (answer as { session?: unknown }).session : null;
        chip.hidden = typeof session !== 'string';
        if (typeof session === 'string') chip.src = overlayFrameUrl('chip', session);
      });
    },
    showNotice(text) {
      notice.textContent = text;
      notice.hidden = text === '';
    },
    anchor: () => overlay.host.getBoundingClientRect(),
    remove: () => overlay.remove(),
  };
}
