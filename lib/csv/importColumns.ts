/** The lead fields a CSV column can fill, in the order the mapping step shows them. */
export const IMPORT_FIELDS = [
  'name',
  'website',
  'email',
  'phone',
  'address',
  'contactName',
  'contactTitle',
  'industry',
  'region',
  'employees',
  'annualRevenue',
  'tags',
  'description',
  'owner',
  'capturedAt',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (0-based) fills which field; a field left out is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * Header names each field answers to, English and Chinese, as exported by CRMs, trade-show
 * scanners and hand-made sheets. Compared after normalising (lower case, no spaces or punctuation).
 */
const ALIASES: Record<ImportField, readonly string[]> = {
  name: ['company', 'company name', 'account', 'account name', 'organization', 'organisation', 'business name', 'customer', '公司名称', '公司', '企业名称', '企业', '客户名称', '客户', '单位名称', '单位', '名称'],
  website: ['website', 'web site', 'url', 'homepage', 'web', 'site', 'domain', '网址', '官网', '网站', '公司网址', '域名', '主页'],
  email: ['email', 'e-mail', 'email address', 'mail', '邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址'],
  phone: ['phone', 'telephone', 'contact phone', '联系人电话', '联系人手机', 'tel', 'phone number', 'mobile', 'cell', '电话', '联系电话', '手机', '手机号', '手机号码', '座机', '电话号码'],
  address: ['address', 'street', 'street address', 'mailing address', '地址', '公司地址', '详细地址', '通讯地址'],
  contactName: ['contact', 'contact name', 'contact person', 'person', 'full name', 'first name', '联系人', '姓名', '联系人姓名'],
  contactTitle: ['title', 'job title', 'position', 'role', '职位', '职务', '头衔', '岗位'],
  industry: ['industry', 'sector', 'vertical', '行业', '所属行业', '行业类别'],
  region: ['region', 'city', 'province', 'state', 'country', 'location', '地区', '城市', '省份', '区域', '所在地', '省市'],
  employees: ['employees', 'employee count', 'headcount', 'company size', 'size', 'staff', '员工数', '员工人数', '人数', '规模', '公司规模', '人员规模'],
  annualRevenue: ['revenue', 'annual revenue', 'turnover', 'sales', '年收入', '营收', '年营业额', '营业额', '年销售额'],
  tags: ['tags', 'tag', 'labels', 'label', '标签'],
  description: ['notes', 'note', 'description', 'remarks', 'comments', 'comment', '备注', '描述', '说明', '简介', '公司简介'],
  owner: ['owner', 'rep', 'sales rep', 'account owner', 'assigned to', '负责人', '销售', '跟进人', '业务员', '归属人'],
  capturedAt: ['date', 'created', 'created at', 'create date', 'capture date', 'captured at', 'lead date', '日期', '创建时间', '创建日期', '录入时间', '录入日期', '获取时间'],
};

export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.:：()（）\[\]【】*#/\\]+/g, '');
}

const NORMALISED: Array<[ImportField, string[]]> = IMPORT_FIELDS.map((field) => [field, ALIASES[field].map(normaliseHeader)]);

/**
 * A first guess at the mapping from the header row: exact alias matches first, then headers that
 * contain an alias, preferring one at the end (`联系人电话` and `Contact Phone` are phones), then the
 * longest. Each column
 * fills at most one field and each field takes the first column that fits.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const normalised = headers.map(normaliseHeader);
  for (const [field, aliases] of NORMALISED) {
    const column = normalised.findIndex((header, index) => !taken.has(index) && aliases.includes(header));
    if (column >= 0) {
      mapping[field] = column;
      taken.add(column);
    }
  }
  const candidates: Array<{ field: ImportField; column: number; length: number }> = [];
  normalised.forEach((header, column) => {
    if (taken.has(column) || header === '') return;
    for (const [field, aliases] of NORMALISED) {
      if (mapping[field] !== undefined) continue;
      // The head noun comes last in English and Chinese compounds: "Company Email" is an email.
      const best = Math.max(0, ...aliases.filter((alias) => alias.length >= 2 && header.includes(alias)).map((alias) => (header.endsWith(alias) ? 100 : 0) + alias.length));
      if (best > 0) candidates.push({ field, column, length: best });
    }
  });
  candidates.sort((a, b) => b.length - a.length || a.column - b.column);
  for (const { field, column } of candidates) {
    if (mapping[field] !== undefined || taken.has(column)) continue;
    mapping[field] = column;
    taken.add(column);
  }
  return mapping;
}
