import { FUNNEL_STAGES, SIDE_STAGES, type Stage } from '../../lib/model';
import { stageLabelKey } from '../../lib/pipeline/labelKeys';
import { useI18n } from '../common/I18n';

/** The funnel left to right, stages passed marked done; a side state shows beside it. */
export function StageBar({ stage }: { stage: Stage }) {
  const { t } = useI18n();
  const position = (FUNNEL_STAGES as readonly Stage[]).indexOf(stage);
  const side = (SIDE_STAGES as readonly Stage[]).includes(stage);
  return (
    <div class="stage-bar-wrap">
      <ol class="stage-bar" aria-label={t('pipelineStageBarLabel')} data-testid="stage-bar">
        {FUNNEL_STAGES.map((funnelStage, index) => (
          <li
            key={funnelStage}
            class={`stage-bar__step${index < position ? ' stage-bar__step--done' : ''}${funnelStage === stage ? ' stage-bar__step--current' : ''}`}
            aria-current={funnelStage === stage ? 'step' : undefined}
          >
            {t(stageLabelKey(funnelStage))}
          </li>
        ))}
      </ol>
      {side && (
        <p class={`stage-bar__side stage-bar__side--${stage}`} aria-current="step" data-testid="stage-side">
          {t(stageLabelKey(stage))}
        </p>
      )}
    </div>
  );
}
