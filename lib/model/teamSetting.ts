import { z } from 'zod';
import { RecordMeta } from './common';

/**
 * Settings the manager decides for the whole team, synced like a record so that every rep's install
 * applies them offline (issue #24 item 5: a rep's capture is assigned by the manager's rules where it
 * is made). One record per setting, under a fixed id, so every install converges on the same record;
 * the server lets only managers write them (server/src/sync/writeRules.ts).
 *
 * The value's shape belongs to the feature that owns the setting (which parses it when it reads it,
 * an invalid one falling back to its default), so this layer imports no feature; here it is only
 * bounded, as every synced record is.
 */
export const TEAM_SETTING_NAMES = ['assignmentRules'] as const;
export const TeamSettingName = z.enum(TEAM_SETTING_NAMES);
export type TeamSettingName = z.infer<typeof TeamSettingName>;

/** Far above what a setting needs, below the server's per-record cap. */
export const TEAM_SETTING_MAX_CHARS = 32_000;

export const teamSettingId = (name: TeamSettingName): string => `team-setting-${name}`;

export const TeamSetting = RecordMeta.extend({
  name: TeamSettingName,
  value: z.record(z.string(), z.unknown()).refine((value) => JSON.stringify(value).length <= TEAM_SETTING_MAX_CHARS, {
    message: `must be at most ${TEAM_SETTING_MAX_CHARS} characters as JSON`,
  }),
}).refine((setting) => setting.id === teamSettingId(setting.name), { message: 'a team setting is stored under its own name', path: ['id'] });
export type TeamSetting = z.infer<typeof TeamSetting>;
