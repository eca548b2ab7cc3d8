import { Deal, Probability, type CurrencyCode, type Stage } from '../model';
import { isLocalDate } from '../time/localDate';
import { minorToPlain, parseAmount, type AmountParse } from './parseAmount';
import { probabilityAfterEdit } from './stageProbability';

/** The deal form as typed: text fields are kept as typed until they are saved. */
export interface DealDraft {
  name: string;
  amount: string;
  currency: string;
  expectedCloseDate: string;
  stage: Stage;
  probability: string;
  /** Whether the rep changed the probability in this edit (else a stage change sets it). */
  probabilityTyped: boolean;
  status: Deal['status'];
  closeReason: string;
  closedOn: string;
  grossMargin: string;
  /** Collected so far on a won deal (the KPI scorecard's collections). */
  collected: string;
}

export type DealField = 'name' | 'amount' | 'currency' | 'expectedCloseDate' | 'probability' | 'closedOn' | 'grossMargin' | 'collected';
/** Locale keys (deals.json) naming what is wrong with a field. */
export type DealFieldErrors = Partial<Record<DealField, string>>;

export function draftFromDeal(deal: Deal): DealDraft {
  return {
    name: deal.name,
    amount: minorToPlain(deal.amount, deal.currency),
    currency: deal.currency,
    expectedCloseDate: deal.expectedCloseDate,
    stage: deal.stage,
    probability: String(deal.probability),
    probabilityTyped: false,
    status: deal.status,
    closeReason: deal.closeReason ?? '',
    closedOn: deal.closedOn ?? '',
    grossMargin: deal.grossMargin === undefined ? '' : minorToPlain(deal.grossMargin, deal.currency),
    collected: deal.collected === undefined ? '' : minorToPlain(deal.collected, deal.currency),
  };
}

export function emptyDraft(currency: CurrencyCode, stage: Stage, today: string, table: Record<Stage, number>): DealDraft {
  return { name: '', amount: '', currency, expectedCloseDate: today, stage, probability: String(table[stage]), probabilityTyped: false, status: 'open', closeReason: '', closedOn: '', grossMargin: '', collected: '' };
}

const AMOUNT_ERROR: Record<Exclude<AmountParse, { ok: true }>['error'], string> = {
  empty: 'dealErrorRequired',
  not_a_number: 'dealErrorAmount',
  too_many_decimals: 'dealErrorDecimals',
  too_large: 'dealErrorTooLarge',
  negative: 'dealErrorNegative',
};

export interface DraftContext {
  /** The deal being edited; null for a new one. */
  before: Deal | null;
  id: string;
  accountId: string;
  ownerId: string;
  now: number;
  table: Record<Stage, number>;
  decimal: '.' | ',';
}

/** The deal a draft describes, or every field's error (as locale keys), checked by the Deal schema last. */
export function dealFromDraft(draft: DealDraft, context: DraftContext): { ok: true; deal: Deal } | { ok: false; errors: DealFieldErrors } {
  const errors: DealFieldErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'dealErrorRequired';
  const currency = draft.currency.trim().toUpperCase();
  const currencyOk = Deal.shape.currency.safeParse(currency).success;
  if (!currencyOk) errors.currency = 'dealErrorCurrency';
  let amount = 0;
  let grossMargin: number | undefined;
  let collected: number | undefined;
  if (currencyOk) {
    const parsed = parseAmount(draft.amount, currency, context.decimal);
    if (parsed.ok) amount = parsed.minor;
    else errors.amount = AMOUNT_ERROR[parsed.error];
    if (draft.grossMargin.trim()) {
      const negative = draft.grossMargin.trim().startsWith('-');
      const margin = parseAmount(draft.grossMargin.trim().replace(/^-/, ''), currency, context.decimal);
      if (margin.ok) grossMargin = negative ? -margin.minor : margin.minor;
      else errors.grossMargin = AMOUNT_ERROR[margin.error];
    }
    if (draft.status === 'won' && draft.collected.trim()) {
      const parsed = parseAmount(draft.collected, currency, context.decimal);
      if (parsed.ok) collected = parsed.minor;
      else errors.collected = AMOUNT_ERROR[parsed.error];
    }
  }
  if (!isLocalDate(draft.expectedCloseDate)) errors.expectedCloseDate = 'dealErrorDate';
  const probabilityText = draft.probability.trim();
  const probability = Probability.safeParse(Number(probabilityText));
  if (!/^\d{1,3}$/.test(probabilityText) || !probability.success) errors.probability = 'dealErrorProbability';
  if (draft.status !== 'open' && !isLocalDate(draft.closedOn)) errors.closedOn = 'dealErrorDate';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const stage = draft.status === 'won' ? 'won' : draft.status === 'lost' ? 'lost' : draft.stage;
  const closed = draft.status !== 'open';
  const candidate = {
    id: context.id,
    createdAt: context.before?.createdAt ?? context.now,
    updatedAt: context.now,
    version: context.before?.version ?? 0,
    accountId: context.accountId,
    name,
    amount,
    currency,
    expectedCloseDate: draft.expectedCloseDate,
    stage,
    probability: draft.status === 'won' ? 100 : draft.status === 'lost' ? 0 : probabilityAfterEdit(context.before, { stage, probability: probability.data! }, context.table, draft.probabilityTyped),
    ownerId: context.before?.ownerId ?? context.ownerId,
    status: draft.status,
    ...(closed && draft.closeReason.trim() ? { closeReason: draft.closeReason.trim().slice(0, 200) } : {}),
    ...(closed ? { closedOn: draft.closedOn } : {}),
    ...(grossMargin !== undefined ? { grossMargin } : {}),
    ...(collected !== undefined ? { collected } : {}),
  };
  const checked = Deal.safeParse(candidate);
  if (!checked.success) {
    const field = String(checked.error.issues[0]?.path[0] ?? 'name');
    return { ok: false, errors: { [(['amount', 'grossMargin', 'collected', 'name', 'currency', 'expectedCloseDate', 'probability', 'closedOn'].includes(field) ? field : 'name') as DealField]: 'dealErrorInvalid' } };
  }
  return { ok: true, deal: checked.data };
}
