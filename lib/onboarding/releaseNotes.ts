/**
 * What each release tells a rep who updates (issue #26). Only a release with `announce: true`
 * opens the "what's new" page; most updates stay silent, so the page never becomes noise.
 * `key` names the locale message with the note's text (lib/i18n/messages/<locale>/onboarding.json).
 */
export interface ReleaseNote {
  version: string;
  announce: boolean;
  key: string;
}

export const RELEASE_NOTES: readonly ReleaseNote[] = [{ version: '0.1.0', announce: false, key: 'whatsNew_0_1_0' }];
