import { z } from 'zod';
import { EpochMs, ShortText } from './common';

/**
 * Exit-criteria items the rep ticks by hand: facts the records cannot show on their own.
 * When each was ticked matters (contract signing and delivery acceptance start service-level
 * clocks), so a ticked item keeps when and by whom; unticking removes the key.
 */
export const CHECKLIST_ITEMS = [
  'interestConfirmed',
  'solutionDrafted',
  'solutionReviewed',
  'solutionPresented',
  'termsConfirmed',
  'contractSigned',
  'deliveryKickedOff',
  'deliveryAccepted',
  'satisfactionSurveyed',
  'secondDealOrReferral',
] as const;
export const ChecklistItem = z.enum(CHECKLIST_ITEMS);
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ChecklistTick = z.object({ at: EpochMs, by: ShortText.optional() });
export type ChecklistTick = z.infer<typeof ChecklistTick>;

export const StageChecklist = z.partialRecord(ChecklistItem, ChecklistTick);
export type StageChecklist = z.infer<typeof StageChecklist>;
