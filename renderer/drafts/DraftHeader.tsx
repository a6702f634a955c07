import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hostErrorText } from '../messages/hostErrorText';
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
  const statusText = useSaveStatusText();
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
        {statusText(saveStatus)}
      </p>
    </div>
  );
}

/** Said at once and kept while saves fail: the delegate must know their words are only in this page. */
function useSaveStatusText(): (status: SaveStatus) => string {
  const { t } = useTranslation(['draft', 'messages']);
  return (status) => {
    switch (status.state) {
      case 'failed':
        return status.problem === 'host' ? t('save.failed', { reason: hostErrorText(t, status.error) }) : t(`save.${status.problem}`);
      case 'conflict':
        return t('save.conflict');
      default:
        return t(`save.${status.state}`);
    }
  };
}
