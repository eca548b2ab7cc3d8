import { browser } from 'wxt/browser';
import { PROTOCOL, type MessageType, type RequestOf, type ResponseOf } from './protocol';

/** Sends a typed message to the background and checks the answer against its schema. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const answer: unknown = await browser.runtime.sendMessage({ type, payload });
  return PROTOCOL[type].response.parse(answer) as ResponseOf<T>;
}
