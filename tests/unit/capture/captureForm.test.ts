import { describe, expect, it } from 'vitest';
import { changesForNewLead, changesForRecapture, formValuesFromDraft, parseCaptureForm, type CaptureFormValues } from '../../../lib/capture';
import type { LeadDraft } from '../../../lib/model';
import { account } from '../db/fixtures';

const values = (overrides: Partial<CaptureFormValues> = {}): CaptureFormValues => ({
  name: 'Acme Robotics',
  domain: 'acme.com',
  website: 'https://acme.com',
  email: '',
  phone: '',
  address: '',
  description: '',
  personName: '',
  title: '',
  ...overrides,
});

describe('capture form', () => {
  it('pre-fills each field with its best candidate and falls back to the page title for the name', () => {
    const draft: LeadDraft = {
      url: 'https://acme.com/contact',
      pageTitle: 'Contact us | Acme',
      capturedAt: 1,
      warnings: [],
      fields: {
        domain: [{ value: 'acme.com', confidence: 1, source: { extractor: 'url' } }],
        email: [
          { value: 'sales@acme.com', confidence: 0.9, source: { extractor: 'jsonld' } },
          { value: 'info@acme.com', confidence: 0.6, source: { extractor: 'links' } },
        ],
      },
    };
    expect(formValuesFromDraft(draft)).toMatchObject({ name: 'Contact us | Acme', domain: 'acme.com', email: 'sales@acme.com', phone: '' });
  });

  it('drops empty optional fields and normalises email and domain case', () => {
    const parsed = parseCaptureForm(values({ email: ' Sales@Acme.COM ', domain: 'ACME.com' }));
    expect(parsed).toEqual({ ok: true, form: { name: 'Acme Robotics', domain: 'acme.com', website: 'https://acme.com', email: 'sales@acme.com' } });
  });

  it('reports each bad field as a message key', () => {
    const parsed = parseCaptureForm(values({ name: '  ', email: 'not-an-email', website: 'javascript:alert(1)' }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual({
      name: 'captureErrorInvalid_name',
      email: 'captureErrorInvalid_email',
      website: 'captureErrorInvalid_website',
    });
  });

  it('a new lead is an account in stage Lead plus a capture activity', () => {
    const parsed = parseCaptureForm(values({ phone: '+86 400 800 1234' }));
    if (!parsed.ok) throw new Error('form should parse');
    const { account: created, changes } = changesForNewLead(parsed.form, 'https://acme.com/about', 42);
    expect(created).toMatchObject({ stage: 'lead', domain: 'acme.com', phones: ['+86 400 800 1234'], capturedAt: 42, version: 0 });
    expect(changes.map((c) => c.store)).toEqual(['accounts', 'activities']);
  });

  it('re-capturing adds new details to the existing account without overwriting or duplicating', () => {
    const existing = account({ emails: ['info@acme.com'], website: 'https://www.acme.com', stage: 'prospect' });
    const parsed = parseCaptureForm(values({ email: 'sales@acme.com', website: 'https://acme.com/new' }));
    if (!parsed.ok) throw new Error('form should parse');
    const { account: merged } = changesForRecapture(existing, parsed.form, 'https://acme.com', 50);
    expect(merged).toMatchObject({ id: existing.id, stage: 'prospect', website: 'https://www.acme.com', emails: ['info@acme.com', 'sales@acme.com'] });
    const again = changesForRecapture(merged, parsed.form, 'https://acme.com', 60).account;
    expect(again.emails).toEqual(['info@acme.com', 'sales@acme.com']);
  });
});
