import type { CaptureFormValues } from '../../lib/capture';
import type { DuplicateReason } from '../../lib/match/duplicates';
import type { Account, LeadDraft } from '../../lib/model';
import { useI18n } from '../common/I18n';
import { MergeAccountsOffer } from '../capture/MergeAccountsOffer';
import { PersonalDomainNotice } from '../capture/PersonalDomainNotice';
import { DuplicateNotice } from './DuplicateNotice';
import { DraftFieldInput } from './DraftFieldInput';

interface Props {
  draft: LeadDraft;
  values: CaptureFormValues;
  errors: Partial<Record<keyof CaptureFormValues, string>>;
  duplicates: Account[];
  duplicateReasons: Readonly<Record<string, readonly DuplicateReason[]>>;
  saving: boolean;
  saveError?: string;
  onEdit(field: keyof CaptureFormValues, value: string): void;
  onSave(): void;
  onAddTo(account: Account): void;
  onMerge(account: Account): void;
  onMergeAccounts(kept: Account, other: Account): void;
  onDiscard(): void;
}

type FieldRow = { field: keyof CaptureFormValues; multiline?: boolean; type?: string };
const COMPANY_FIELDS: FieldRow[] = [
  { field: 'name' },
  { field: 'domain' },
  { field: 'website', type: 'url' },
  { field: 'email', type: 'email' },
  { field: 'phone', type: 'tel' },
  { field: 'address', multiline: true },
  { field: 'description', multiline: true },
];
/** The person the capture names (issue 3): saved as a contact of the account. */
const PERSON_FIELDS: FieldRow[] = [{ field: 'personName' }, { field: 'title' }];

/** The rep checks what the page said, edits, and saves: Enter in any single-line field saves. */
export function CaptureFormView(props: Props) {
  const { t } = useI18n();
  const row = ({ field, multiline, type }: FieldRow) => (
    <DraftFieldInput
      key={field}
      field={field}
      value={props.values[field]}
      candidates={props.draft.fields[field] ?? []}
      error={props.errors[field]}
      multiline={multiline}
      type={type}
      onEdit={props.onEdit}
    />
  );
  return (
    <form
      class="capture-form"
      data-testid="capture-form"
      aria-labelledby="capture-title"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave();
      }}
    >
      <h2 id="capture-title">{t('captureTitle')}</h2>
      <p class="muted source-url" title={props.draft.url}>{props.draft.url}</p>
      {props.draft.warnings.map((warning) => (
        <p class="notice" key={warning}>{t(warning)}</p>
      ))}
      <PersonalDomainNotice email={props.values.email} domain={props.values.domain} />
      <DuplicateNotice accounts={props.duplicates} busy={props.saving} onAddTo={props.onAddTo} reasons={props.duplicateReasons} onMerge={props.onMerge} />
      <MergeAccountsOffer accounts={props.duplicates} busy={props.saving} onMerge={props.onMergeAccounts} />
      {COMPANY_FIELDS.map(row)}
      <fieldset class="capture-person" data-testid="capture-person">
        <legend>{t('captureContactHeading')}</legend>
        {PERSON_FIELDS.map(row)}
      </fieldset>
      {props.saveError && <p class="notice notice--error" role="alert">{t(props.saveError)}</p>}
      <div class="actions">
        <button class="button button--primary" type="submit" disabled={props.saving} data-testid="save-lead">
          {props.saving ? t('captureSaving') : props.duplicates.length > 0 ? t('captureSaveAnyway') : t('captureSave')}
        </button>
        <button class="button button--quiet" type="button" onClick={props.onDiscard} disabled={props.saving}>
          {t('captureDiscard')}
        </button>
      </div>
    </form>
  );
}
