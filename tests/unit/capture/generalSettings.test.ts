import { describe, expect, it, vi } from 'vitest';
import { createGeneralSettingsModel } from '../../../lib/settings/generalSettingsModel';
import { DEFAULT_SETTINGS } from '../../../lib/model';

describe('general settings model', () => {
  it('saves a valid change', async () => {
    const persist = vi.fn(async () => {});
    const model = createGeneralSettingsModel(DEFAULT_SETTINGS, persist);
    await model.update({ locale: 'zh_CN', repName: '王芳' });
    expect(persist).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, locale: 'zh_CN', repName: '王芳' });
    expect(model.status.value).toEqual({ kind: 'saved' });
  });

  it('refuses an invalid value, names the field and keeps the old settings', async () => {
    const persist = vi.fn(async () => {});
    const model = createGeneralSettingsModel(DEFAULT_SETTINGS, persist);
    await model.update({ firstContactHours: 0 });
    expect(persist).not.toHaveBeenCalled();
    expect(model.status.value).toEqual({ kind: 'invalid', field: 'firstContactHours' });
    expect(model.settings.value.firstContactHours).toBe(48);
  });

  it('keeps the old settings in force when storage fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const model = createGeneralSettingsModel(DEFAULT_SETTINGS, async () => Promise.reject(new Error('quota')));
    await model.update({ repName: 'Ann' });
    expect(model.status.value).toEqual({ kind: 'failed' });
    expect(model.settings.value.repName).toBe('');
  });
});
