import { describe, expect, it } from 'vitest';
import { validRecipients } from '../../../lib/overlay/composeOverlay';
import { createOverlayHost } from '../../../lib/overlay/overlayHost';
import { pickerPlacement } from '../../../lib/overlay/picker/pickerPlacement';
import { E2E_WEBMAIL_MATCHES, WEBMAIL_MATCHES } from '../../../lib/overlay/webmailMatches';
import { webmailForHost } from '../../../lib/sites';

describe('overlay host', () => {
  it('keeps its content in a closed shadow root and its layout in !important inline styles', () => {
    const overlay = createOverlayHost('.x{color:red}');
    overlay.root.append(Object.assign(document.createElement('span'), { textContent: 'Acme Robotics' }));
    overlay.place({ top: '10px' });
    expect(overlay.host.shadowRoot).toBeNull();
    expect(overlay.host.textContent).toBe('');
    expect(overlay.host.getAttributeNames()).toEqual(['style']);
    expect(overlay.host.style.getPropertyPriority('display')).toBe('important');
    expect(overlay.host.style.getPropertyValue('top')).toBe('10px');
    overlay.remove();
    expect(document.querySelector('leadkit-overlay')).toBeNull();
  });

  it('stops keys typed in the overlay from reaching the page’s shortcuts', () => {
    const overlay = createOverlayHost('');
    const input = document.createElement('input');
    overlay.root.append(input);
    let pageSaw = 0;
    document.addEventListener('keydown', () => (pageSaw += 1));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true, composed: true }));
    expect(pageSaw).toBe(0);
    overlay.remove();
  });
});

describe('compose launcher inputs', () => {
  it('sends the background only well-formed addresses, at most 20', () => {
    expect(validRecipients(['a@b.co', 'not an email', 'a@b.co', '<x@y.z>'])).toEqual(['a@b.co']);
    expect(validRecipients(Array.from({ length: 30 }, (_, i) => `p${i}@x.com`))).toHaveLength(20);
  });

  it('places the picker beside the launcher and inside the viewport', () => {
    const anchor = { top: 700, bottom: 726, left: 800, right: 1000 } as DOMRect;
    expect(pickerPlacement(anchor, { width: 1100, height: 800 })).toMatchObject({ bottom: '106px', top: 'auto' });
    const high = { top: 40, bottom: 66, left: 0, right: 200 } as DOMRect;
    expect(pickerPlacement(high, { width: 1100, height: 800 })).toMatchObject({ top: '72px', right: '712px' });
  });
});

describe('webmail matches', () => {
  it('every declared webmail host has an adapter, and e2e hosts stay out of production', () => {
    for (const pattern of WEBMAIL_MATCHES) expect(webmailForHost(new URL(pattern.replace('*', '')).host), pattern).not.toBeNull();
    expect(WEBMAIL_MATCHES.every((pattern) => pattern.startsWith('https://'))).toBe(true);
    // Unit tests run in 'test' mode: the fixture hosts map to nothing, as in production.
    for (const pattern of E2E_WEBMAIL_MATCHES) expect(webmailForHost(new URL(pattern.replace('*', '')).host)).toBeNull();
  });
});
