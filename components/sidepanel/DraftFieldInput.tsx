import type { CaptureFormValues } from '../../lib/capture';
import { sourceNameKey } from '../../lib/capture/sourceName';
import type { DraftValue } from '../../lib/model';
import { useI18n } from '../common/I18n';

interface Props {
  field: keyof CaptureFormValues;
  value: string;
  candidates: DraftValue[];
  error?: string;
  multiline?: boolean;
  type?: string;
  onEdit(field: keyof CaptureFormValues, value: string): void;
}

/** One form field, with the page's other candidates one click away and where the value came from. */
export function DraftFieldInput({ field, value, candidates, error, multiline, type, onEdit }: Props) {
  const { t } = useI18n();
  const id = `field-${field}`;
  const source = candidates.find((candidate) => candidate.value === value)?.source;
  const others = candidates.filter((candidate) => candidate.value !== value).slice(0, 4);
  const input = (event: Event) => onEdit(field, (event.currentTarget as HTMLInputElement).value);
  return (
    <div class={`field${error ? ' field--invalid' : ''}`}>
      <label for={id}>{t(`captureField_${field}`)}</label>
      {multiline ? (
        <textarea id={id} name={field} rows={2} value={value} onInput={input} aria-invalid={!!error} />
      ) : (
        <input id={id} name={field} type={type ?? 'text'} value={value} onInput={input} aria-invalid={!!error} autoComplete="off" />
      )}
      {error && <p class="field__error" role="alert">{t(error)}</p>}
      {source && <p class="field__source">{t('captureSource', { source: t(sourceNameKey(source.extractor)) })}</p>}
      {others.length > 0 && (
        <div class="alternatives" aria-label={t('captureAlternatives')}>
          {others.map((candidate) => (
            <button type="button" class="chip" key={candidate.value} onClick={() => onEdit(field, candidate.value)}>
              {candidate.value}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
