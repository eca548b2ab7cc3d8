import { STAGES } from '../../model/stage';
import { COMPLAINT_RESPONSE_HOURS } from '../../satisfaction/measures';
import { Playbook } from './schema';

/** shared/domain.md: first contact with an A/B lead within 48 h; a stricter plan uses 2 h. */
export const FIRST_CONTACT_HOURS = 48;
export const STRICT_FIRST_CONTACT_HOURS = 2;

export interface DefaultPlaybookOptions {
  /** Settings.firstContactHours. */
  firstContactHours?: number;
}

/** The service levels of shared/domain.md as playbook rules; the manager edits a copy. */
export function defaultPlaybook(options: DefaultPlaybookOptions = {}): Playbook {
  return Playbook.parse({
    schemaVersion: 1,
    rules: [
      {
        id: 'leadFirstContact',
        when: { stages: ['lead'], grades: ['A', 'B'] },
        trigger: { kind: 'captured' },
        due: { unit: 'hours', amount: options.firstContactHours ?? FIRST_CONTACT_HOURS },
        doneBy: { activityKinds: ['call', 'email', 'meeting'] },
        title: { key: 'pipelineActionFirstContact' },
        priority: 'high',
      },
      {
        // First contact done → book the needs-discovery meeting, giving the customer ≥ 3 days' notice.
        id: 'bookNeedsMeeting',
        when: { stages: ['lead', 'prospect'] },
        trigger: { kind: 'ruleDone', ruleId: 'leadFirstContact' },
        due: { unit: 'workingDays', amount: 2 },
        doneBy: { activityKinds: ['meeting'] },
        title: { key: 'pipelineActionBookNeedsMeeting', params: { daysAhead: 3 } },
        priority: 'normal',
      },
      {
        id: 'shareNeedsWriteUp',
        when: { stages: ['lead', 'prospect'] },
        trigger: { kind: 'activity', activityKinds: ['meeting'], which: 'latest' },
        due: { unit: 'hours', amount: 24 },
        title: { key: 'pipelineActionShareNeeds' },
        priority: 'high',
      },
      {
        id: 'enterSignedContract',
        when: { stages: ['negotiation', 'won'] },
        trigger: { kind: 'checklistTicked', item: 'contractSigned' },
        due: { unit: 'workingDays', amount: 1 },
        title: { key: 'pipelineActionEnterContract' },
        priority: 'high',
      },
      {
        id: 'satisfactionSurvey',
        when: { stages: ['won', 'renewal'] },
        trigger: { kind: 'checklistTicked', item: 'deliveryAccepted' },
        due: { unit: 'workingDays', amount: 3 },
        doneBy: { checklist: 'satisfactionSurveyed' },
        title: { key: 'pipelineActionSatisfactionSurvey' },
        priority: 'normal',
      },
      {
        // shared/domain.md: a complaint gets a response plan within 24 h, whatever the stage. Its
        // task's Done is the plan given; a later complaint starts a new clock.
        id: 'complaintResponsePlan',
        when: { stages: [...STAGES] },
        trigger: { kind: 'activity', activityKinds: ['complaint'], which: 'latest' },
        due: { unit: 'hours', amount: COMPLAINT_RESPONSE_HOURS },
        title: { key: 'pipelineActionComplaintPlan' },
        priority: 'high',
      },
      {
        // 1–2 touches a week: one falls due a week after the last; reps may add a second.
        id: 'nurtureTouch',
        when: { stages: ['nurture'] },
        trigger: { kind: 'sinceLastContact' },
        due: { unit: 'days', amount: 7 },
        title: { key: 'pipelineActionNurtureTouch' },
        priority: 'low',
      },
      {
        id: 'vipMonthlyContact',
        when: { stages: ['won', 'renewal'], tags: ['vip'] },
        trigger: { kind: 'sinceLastContact' },
        due: { unit: 'days', amount: 30 },
        title: { key: 'pipelineActionVipContact' },
        priority: 'normal',
      },
    ],
  });
}
