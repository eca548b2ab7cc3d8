import { whenComposing } from './composeActivation';
import { sendRaw } from './rawMessage';

/** What the stub needs from its context (lib/overlay/composeStubContext.ts, or WXT's). */
export interface ComposeStubContext {
  readonly isInvalid: boolean;
}

/**
 * The always-on compose.js (issue #3: ≤ 2 ms of a page's main thread on load, ≤ 10 KB): two
 * passive listeners on `window` and nothing else. When the rep first starts to write in a text
 * field it removes them and asks the background, once, for the launcher
 * (entrypoints/compose-launcher.content.ts), which the background injects into this frame only if
 * it is a page the launcher is for (lib/overlay/launcherInjection.ts). A page the rep only reads
 * never pays for the launcher, its observer or its strings. Imports nothing heavier than
 * `sendRaw` (tests/unit/overlay/composeStubBundle.test.ts keeps it that way).
 */
export function startComposeStub(ctx: ComposeStubContext, loadLauncher: () => Promise<unknown> = () => sendRaw('compose.loadLauncher', {})): void {
  whenComposing(() => {
    if (!ctx.isInvalid) void loadLauncher();
  });
}
