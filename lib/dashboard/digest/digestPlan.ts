import type { WholeStoreThreshold } from '../../db/wholeStore';

/**
 * How the digest catches up with marked accounts (issue #8). Each marked row is rebuilt from its
 * account, activities and tasks: three lookups, ~0.25 ms a row in Chromium on an idle machine, more
 * when the background is busy too. Building the whole digest reads every record in key ranges:
 * ~6.3 s for 50k accounts and 500k activities, however many are marked. Measured on the bench
 * profile (the dashboard opened with its digest marked): 20,000 of 50,000 marked, rebuilt 5.1 s,
 * built 6.1 s; all 50,000 marked (a bulk import), rebuilt 12.7 s, built 6.6 s. So past about half
 * the accounts, the whole build wins; below 1,000 marks either takes well under a second.
 */
export const BUILD_RATHER_THAN_REBUILD: WholeStoreThreshold = { min: 1_000, share: 1 / 2 };
