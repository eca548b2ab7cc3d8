import type { PreviewRow } from '../../lib/assignment/editor/assignmentEditorModel';
import type { AssignmentReason } from '../../lib/assignment/rules';
import type { Translate } from '../../lib/i18n';
import { useI18n } from '../common/I18n';

function reasonText(reason: AssignmentReason, ruleName: string | null, t: Translate): string {
  if (reason.kind === 'rule') return t('assignmentByRule', { rule: ruleName ?? '' });
  const cause = t(`assignmentCause_${reason.cause}`);
  return reason.kind === 'fallback' ? t('assignmentByFallback', { cause }) : t('assignmentUnassigned', { cause });
}

/** Who each recent lead would go to under the rules as edited, and why. */
export function AssignmentPreview({ rows }: { rows: PreviewRow[] | null }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="assignment-preview-title" data-testid="assignment-preview">
      <h3 id="assignment-preview-title">{t('assignmentPreviewTitle')}</h3>
      {rows === null ? (
        <p class="muted">{t('assignmentPreviewInvalid')}</p>
      ) : rows.length === 0 ? (
        <p class="muted" data-testid="assignment-preview-empty">{t('assignmentPreviewEmpty')}</p>
      ) : (
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t('assignmentPreviewLead')}</th>
              <th scope="col">{t('assignmentPreviewOwner')}</th>
              <th scope="col">{t('assignmentPreviewWhy')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.lead.id} data-testid="assignment-preview-row">
                <td>{row.lead.name}</td>
                <td>{row.ownerId ?? t('assignmentNobody')}</td>
                <td>{reasonText(row.reason, row.ruleName, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
