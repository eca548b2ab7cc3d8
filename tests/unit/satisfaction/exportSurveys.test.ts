import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/csv/csvParser';
import { exportCsvParts } from '../../../lib/csv/exportRecords';
import type { Activity } from '../../../lib/model';

describe('survey scores in the activities export', () => {
  it('writes NPS and CSAT in their own columns, the comment as the content', () => {
    const survey: Activity = { id: 's1', createdAt: 0, updatedAt: 0, version: 0, accountId: 'acc', kind: 'survey', at: 0, content: 'Fast rollout', survey: { nps: 9 } };
    const complaint: Activity = { id: 'c1', createdAt: 0, updatedAt: 0, version: 0, accountId: 'acc', kind: 'complaint', at: 0, content: 'Invoice wrong' };
    const [header, surveyRow, complaintRow] = parseCsv(exportCsvParts('activities', [survey, complaint], 'UTC').join(''));
    const column = (name: string) => header!.indexOf(name);
    expect([surveyRow![column('kind')], surveyRow![column('content')], surveyRow![column('nps')], surveyRow![column('csat')]]).toEqual(['survey', 'Fast rollout', '9', '']);
    expect([complaintRow![column('kind')], complaintRow![column('nps')]]).toEqual(['complaint', '']);
  });
});
