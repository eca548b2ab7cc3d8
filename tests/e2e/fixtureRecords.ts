/** Records as the extension stores them, for the e2e seed (tests/e2e/seedLibrary.ts). */
export const NOW = Date.UTC(2025, 5, 2);
export const RECORD_META = { createdAt: NOW, updatedAt: NOW, version: 0 };

/** An account at the opportunity stage unless told otherwise; `fields` name it and add the rest. */
export function testAccount<T extends { id: string; name: string; domain: string }>(fields: T) {
  return { ...RECORD_META, stage: 'opportunity', tags: [], phones: [], emails: [], capturedAt: NOW, ...fields };
}

export function testContact<T extends { id: string; accountId: string; name: string; email: string }>(fields: T) {
  return { ...RECORD_META, ...fields };
}
