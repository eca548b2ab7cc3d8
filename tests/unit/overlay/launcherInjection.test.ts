import { describe, expect, it, vi } from 'vitest';
import { injectionTarget, launcherTarget } from '../../../lib/overlay/launcherInjection';
import { E2E_WEBMAIL_MATCHES, WEBMAIL_MATCHES } from '../../../lib/overlay/webmailMatches';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const SITES = [...WEBMAIL_MATCHES, 'https://crm.example.com/*'];
const fromTop = (url: string, tabId = 4) => ({ id: 'ext', url, frameId: 0, tab: { id: tabId } });

describe('the launcher goes into the document that asked (#22)', () => {
  it('carries the sender’s document id into the executeScript target, which then names no frame', () => {
    const target = launcherTarget({ ...fromTop(GMAIL), documentId: 'DOC-1' }, GMAIL, SITES);
    expect(target).toEqual({ tabId: 4, frameId: 0, documentId: 'DOC-1' });
    expect(injectionTarget(target!)).toEqual({ tabId: 4, documentIds: ['DOC-1'] });
    // Firefox says no document: the frame, as before.
    expect(injectionTarget(launcherTarget(fromTop(GMAIL), GMAIL, SITES)!)).toEqual({ tabId: 4, frameIds: [0] });
  });
});

describe('where the background loads the compose launcher (issue #3)', () => {
  it('the top frame of a webmail tab, or of a site the rep turned it on for', () => {
    expect(launcherTarget(fromTop(GMAIL), GMAIL, SITES)).toEqual({ tabId: 4, frameId: 0 });
    for (const url of ['https://outlook.live.com/mail/0/', 'https://outlook.office.com/mail/', 'https://outlook.office365.com/mail/inbox', 'https://crm.example.com/deals/9']) {
      expect(launcherTarget(fromTop(url, 12), url, SITES), url).toEqual({ tabId: 12, frameId: 0 });
    }
  });

  it('refuses pages it is not for, and look-alike hosts', () => {
    for (const url of [
      'https://www.acme-robotics.cn/',
      'http://mail.google.com/mail/',
      'https://mail.google.com.evil.example/mail/',
      'https://evilmail.google.com/',
      'https://accounts.google.com/signin',
      'https://crm.example.com.evil.example/',
      'chrome://extensions/',
      'not a url',
    ]) {
      expect(launcherTarget(fromTop(url), url, SITES), url).toBeNull();
    }
  });

  it('refuses a sender that is not a tab’s top frame', () => {
    expect(launcherTarget({ id: 'ext', url: GMAIL, frameId: 0 }, GMAIL, SITES)).toBeNull();
    expect(launcherTarget({ id: 'ext', url: GMAIL, frameId: 0, tab: {} }, GMAIL, SITES)).toBeNull();
    expect(launcherTarget({ id: 'ext', url: GMAIL, frameId: 0, tab: { id: -1 } }, GMAIL, SITES)).toBeNull();
    expect(launcherTarget({ ...fromTop(GMAIL), frameId: 3 }, GMAIL, SITES)).toBeNull();
    expect(launcherTarget({ id: 'ext', url: GMAIL, tab: { id: 4 } }, GMAIL, SITES)).toBeNull();
  });

  it('a webmail frame inside another site’s tab, or a tab that navigated away since it asked, is refused', () => {
    // The sender's URL alone is never the grant: the tab's URL as the browser knows it must agree.
    expect(launcherTarget(fromTop(GMAIL), 'https://evil.example/framing-gmail', SITES)).toBeNull();
    expect(launcherTarget(fromTop('https://evil.example/'), GMAIL, SITES)).toBeNull();
    expect(launcherTarget(fromTop(GMAIL), undefined, SITES)).toBeNull();
    expect(launcherTarget({ id: 'ext', frameId: 0, tab: { id: 4 } }, GMAIL, SITES)).toBeNull();
  });

  it('the e2e fixture webmails only when the build lists them (any port), and nothing with no sites', () => {
    const fixture = 'http://gmail.test:43123/';
    expect(launcherTarget(fromTop(fixture), fixture, SITES)).toBeNull();
    expect(launcherTarget(fromTop(fixture), fixture, [...SITES, ...E2E_WEBMAIL_MATCHES])).toEqual({ tabId: 4, frameId: 0 });
    expect(launcherTarget(fromTop(GMAIL), GMAIL, [])).toBeNull();
    expect(launcherTarget(fromTop(GMAIL), GMAIL, ['not a pattern'])).toBeNull();
  });
});

describe('in a service worker (no `Location`, where the background runs)', () => {
  it('still matches', () => {
    vi.stubGlobal('Location', undefined);
    try {
      expect(launcherTarget(fromTop(GMAIL), GMAIL, SITES)).toEqual({ tabId: 4, frameId: 0 });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
