import type { Script, ScriptLocale } from '../model';
import type { DefaultScriptDraft, DefaultScriptSet } from './defaults/defaultScriptDraft';
import { EN_DEFAULT_SCRIPTS } from './defaults/en';
import { ZH_CN_DEFAULT_SCRIPTS } from './defaults/zhCN';

/**
 * The library a new team starts with (issue 6). Records have fixed ids and timestamps so a
 * reinstall or a second device seeds the same records instead of duplicates; a manager's edit
 * bumps `updatedAt` and wins.
 */
export const DEFAULT_SCRIPTS_CREATED_AT = Date.UTC(2025, 0, 1);

export function defaultScriptId(slug: string, locale: ScriptLocale): string {
  return `default-${slug}-${locale}`;
}

function scriptFromDraft(draft: DefaultScriptDraft, locale: ScriptLocale): Script {
  return {
    id: defaultScriptId(draft.slug, locale),
    createdAt: DEFAULT_SCRIPTS_CREATED_AT,
    updatedAt: DEFAULT_SCRIPTS_CREATED_AT,
    version: 0,
    kind: draft.kind,
    locale,
    title: draft.title,
    body: draft.body,
    ...(draft.objection ? { objection: draft.objection } : {}),
    stages: [...draft.stages],
    industries: [...(draft.industries ?? [])],
    usedCount: 0,
    workedCount: 0,
  };
}

function scriptsOf(set: DefaultScriptSet): Script[] {
  return set.drafts.map((draft) => scriptFromDraft(draft, set.locale));
}

export const DEFAULT_SCRIPTS: readonly Script[] = [...scriptsOf(EN_DEFAULT_SCRIPTS), ...scriptsOf(ZH_CN_DEFAULT_SCRIPTS)];
