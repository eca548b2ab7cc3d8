export interface Bar {
  key: string;
  label: string;
  /** Bar length relative to `max`. */
  value: number;
  /** What the bar says in words, e.g. "92% (23 of 25)". */
  valueText: string;
  tone?: 'good' | 'bad' | 'neutral';
}

const ROW = 28;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 170;
const WIDTH = 820;

/**
 * Horizontal bars in SVG: every bar carries its label and value as text (never colour alone),
 * and the chart has a title and description for screen readers.
 */
export function BarChart(props: { id: string; title: string; description: string; bars: Bar[]; max?: number; threshold?: number }) {
  const max = props.max ?? Math.max(1, ...props.bars.map((bar) => bar.value));
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = props.bars.length * ROW + 8;
  return (
    <svg class="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`} data-testid={`chart-${props.id}`}>
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {props.bars.map((bar, index) => {
        const y = 4 + index * ROW;
        const width = max > 0 ? Math.max(0, Math.min(1, bar.value / max)) * span : 0;
        return (
          <g key={bar.key} data-bar={bar.key}>
            <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} text-anchor="end" class="bar-chart__label">
              {bar.label}
            </text>
            <rect x={LABEL_WIDTH} y={y + 5} width={span} height={ROW - 10} class="bar-chart__track" rx={3} />
            <rect x={LABEL_WIDTH} y={y + 5} width={width} height={ROW - 10} class={`bar-chart__bar bar-chart__bar--${bar.tone ?? 'neutral'}`} rx={3} />
            <text x={LABEL_WIDTH + span + 8} y={y + ROW / 2 + 4} class="bar-chart__value">
              {bar.valueText}
            </text>
          </g>
        );
      })}
      {props.threshold !== undefined && max > 0 && (
        <line
          class="bar-chart__threshold"
          x1={LABEL_WIDTH + (props.threshold / max) * span}
          x2={LABEL_WIDTH + (props.threshold / max) * span}
          y1={0}
          y2={height}
        />
      )}
    </svg>
  );
}
