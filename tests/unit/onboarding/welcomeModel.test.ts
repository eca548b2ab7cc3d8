import { describe, expect, it, vi } from 'vitest';
import { createWelcomeModel, welcomeViewFor } from '../../../lib/onboarding/welcomeModel';
import type { WorkMode } from '../../../lib/onboarding/workModeStore';

describe('the welcome page model (issue #26)', () => {
  it('reads the view and the release notes from the hash, keeping only note keys', () => {
    expect(welcomeViewFor('')).toEqual({ view: 'rep', notes: [] });
    expect(welcomeViewFor('#manager')).toEqual({ view: 'manager', notes: [] });
    expect(welcomeViewFor('#whats-new=whatsNew_1_2_0,whatsNew_1_3_0')).toEqual({ view: 'rep', notes: ['whatsNew_1_2_0', 'whatsNew_1_3_0'] });
    expect(welcomeViewFor('#whats-new=optionsTitle,whatsNew_%3Cb%3E,%E0%A4%A')).toEqual({ view: 'rep', notes: [] });
  });

  it('keeps the language and the work mode where the app reads them', async () => {
    let stored: WorkMode | null = null;
    const saveLocale = vi.fn(async () => {});
    const model = createWelcomeModel({ saveLocale, loadWorkMode: async () => stored, saveWorkMode: async (mode) => void (stored = mode) }, 'auto');
    await model.load();
    expect(model.workMode.value).toBeNull();
    model.setLocale('zh_CN');
    expect(model.locale.value).toBe('zh_CN');
    expect(saveLocale).toHaveBeenCalledWith('zh_CN');
    model.chooseWorkMode('device');
    await vi.waitFor(() => expect(model.workModeSaved.value).toBe(true));
    expect(stored).toBe('device');
  });
});
