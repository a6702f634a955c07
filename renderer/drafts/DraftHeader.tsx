import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../shared/corpus/model';
import type { CitationStyle } from '../../shared/draft/model';
import type { SaveStatus } from './DraftSaver';
import type { DraftMeta } from './useDraftSession';

interface Props {
  meta: DraftMeta;
  saveStatus: SaveStatus;
  onChange: (change: Partial<Pick<DraftMeta, 'title' | 'lang' | 'citationStyle'>>) => void;
  /** Buttons of other features: "Export to Word", "Check". */
  actions?: ReactNode;
}

const CITATION_STYLES: readonly CitationStyle[] = ['inline', 'footnote'];

export function DraftHeader({ meta, saveStatus, onChange, actions }: Props) {
  const { t } = useTranslation('draft');
  return (
    <div className="draft-header">
      <label className="draft-header__title">
        <span>{t('header.title')}</span>
        <input type="text" value={meta.title} placeholder={t('list.untitled')} onChange={(event) => onChange({ title: event.target.value })} />
      </label>
      <label>
        <span>{t('header.lang')}</span>
        <select value={meta.lang} onChange={(event) => onChange({ lang: event.target.value as Lang })}>
          {LANGS.map((lang) => (
            <option key={lang} value={lang}>
              {t(`header.langs.${lang}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('header.citationStyle')}</span>
        <select value={meta.citationStyle} onChange={(event) => onChange({ citationStyle: event.target.value as CitationStyle })}>
          {CITATION_STYLES.map((style) => (
            <option key={style} value={style}>
              {t(`header.citationStyles.${style}`)}
            </option>
          ))}
        </select>
      </label>
      {actions && <div className="draft-header__actions">{actions}</div>}
      <p className={`draft-header__save draft-header__save--${saveStatus.state}`} role="status" aria-live="polite">
        {saveStatusText(saveStatus, t)}
      </p>
    </div>
  );
}

/** Said at once and kept while saves fail: the delegate must know their words are only in this page. */
function saveStatusText(status: SaveStatus, t: TFunction<'draft'>): string {
  switch (status.state) {
    case 'failed':
      return status.problem === 'host' ? t('save.failed', { message: status.message }) : t(`save.${status.problem}`);
    case 'conflict':
      return t('save.conflict');
    default:
      return t(`save.${status.state}`);
  }
}
