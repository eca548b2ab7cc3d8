import type { ComponentChildren } from 'preact';
import { useI18n } from '../common/I18n';

/**
 * A chart with its caption, and the same numbers as a table one click away (native <details>:
 * keyboard and screen-reader friendly without state).
 */
export function ChartFigure(props: { id: string; title: string; hint?: string; chart: ComponentChildren; table: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <figure class="dash-figure" data-testid={`figure-${props.id}`} aria-labelledby={`${props.id}-caption`}>
      <figcaption id={`${props.id}-caption`} class="dash-figure__caption">
        {props.title}
      </figcaption>
      {props.hint && <p class="muted dash-figure__hint">{props.hint}</p>}
      {props.chart}
      <details class="dash-figure__table">
        <summary>{t('dashboardShowTable')}</summary>
        {props.table}
      </details>
    </figure>
  );
}
