/** A row of buttons of which one is chosen (a period, a measure), announced as pressed. */
export function Segmented<T extends string>({
  legend,
  options,
  value,
  onChoose,
}: {
  legend: string;
  options: [T, string][];
  value: T;
  onChoose: (value: T) => void;
}) {
  return (
    <fieldset class="segmented">
      <legend class="visually-hidden">{legend}</legend>
      {options.map(([key, label]) => (
        <button
          key={key}
          type="button"
          class={key === value ? 'segmented__item is-active' : 'segmented__item'}
          aria-pressed={key === value}
          onClick={() => onChoose(key)}
        >
          {label}
        </button>
      ))}
    </fieldset>
  );
}
