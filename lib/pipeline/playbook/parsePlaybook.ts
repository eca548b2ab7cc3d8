import { Playbook } from './schema';

export interface PlaybookError {
  /** Where in the document, e.g. `rules[2].due.amount`; empty for the whole document. */
  path: string;
  message: string;
}

export type PlaybookParseResult = { ok: true; playbook: Playbook } | { ok: false; errors: PlaybookError[] };

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}

/**
 * Checks a playbook the manager edited (a JSON string or an already parsed value). Every
 * problem is reported with its path so the options page can point at it; nothing is half-applied.
 */
export function parsePlaybook(input: unknown): PlaybookParseResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const result = Playbook.safeParse(value);
  if (result.success) return { ok: true, playbook: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
