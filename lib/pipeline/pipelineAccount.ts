import type { Account } from '../model/account';

/** An account as the pipeline reads it (the model carries the checklist since issue #5). */
export type PipelineAccount = Account;
