import { extensionAlive } from './composeStubContext';

/**
 * What the compose overlay needs from its content-script context: timers, frames and listeners
 * that stop when the extension is updated or removed. WXT's `ContentScriptContext` has this shape,
 * and the unit tests may pass one.
 */
export interface ComposeContext {
  readonly isInvalid: boolean;
  onInvalidated(cleanup: () => void): () => void;
  setTimeout(handler: () => void, timeout?: number): number;
  requestAnimationFrame(callback: FrameRequestCallback): number;
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
}

/**
 * The context compose-launcher.js runs with instead of WXT's (issue #3, item 6), put in its place
 * at build time by modules/leanContentScript.ts (the always-on stub compose.js has a smaller one,
 * lib/overlay/composeStubContext.ts). WXT's, when constructed, asks `runtime.id` (the
 * browser then builds its whole `runtime` API object), subclasses `Event`, looks for the
 * Navigation API and creates an AbortController: a large share of the script's load budget spent
 * on every webmail page before the script has done anything. This one touches nothing until used, asks whether
 * the extension is still there only when a timer or frame fires (as WXT does), and forgets each
 * timer's cleanup once it has run (WXT keeps one per timer for the page's life).
 */
export class ContentScriptContext implements ComposeContext {
  #cleanups: Set<() => void> | null = new Set();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get isInvalid(): boolean {
    if (this.#cleanups && !extensionAlive()) this.notifyInvalidated();
    return this.#cleanups === null;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cleanup: () => void): () => void {
    if (!this.#cleanups) return () => {};
    this.#cleanups.add(cleanup);
    return () => void this.#cleanups?.delete(cleanup);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      forget();
      if (this.isValid) handler();
    }, timeout);
    const forget = this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = window.requestAnimationFrame((time) => {
      forget();
      if (this.isValid) callback(time);
    });
    const forget = this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, options);
    this.onInvalidated(() => target.removeEventListener(type, handler, options));
  }

  /** Runs every cleanup once; later timers, frames and listeners are not started. */
  notifyInvalidated(): void {
    const cleanups = this.#cleanups;
    this.#cleanups = null;
    for (const cleanup of cleanups ?? []) cleanup();
  }
}
