import type { Script, Stage } from '../../lib/model';
import { ratedUses } from '../../lib/scripts/effectiveness';
import { kindLabelKey, objectionLabelKey } from '../../lib/scripts/labelKeys';
import type { RenderedScript } from '../../lib/scripts/renderScript';
import { useI18n } from '../common/I18n';
import { ScriptPreview } from './ScriptPreview';

interface ScriptRowProps {
  script: Script;
  stage: Stage;
  selected: boolean;
  expanded: boolean;
  preview: RenderedScript | null;
  status: string | null;
  onSelect(): void;
  onCopy(): void;
  onRecord(worked: boolean | null): void;
}

/** One script in the side panel: its title and labels; expanded, the filled text and actions. */
export function ScriptRow({ script, stage, selected, expanded, preview, status, onSelect, onCopy, onRecord }: ScriptRowProps) {
  const { t } = useI18n();
  const rated = ratedUses(script);
  return (
    <li
      id={`script-${script.id}`}
      role="option"
      aria-selected={selected}
      aria-expanded={expanded}
      class={`script-row${selected ? ' is-selected' : ''}`}
      data-testid="script-row"
      onClick={onSelect}
    >
      <div class="script-row__head">
        <span class="script-row__title">{script.title}</span>
        {script.stages.includes(stage) && <span class="badge">{t('scriptsForStage')}</span>}
      </div>
      <div class="script-row__meta muted">
        {t(kindLabelKey(script.kind))}
        {script.objection && ` · ${t(objectionLabelKey(script.objection))}`}
        {' · '}
        {rated > 0 ? t('scriptsEffectiveness', { worked: script.workedCount, rated }) : t('scriptsNotUsedYet')}
      </div>
      {expanded && preview && (
        <div class="script-row__body">
          <ScriptPreview segments={preview.segments} missing={preview.missing} />
          <div class="script-row__actions">
            <button type="button" class="button button--small" data-testid="script-copy" onClick={onCopy}>{t('scriptsCopy')}</button>
            <button type="button" class="button button--small" onClick={() => onRecord(null)}>{t('scriptsMarkUsed')}</button>
            <button type="button" class="button button--small" data-testid="script-worked" onClick={() => onRecord(true)}>{t('scriptsWorked')}</button>
            <button type="button" class="button button--small" onClick={() => onRecord(false)}>{t('scriptsDidNotWork')}</button>
          </div>
        </div>
      )}
      {status && <p class="script-row__status" role="status" data-testid="script-status">{t(status)}</p>}
    </li>
  );
}
