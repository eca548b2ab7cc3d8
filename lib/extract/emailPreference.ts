/** Mailboxes a rep writes to about business. */
const BUSINESS_MAILBOX = /^(info|sales|contact|hello|enquir(y|ies)|inquir(y|ies)|office|biz|bd|business|partners?|marketing|service|kefu|market|xiaoshou|hi)$/;
/** Mailboxes that are not for a lead: no replies, legal, hiring, press. */
const UNWANTED_MAILBOX = /^(no-?reply|do-?not-?reply|privacy|gdpr|abuse|webmaster|postmaster|hostmaster|jobs|careers|hr|recruit(ing|ment)?|zhaopin|press|media|legal|security|unsubscribe|dpo|billing)$/;

/**
 * A small confidence adjustment for text and link emails: prefer the company's business
 * mailboxes on its own domain over hiring and no-reply addresses or someone else's domain.
 */
export function emailPreference(email: string, pageDomain: string | null): number {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  let delta = 0;
  if (BUSINESS_MAILBOX.test(local)) delta += 0.04;
  if (UNWANTED_MAILBOX.test(local)) delta -= 0.1;
  if (pageDomain && (domain === pageDomain || domain.endsWith(`.${pageDomain}`))) delta += 0.04;
  return delta;
}

/**
 * Text emails on another domain than the page, outside contact blocks, are usually someone
 * else's (a quoted customer, a partner): they stay as low alternatives.
 */
export function foreignEmailPenalty(email: string, pageDomain: string | null, inContactBlock: boolean): number {
  if (inContactBlock || !pageDomain) return 0;
  const domain = email.slice(email.lastIndexOf('@') + 1);
  return domain === pageDomain || domain.endsWith(`.${pageDomain}`) ? 0 : 0.15;
}
