import type { z } from 'zod';
import { Account, Activity, Contact, Deal, Script, Task, TeamSetting, type SyncedEntity } from '../../../lib/model/index.ts';

/** The shape each synced entity must have on the server: the same schemas the extension stores. */
export const ENTITY_SCHEMAS: Record<SyncedEntity, z.ZodType<{ id: string; version: number }>> = {
  account: Account,
  contact: Contact,
  activity: Activity,
  task: Task,
  script: Script,
  deal: Deal,
  teamSetting: TeamSetting,
};
