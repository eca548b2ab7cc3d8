/**
 * How the side panel's own "Capture" button reaches the sample page (issue #26). The background
 * cannot inject into an extension page, but our pages share an origin: the panel finds the sample
 * page's window (extension.getViews) and calls the capture the page offers on itself, so the
 * extractor runs in the page's own realm. Web pages cannot reach another origin's window.
 */
const KEY = 'leadkitSampleCapture';

type SampleCapture = () => Promise<unknown>;

export function offerSampleCapture(view: Window, capture: SampleCapture): void {
  Object.defineProperty(view, KEY, { value: capture, configurable: false, writable: false });
}

/** The capture the window offers, when it is the sample page. */
export function sampleCaptureOf(view: object | undefined): SampleCapture | null {
  const offered = view ? (view as unknown as Record<string, unknown>)[KEY] : undefined;
  return typeof offered === 'function' ? (offered as SampleCapture) : null;
}
