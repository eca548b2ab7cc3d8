import { SyncFailure } from './syncError';

/** The most a sync answer may be; a larger one is refused unread (issue #7: "a 50 MB body"). */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

/**
 * The body as text, refusing anything above `limit` bytes: a declared Content-Length above it is
 * refused before reading, and a stream is cut off as soon as it passes the limit, so a hostile
 * or broken backend cannot make the service worker buffer 50 MB.
 */
export async function readBodyLimited(response: Response, limit = MAX_RESPONSE_BYTES): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw new SyncFailure('tooLarge', response.status);
  }
  if (!response.body) {
    const text = await response.text();
    if (text.length > limit) throw new SyncFailure('tooLarge', response.status);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let total = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new SyncFailure('tooLarge', response.status);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
