/**
 * A playbook task's id is derived from what it answers (account, rule, trigger time), so the
 * side panel and the background proposing the same action at once write the same record
 * instead of two tasks. Two 32-bit FNV-1a hashes with different offsets: 64 bits, 19 characters.
 */
export function playbookTaskId(accountId: string, ruleId: string, triggerAt: number): string {
  const text = `${accountId}|${ruleId}|${triggerAt}`;
  return `pb-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01000193 ^ 0x5bd1e995)}`;
}

function fnv1a(text: string, offset: number): string {
  let hash = offset >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
