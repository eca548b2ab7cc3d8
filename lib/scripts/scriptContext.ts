import type { Account, Contact } from '../model';
import type { ScriptContext } from './renderScript';

/** The rep's own details, from settings. */
export type RepDetails = { name?: string; title?: string; company?: string; phone?: string };
/** Figures the rep enters for this deal; strings so the rep chooses units and currency. */
export type ValueFigures = { priceDelta?: string; saving?: string; payback?: string; roi?: string };

export type ScriptContextSource = {
  account?: Pick<Account, 'name' | 'industry'>;
  contact?: Pick<Contact, 'name' | 'title'>;
  rep?: RepDetails;
  value?: ValueFigures;
  /** Anything else (case.*, proof.*, resource.*, meeting.*), passed through. */
  extra?: ScriptContext;
};

/** Builds the variable context for renderScript from the recipient's account and contact. */
export function scriptContextFor(source: ScriptContextSource): ScriptContext {
  const { account, contact, rep, value, extra } = source;
  return {
    ...extra,
    contact: contact
      ? { name: contact.name, firstName: firstNameOf(contact.name), title: contact.title }
      : {},
    account: account ? { name: account.name, industry: account.industry } : {},
    rep: { ...rep },
    value: { ...value },
  };
}

const HONORIFICS = /^(mr|mrs|ms|miss|mx|dr|prof|sir|madam)\.?$/i;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * The name to greet someone by. Chinese names are used whole (张伟, not 伟: greeting by the
 * given name alone is intimate); Western names by the first word after an honorific.
 */
export function firstNameOf(fullName: string): string {
  const name = fullName.trim();
  if (CJK.test(name)) return name;
  const words = name.split(/\s+/).filter((word) => !HONORIFICS.test(word));
  return words[0] ?? name;
}
