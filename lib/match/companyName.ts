/**
 * Company-name normalisation for duplicate detection (issue 3, "identity and duplicates").
 *
 * What we decided, and why:
 * - Unicode NFKC first: full-width letters, digits, brackets and spaces (`ＡＣＭＥ（北京）`) become
 *   their half-width forms, so a name typed in a Chinese IME matches one copied from a web page.
 * - Case, punctuation and `&`/`and`/`+` do not distinguish companies; whitespace is collapsed.
 * - Legal-form suffixes are stripped, repeatedly from the end (`Co., Ltd.`, `GmbH & Co. KG`):
 *   English and European forms (Inc, LLC, Ltd, Limited, PLC, Corp, Co, GmbH, AG, S.A., B.V., Pty…)
 *   and Chinese ones (股份有限公司, 有限责任公司, 有限公司, 公司, 分公司 with its place).
 * - Group words (`Group`, `Holdings`, 集团, 控股) are stripped too: a rep selling to 华为集团 and to
 *   华为 sells to the same customer, and the merge view lets the rep keep both apart if not.
 * - Industry words (`Technology`, 科技, 技术, 贸易, 网络…) are KEPT: in Chinese names they are part of
 *   the registered name (华信科技 and 华信贸易 are different companies). "Very close" matching
 *   (a name that extends the other by whole words) catches `Acme` vs `Acme Technologies`.
 * - A place in brackets (`某某科技（北京）有限公司`) and a leading province or major city
 *   (`北京某某科技有限公司`) are where the company is registered, not who it is: stripped.
 * - A leading `The` is stripped.
 */

/** English and European legal forms, as words after punctuation is removed (`S.A.` → `s a`). */
const LATIN_SUFFIXES = [
  'incorporated', 'inc', 'corporation', 'corp', 'company', 'co', 'limited', 'ltd', 'llc', 'l l c', 'llp', 'lp',
  'plc', 'gmbh', 'mbh', 'ag', 'kg', 'gmbh co kg', 'se', 'sa', 's a', 'sas', 's a s', 'sarl', 's a r l', 'srl',
  's r l', 'spa', 's p a', 'bv', 'b v', 'nv', 'n v', 'oy', 'oyj', 'ab', 'as', 'a s', 'aps', 'pty', 'pte',
  'pvt', 'private', 'kk', 'k k', 'kabushiki kaisha', 'sdn bhd', 'bhd', 'tbk', 'group', 'holdings', 'holding',
];
const LATIN_SUFFIX = new RegExp(`(?:^|\\s)(?:${[...LATIN_SUFFIXES].sort((a, b) => b.length - a.length).join('|')})$`);

/** Chinese legal forms and group words, longest first. */
const CHINESE_SUFFIX = /(?:集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|分公司|总公司|股份公司|公司|集团|控股|分店|分厂|办事处)$/;
/** Province-level divisions and large cities that prefix registered names. */
const CHINESE_PLACES =
  '北京|上海|天津|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|深圳|广州|杭州|苏州|南京|成都|武汉|西安|厦门|宁波|青岛|大连|无锡|佛山|东莞|合肥|长沙|郑州|济南|沈阳|昆明|福州';
const LEADING_PLACE = new RegExp(`^(?:${CHINESE_PLACES})(?:省|市|自治区|特别行政区)?(?:(?:${CHINESE_PLACES})?(?:市|区|县))?`);
const TRAILING_BRANCH_PLACE = new RegExp(`(?:${CHINESE_PLACES})(?:省|市)?$`);
const BRACKETED = /\([^()]{0,20}\)/g;
/** The patterns built at load time, for the ReDoS check (tests/unit/extract/regexSafety.test.ts), which cannot read them in the source. */
export const BUILT_PATTERNS: readonly RegExp[] = [LATIN_SUFFIX, LEADING_PLACE, TRAILING_BRANCH_PLACE];
const CJK = /[\u3400-\u9fff]/;

/**
 * `ＡＣＭＥ Robotics, Inc.` → `acme robotics`; `华信精密制造（苏州）有限公司` → `华信精密制造`.
 * Words stay separated by one space; see `companyNameKey` for the form names are compared in.
 */
export function normaliseCompanyName(raw: string): string {
  let name = raw.normalize('NFKC').toLowerCase().slice(0, 400);
  name = name.replace(BRACKETED, ' ');
  // The spaces around the new word are collapsed with the rest below.
  name = name.replace(/[&+]/g, ' and ');
  name = name.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  name = name.replace(/^the\s+/, '');
  for (let pass = 0; pass < 6; pass += 1) {
    const before = name;
    name = name.replace(/ and$/, '').trim();
    name = name.replace(LATIN_SUFFIX, '').trim();
    if (CJK.test(name)) {
      name = name.replace(CHINESE_SUFFIX, '').trim();
      // 某某科技有限公司北京分公司 → the branch's place goes with the branch.
      if (before.endsWith('分公司')) name = name.replace(TRAILING_BRANCH_PLACE, '').trim();
    }
    if (name === before) break;
  }
  if (CJK.test(name)) {
    const withoutPlace = name.replace(LEADING_PLACE, '').trim();
    if ([...withoutPlace].length >= 2) name = withoutPlace;
  }
  // A name that was nothing but a legal form ("Limited") keeps its words rather than vanishing.
  return name || raw.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
}

/** The comparison key: normalised, spaces removed (`Acme-Robotics` = `AcmeRobotics`). */
export function companyNameKey(raw: string): string {
  return normaliseCompanyName(raw).replace(/\s+/g, '');
}

export type NameMatch = 'exact' | 'close' | null;

/**
 * How alike two company names are: `exact` when their keys are equal, `close` when one extends
 * the other by whole words (`acme` / `acme technologies`; for Chinese, by trailing characters:
 * 华信 / 华信精密) or they differ by one edit in a name of 6+ characters (a typo). Short names
 * (under 4 Latin letters or 2 Chinese characters) only ever match exactly.
 */
export function compareCompanyNames(a: string, b: string): NameMatch {
  return companyNameMatcher(a)(b);
}

/**
 * `compareCompanyNames` with one side normalised once: for scanning many accounts against the
 * name being captured (duplicateLookups.ts).
 */
export function companyNameMatcher(name: string): (other: string) => NameMatch {
  const left = normaliseCompanyName(name);
  const keyLeft = left.replace(/\s+/g, '');
  return (other) => {
    const right = normaliseCompanyName(other);
    const keyRight = right.replace(/\s+/g, '');
    if (!keyLeft || !keyRight) return null;
    if (keyLeft === keyRight) return 'exact';
    const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
    const shortKey = shorter.replace(/\s+/g, '');
    const cjk = CJK.test(shortKey);
    if (cjk ? [...shortKey].length < 2 : shortKey.length < 4) return null;
    if (cjk ? longer.replace(/\s+/g, '').startsWith(shortKey) : longer.startsWith(`${shorter} `)) return 'close';
    const longKey = longer.replace(/\s+/g, '');
    if (shortKey.length >= 6 && withinOneEdit(shortKey, longKey)) return 'close';
    return null;
  };
}

/** Levenshtein distance ≤ 1, in linear time. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
