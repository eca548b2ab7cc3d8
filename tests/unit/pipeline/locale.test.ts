import { describe, expect, it } from 'vitest';
import en from '../../../lib/i18n/messages/en/pipeline.json';
import zh from '../../../lib/i18n/messages/zh_CN/pipeline.json';
import { STAGES } from '../../../lib/model/stage';
import { account } from './fixtures';
import { exitCriteria } from '../../../lib/pipeline/exitCriteria';
import {
  MOVE_UNMET_WARNING_KEY,
  REMINDER_LABEL_KEYS,
  criterionLabelKey,
  moveErrorLabelKey,
  priorityLabelKey,
  stageLabelKey,
  taskErrorLabelKey,
} from '../../../lib/pipeline/labelKeys';
import { defaultPlaybook } from '../../../lib/pipeline/playbook/defaultPlaybook';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('pipeline locale strings', () => {
  it('every key is prefixed and both locales have the same keys and placeholders', () => {
    expect(Object.keys(en).every((key) => key.startsWith('pipeline'))).toBe(true);
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      expect(placeholders((zh as Record<string, { message: string }>)[key]!.message), key).toEqual(placeholders(entry.message));
    }
  });

  it('every key the module uses exists', () => {
    const used = [
      ...STAGES.map(stageLabelKey),
      ...STAGES.flatMap((stage) => exitCriteria(account({ stage }), { activities: [] }).map((criterion) => criterion.labelKey)),
      ...(['high', 'normal', 'low'] as const).map(priorityLabelKey),
      ...(['notAllowed', 'reasonRequired'] as const).map(moveErrorLabelKey),
      ...(['notActive', 'reasonRequired', 'notInFuture', 'assigneeRequired'] as const).map(taskErrorLabelKey),
      ...Object.values(REMINDER_LABEL_KEYS),
      MOVE_UNMET_WARNING_KEY,
      ...defaultPlaybook().rules.map((rule) => rule.title.key),
    ];
    expect(used.filter((key) => !Object.hasOwn(en, key))).toEqual([]);
    expect(criterionLabelKey('leadGradedAB')).toBe('pipelineCriterionLeadGradedAB');
  });

  it('uses the domain\'s Chinese stage names', () => {
    expect(STAGES.map((stage) => (zh as Record<string, { message: string }>)[stageLabelKey(stage)]?.message)).toEqual([
      '线索', '潜在客户', '机会客户', '谈判阶段', '成交客户', '续约/转介绍', '培育线索库', '已流失', '无效',
    ]);
  });
});
