import { Badge } from '../../ui/Badge';
import type { PrecedentRowView } from '../../../shared/query/model';
import { shownText } from '../model/shownText';
import { usePrecedentView } from '../PrecedentViewContext';
import { HighlightedExcerpt } from '../search/HighlightedText';
import { useCellLabels } from './CellLabels';

export function TextCell({ row }: { row: PrecedentRowView }) {
  const { t } = useCellLabels();
  const { contentLang, query, showFallback } = usePrecedentView();
  const shown = shownText(row.text, contentLang);
  if (shown.text !== null) {
    return (
      <span className="text-cell" lang={contentLang} title={shown.text}>
        <HighlightedExcerpt text={shown.text} query={query} />
      </span>
    );
  }
  return (
    <span className="text-cell">
      <Badge tone="warning">{t(`missingVersion.${contentLang}`)}</Badge>
      {showFallback && shown.fallback && (
        <span className="text-cell__fallback" lang={shown.fallback.lang}>
          {' '}
          <HighlightedExcerpt text={shown.fallback.text} query={query} />
        </span>
      )}
    </span>
  );
}
