/**
 * The shape of a webmail adapter: where things are on the page, as CSS selectors tried in
 * order. Data only; lib/sites/findComposeTargets.ts and readOpenMessageSender.ts read it.
 */
export type WebmailMode = 'gmail' | 'outlook';

export type WebmailSelectors = {
  mode: WebmailMode;
  /** Host names this adapter serves (exact match, lower case). */
  hosts: readonly string[];
  compose: {
    /** The editable message body, where scripts are inserted. */
    body: readonly string[];
    /** The compose window around a body: the scope for its recipients and subject. */
    root: readonly string[];
    /** Elements that carry one recipient's address (chips, pills, hidden fields). */
    recipients: readonly string[];
    /** Attributes of a recipient element that may hold the address, tried in order. */
    recipientAttributes: readonly string[];
    subject: readonly string[];
  };
  openMessage: {
    /** One displayed message; the last on the page is the one being read. */
    root: readonly string[];
    /** The sender in the message header. */
    sender: readonly string[];
    /** Attributes of the sender element that may hold the address or the name. */
    senderAttributes: readonly string[];
    body: readonly string[];
    /** A signature block marked up by the sender's mail client. */
    signature: readonly string[];
    /** Where quoted history starts: text from here on is not the sender's own. */
    quoteStart: readonly string[];
  };
};
