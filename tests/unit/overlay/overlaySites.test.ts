import { describe, expect, it } from 'vitest';
import { commitChanges, getDB } from '../../../lib/db';
import type { SenderLike } from '../../../lib/messaging';
import { createOverlaySiteCheck } from '../../../lib/overlay/overlaySites';
import { WEBMAIL_MATCHES } from '../../../lib/overlay/webmailMatches';
import { account } from '../db/fixtures';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const ACME_PAGE = 'https://www.acme-robotics.cn/products';
const from = (url: string, frameId = 0, tabId = 7): SenderLike => ({ id: 'ext', url, frameId, tab: { id: tabId } });

async function siteCheck(tabUrl: string | undefined) {
  const db = await getDB();
  await commitChanges(db, [{ store: 'accounts', op: 'put', record: account({ id: 'acme', name: 'Acme Robotics', domain: 'acme-robotics.cn', stage: 'lead' }) }]);
  return createOverlaySiteCheck({
    db: getDB,
    tabUrl: async () => (tabUrl === undefined ? Promise.reject(new Error('No tab with id: 7')) : tabUrl),
    launcherSites: async () => [...WEBMAIL_MATCHES, 'https://crm.example.com/*'],
  });
}

describe('the sites each content-script message is answered for (#22)', () => {
  it('launcher messages: a webmail page or a site the launcher is on for, top frame, as the browser knows the tab', async () => {
    expect(await (await siteCheck(GMAIL))('launcher', from(GMAIL))).toBe(true);
    expect(await (await siteCheck('https://crm.example.com/deals/1'))('launcher', from('https://crm.example.com/deals/1'))).toBe(true);
    expect(await (await siteCheck(ACME_PAGE))('launcher', from(ACME_PAGE))).toBe(false);
    // The frame says Gmail, the tab is elsewhere (or gone): refused.
    expect(await (await siteCheck(ACME_PAGE))('launcher', from(GMAIL))).toBe(false);
    expect(await (await siteCheck(undefined))('launcher', from(GMAIL))).toBe(false);
    expect(await (await siteCheck(GMAIL))('launcher', from(GMAIL, 2))).toBe(false);
  });

  it('badge messages: only on a known account’s own site, sender and tab on one origin', async () => {
    expect(await (await siteCheck(ACME_PAGE))('badge', from(ACME_PAGE))).toBe(true);
    expect(await (await siteCheck('https://news.example/'))('badge', from('https://news.example/'))).toBe(false);
    expect(await (await siteCheck(GMAIL))('badge', from(GMAIL))).toBe(false);
    expect(await (await siteCheck(ACME_PAGE))('badge', from('https://evil.example/'))).toBe(false);
    expect(await (await siteCheck(ACME_PAGE))('badge', from(ACME_PAGE, 3))).toBe(false);
    expect(await (await siteCheck(ACME_PAGE))('badge', { id: 'ext', url: ACME_PAGE, frameId: 0 })).toBe(false);
  });
});
