/** Lower-cases and trims an address; null when it is not one. */
export function normaliseEmail(raw: string): string | null {
  const value = raw.trim().replace(/^mailto:/i, '').split('?')[0]!.trim().toLowerCase();
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value) && value.length <= 254 ? value : null;
}
