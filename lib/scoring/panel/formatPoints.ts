/** Points as the reasons list shows them: signed, one decimal at most, a real minus sign. */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `\u2212${Math.abs(rounded)}`;
  return '0';
}

/** A score as the badge shows it. */
export function formatScore(score: number): string {
  const rounded = Math.round(score * 10) / 10;
  return rounded < 0 ? `\u2212${Math.abs(rounded)}` : String(rounded);
}
