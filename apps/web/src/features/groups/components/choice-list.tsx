import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A group of checkboxes: any of the ticked values. Wraps to as many columns as fit. */
export function ChoiceList<T extends string>({
  legend,
  choices,
  selected,
  onChange,
  error,
  testId,
}: {
  legend: string;
  choices: readonly Choice<T>[];
  selected: readonly T[];
  onChange: (next: T[]) => void;
  error?: string;
  testId: string;
}) {
  const id = useId();
  const toggle = (value: T, on: boolean) => onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset className="choice-list" data-testid={testId} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="choice-list__options">
        {choices.map((choice) => (
          <label key={choice.value} className="checkbox">
            <input type="checkbox" value={choice.value} checked={selected.includes(choice.value)} onChange={(event) => toggle(choice.value, event.target.checked)} />
            {choice.label}
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
