/** Chrome's `messages.json` shape: the one format both the manifest and our pages read. */
export type Messages = Record<string, { message: string; description?: string }>;

export type Params = Record<string, string | number>;
export type Translate = (key: string, params?: Params) => string;

/**
 * A translator over one locale's messages, falling back to another (English) for a missing
 * key, and to the key itself so a gap shows instead of an empty label. `{name}` placeholders
 * are filled from `params` as plain text.
 */
export function createTranslator(messages: Messages, fallback: Messages = {}): Translate {
  return (key, params) => {
    const template = messages[key]?.message ?? fallback[key]?.message ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : match,
    );
  };
}
