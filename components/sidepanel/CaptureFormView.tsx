import type { CaptureFormValues } from '../../lib/capture';
import type { Account, LeadDraft } from '../../lib/model';
import { useI18n } from '../common/I18n';
import { DuplicateNotice } from './DuplicateNotice';
import { DraftFieldInput } from './DraftFieldInput';

interface Props {
  draft: LeadDraft;
  values: CaptureFormValues;
  errors: Partial<Record<keyof CaptureFormValues, string>>;
  duplicates: Account[];
  saving: boolean;
  saveError?: string;
  onEdit(field: keyof CaptureFormValues, value: string): void;
  onSave(): void;
  onAddTo(account: Account): void;
  onDiscard(): void;
}

const FIELDS: Array<{ field: keyof CaptureFormValues; multiline?: boolean; type?: string }> = [
  { field: 'name' },
  { field: 'domain' },
  { field: 'website', type: 'url' },
  { field: 'email', type: 'email' },
  { field: 'phone', type: 'tel' },
  { field: 'address', multiline: true },
  { field: 'description', multiline: true },
];

/** The rep checks what the page said, edits, and saves: Enter in any single-line field saves. */
export function CaptureFormView(props: Props) {
  const { t } = useI18n();
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
      <DuplicateNotice accounts={props.duplicates} busy={props.saving} onAddTo={props.onAddTo} />
      {FIELDS.map(({ field, multiline, type }) => (
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
      ))}
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
