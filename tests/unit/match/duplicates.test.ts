import { describe, expect, it } from 'vitest';
import { likelyDuplicates } from '../../../lib/match/duplicates';
import type { LeadDraft } from '../../../lib/model';
import { account } from '../db/fixtures';

const acme = account({ id: 'acme', name: 'Acme Robotics Inc.', domain: 'acme.com', emails: ['sales@acme.com'], phones: ['+14155550134'] });
const acmeEu = account({ id: 'acme-eu', name: 'ACME Robotics GmbH', domain: 'acme.de' });
const huaxin = account({ id: 'huaxin', name: '华信精密制造有限公司', domain: 'huaxin-mfg.cn' });
const other = account({ id: 'other', name: 'Globex', domain: 'globex.com' });
const candidates = [acme, acmeEu, huaxin, other].map((a) => ({ account: a }));

describe('likelyDuplicates', () => {
  it('scores each match and says why, best first', () => {
    const matches = likelyDuplicates({ name: 'Acme Robotics', domain: 'acme.com' }, candidates);
    expect(matches.map((m) => [m.account.id, m.reasons])).toEqual([
      ['acme', ['domain', 'name']],
      ['acme-eu', ['name']],
    ]);
    expect(matches[0]!.score).toBe(1);
    expect(matches[1]!.score).toBeCloseTo(0.85);
  });

  it('matches by email and by E.164 phone whatever the formatting', () => {
    expect(likelyDuplicates({ email: 'SALES@acme.com' }, candidates).map((m) => [m.account.id, m.reasons])).toEqual([['acme', ['email']]]);
    expect(likelyDuplicates({ phone: '(415) 555-0134', phoneRegion: 'US' }, candidates).map((m) => m.reasons)).toEqual([['phone']]);
  });

  it('matches a contact’s email and phone', () => {
    const withContact = [{ account: other, contacts: [{ email: 'jane@globex.com', phone: '+8613812345678' }] }];
    expect(likelyDuplicates({ email: 'jane@globex.com' }, withContact)).toHaveLength(1);
    expect(likelyDuplicates({ phone: '+86 138 1234 5678' }, withContact)[0]!.reasons).toEqual(['phone']);
  });

  it('Chinese names: the legal name of a draft matches, a similar name counts less', () => {
    const draft: LeadDraft = {
      url: 'https://mail.google.com/',
      pageTitle: '',
      capturedAt: 1,
      warnings: [],
      fields: { legalName: [{ value: '华信精密制造（苏州）有限公司', confidence: 0.8, source: { extractor: 'chinaCompany' } }] },
    };
    expect(likelyDuplicates(draft, candidates).map((m) => [m.account.id, m.reasons])).toEqual([['huaxin', ['name']]]);
    expect(likelyDuplicates({ name: '华信精密' }, candidates)[0]).toMatchObject({ reasons: ['similarName'], score: 0.55 });
  });

  it('a personal mail domain never matches an account by domain', () => {
    const gmailAccount = account({ id: 'g', name: 'Somebody', domain: 'gmail.com' });
    expect(likelyDuplicates({ domain: 'gmail.com' }, [{ account: gmailAccount }])).toEqual([]);
  });

  it('nothing in common, nothing offered', () => {
    expect(likelyDuplicates({ name: 'Initech', domain: 'initech.com' }, candidates)).toEqual([]);
  });
});
