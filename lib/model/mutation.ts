import { z } from 'zod';
import { EpochMs, Id } from './common';

/** Entities that sync; each maps to one object store. */
export const SYNCED_ENTITIES = ['account', 'contact', 'activity', 'task', 'script', 'deal', 'teamSetting'] as const;
export const SyncedEntity = z.enum(SYNCED_ENTITIES);
export type SyncedEntity = z.infer<typeof SyncedEntity>;

/** One local change waiting in the outbox (see shared/ARCHITECTURE.md, "The sync protocol"). */
export const Mutation = z.object({
  id: Id,
  entity: SyncedEntity,
  entityId: Id,
  op: z.enum(['put', 'delete']),
  /** The record's server version the change was made against; 0 for a new record. */
  baseVersion: z.number().int().nonnegative(),
  data: z.record(z.string(), z.unknown()).nullable(),
  at: EpochMs,
});
export type Mutation = z.infer<typeof Mutation>;
