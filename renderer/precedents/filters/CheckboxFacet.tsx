import { useId } from 'react';

export interface FacetChoice<T extends string> {
  value: T;
  label: string;
  /** Rows this choice would show with the other filters as they are; absent until counted. */
  count?: number;
}

/** One facet: a titled group of checkboxes, any number of which may be ticked. */
export function CheckboxFacet<T extends string>({ legend, choices, checked, onToggle }: { legend: string; choices: readonly FacetChoice<T>[]; checked: readonly T[]; onToggle(value: T): void }) {
  const baseId = useId();
  if (choices.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      {choices.map((choice, i) => (
        <div className="facet__option" key={choice.value}>
          <input id={`${baseId}-${i}`} type="checkbox" checked={checked.includes(choice.value)} onChange={() => onToggle(choice.value)} />
          <label htmlFor={`${baseId}-${i}`}>
            {choice.label}
            {choice.count !== undefined && <span className="facet__count"> ({choice.count})</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
