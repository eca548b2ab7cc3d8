/** True while the extension that started this script is still installed and running. */
export function extensionAlive(): boolean {
  const scope = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  return (scope.browser?.runtime?.id ?? scope.chrome?.runtime?.id) != null;
}

/**
 * The context the always-on stub compose.js runs with (issue #3), put in place of WXT's at build
 * time by modules/leanContentScript.ts. The stub keeps no timer, frame or lasting listener, so it
 * needs none of WXT's bookkeeping (nor of lib/overlay/composeContext.ts, the launcher's): only
 * whether the extension is still there when the rep starts to write. Constructing it touches nothing.
 */
export class ContentScriptContext {
  // WXT constructs it with the script's name and options; the stub needs neither, and every byte of
  // compose.js is parsed on every webmail page load (issue #3), so they are not kept.
  get isInvalid(): boolean {
    return !extensionAlive();
  }
}
