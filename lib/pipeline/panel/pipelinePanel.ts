import type { PipelineDeps } from './deps';
import { createNeedsModel, type NeedsModel } from './needsModel';
import { createNextActionsModel, type NextActionsModel } from './nextActionsModel';
import { createQuickAddModel, type QuickAddModel } from './quickAddModel';
import { createStageModel, type StageModel } from './stageModel';
import { createSurveyModel, type SurveyModel } from '../../satisfaction/surveyModel';

/** The side panel's pipeline sections share one set of deps; each keeps its own small model. */
export interface PipelinePanel {
  stage: StageModel;
  nextActions: NextActionsModel;
  needs: NeedsModel;
  quickAdd: QuickAddModel;
  /** The survey task's Done form (issue #24 item 3). */
  survey: SurveyModel;
  dispose(): void;
}

export function createPipelinePanel(deps: PipelineDeps): PipelinePanel {
  const nextActions = createNextActionsModel(deps);
  return {
    stage: createStageModel(deps),
    nextActions,
    needs: createNeedsModel(deps),
    quickAdd: createQuickAddModel(deps),
    survey: createSurveyModel(deps),
    dispose: () => nextActions.dispose(),
  };
}
