export interface RadioOption {
  value: string;
  label: string;
  lang?: string;
}

/** A GOV.UK-style radios fieldset: the legend asks, each option is a large target. */
export function Radios({
  name,
  legend,
  hint,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  hint?: string | undefined;
  options: RadioOption[];
  value: string;
  onChange: (value: string) => void;
}) {
  const hintId = `${name}-hint`;
  return (
    <fieldset class="fieldset" aria-describedby={hint ? hintId : undefined}>
      <legend class="fieldset__legend">{legend}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      <div class="radios">
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div class="radios__item" key={option.value}>
              <input
                class="radios__input"
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={option.value === value}
                onChange={() => onChange(option.value)}
              />
              <label class="radios__label" for={id} lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
