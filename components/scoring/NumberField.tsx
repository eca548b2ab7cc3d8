/** A labelled number box; it reports the text as typed and the model decides what it means. */
export function NumberField(props: { label: string; value: number | undefined; onChange(text: string): void; testId?: string; step?: string; min?: number }) {
  const { label, value, onChange, testId, step = 'any', min } = props;
  return (
    <label class="field field--number">
      <span class="field__label">{label}</span>
      <input
        type="number"
        step={step}
        min={min}
        value={value === undefined || Number.isNaN(value) ? '' : String(value)}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    </label>
  );
}
