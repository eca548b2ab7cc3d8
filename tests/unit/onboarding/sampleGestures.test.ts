import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_CAPTURE, MENU_CAPTURE_PAGE } from '../../../lib/background/gestures';
import { listenForSampleGestures } from '../../../lib/onboarding/sampleGestures';
import { offerSampleCapture, sampleCaptureOf } from '../../../lib/onboarding/sampleBridge';

/** fakeBrowser has no contextMenus or commands: minimal stand-ins with a trigger. */
function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => void> = [];
  return { addListener: (listener: (...args: Args) => void) => void listeners.push(listener), trigger: (...args: Args) => listeners.forEach((l) => l(...args)) };
}

describe('the sample page hears the rep’s capture gestures for its own tab (issue #26)', () => {
  let menus: ReturnType<typeof fakeEvent<[{ menuItemId: string }, { id?: number }]>>;
  let commands: ReturnType<typeof fakeEvent<[string, { id?: number }]>>;

  beforeEach(() => {
    fakeBrowser.reset();
    menus = fakeEvent();
    commands = fakeEvent();
    Object.assign(fakeBrowser, { contextMenus: { onClicked: menus }, commands: { onCommand: commands } });
  });

  it('toolbar icon, shortcut and "Capture this page" on its tab capture; other tabs and items do not', async () => {
    const capture = vi.fn();
    listenForSampleGestures(7, capture);
    await fakeBrowser.action.onClicked.trigger({ id: 7 } as never);
    commands.trigger(COMMAND_CAPTURE, { id: 7 });
    menus.trigger({ menuItemId: MENU_CAPTURE_PAGE }, { id: 7 });
    expect(capture).toHaveBeenCalledTimes(3);
    await fakeBrowser.action.onClicked.trigger({ id: 8 } as never);
    commands.trigger(COMMAND_CAPTURE, { id: 8 });
    commands.trigger('some-other-command', { id: 7 });
    menus.trigger({ menuItemId: 'leadkit-capture-selection' }, { id: 7 });
    expect(capture).toHaveBeenCalledTimes(3);
  });

  it('the side panel finds the capture only on a window that offers it', async () => {
    const sampleWindow = {};
    const capture = vi.fn(async () => 'draft');
    offerSampleCapture(sampleWindow as Window, capture);
    expect(await sampleCaptureOf(sampleWindow)?.()).toBe('draft');
    expect(sampleCaptureOf({})).toBeNull();
    expect(sampleCaptureOf(undefined)).toBeNull();
    expect(() => Object.assign(sampleWindow, { leadkitSampleCapture: () => 'other' })).toThrow();
  });
});
