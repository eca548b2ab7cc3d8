import type { ComposeMode } from '../sites/findComposeTargets';
import type { SavedSelection } from '../sites/captureSelection';

/** What the launcher hands the picker: the compose box, the caret saved before focus moved. */
export interface ComposeRequest {
  target: HTMLElement;
  saved: SavedSelection | null;
  /** Read when needed: chips change while the rep types. */
  recipients(): string[];
  /** Where the launcher is, to place the picker beside it. */
  anchor(): DOMRect;
  mode: ComposeMode;
  fellBack: boolean;
}

export interface ComposeBridge {
  /** The launcher the rep pressed last, waiting for the picker to load. */
  request: ComposeRequest | null;
  /** Set by the picker once loaded; the launcher then opens it directly. */
  open?: (request: ComposeRequest) => void;
  /** Set once the launcher runs in this world: injected again (a second stub after the site was turned on again), it adds nothing. */
  overlayStarted?: boolean;
}

/**
 * The launcher and the on-demand picker are separate content-script files in the same isolated
 * world; they meet on its global object, which page scripts cannot see (unlike DOM attributes,
 * events or window.postMessage).
 */
export function composeBridge(): ComposeBridge {
  const scope = globalThis as typeof globalThis & { leadkitCompose?: ComposeBridge };
  scope.leadkitCompose ??= { request: null };
  return scope.leadkitCompose;
}
