import { z } from 'zod';
import { Probability, Stage } from '../../model';

/** The dashboard worker's deals import request (lib/dashboard/worker/protocol.ts). */
export const DealImportRequest = z.object({
  id: z.number().int(),
  kind: z.literal('importDeals'),
  file: z.instanceof(Blob),
  actor: z.string().max(200),
  table: z.partialRecord(Stage, Probability),
});
export type DealImportRequest = z.infer<typeof DealImportRequest>;
