import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inputRowOf } from '../../../../lib/scoring/inputs/inputRow';
import { INPUTS_VERSION } from '../../../../lib/scoring/inputs/inputStore';
import type { StoredLead } from '../../../../lib/scoring/rescore/storedLeads';

/**
 * Stored input rows outlive the code that built them: a release that reads the records differently
 * (a new seniority pattern, another way of telling a reply) must bump INPUTS_VERSION, or re-scoring
 * goes on from rows built the old way. This pins what the rows of a fixed set of records are, per
 * version: when it fails, bump INPUTS_VERSION and record the new fingerprint under it.
 */
const FINGERPRINTS: Record<number, string> = {
  1: 'e1e50f3417bdffb7',
};

const TITLES = ['CEO', 'VP Sales', '销售副总裁', 'Head of IT', '采购经理', 'Intern', 'Executive Assistant', 'Engineer', '', undefined];
const RESULTS = ['replied', 'Customer responded with questions', 'no reply yet', '客户已回复', '未回复', 'waiting for an answer', '', undefined];
const KINDS = ['email', 'meeting', 'call', 'note', 'capture', 'task'];

function corpus(): StoredLead[] {
  return TITLES.flatMap((title, t) =>
    RESULTS.map((result, r) => ({
      account: {
        id: `acc-${t}-${r}`,
        updatedAt: 1_700_000_000_000 + t * 10 + r,
        industry: [' Software ', '软件', undefined][r % 3],
        employees: r % 2 ? 250 : undefined,
        region: r % 4 ? undefined : '华东',
        address: { region: 'East China', country: 'CN' },
        domain: `d${t}.com`,
        stage: 'qualified',
        tags: r % 3 ? ['product-fit'] : [],
        emails: ['Sales@D.com'],
        needs: r % 2 ? { budget: ' 50万 ', timeline: '', pains: [{ text: 'p', priority: 'must' }, { text: 'q', priority: 'nice' }], competitors: ['Rival'] } : undefined,
      },
      contacts: [
        { id: 'c1', accountId: `acc-${t}-${r}`, name: 'A', title, email: 'a@Example.COM', createdAt: 2, updatedAt: 1, version: 0 },
        { id: 'c2', accountId: `acc-${t}-${r}`, name: 'B', title: TITLES[(t + 3) % TITLES.length], createdAt: 1, updatedAt: 1, version: 0 },
      ],
      activities: KINDS.map((kind, k) => ({ id: `a${k}`, accountId: `acc-${t}-${r}`, kind, result, at: 1_700_000_000_000 + k * 3_600_000, content: '', createdAt: 1, updatedAt: 1, version: 0 })),
      visits: [{ id: 'v', accountId: `acc-${t}-${r}`, startedAt: 1_700_000_000_000, seconds: 30 * r }],
    })) as unknown as StoredLead[],
  );
}

describe('the scoring inputs version', () => {
  it('names how the rows are built: the rows of a fixed set of records are the ones recorded for it', () => {
    const rows = corpus().map((lead) => inputRowOf(lead, (lead.account as { id: string }).id));
    expect(rows.some((row) => row.raw)).toBe(false);
    const fingerprint = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16);
    expect(fingerprint, 'rows are built differently now: bump INPUTS_VERSION (lib/scoring/inputs/inputStore.ts) and record this fingerprint under it').toBe(FINGERPRINTS[INPUTS_VERSION]);
  });
});
