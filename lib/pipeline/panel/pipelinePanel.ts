import type { PipelineDeps } from './deps';
import { createNeedsModel, type NeedsModel } from './needsModel';
import { createNextActionsModel, type NextActionsModel } from './nextActionsModel';
import { createQuickAddModel, type QuickAddModel } from './quickAddModel';
import { createStageModel, type StageModel } from './stageModel';

/** The side panel's pipeline sections share one set of deps; each keeps its own small model. */
export interface PipelinePanel {
  stage: StageModel;
  nextActions: NextActionsModel;
  needs: NeedsModel;
  quickAdd: QuickAddModel;
  dispose(): void;
}

export function createPipelinePanel(deps: PipelineDeps): PipelinePanel {
  const nextActions = createNextActionsModel(deps);
  return {
    stage: createStageModel(deps),
    nextActions,
    needs: createNeedsModel(deps),
    quickAdd: createQuickAddModel(deps),
    dispose: () => nextActions.dispose(),
  };
}
