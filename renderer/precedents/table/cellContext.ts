import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Theme } from '../../../shared/corpus/model';
import { useCatalog } from '../../app/corpus/CatalogContext';
import { interfaceLangOf } from '../../i18n/useInterfaceLang';
import { usePrecedentView, type PrecedentView } from '../PrecedentViewContext';
import type { ExcerptRoom } from '../search/matchExcerpt';
import { useVocabulary, type Vocabulary } from '../useVocabulary';

/**
 * Everything the cells draw besides their row, looked up once per change rather than in each of a
 * page's hundreds of cells. A row is drawn again only when its row or this object changes.
 */
export interface CellContext extends PrecedentView {
  interfaceLang: Lang;
  vocabulary: Vocabulary;
  themes: ReadonlyMap<string, Theme>;
  /** What of a text the text column can show (textRoom.ts). */
  textRoom: ExcerptRoom;
  labels: {
    /** The badge of a report paragraph that is not adopted text. */
    context: string;
    strengthFromParent: string;
    /** Said of a theme's English name that is the project's translation. */
    unofficialTranslation: string;
    missingVersion: Record<Lang, string>;
  };
}

export function useCellContext(textRoom: ExcerptRoom): CellContext {
  const { t, i18n } = useTranslation('precedents');
  const { t: tThemes } = useTranslation('themes');
  const { contentLang, query, showFallback } = usePrecedentView();
  const { themes } = useCatalog();
  const vocabulary = useVocabulary();
  const interfaceLang = interfaceLangOf(i18n);
  return useMemo(
    () => ({
      contentLang,
      query,
      showFallback,
      interfaceLang,
      vocabulary,
      themes,
      textRoom,
      labels: {
        context: t('row.context'),
        strengthFromParent: t('row.strengthFromParent'),
        unofficialTranslation: tThemes('unofficialTranslation'),
        missingVersion: { fr: t('missingVersion.fr'), en: t('missingVersion.en') },
      },
    }),
    // The labels change with the language even where t keeps its identity.
    [contentLang, query, showFallback, interfaceLang, vocabulary, themes, textRoom.leadChars, textRoom.maxChars, t, tThemes],
  );
}
