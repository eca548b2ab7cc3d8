export { DB_NAME, type LeadKitDB, type StoreName } from './schema';
export { DB_VERSION, UPGRADE_STEPS } from './upgrades';
export { getDB, openLeadKitDB, resetDBConnection, type LeadKitDatabase } from './open';
export { commitChanges, mutationFor, type Change } from './write';
export { announceChange, onDbChange, type DbChange } from './changes';
export { listContacts, storedAccount, storedAccountsByDomain } from './accounts';
export { listActivities } from './activities';
export { countPendingMutations, peekOutbox } from './outbox';
