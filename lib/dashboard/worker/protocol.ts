import { z } from 'zod';
import { WorkCalendar } from '../../pipeline/calendar/workCalendar';
import type { ImportReport } from '../../csv/importLeads';
import { IMPORT_FIELDS, type ColumnMapping } from '../../csv/importColumns';
import { EXPORT_ENTITIES } from '../../csv/exportRecords';
import type { DashboardAggregates } from '../metrics/aggregates';
import { Period } from '../period';
import { ForecastRequest } from '../../deals/dashboard/forecastRequest';
import type { Forecast } from '../../deals/forecast';
import { DealImportRequest } from '../../deals/dashboard/dealImportRequest';
import type { DealImportReport } from '../../deals/dashboard/dealImportRun';
import { SatisfactionRequest } from '../../satisfaction/dashboard/satisfactionRequest';
import type { SatisfactionReport } from '../../satisfaction/report';
import { ScorecardRequest, type Scorecard } from '../../kpi/scorecardRequest';

/**
 * The one channel between the dashboard page and its worker. Requests are checked with this schema
 * where they are received (the worker); responses come from our own worker and carry the request id.
 */
export const WorkerRequest = z.discriminatedUnion('kind', [
  z.object({
    id: z.number().int(),
    kind: z.literal('aggregate'),
    period: Period,
    now: z.number().int().nonnegative(),
    firstContactHours: z.number().int().min(1).max(24 * 14),
    calendar: WorkCalendar,
  }),
  z.object({ id: z.number().int(), kind: z.literal('export'), format: z.enum(['csv', 'json']), entity: z.enum(EXPORT_ENTITIES), timeZone: z.string().max(64) }),
  z.object({ id: z.number().int(), kind: z.literal('importParse'), file: z.instanceof(Blob), fileName: z.string().max(300) }),
  z.object({
    id: z.number().int(),
    kind: z.literal('importRun'),
    mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(500)),
    dayFirst: z.boolean(),
    timeZone: z.string().max(64),
    phoneRegion: z.string().regex(/^[A-Z]{2}$/).optional(),
    actor: z.string().max(200),
  }),
  ForecastRequest,
  DealImportRequest,
  SatisfactionRequest,
  ScorecardRequest,
]);
export type WorkerRequest = z.infer<typeof WorkerRequest>;

export type ProgressStage = 'reading' | 'computing' | 'parsing' | 'checking' | 'writing' | 'exporting';

export interface ParsedImport {
  fileName: string;
  encoding: string;
  headers: string[];
  /** The first rows, for the mapping step's preview. */
  sample: string[][];
  rowCount: number;
  guessedMapping: ColumnMapping;
  unterminatedQuote: boolean;
}

export type WorkerResponse =
  /** `share`: how much of the stage is done (0…1), when `done` counts something else (records read). */
  | { id: number; kind: 'progress'; stage: ProgressStage; done: number; total?: number; share?: number }
  | { id: number; kind: 'aggregates'; aggregates: DashboardAggregates }
  /** Before 'aggregates': the last open's figures, the store unchanged since (lib/dashboard/digest/figuresCache.ts). */
  | { id: number; kind: 'kept'; aggregates: DashboardAggregates }
  | { id: number; kind: 'exported'; blob: Blob; fileName: string }
  | { id: number; kind: 'parsed'; parsed: ParsedImport }
  | { id: number; kind: 'imported'; report: ImportReport }
  | { id: number; kind: 'forecast'; forecast: Forecast }
  | { id: number; kind: 'dealsImported'; report: DealImportReport }
  | { id: number; kind: 'satisfaction'; report: SatisfactionReport }
  | { id: number; kind: 'scorecard'; scorecard: Scorecard }
  | { id: number; kind: 'error'; message: string };
