import type { Account } from '../../model';

/** Where the account lives on the web: its website, the page it was captured from, or its domain. */
export function accountUrl(account: Account): string {
  return account.website ?? account.capturedFrom ?? `https://${account.domain}/`;
}
