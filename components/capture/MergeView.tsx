import type { MergeField, MergeSide } from '../../lib/capture';
import type { MergeSession } from '../../lib/capture/mergeSession';
import { useI18n } from '../common/I18n';

interface Props {
  session: MergeSession;
  busy: boolean;
  error?: string;
  onChoose(field: MergeField, side: MergeSide): void;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Field by field: for each field where the two differ, the rep picks the existing or the new
 * value. Native radios in a fieldset: Tab reaches each field, arrow keys switch the value.
 */
export function MergeView({ session, busy, error, onChoose, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const { target, source } = session;
  const otherName = source.kind === 'account' ? source.account.name : '';
  return (
    <form
      class="merge-view"
      data-testid="merge-view"
      aria-labelledby="merge-title"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm();
      }}
    >
      <h2 id="merge-title">
        {source.kind === 'account' ? t('captureMergeAccountsTitle', { other: otherName, kept: target.name }) : t('captureMergeTitle', { kept: target.name })}
      </h2>
      <p class="muted">{source.kind === 'account' ? t('captureMergeAccountsBody', { other: otherName, kept: target.name }) : t('captureMergeBody')}</p>
      {session.rows.length === 0 && <p class="muted" data-testid="merge-nothing">{t('captureMergeNothing')}</p>}
      {session.rows.map((row) => (
        <fieldset class="merge-row" key={row.field} data-testid={`merge-row-${row.field}`}>
          <legend>{t(`captureField_${row.field}`)}</legend>
          {(['kept', 'other'] as const).map((side) => (
            <label class="merge-choice" key={side}>
              <input
                type="radio"
                name={`merge-${row.field}`}
                value={side}
                checked={(session.choices[row.field] ?? row.defaultSide) === side}
                onChange={() => onChoose(row.field, side)}
              />
              <span class="merge-choice__side">{side === 'kept' ? t('captureMergeExisting') : source.kind === 'account' ? t('captureMergeOther') : t('captureMergeNew')}</span>
              <span class="merge-choice__value">{(side === 'kept' ? row.kept : row.other) || t('captureMergeEmpty')}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <p class="hint">{t('captureMergeListsKept')}</p>
      {error && <p class="notice notice--error" role="alert">{t(error)}</p>}
      <div class="actions">
        <button class="button button--primary" type="submit" disabled={busy} data-testid="merge-confirm">
          {busy ? t('captureSaving') : t('captureMergeConfirm')}
        </button>
        <button class="button button--quiet" type="button" onClick={onCancel} disabled={busy}>
          {t('captureMergeCancel')}
        </button>
      </div>
    </form>
  );
}
