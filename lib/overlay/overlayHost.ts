/**
 * A page-proof home for overlay UI: an element whose inline `!important` styles beat any page
 * rule (author `!important` included), holding a closed shadow root the page cannot reach
 * (`element.shadowRoot` is null to page scripts). Nothing about the account goes into
 * attributes; text lives only inside the shadow root.
 */
export interface OverlayHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Sets a layout property on the host with `!important`. */
  place(properties: Record<string, string>): void;
  remove(): void;
}

const HOST_TAG = 'leadkit-overlay';
const BASE: Record<string, string> = {
  all: 'initial',
  position: 'fixed',
  'z-index': '2147483647',
  display: 'block',
  visibility: 'visible',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'pointer-events': 'auto',
  contain: 'layout style',
};

export function createOverlayHost(css: string, doc: Document = document): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  const place = (properties: Record<string, string>) => {
    for (const [name, value] of Object.entries(properties)) host.style.setProperty(name, value, 'important');
  };
  place(BASE);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  // Keys typed in the overlay are the overlay's: webmail shortcuts (Gmail's "c", "/") must not fire.
  for (const type of ['keydown', 'keyup', 'keypress']) host.addEventListener(type, (event) => event.stopPropagation());
  doc.documentElement.append(host);
  return { host, root, place, remove: () => host.remove() };
}
