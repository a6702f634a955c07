import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogDocument } from '../../shared/query/PrecedentCatalog';
import type { DeskHost } from '../../shared/host/DeskHost';
import { ENTERED_BY_THE_USER } from '../../shared/import/model';
import { SYMBOL_FORMAT } from '../../shared/import/validateImportedDocument';
import { useErrorText } from '../messages/useErrorText';

/**
 * Bundled documents whose source gives no symbol (the 2022 report): the user can enter it, so that
 * the other language version can line up with it; it is shown as entered by the user.
 */
export function BundledMetadata({ host, documents, onSaved }: { host: Pick<DeskHost, 'saveDocumentMetadata'>; documents: readonly CatalogDocument[]; onSaved: () => Promise<void> }) {
  const { t } = useTranslation('library');
  const lacking = documents.filter((document) => document.symbol === null || document.metadataSources.symbol?.some((p) => p.what === ENTERED_BY_THE_USER));
  if (lacking.length === 0) return null;
  return (
    <section className="library-section" aria-labelledby="library-bundled">
      <h3 id="library-bundled">{t('bundled.heading')}</h3>
      <p className="muted">{t('bundled.explain')}</p>
      {lacking.map((document) => (
        <SymbolForm key={document.id} host={host} document={document} onSaved={onSaved} />
      ))}
    </section>
  );
}

function SymbolForm({ host, document, onSaved }: { host: Pick<DeskHost, 'saveDocumentMetadata'>; document: CatalogDocument; onSaved: () => Promise<void> }) {
  const { t } = useTranslation('library');
  const errorText = useErrorText();
  const [value, setValue] = useState(document.symbol ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const inputId = `bundled-symbol-${document.id}`;
  const save = async (symbol: string | null) => {
    if (symbol !== null && !SYMBOL_FORMAT.test(symbol)) return setStatus(t('preview.invalidSymbol', { symbol }));
    try {
      await host.saveDocumentMetadata({ docId: document.id, symbol });
      await onSaved();
      if (symbol === null) setValue('');
      setStatus(t('bundled.saved'));
    } catch (error) {
      setStatus(t('bundled.failed', { reason: errorText(error) }));
    }
  };
  return (
    <form
      className="library-form__field"
      onSubmit={(event) => {
        event.preventDefault();
        void save(value.trim() === '' ? null : value.trim());
      }}
    >
      <label htmlFor={inputId}>{t('bundled.symbolFor', { document: document.shortKey })}</label>
      <span className="muted" lang={document.title.fr ? 'fr' : 'en'}>
        {document.title.fr ?? document.title.en}
      </span>
      <input id={inputId} className="input" value={value} placeholder="CTOC/COP/WG.7/…" onChange={(event) => setValue(event.target.value)} />
      <button type="submit" className="button button--small">
        {t('bundled.save')}
      </button>
      {document.symbol !== null && (
        <>
          <span className="badge badge--info">{t('bundled.entered', { symbol: document.symbol })}</span>
          <button type="button" className="button button--small" onClick={() => void save(null)}>
            {t('bundled.clear')}
          </button>
        </>
      )}
      {status && <span role="status">{status}</span>}
    </form>
  );
}
