import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorpus } from '../../app/corpus/CorpusContext';
import { useInterfaceLang } from '../../i18n/useInterfaceLang';
import { ThemeName } from '../../themes/ThemeName';
import { themeLabel } from '../../themes/themeLabel';
import { Badge } from '../../ui/Badge';
import type { PrecedentRow } from '../model/precedentRows';
import { usePrecedentView } from '../PrecedentViewContext';
import { useVocabulary } from '../useVocabulary';

export function RefCell({ row }: { row: PrecedentRow }) {
  const { t } = useTranslation('precedents');
  return (
    <span className="ref-cell" style={{ paddingInlineStart: `${row.depth * 1.1}rem` }}>
      {row.depth > 0 && <span aria-hidden="true" className="ref-cell__branch">↳</span>}
      {row.paragraph.compendiumRef ?? <span className="muted">—</span>}
      {!row.paragraph.adopted && <Badge tone="info">{t('row.context')}</Badge>}
    </span>
  );
}

export function CitationCell({ row }: { row: PrecedentRow }) {
  const { citations, contentLang } = usePrecedentView();
  const citation = citations.get(row.id)?.[contentLang] ?? row.id;
  return (
    <span lang={contentLang} title={citation}>
      {citation}
    </span>
  );
}

export function BodyCell({ row }: { row: PrecedentRow }) {
  const vocabulary = useVocabulary();
  return <abbr title={vocabulary.body(row.document.body)}>{vocabulary.bodyShort(row.document.body)}</abbr>;
}

export function SessionCell({ row }: { row: PrecedentRow }) {
  const vocabulary = useVocabulary();
  return <>{vocabulary.session(row.document.body, row.document.meeting)}</>;
}

export function YearCell({ row }: { row: PrecedentRow }) {
  // A year is a label, not a quantity: no thousands separator.
  return <>{String(row.document.year)}</>;
}

export function ThemesCell({ row }: { row: PrecedentRow }) {
  const { themes } = useCorpus();
  const lang = useInterfaceLang();
  const shown = row.paragraph.themeIds.flatMap((id) => themes.get(id) ?? []);
  return (
    <span className="themes-cell" title={shown.map((theme) => themeLabel(theme, lang).text).join(' · ')}>
      {shown.map((theme, i) => (
        <Fragment key={theme.id}>
          {i > 0 && ' · '}
          <ThemeName theme={theme} />
        </Fragment>
      ))}
    </span>
  );
}

export function StrengthCell({ row }: { row: PrecedentRow }) {
  const { t } = useTranslation('precedents');
  const vocabulary = useVocabulary();
  const { strengths, fromId } = row.wording;
  const inherited = fromId !== null && row.paragraph.strengths.length === 0;
  return (
    <span className={inherited ? 'strength-cell strength-cell--inherited' : 'strength-cell'} title={inherited ? t('row.strengthFromParent') : undefined}>
      {strengths.map((strength) => vocabulary.strength(strength)).join(', ')}
    </span>
  );
}
