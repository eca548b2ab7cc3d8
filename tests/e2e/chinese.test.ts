import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchExtensionBrowser, saveScreenshot, type ExtensionBrowser } from './browser';
import { startFixtureServer } from './fixtureServer';

describe('Simplified Chinese UI, in real Chromium', () => {
  let browser: ExtensionBrowser;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;

  before(async () => {
    server = await startFixtureServer();
    browser = await launchExtensionBrowser({ locale: 'zh-CN' });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a Chinese browser gets the panel in Chinese, and a Chinese company is captured', async () => {
    const site = browser.context.pages()[0] ?? (await browser.context.newPage());
    await site.goto(server.url('globex'));
    const panel = await browser.openSidePanel();
    await site.bringToFront();
    await panel.getByRole('heading', { name: 'globex.test 还不是客户' }).waitFor();
    await panel.getByRole('button', { name: '采集此页面' }).click();
    await panel.getByLabel('公司名称').waitFor();
    assert.match(await panel.getByLabel('公司名称').inputValue(), /环球智造/);
    await saveScreenshot(panel, 'capture-form-zh');
    await panel.getByRole('button', { name: '保存线索' }).click();
    await panel.getByTestId('account-view').waitFor();
    assert.equal(await panel.getByTestId('stage-badge').textContent(), '线索');
    await saveScreenshot(panel, 'sidepanel-account-zh');
    assert.deepEqual(browser.errors, []);
  });
});
