import { browser } from 'wxt/browser';
import { PROTOCOL, type MessageType, type RequestOf, type ResponseOf } from './protocol';

/** Waits between tries while the background is not listening yet; about 3 s in all. */
const NOT_LISTENING_BACKOFF_MS = [100, 200, 400, 800, 1_500] as const;

/**
 * Sends a typed message to the background and checks the answer against its schema.
 *
 * A page opened while the browser starts can ask before the background has registered its
 * listener (Firefox's event page loads after the first extension page on a cold, busy browser):
 * that one error is retried a few times, since nothing was received; any other is the caller's.
 */
export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: RequestOf<T>,
  send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<ResponseOf<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await send({ type, payload });
      return PROTOCOL[type].response.parse(answer) as ResponseOf<T>;
    } catch (error) {
      const wait = NOT_LISTENING_BACKOFF_MS[attempt];
      if (wait === undefined || !isNotListening(error)) throw error;
      await sleep(wait);
    }
  }
}

function isNotListening(error: unknown): boolean {
  return error instanceof Error && /Receiving end does not exist/i.test(error.message);
}
