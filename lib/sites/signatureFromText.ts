/**
 * Finds the signature block at the end of a message's own text (quoted history already
 * removed): the lines after the last sign-off ("Best regards", "此致", "-- "), or failing
 * that, a short last paragraph that looks like contact details. '' when there is none.
 */
const SIGN_OFF = new RegExp(
  [
    String.raw`^--\s*$`,
    String.raw`^(best|kind|warm|warmest)?\s*regards\b`,
    String.raw`^(best|all the best|best wishes|cheers|sincerely|yours sincerely|yours truly|thanks|thank you|many thanks)[,!.]?$`,
    String.raw`^(此致|敬礼|此致敬礼|祝好|顺祝商祺|顺颂商祺|谢谢|多谢|祝工作顺利|祝商祺)[！!,，。]?$`,
  ].join('|'),
  'i',
);
const CONTACT_DETAIL = /@|\+?\d[\d\s().-]{6,}\d|https?:\/\/|www\./i;
const MAX_SIGNATURE_LINES = 8;

export function signatureFromText(text: string): string {
  const lines = text.split('\n').map((line) => line.trim());
  let signOff = -1;
  lines.forEach((line, index) => {
    if (SIGN_OFF.test(line)) signOff = index;
  });
  if (signOff >= 0) {
    return lines
      .slice(signOff + 1)
      .filter((line) => line !== '')
      .slice(0, MAX_SIGNATURE_LINES)
      .join('\n');
  }
  const paragraphs = text.trim().split(/\n\s*\n/);
  const last = (paragraphs[paragraphs.length - 1] ?? '').trim();
  const lastLines = last.split('\n');
  if (paragraphs.length > 1 && lastLines.length <= MAX_SIGNATURE_LINES && CONTACT_DETAIL.test(last)) return last;
  return '';
}
