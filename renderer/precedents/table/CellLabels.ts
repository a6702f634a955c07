import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Lang } from '../../../shared/corpus/model';
import { interfaceLangOf } from '../../i18n/useInterfaceLang';
import { useVocabulary, type Vocabulary } from '../useVocabulary';

/**
 * What the cells write in the interface language, looked up once per table render: a translation
 * hook in each of a page's hundreds of cells made the first rows and every typed key slower.
 */
export interface CellLabels {
  t: TFunction<'precedents'>;
  vocabulary: Vocabulary;
  interfaceLang: Lang;
  /** Said of a theme's English name that is the project's translation. */
  unofficialTranslation: string;
}

export const CellLabelsContext = createContext<CellLabels | null>(null);

export function useCellLabelsValue(): CellLabels {
  const { t, i18n } = useTranslation('precedents');
  const { t: tThemes } = useTranslation('themes');
  const vocabulary = useVocabulary();
  const interfaceLang = interfaceLangOf(i18n);
  const unofficialTranslation = tThemes('unofficialTranslation');
  return useMemo(() => ({ t, vocabulary, interfaceLang, unofficialTranslation }), [t, vocabulary, interfaceLang, unofficialTranslation]);
}

export function useCellLabels(): CellLabels {
  const labels = useContext(CellLabelsContext);
  if (!labels) throw new Error('Cells need a CellLabelsContext provider (PrecedentGrid).');
  return labels;
}
