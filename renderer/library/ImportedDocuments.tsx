import { useTranslation } from 'react-i18next';
import type { ImportedDocument, UserLibrary } from '../../shared/import/model';

/** The documents the user imported, each removable, and library files that could not be read. */
export function ImportedDocuments({ library, onRemove }: { library: UserLibrary; onRemove: (document: ImportedDocument) => void }) {
  const { t, i18n } = useTranslation('library');
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' });
  return (
    <section className="library-section" aria-labelledby="library-imported">
      <h3 id="library-imported">{t('list.imported')}</h3>
      {library.documents.length === 0 ? (
        <p className="muted">{t('list.empty')}</p>
      ) : (
        <table className="library-table">
          <thead>
            <tr>
              <th scope="col">{t('list.document')}</th>
              <th scope="col">{t('list.languageCol')}</th>
              <th scope="col">{t('list.paragraphsCol')}</th>
              <th scope="col">{t('list.file')}</th>
              <th scope="col">{t('list.date')}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {library.documents.map((document) => {
              const name = document.metadata.symbol ?? document.metadata.title ?? document.source.name;
              return (
                <tr key={document.libraryId}>
                  <th scope="row">
                    {document.metadata.symbol && <span className="library-symbol">{document.metadata.symbol}</span>} <span lang={document.metadata.lang}>{document.metadata.title}</span>
                  </th>
                  <td>{t(`lang.${document.metadata.lang}`)}</td>
                  <td>{document.paragraphs.length}</td>
                  <td>{document.source.name}</td>
                  <td>{date.format(new Date(document.importedAt))}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`${t('list.remove')} ${name}`}
                      onClick={() => {
                        if (window.confirm(t('list.confirmRemove', { name }))) onRemove(document);
                      }}
                    >
                      {t('list.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {library.damaged.length > 0 && (
        <div className="library-problems">
          <p>{t('list.damaged')}</p>
          <ul>
            {library.damaged.map((entry) => (
              <li key={entry.file}>
                {entry.file}: {entry.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
