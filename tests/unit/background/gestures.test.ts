import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_CAPTURE, listenForCaptureGestures, MENU_CAPTURE_PAGE, MENU_CAPTURE_SELECTION } from '../../../lib/background/gestures';

/** fakeBrowser has no contextMenus, commands or sidePanel: minimal stand-ins with a trigger. */
function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => void> = [];
  return { addListener: (listener: (...args: Args) => void) => void listeners.push(listener), trigger: (...args: Args) => listeners.forEach((l) => l(...args)) };
}

describe('capture gestures', () => {
  const open = vi.fn(async (_options: { windowId: number }) => {});
  let menus: ReturnType<typeof fakeEvent<[{ menuItemId: string }, { id?: number; windowId?: number }]>>;
  let commands: ReturnType<typeof fakeEvent<[string, { id?: number; windowId?: number }]>>;

  beforeEach(() => {
    fakeBrowser.reset();
    open.mockClear();
    menus = fakeEvent();
    commands = fakeEvent();
    Object.assign(fakeBrowser, { contextMenus: { onClicked: menus }, commands: { onCommand: commands }, sidePanel: { open } });
  });

  it('toolbar icon, shortcut and both menu items open the panel and capture with the right mode', async () => {
    const capture = vi.fn(async () => {});
    listenForCaptureGestures(capture);
    const tab = { id: 7, windowId: 2, index: 0, highlighted: true, active: true, pinned: false, incognito: false } as const;
    await fakeBrowser.action.onClicked.trigger(tab as never);
    commands.trigger(COMMAND_CAPTURE, tab);
    commands.trigger('some-other-command', tab);
    menus.trigger({ menuItemId: MENU_CAPTURE_PAGE }, tab);
    menus.trigger({ menuItemId: MENU_CAPTURE_SELECTION }, tab);
    expect(capture.mock.calls).toEqual([[7, 'page'], [7, 'page'], [7, 'page'], [7, 'selection']]);
    expect(open).toHaveBeenCalledTimes(4);
    expect(open).toHaveBeenCalledWith({ windowId: 2 });
  });

  it('ignores a gesture without a tab (e.g. the shortcut on a browser window with none)', () => {
    const capture = vi.fn(async () => {});
    listenForCaptureGestures(capture);
    commands.trigger(COMMAND_CAPTURE, {});
    expect(capture).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});
