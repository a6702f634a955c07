import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskHost, PickedImportFile } from '../../shared/host/DeskHost';
import type { NewImportedDocument } from '../../shared/import/confirmImport';
import { type ImportedCompendium, isCompendium, type NewImportedCompendium } from '../../shared/import/compendium/model';
import { ImportError } from '../../shared/import/ImportError';
import type { FileDraft } from '../../shared/import/importFile';
import type { ImportedDocument, UserLibrary } from '../../shared/import/model';
import { useCatalog } from '../app/corpus/CatalogContext';
import { useCorpusReload } from '../app/corpus/CorpusReloadContext';
import { BatchImportPanel } from './batch/BatchImportPanel';
import { useBatchImport } from './batch/useBatchImport';
import { BundledMetadata } from './BundledMetadata';
import { CompendiumPreview } from './CompendiumPreview';
import { ImportedDocuments } from './ImportedDocuments';
import { importErrorText } from './importErrorText';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import { type ReadProgress, readPickedFiles } from './readPickedFiles';
import { useErrorText } from '../messages/useErrorText';
import './library.css';

type LibraryHost = Pick<
  DeskHost,
  'pickImportFiles' | 'getLibrary' | 'previewImport' | 'previewCompendium' | 'addToLibrary' | 'addCompendiumToLibrary' | 'removeFromLibrary' | 'saveDocumentMetadata' | 'importFiles'
>;

type Phase =
  | { kind: 'overview' }
  | { kind: 'reading'; progress: ReadProgress }
  | { kind: 'previewing'; drafts: FileDraft[]; position: number; added: number; saving: boolean };

/**
 * The library: import documents (choose files → read with a progress bar and Cancel → preview
 * each, correct, confirm), or several files or a folder at once without preview (the host imports
 * them as detected; a progress bar, Stop, then a summary), list and remove imported documents, add
 * a symbol to a bundled document. Nothing reaches the data folder before the user confirms a
 * preview or asks for an import without one.
 */
export function LibraryDialog({ host, onClose }: { host: LibraryHost; onClose: () => void }) {
  const { t } = useTranslation('library');
  const errorText = useErrorText();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const abort = useRef<AbortController | null>(null);
  const { catalog } = useCatalog();
  const reloadCorpus = useCorpusReload();
  const [phase, setPhase] = useState<Phase>({ kind: 'overview' });
  const [library, setLibrary] = useState<UserLibrary | null>(null);
  const [failures, setFailures] = useState<{ name: string; error: unknown }[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    await reloadCorpus();
    setLibrary(await host.getLibrary());
  }, [host, reloadCorpus]);

  useEffect(() => {
    dialog.current?.showModal();
    host.getLibrary().then(setLibrary, (error: unknown) => setMessage(errorText(error)));
    return () => abort.current?.abort();
  }, [host]);

  const choose = async () => {
    let files: PickedImportFile[];
    try {
      // Called straight from the click: the web mode's file input needs the click's user activation.
      files = await host.pickImportFiles();
    } catch (error) {
      return setMessage(errorText(error));
    }
    if (files.length === 0) return;
    const controller = new AbortController();
    abort.current = controller;
    setMessage(null);
    setFailures([]);
    setPhase({ kind: 'reading', progress: { name: files[0]!.name, current: 1, total: files.length, fraction: 0 } });
    try {
      const result = await readPickedFiles(files, controller.signal, (progress) => setPhase({ kind: 'reading', progress }));
      setFailures(result.failures);
      setPhase(result.drafts.length > 0 ? { kind: 'previewing', drafts: result.drafts, position: 0, added: 0, saving: false } : { kind: 'overview' });
    } catch (error) {
      setMessage(error instanceof ImportError && error.code === 'cancelled' ? t('import.cancelled') : errorText(error));
      setPhase({ kind: 'overview' });
    } finally {
      abort.current = null;
    }
  };

  const next = (current: Extract<Phase, { kind: 'previewing' }>, added: number) => {
    if (current.position + 1 < current.drafts.length) setPhase({ ...current, position: current.position + 1, added, saving: false });
    else {
      setMessage(added > 0 ? t('import.done', { count: added }) : t('import.noneAdded'));
      setPhase({ kind: 'overview' });
    }
  };

  const confirm = async (current: Extract<Phase, { kind: 'previewing' }>, document: NewImportedDocument | NewImportedCompendium) => {
    setPhase({ ...current, saving: true });
    try {
      if (isCompendium(document)) await host.addCompendiumToLibrary(document);
      else await host.addToLibrary(document);
      await refresh();
      next(current, current.added + 1);
    } catch (error) {
      setMessage(t('import.saveFailed', { reason: errorText(error) }));
      setPhase({ ...current, saving: false });
    }
  };

  const batch = useBatchImport(host, refresh);
  const batchRunning = batch.state.kind === 'running';
  const chooseBatch = async (folder: boolean) => {
    let files: PickedImportFile[];
    try {
      files = await host.pickImportFiles({ folder });
    } catch (error) {
      return setMessage(errorText(error));
    }
    if (files.length === 0) return;
    setMessage(null);
    setFailures([]);
    await batch.run(files);
  };

  const remove = async (document: ImportedDocument | ImportedCompendium) => {
    const name = isCompendium(document) ? document.source.name : (document.metadata.symbol ?? document.source.name);
    try {
      await host.removeFromLibrary({ libraryId: document.libraryId });
      await refresh();
      setMessage(t('list.removed', { name }));
    } catch (error) {
      setMessage(t('list.removeFailed', { name, reason: errorText(error) }));
    }
  };

  return (
    <dialog
      ref={dialog}
      className="library-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape while files are read cancels the reading; the dialog stays open to say so.
        if (phase.kind === 'reading') {
          event.preventDefault();
          abort.current?.abort();
        }
        if (batchRunning) {
          event.preventDefault();
          batch.stop();
        }
      }}
      onClose={onClose}
    >
      <header className="library-dialog__header">
        <h2 id={titleId}>{t('title')}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()} disabled={phase.kind === 'reading' || (phase.kind === 'previewing' && phase.saving) || batchRunning}>
          {t('close')}
        </button>
      </header>
      <div className="library-dialog__body">
        {message && (
          <p className="library-message" role="status">
            {message}
          </p>
        )}
        {failures.length > 0 && (
          <div className="library-problems" role="alert">
            <p>{t('import.failedFiles')}</p>
            <ul>
              {failures.map((failure, position) => (
                <li key={position}>{importErrorText(t, failure.name, failure.error)}</li>
              ))}
            </ul>
          </div>
        )}
        {phase.kind === 'reading' && <ImportProgress progress={phase.progress} onCancel={() => abort.current?.abort()} />}
        {phase.kind === 'previewing' && (
          <DraftPreview host={host} phase={phase} held={library?.compendiums[0] ?? null} onConfirm={(draft) => void confirm(phase, draft)} onSkip={() => next(phase, phase.added)} />
        )}
        {phase.kind === 'overview' && batch.state.kind !== 'idle' && <BatchImportPanel state={batch.state} onStop={batch.stop} />}
        {phase.kind === 'overview' && !batchRunning && (
          <>
            <p>{t('intro')}</p>
            <div className="library-actions">
              <button type="button" className="button button--primary" onClick={() => void choose()}>
                {t('import.choose')}
              </button>
              <button type="button" className="button" aria-describedby={`${titleId}-batch`} onClick={() => void chooseBatch(false)}>
                {t('batch.choose')}
              </button>
              <button type="button" className="button" aria-describedby={`${titleId}-batch`} onClick={() => void chooseBatch(true)}>
                {t('batch.chooseFolder')}
              </button>
            </div>
            <p id={`${titleId}-batch`} className="muted">
              {t('batch.hint')}
            </p>
            {library && <ImportedDocuments library={library} onRemove={(document) => void remove(document)} />}
            <BundledMetadata host={host} documents={catalog.documents} onSaved={refresh} />
          </>
        )}
      </div>
    </dialog>
  );
}

/** The preview of the file at the phase's position, a compendium edition's or a document's, worked out by the host. */
function DraftPreview({
  host,
  phase,
  held,
  onConfirm,
  onSkip,
}: {
  host: Pick<DeskHost, 'previewImport' | 'previewCompendium'>;
  phase: Extract<Phase, { kind: 'previewing' }>;
  held: ImportedCompendium | null;
  onConfirm: (draft: NewImportedDocument | NewImportedCompendium) => void;
  onSkip: () => void;
}) {
  const draft = phase.drafts[phase.position]!;
  const common = { host, position: phase.position + 1, total: phase.drafts.length, saving: phase.saving, onConfirm, onSkip };
  // Keyed by position: each file starts from its own detected values.
  return isCompendium(draft) ? <CompendiumPreview key={phase.position} {...common} draft={draft} held={held} /> : <ImportPreview key={phase.position} {...common} draft={draft} />;
}
