import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/corpus/model';
import type { PreviewRow, PreviewView } from './previewModel';

/** Whether the file becomes a new document or another language's version, and what does not line up. */
export function AlignmentSummary({ view, rows, lang }: { view: PreviewView; rows: readonly PreviewRow[]; lang: Lang }) {
  const { t } = useTranslation('library');
  const { target, duplicate, missing } = view.alignment;
  if (!target) return <p className="library-alignment">{t('alignment.new')}</p>;
  const document = target.symbol ?? target.shortKey;
  if (duplicate) {
    return (
      <p className="library-alignment library-alignment--problem" role="alert">
        {t('alignment.duplicate', { document, lang: t(`lang.${lang}`) })}
      </p>
    );
  }
  const included = rows.flatMap((row, index) => (row.include ? [{ row, view: view.rows[index]! }] : []));
  const unaligned = included.filter((entry) => entry.view.counterpart === null);
  return (
    <div className="library-alignment">
      <p>{t('alignment.version', { lang: t(`versionLang.${lang}`), document, aligned: included.length - unaligned.length, total: included.length })}</p>
      {unaligned.length > 0 && (
        <details open>
          <summary>{t('alignment.unaligned', { count: unaligned.length })}</summary>
          <ul className="library-alignment__list">
            {unaligned.map(({ row }) => (
              <li key={row.path}>
                <strong>{row.path}</strong> {row.paragraph.text.slice(0, 120)}
                {row.paragraph.text.length > 120 ? '…' : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      {missing.length > 0 && (
        <details>
          <summary>{t('alignment.missing', { document, count: missing.length })}</summary>
          <p className="library-alignment__ids">{missing.map((id) => id.slice(id.indexOf('#') + 1)).join(', ')}</p>
        </details>
      )}
    </div>
  );
}
