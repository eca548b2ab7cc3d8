import type { RenderedSegment } from '../../lib/scripts/renderScript';
import { missingMark } from '../../lib/scripts/renderScript';
import { useI18n } from '../common/I18n';

/** A filled script as the reader will see it; a variable without a value is marked, not hidden. */
export function ScriptPreview({ segments, missing }: { segments: readonly RenderedSegment[]; missing: readonly string[] }) {
  const { t } = useI18n();
  return (
    <div class="script-preview" data-testid="script-preview">
      <p class="script-preview__text">
        {segments.map((segment, index) =>
          segment.kind === 'text' ? (
            segment.text
          ) : segment.value !== null ? (
            <span key={index} class="script-var">{segment.value}</span>
          ) : (
            <mark key={index} class="script-var script-var--missing" data-testid="missing-variable" title={t('scriptsVariableMissing')}>
              {missingMark(segment.path)}
            </mark>
          ),
        )}
      </p>
      {missing.length > 0 && (
        <p class="script-preview__missing" role="note">
          {t('scriptsMissingVariables', { names: missing.map(missingMark).join(', ') })}
        </p>
      )}
    </div>
  );
}
