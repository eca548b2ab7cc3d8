/** GB 32100-2015 code characters: digits and upper-case letters without I, O, Z, S, V. */
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** Authority and type (2), administrative division (6 digits), organisation code (9), check (1). */
export const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/**
 * True for a well-formed unified social credit code (统一社会信用代码) whose 18th character
 * matches the GB 32100-2015 check: 31 − (Σ value×weight mod 31), 31 meaning 0.
 */
export function isValidCreditCode(raw: string): boolean {
  const code = raw.trim().toUpperCase();
  if (!CREDIT_CODE_SHAPE.test(code)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) {
    sum += CODE_CHARS.indexOf(code[index]!) * WEIGHTS[index]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CODE_CHARS[check] === code[17];
}
