const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]';

/**
 * The elements Tab stops at inside `container`, in order. A radio group is one stop: its checked
 * radio, or its first one while none is checked.
 */
export function tabStops(container: HTMLElement): HTMLElement[] {
  const seenGroups = new Set<string>();
  return [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (element.tabIndex < 0 || element.matches(':disabled') || element.closest('[hidden], [inert]')) return false;
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.name === '') return true;
    if (seenGroups.has(element.name)) return false;
    const group = [...container.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((radio) => radio.name === element.name);
    const stop = group.find((radio) => radio.checked) ?? group[0];
    if (stop !== element) return false;
    seenGroups.add(element.name);
    return true;
  });
}
