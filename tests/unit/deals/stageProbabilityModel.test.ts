import { describe, expect, it } from 'vitest';
import { createStageProbabilityModel } from '../../../lib/deals/dashboard/stageProbabilityModel';
import { DEFAULT_STAGE_PROBABILITY, stageProbabilityTable } from '../../../lib/deals/stageProbability';

describe("the manager's stage probabilities", () => {
  it('saves whole percents and refuses the save while any typed value is not one', async () => {
    let stored: unknown = {};
    const model = createStageProbabilityModel({ load: async () => stageProbabilityTable(stored), save: async (table) => void (stored = table) });
    await model.load();
    expect(model.table.value).toEqual(DEFAULT_STAGE_PROBABILITY);
    expect(await model.save({ opportunity: '55', negotiation: '120', lead: 'x' })).toBe(false);
    expect(model.invalid.value).toEqual(['lead', 'negotiation']);
    expect(stored).toEqual({});
    expect(await model.save({ opportunity: ' 55 ', negotiation: '80' })).toBe(true);
    expect(stageProbabilityTable(stored)).toEqual({ ...DEFAULT_STAGE_PROBABILITY, opportunity: 55, negotiation: 80 });
  });
});
