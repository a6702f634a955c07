import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/corpus/model';
import type { DraftConflict } from '../../shared/host/DeskHost';
import { ComparisonRows } from '../ui/ComparisonRows';
import type { ConflictTexts } from './useDraftSession';

interface Props {
  conflict: DraftConflict;
  lang: Lang;
  onCompare: () => Promise<ConflictTexts | null>;
  onKeepMine: () => void;
  onKeepTheirs: () => void;
}

/**
 * Another window or tab saved this draft after this page opened it. Neither text was lost: the
 * other is the draft, this one was kept in a conflict copy. The delegate compares them word by
 * word (the desk's word diff: removed words are the other version's, added words this page's) and
 * keeps one; the other stays on disk either way. The comparison is the one reading rounds use
 * (paragraph by paragraph, matched by label).
 */
export function DraftConflictNotice({ conflict, lang, onCompare, onKeepMine, onKeepTheirs }: Props) {
  const { t } = useTranslation('draft');
  const [texts, setTexts] = useState<ConflictTexts | 'unavailable' | null>(null);
  const compare = async () => setTexts((await onCompare().catch(() => null)) ?? 'unavailable');

  return (
    <div className="draft-conflict" role="alert">
      <p>{t('conflict.message')}</p>
      <p>{t('conflict.copy', { file: conflict.copy })}</p>
      <div className="draft-conflict__actions">
        <button type="button" onClick={() => void compare()} aria-expanded={texts !== null}>
          {t('conflict.compare')}
        </button>
        <button type="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={onKeepTheirs}>
          {t('conflict.keepTheirs')}
        </button>
      </div>
      {texts === 'unavailable' && <p>{t('conflict.unavailable')}</p>}
      {texts !== null && texts !== 'unavailable' && (
        <figure className="draft-conflict__diff">
          <figcaption>{t('conflict.diffCaption')}</figcaption>
          <ComparisonRows rows={texts.rows} lang={lang} label={t('conflict.diffLabel')} />
        </figure>
      )}
    </div>
  );
}
