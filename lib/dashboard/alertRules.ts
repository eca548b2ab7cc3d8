import { z } from 'zod';
import { FUNNEL_STAGES } from '../model/stage';

/** A rate threshold, 0…1 (the settings panel shows percent). */
const Rate = z.number().min(0).max(1);
/** A conversion is named by the stage it leaves: `opportunity` is Opportunity → Negotiation. */
const ConversionFrom = z.enum(FUNNEL_STAGES.slice(0, -1) as ['lead', 'prospect', 'opportunity', 'negotiation', 'won']);
export const SERVICE_LEVELS = ['firstContact', 'entry', 'survey'] as const;

export const AlertRule = z.discriminatedUnion('metric', [
  z.object({ metric: z.literal('conversion'), from: ConversionFrom, below: Rate }),
  z.object({ metric: z.literal('serviceLevel'), level: z.enum(SERVICE_LEVELS), below: Rate }),
  z.object({ metric: z.literal('leadToWon'), below: Rate }),
  z.object({ metric: z.literal('winRate'), below: Rate }),
]);
export type AlertRule = z.infer<typeof AlertRule>;

/** One rule per metric: the key names it in storage (cool-downs) and in the UI. */
export function alertKey(rule: AlertRule): string {
  switch (rule.metric) {
    case 'conversion':
      return `conversion:${rule.from}`;
    case 'serviceLevel':
      return `serviceLevel:${rule.level}`;
    default:
      return rule.metric;
  }
}

/**
 * The manager's alert thresholds (issue 8), one `storage.local` item (lib/dashboard/alertStore.ts).
 * `minSample`: a rate over fewer accounts than this never alerts (one lost deal out of two is not a
 * trend). `notify`: false keeps breaches on the dashboard only.
 */
export const AlertSettings = z
  .object({
    rules: z.array(AlertRule).max(20).default([]),
    minSample: z.number().int().min(1).max(10_000).default(5),
    notify: z.boolean().default(true),
  })
  .superRefine((settings, ctx) => {
    const keys = new Set<string>();
    settings.rules.forEach((rule, index) => {
      const key = alertKey(rule);
      if (keys.has(key)) ctx.addIssue({ code: 'custom', path: ['rules', index], message: `${key} has two thresholds` });
      keys.add(key);
    });
  });
export type AlertSettings = z.infer<typeof AlertSettings>;

/** shared/domain.md's examples: Opportunity → Negotiation below 20%, first contact on time below 90%. */
export const DEFAULT_ALERT_SETTINGS: AlertSettings = AlertSettings.parse({
  rules: [
    { metric: 'conversion', from: 'opportunity', below: 0.2 },
    { metric: 'serviceLevel', level: 'firstContact', below: 0.9 },
  ],
});

/** Stored settings, or the defaults (logged) when absent or invalid: a broken item never stops the dashboard. */
export function parseAlertSettings(stored: unknown): AlertSettings {
  if (stored === null || stored === undefined) return DEFAULT_ALERT_SETTINGS;
  const parsed = AlertSettings.safeParse(stored);
  if (parsed.success) return parsed.data;
  console.warn('[leadkit] the stored dashboard alert settings are invalid; using the defaults', parsed.error.issues[0]);
  return DEFAULT_ALERT_SETTINGS;
}

/** Every metric a threshold can watch, each with a starting threshold, for the settings panel's "add". */
export function alertRuleChoices(): AlertRule[] {
  return [
    ...ConversionFrom.options.map((from) => ({ metric: 'conversion' as const, from, below: 0.2 })),
    ...SERVICE_LEVELS.map((level) => ({ metric: 'serviceLevel' as const, level, below: 0.9 })),
    { metric: 'leadToWon', below: 0.1 },
    { metric: 'winRate', below: 0.3 },
  ];
}
