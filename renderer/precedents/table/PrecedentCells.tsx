import { Fragment } from 'react';
import { useCatalog } from '../../app/corpus/CatalogContext';
import { ThemeNameText } from '../../themes/ThemeName';
import { themeLabel } from '../../themes/themeLabel';
import { Badge } from '../../ui/Badge';
import type { PrecedentRowView } from '../../../shared/query/model';
import { usePrecedentView } from '../PrecedentViewContext';
import { useCellLabels } from './CellLabels';

export function RefCell({ row }: { row: PrecedentRowView }) {
  const { t } = useCellLabels();
  return (
    <span className="ref-cell" style={{ paddingInlineStart: `${row.depth * 1.1}rem` }}>
      {row.depth > 0 && <span aria-hidden="true" className="ref-cell__branch">↳</span>}
      {row.compendiumRef ?? <span className="muted">—</span>}
      {!row.adopted && <Badge tone="info">{t('row.context')}</Badge>}
    </span>
  );
}

export function CitationCell({ row }: { row: PrecedentRowView }) {
  const { contentLang } = usePrecedentView();
  const citation = row.citation[contentLang];
  return (
    <span lang={contentLang} title={citation}>
      {citation}
    </span>
  );
}

export function BodyCell({ row }: { row: PrecedentRowView }) {
  const { vocabulary } = useCellLabels();
  return <abbr title={vocabulary.body(row.body)}>{vocabulary.bodyShort(row.body)}</abbr>;
}

export function SessionCell({ row }: { row: PrecedentRowView }) {
  const { vocabulary } = useCellLabels();
  return <>{vocabulary.session(row.body, row.meeting)}</>;
}

export function YearCell({ row }: { row: PrecedentRowView }) {
  // A year is a label, not a quantity: no thousands separator.
  return <>{String(row.year)}</>;
}

export function ThemesCell({ row }: { row: PrecedentRowView }) {
  const { themes } = useCatalog();
  const { interfaceLang: lang, unofficialTranslation } = useCellLabels();
  const shown = row.themeIds.flatMap((id) => themes.get(id) ?? []);
  return (
    <span className="themes-cell" title={shown.map((theme) => themeLabel(theme, lang).text).join(' · ')}>
      {shown.map((theme, i) => (
        <Fragment key={theme.id}>
          {i > 0 && ' · '}
          <ThemeNameText theme={theme} lang={lang} unofficialNote={unofficialTranslation} />
        </Fragment>
      ))}
    </span>
  );
}

export function StrengthCell({ row }: { row: PrecedentRowView }) {
  const { t, vocabulary } = useCellLabels();
  const { strengths, strengthInherited: inherited } = row;
  return (
    <span className={inherited ? 'strength-cell strength-cell--inherited' : 'strength-cell'} title={inherited ? t('row.strengthFromParent') : undefined}>
      {strengths.map((strength) => vocabulary.strength(strength)).join(', ')}
    </span>
  );
}
