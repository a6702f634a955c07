import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Language of the label, when it differs from the interface's ("English" in a French interface). */
  lang?: string;
}

/** A small group of radio buttons drawn as a segmented control. */
export function SegmentedChoice<T extends string>({ legend, value, choices, onChange }: { legend: string; value: T; choices: readonly Choice<T>[]; onChange: (value: T) => void }) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="segmented__option" lang={choice.lang}>
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
