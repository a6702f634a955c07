import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskHost } from '../../shared/host/DeskHost';
import type { NewImportedDocument } from '../../shared/import/confirmImport';
import type { ImportDraft } from '../../shared/import/detect/detectImport';
import type { ImportMetadata } from '../../shared/import/model';
import type { ImportPreviewRequest } from '../../shared/import/previewImport';
import { HostErrorNotice } from '../messages/HostErrorNotice';
import { AlignmentSummary } from './AlignmentSummary';
import { PreviewMetadata } from './PreviewMetadata';
import { PreviewParagraphs } from './PreviewParagraphs';
import { confirmedDocument, initialPreview, type PreviewProblem, type PreviewRow, previewRequest, viewPreview } from './previewModel';
import { useHostAnswer } from './useHostAnswer';

/**
 * One file's preview: the user checks and corrects what was detected, then adds it or skips it.
 * The host lines the rows up with the library and suggests themes, again after each correction.
 */
export function ImportPreview({
  host,
  draft,
  position,
  total,
  saving,
  onConfirm,
  onSkip,
}: {
  host: Pick<DeskHost, 'previewImport'>;
  draft: ImportDraft;
  position: number;
  total: number;
  saving: boolean;
  onConfirm: (document: NewImportedDocument) => void;
  onSkip: () => void;
}) {
  const { t } = useTranslation('library');
  const headingId = useId();
  const [state, setState] = useState(() => initialPreview(draft));
  const request = useMemo(() => previewRequest(state), [state]);
  const ask = useCallback((asked: ImportPreviewRequest) => host.previewImport(asked), [host]);
  const { answer, current: upToDate, failure, retry } = useHostAnswer(ask, request);
  const view = useMemo(() => answer && viewPreview(state, answer), [state, answer]);

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
  // Said beside the preview, which keeps the corrections made so far.
  const failureNotice = failure && <HostErrorNotice lead={t('preview.failed', { name: draft.source.name })} error={failure} onRetry={retry} />;
  if (!view) return failureNotice ?? <p role="status">{t('common:corpus.loading')}</p>;
  const acceptAll = () => setState((current) => ({ ...current, rows: current.rows.map((row, position) => ({ ...row, acceptedThemes: view.rows[position]!.suggestions })) }));
  const confirm = () => {
    const document = confirmedDocument(draft, state, view);
    if (document) onConfirm(document);
  };
  // Held back while the host's answer is for rows since corrected: what it says may have changed.
  const blocked = view.problems.length > 0 || saving || !upToDate;
  const hasSuggestions = view.rows.some((row) => row.suggestions.length > 0);

  return (
    <section className="library-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('import.fileOf', { current: position, total, name: draft.source.name })}</h3>
      <p className="muted">
        {t('preview.heading')} — {t('preview.source', { name: draft.source.name, format: draft.source.format })}
      </p>
      <PreviewMetadata metadata={state.metadata} notices={draft.notices} onChange={setMetadata} />
      {failureNotice}
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
      <PreviewParagraphs rows={state.rows} view={view} textLang={state.metadata.lang} onChange={changeRow} />
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
