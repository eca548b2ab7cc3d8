import type { MessageType, RequestOf } from '../messaging/protocol';

/**
 * The browser's own extension API, without webextension-polyfill: the always-on content scripts
 * must stay tiny and cheap (≤ 10 KB, ≤ 2 ms per page), and the polyfill wraps every API in
 * proxies at load. Chrome's MV3 `chrome` returns promises; Firefox has `browser` natively.
 */
interface NativeExtensionApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    getURL(path: string): string;
    onMessage: {
      addListener(listener: NativeMessageListener): void;
      removeListener(listener: NativeMessageListener): void;
    };
  };
  i18n: { getMessage(key: string): string };
}
/** Chrome's and Firefox's common form: answer through sendResponse and return true. */
export type NativeMessageListener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: unknown) => void) => boolean | undefined;

export function nativeApi(): NativeExtensionApi {
  const scope = globalThis as unknown as { browser?: Partial<NativeExtensionApi> & { runtime?: { id?: string } }; chrome?: NativeExtensionApi };
  // A page element with id="browser" shows through as `browser` in the content script's world too:
  // only the real API (it has a runtime id) is taken for Firefox's `browser`.
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as NativeExtensionApi;
}

/**
 * The tiny content scripts' way to ask the background, without zod (issue 6 size budget): the
 * background still checks the request against its schema; the caller checks the answer's shape
 * by hand before showing anything. Resolves undefined when the background refuses or is gone.
 */
export async function sendRaw<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<unknown> {
  try {
    return await nativeApi().runtime.sendMessage({ type, payload });
  } catch {
    return undefined;
  }
}
