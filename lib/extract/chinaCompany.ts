import { describeElement } from './describeElement';
import { cleanText } from './cleanText';
import { isValidCreditCode } from './creditCode';
import { extraction, type Candidate, type Extraction, type PageInput } from './candidate';
import type { TextBlock } from './visibleText';

/**
 * A legal entity name: Chinese text ending in a registered form (有限公司, 股份有限公司, 集团). The
 * form is found by pattern; the name before it (2–39 characters) by walking back in code, so a long
 * run of Chinese text is read once rather than once per character.
 */
const LEGAL_FORM = /股份有限公司|有限责任公司|有限公司|集团(?:股份)?(?:有限)?公司|集团/g;
const NAME_CHAR = /[\u4e00-\u9fff（）()·A-Za-z0-9]/;
const NAME_FIRST_CHAR = /[\u4e00-\u9fff（）()]/;
const NAME_MAX_BEFORE_FORM = 39;
/** A branch or region after the form: `有限公司（上海）`, matched at the form's end only. */
const FORM_SUFFIX = /^[（(][\u4e00-\u9fff]{1,8}[)）]/;
/** Words that run into a name in footers and intros but are not part of it. */
const LEADING_NOISE =
  /^(?:.*?(?:版权所有|版权归|著作权归|copyright|©|主办单位|主办|运营主体|运营单位|公司名称|企业名称|单位名称|名称|本站由|本网站由|欢迎访问|欢迎来到|欢迎光临|隶属于|属于|我们是|关于|致力于|旗下|包括|包含|合作伙伴|客户|服务于|位于|由|的))/i;
/** `统一社会信用代码：91110000802100433B`: 18 characters, validated below. */
const CREDIT_CODE = /(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])/g;
const CREDIT_LABEL = /统一社会信用代码|社会信用代码|信用代码|USCC|credit code/i;
/** ICP filing (备案) or licence (许可证) numbers: `京ICP备12345678号-1`, `粤ICP证B2-20201234号`. */
const ICP_NUMBER = /[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼蜀黔滇陇秦]ICP[备证][\sA-Z\d\-]{0,4}?\d{6,10}号(?:-\d{1,3})?/g;
/** WeChat official accounts have no profile URL: the account name or ID is what a rep can use. */
const WECHAT_LABEL = /(?:微信公众号|公众号|微信号|微信|wechat(?: id| official account)?) ?[:：] ?(?=[a-z\u4e00-\u9fff])/gi;
/** The account right after the label, matched on a short slice only. */
const WECHAT_ID = /^(?:[A-Za-z][\w-]{4,30}|[\u4e00-\u9fff\w]{2,20})/;
const CJK = /[\u4e00-\u9fff]/;
const MAX_PER_KIND = 10;

/**
 * Chinese company evidence: legal entity names, the unified social credit code (check digit
 * validated, GB 32100-2015), ICP filing numbers, WeChat accounts. Legal names in the footer or
 * next to a copyright sign are the site operator's and rank highest. Phones (400/800 hotlines,
 * mobiles, landlines) come from textPhones, which reads Chinese blocks with region CN.
 */
export function extractChinaCompany(input: PageInput): Extraction {
  const candidates: Candidate[] = [];
  const counts = { legalName: 0, creditCode: 0, icp: 0, socials: 0 };
  for (const block of input.textBlocks()) {
    if (!CJK.test(block.text) && !/[0-9A-Z]{18}/.test(block.text)) continue;
    if (input.outOfTime()) break;
    // Where the block sits is asked only of blocks that hold something: most hold nothing.
    let element: ReturnType<typeof describeElement> | undefined;
    const push = (candidate: Omit<Candidate, 'extractor' | 'element'>) => {
      const field = candidate.field as keyof typeof counts;
      if (counts[field] >= MAX_PER_KIND) return;
      counts[field] += 1;
      candidates.push({ ...candidate, extractor: 'chinaCompany', element: (element ??= describeElement(block.element)) });
    };
    for (const name of legalNamesIn(block)) {
      const footer = block.element ? input.context.contact(block.element) : false;
      const copyright = /©|版权|copyright/i.test(block.text);
      push({ field: 'legalName', value: name, confidence: 0.6 + (footer ? 0.1 : 0) + (copyright ? 0.1 : 0) });
      push({ field: 'name', value: name, confidence: 0.35 + (footer ? 0.05 : 0) + (copyright ? 0.05 : 0) });
    }
    for (const match of block.text.matchAll(CREDIT_CODE)) {
      if (!isValidCreditCode(match[0])) continue;
      push({ field: 'creditCode', value: match[0], confidence: CREDIT_LABEL.test(block.text) ? 0.9 : 0.75 });
    }
    for (const match of block.text.matchAll(ICP_NUMBER)) {
      push({ field: 'icp', value: cleanText(match[0], 100).replace(/\s+/g, ''), confidence: 0.85 });
    }
    for (const match of block.text.matchAll(WECHAT_LABEL)) {
      const from = match.index + match[0].length;
      const id = WECHAT_ID.exec(block.text.slice(from, from + 31));
      if (id) push({ field: 'socials', value: cleanText(id[0], 60), confidence: 0.5, kind: 'wechat' });
    }
  }
  return extraction(candidates);
}

/**
 * What `[\u4e00-\u9fff（）()][…]{1,38}?(?:form)(?:（branch）)?` matched: for each form, the longest
 * run of name characters before it (at most 39, starting at a Chinese character or bracket, not
 * reaching back into the previous match), then the form and an optional bracketed branch.
 */
function legalNameMatches(text: string): string[] {
  const found: string[] = [];
  let previousEnd = 0;
  LEGAL_FORM.lastIndex = 0;
  for (let form = LEGAL_FORM.exec(text); form; form = LEGAL_FORM.exec(text)) {
    const floor = Math.max(previousEnd, form.index - NAME_MAX_BEFORE_FORM);
    let start = form.index;
    while (start > floor && NAME_CHAR.test(text[start - 1]!)) start -= 1;
    while (start < form.index - 1 && !NAME_FIRST_CHAR.test(text[start]!)) start += 1;
    if (form.index - start < 2 || !NAME_FIRST_CHAR.test(text[start]!)) continue;
    let end = form.index + form[0].length;
    const branch = FORM_SUFFIX.exec(text.slice(end, end + 10));
    if (branch) end += branch[0].length;
    found.push(text.slice(start, end));
    previousEnd = end;
    LEGAL_FORM.lastIndex = end;
  }
  return found;
}

function legalNamesIn(block: TextBlock): string[] {
  const names: string[] = [];
  for (let name of legalNameMatches(block.text)) {
    // A non-greedy start still swallows the words before the name: cut known lead-ins.
    for (let pass = 0; pass < 3; pass += 1) name = name.replace(LEADING_NOISE, '');
    name = name.replace(/^[（(）)·]+/, '');
    if (name.length >= 4 && name.length <= 60 && !/^(?:有限公司|集团|股份有限公司)$/.test(name)) names.push(name);
  }
  return names;
}
