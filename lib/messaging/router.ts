import { Envelope, PROTOCOL, type MessageType, type RequestOf, type ResponseOf } from './protocol';
import { isSenderAllowed, type SenderLike, type SiteClass } from './sender';

export type Handlers = {
  [T in MessageType]: (payload: RequestOf<T>, sender: SenderLike) => Promise<ResponseOf<T>>;
};

export interface RouterContext {
  runtimeId: string;
  extensionOrigin: string;
  /**
   * Whether a content script's frame and tab are on the sites its message is for (#22). Without
   * it every content-script message is dropped: a message with no site check is never answered.
   */
  siteAllowed?: (sites: SiteClass, sender: SenderLike) => Promise<boolean>;
  log?: (line: string) => void;
}

/**
 * Builds the background's one `runtime.onMessage` listener. A message is answered only when
 * its envelope, type, sender and payload all check out; anything else is logged and dropped
 * (the listener returns undefined, so the sender sees no answer and no error detail).
 */
export function createMessageListener(handlers: Handlers, context: RouterContext) {
  const log = context.log ?? ((line: string) => console.warn(line));
  return (message: unknown, sender: SenderLike): Promise<unknown> | undefined => {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) {
      log('[leadkit] dropped a message without a valid envelope');
      return undefined;
    }
    const type = envelope.data.type;
    if (!Object.hasOwn(PROTOCOL, type)) {
      log(`[leadkit] dropped an unknown message type: ${JSON.stringify(type.slice(0, 64))}`);
      return undefined;
    }
    const spec = PROTOCOL[type as MessageType];
    if (!isSenderAllowed(sender, spec.policy, context.runtimeId, context.extensionOrigin)) {
      log(`[leadkit] dropped ${type} from an untrusted sender`);
      return undefined;
    }
    const payload = spec.request.safeParse(envelope.data.payload);
    if (!payload.success) {
      log(`[leadkit] dropped ${type}: ${payload.error.issues[0]?.message ?? 'invalid payload'}`);
      return undefined;
    }
    const handler = handlers[type as MessageType] as (p: unknown, s: SenderLike) => Promise<unknown>;
    if (spec.policy.from !== 'content-script') return handler(payload.data, sender);
    const sites: SiteClass | undefined = 'sites' in spec.policy ? spec.policy.sites : undefined;
    const siteAllowed = context.siteAllowed;
    return (async () => {
      if (!sites || !siteAllowed || !(await siteAllowed(sites, sender).catch(() => false))) {
        log(`[leadkit] dropped ${type} from a site it is not for`);
        return undefined;
      }
      return handler(payload.data, sender);
    })();
  };
}
