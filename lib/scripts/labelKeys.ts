import type { Objection, ScriptKind } from '../model';
import type { ScriptVariable } from './scriptVariables';

/** Locale keys (lib/i18n/messages/<locale>/scripts.json) for the library's names. */
export function kindLabelKey(kind: ScriptKind): string {
  return `scriptsKind_${kind}`;
}

export function objectionLabelKey(objection: Objection): string {
  return `scriptsObjection_${objection}`;
}

/** `contact.firstName` → `scriptsVariable_contact_firstName` (Chrome keys allow no dots). */
export function variableLabelKey(path: ScriptVariable): string {
  return `scriptsVariable_${path.replace('.', '_')}`;
}
