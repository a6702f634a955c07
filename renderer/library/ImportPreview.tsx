import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewImportedDocument } from '../../shared/import/confirmImport';
import type { ImportDraft } from '../../shared/import/detect/detectImport';
import type { ImportMetadata } from '../../shared/import/model';
import { useWholeCorpus } from './WholeCorpusContext';
import { AlignmentSummary } from './AlignmentSummary';
import { PreviewMetadata } from './PreviewMetadata';
import { PreviewParagraphs } from './PreviewParagraphs';
import { confirmedDocument, initialPreview, type PreviewProblem, type PreviewRow, viewPreview } from './previewModel';
import { useThemeSuggester } from './useThemeSuggester';

/** One file's preview: the user checks and corrects what was detected, then adds it or skips it. */
export function ImportPreview({
  draft,
  position,
  total,
  saving,
  onConfirm,
  onSkip,
}: {
  draft: ImportDraft;
  position: number;
  total: number;
  saving: boolean;
  onConfirm: (document: NewImportedDocument) => void;
  onSkip: () => void;
}) {
  const { t } = useTranslation('library');
  const headingId = useId();
  const index = useWholeCorpus();
  const suggest = useThemeSuggester(index);
  const [state, setState] = useState(() => initialPreview(draft));
  const view = useMemo(() => viewPreview(state, index, suggest), [state, index, suggest]);

  const setMetadata = (patch: Partial<ImportMetadata>) =>
    setState((current) => {
      const metadata = { ...current.metadata, ...patch };
      if (patch.dates !== undefined) metadata.year = patch.dates ? Number(patch.dates.start.slice(0, 4)) : current.metadata.year;
      return { ...current, metadata };
    });
  const changeRow = (row: number, patch: Partial<PreviewRow> & { text?: string; kind?: PreviewRow['paragraph']['kind']; section?: string }) =>
    setState((current) => ({
      ...current,
      rows: current.rows.map((entry, position) => {
        if (position !== row) return entry;
        const { text, kind, section, ...rowPatch } = patch;
        const paragraph = {
          ...entry.paragraph,
          ...(text !== undefined ? { text } : {}),
          ...(kind !== undefined ? { kind } : {}),
          ...(section !== undefined ? { section: section.trim() === '' ? null : section } : {}),
        };
        return { ...entry, ...rowPatch, paragraph };
      }),
    }));
  const acceptAll = () =>
    setState((current) => ({ ...current, rows: current.rows.map((row, position) => ({ ...row, acceptedThemes: view.rows[position]!.suggestions.map((s) => s.themeId) })) }));
  const confirm = () => {
    const document = confirmedDocument(draft, state, view);
    if (document) onConfirm(document);
  };
  const blocked = view.problems.length > 0 || saving;
  const hasSuggestions = view.rows.some((row) => row.suggestions.length > 0);

  return (
    <section className="library-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('import.fileOf', { current: position, total, name: draft.source.name })}</h3>
      <p className="muted">
        {t('preview.heading')} — {t('preview.source', { name: draft.source.name, format: draft.source.format })}
      </p>
      <PreviewMetadata metadata={state.metadata} notices={draft.notices} onChange={setMetadata} />
      <AlignmentSummary view={view} rows={state.rows} lang={state.metadata.lang} />
      {view.problems.length > 0 && (
        <div className="library-problems" role="alert">
          <p>{t('preview.problems')}</p>
          <ul>
            {view.problems.map((problem, position) => (
              <li key={position}>{problemText(t, problem, state.metadata)}</li>
            ))}
          </ul>
        </div>
      )}
      {hasSuggestions && (
        <button type="button" className="button button--small" onClick={acceptAll}>
          {t('preview.acceptAll')}
        </button>
      )}
      <PreviewParagraphs index={index} rows={state.rows} view={view} textLang={state.metadata.lang} onChange={changeRow} />
      <div className="library-actions">
        <button type="button" className="button button--primary" aria-disabled={blocked} onClick={blocked ? undefined : confirm}>
          {saving ? t('import.saving') : t('import.confirm')}
        </button>
        <button type="button" className="button" onClick={onSkip} disabled={saving}>
          {t('import.skip')}
        </button>
      </div>
    </section>
  );
}

function problemText(t: ReturnType<typeof useTranslation<'library'>>['t'], problem: PreviewProblem, metadata: ImportMetadata): string {
  switch (problem.key) {
    case 'invalidSymbol':
      return t('preview.invalidSymbol', { symbol: problem.symbol });
    case 'nothingIncluded':
      return t('preview.nothingIncluded');
    case 'duplicateLanguage':
      return t('alignment.duplicate', { document: metadata.symbol ?? '', lang: t(`lang.${metadata.lang}`) });
    default:
      return t(`preview.${problem.key}`, { path: problem.path });
  }
}
