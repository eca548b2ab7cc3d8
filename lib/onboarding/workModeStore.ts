import { storage } from '#imports';

/** The rep's answer to the welcome page's third step (issue #26): data on this device only, or a team. */
export type WorkMode = 'device' | 'team';

export const workModeItem = storage.defineItem<WorkMode | null>('local:workMode', { fallback: null });
