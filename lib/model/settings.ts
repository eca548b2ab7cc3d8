import { z } from 'zod';
import { ShortText } from './common';

export const UiLocale = z.enum(['auto', 'en', 'zh_CN']);
export type UiLocale = z.infer<typeof UiLocale>;

/** A backend origin: https, except on this machine (shared/DEVELOPERS standards). */
export const BackendUrl = z
  .string()
  .max(2_048)
  .refine((value) => {
    try {
      const url = new URL(value);
      if (url.protocol === 'https:') return true;
      return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    } catch {
      return false;
    }
  }, { message: 'must be an https URL (http only for localhost)' });

export const Settings = z.object({
  locale: UiLocale.default('auto'),
  repName: ShortText.default(''),
  /** Hours to first contact for an A/B lead (shared/domain.md: 48 h; a stricter plan uses 2 h). */
  firstContactHours: z.number().int().min(1).max(24 * 14).default(48),
  backendUrl: BackendUrl.optional(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
