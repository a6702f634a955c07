import { useTranslation } from 'react-i18next';
import type { ImportedCompendium } from '../../shared/import/compendium/model';
import type { ImportedDocument, UserLibrary } from '../../shared/import/model';

/** The documents and compendium editions the user imported, each removable, and library files that could not be read. */
export function ImportedDocuments({ library, onRemove }: { library: UserLibrary; onRemove: (document: ImportedDocument | ImportedCompendium) => void }) {
  const { t, i18n } = useTranslation('library');
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' });
  return (
    <section className="library-section" aria-labelledby="library-imported">
      <h3 id="library-imported">{t('list.imported')}</h3>
      {library.documents.length + library.compendiums.length === 0 ? (
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
            {library.compendiums.map((compendium) => (
              <tr key={compendium.libraryId}>
                <th scope="row">{t('compendium.listTitle')}</th>
                <td>{t(`lang.${compendium.edition.lang}`)}</td>
                <td>{compendium.edition.entries.length}</td>
                <td>{compendium.source.name}</td>
                <td>{date.format(new Date(compendium.importedAt))}</td>
                <td>
                  <RemoveButton name={compendium.source.name} onRemove={() => onRemove(compendium)} />
                </td>
              </tr>
            ))}
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
                    <RemoveButton name={name} onRemove={() => onRemove(document)} />
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

function RemoveButton({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useTranslation('library');
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={`${t('list.remove')} ${name}`}
      onClick={() => {
        if (window.confirm(t('list.confirmRemove', { name }))) onRemove();
      }}
    >
      {t('list.remove')}
    </button>
  );
}
