const DAY_MS = 86_400_000;

export interface DashboardFormatters {
  /** 0.125 → "12.5%"; null (nothing counted) → "—". */
  percent(rate: number | null): string;
  /** Milliseconds as days with one decimal: "3.5 d" / "3.5 天" comes from the caller's message. */
  days(ms: number | null): string;
  count(value: number): string;
  money(value: number | null): string;
}

/** Number formats of the page's locale (Intl), made once per render tree. */
export function createFormatters(intlLocale: string): DashboardFormatters {
  const percent = new Intl.NumberFormat(intlLocale, { style: 'percent', maximumFractionDigits: 1 });
  const oneDecimal = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const count = new Intl.NumberFormat(intlLocale);
  const compact = new Intl.NumberFormat(intlLocale, { notation: 'compact', maximumFractionDigits: 1 });
  return {
    percent: (rate) => (rate === null ? '—' : percent.format(rate)),
    days: (ms) => (ms === null ? '—' : oneDecimal.format(ms / DAY_MS)),
    count: (value) => count.format(value),
    money: (value) => (value === null ? '—' : compact.format(value)),
  };
}
