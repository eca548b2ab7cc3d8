import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../components/common/I18n';
import { ScorecardSettingsForm } from '../../../components/dashboard/ScorecardSettingsForm';
import { DEFAULT_KPI_SETTINGS } from '../../../lib/kpi/kpiSettings';
import { scorecardModelForTest } from './fixtures';

async function mount(locale: 'en' | 'zh_CN') {
  const { created: model, saved } = scorecardModelForTest();
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<I18nProvider locale={locale}><ScorecardSettingsForm model={model} /></I18nProvider>, root));
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;
  const type = async (id: string, value: string) =>
    act(() => {
      input(id).value = value;
      input(id).dispatchEvent(new Event('input', { bubbles: true }));
    });
  const submit = async () => {
    await act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    await act(async () => {});
  };
  const choose = async (kind: string) =>
    act(() => {
      const select = root.querySelector<HTMLSelectElement>('#kpi-period-kind')!;
      select.value = kind;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  return { root, saved, input, type, submit, choose, model };
}

describe('KPI weights and targets form', () => {
  it('refuses a blank quarterly target and saves nothing, then saves the quarter plan once fixed', async () => {
    const { root, saved, input, type, submit, choose, model } = await mount('en');
    await choose('quarter');
    expect(input('kpi-targets-revenue').value).toBe('150000');
    await type('kpi-targets-revenue', ' ');
    await submit();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Nothing was saved');
    expect(input('kpi-targets-revenue').getAttribute('aria-describedby')).toBe('kpi-settings-error');
    expect(saved).toEqual([]);
    await type('kpi-targets-revenue', '90000');
    await type('kpi-weights-revenue', '25');
    await type('kpi-weights-process', '5');
    await submit();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(saved[0]?.quarter.targets.revenue).toBe(90_000);
    expect(saved[0]?.quarter.weights).toMatchObject({ revenue: 25, process: 5 });
    expect(model.settings.value.month).toEqual(DEFAULT_KPI_SETTINGS.month);
  });

  it('names the weights’ sum in Chinese', async () => {
    const { root, type, submit, saved } = await mount('zh_CN');
    await type('kpi-weights-satisfaction', '0');
    await submit();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('月度权重合计 90%，必须合计 100%。未保存任何内容。');
    expect(saved).toEqual([]);
  });
});
