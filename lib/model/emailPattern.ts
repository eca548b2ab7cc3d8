/**
 * What counts as an email address everywhere (schema, normalising, the compose overlay's recipients).
 * A plain regular expression, no zod, so the always-on content script can use it too.
 */
export const EMAIL_PATTERN = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
export const EMAIL_MAX_LENGTH = 254;
