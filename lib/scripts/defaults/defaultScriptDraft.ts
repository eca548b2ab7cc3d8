import type { Objection, Script, ScriptLocale, Stage } from '../../model';

/** A default script as written: what the library adds (id, timestamps, counters) comes later. */
export type DefaultScriptDraft = {
  /** Stable part of the id: `objection-price` → `default-objection-price-en`. */
  slug: string;
  kind: Script['kind'];
  title: string;
  body: string;
  objection?: Objection;
  stages: Stage[];
  industries?: string[];
};

export type DefaultScriptSet = { locale: ScriptLocale; drafts: readonly DefaultScriptDraft[] };
