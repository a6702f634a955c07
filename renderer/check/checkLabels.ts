import type { TFunction } from 'i18next';
import type { CheckedItem } from './CheckContext';

/** How a checked paragraph is named in the panel: its place in the draft, else its position in the pasted text. */
export function itemLabel(t: TFunction<'check'>, item: CheckedItem, count: number): string {
  if (item.place?.label) return item.place.label;
  if (item.place) return t(`place.${item.place.section}`, { position: item.place.position });
  if (item.blockKey) return t('place.atCaret');
  return count > 1 ? t('place.pasted', { position: item.check.index + 1 }) : t('place.pastedOne');
}

export const percent = (share: number): number => Math.round(share * 100);
