import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitationStyle } from '../../shared/draft/model';
import { docxFileName } from '../../shared/export/docxFile';
import type { ChangesMode } from '../../shared/export/renderRuns';
import { emptyUnDocumentFields, type UnDocumentFields } from '../../shared/export/unDocument/model';
import { isNegotiated } from '../../shared/negotiation/isNegotiated';
import { NEGOTIATION_VIEWS, type NegotiationView } from '../../shared/negotiation/views';
import { useParagraphCache } from '../app/corpus/ParagraphsContext';
import { checkParagraphIds } from '../../shared/check/checkParagraphIds';
import { draftParagraphIds } from '../../shared/draft/draftParagraphIds';
import { useSetting } from '../app/settings/SettingsContext';
import { draftCheckReportInHost } from '../check/checkInHost';
import { useCurrentDraft } from '../drafts/DraftProvider';
import { getDeskHost } from '../host';
import { DRAFT_EXPORT_KEY, parseDraftExportChoices } from './draftExportOptions';
import { ExportDialogFrame, type DialogMessage } from './ExportDialogFrame';
import { loadSaveRequests } from './loadSaveRequests';
import { outcomeMessage } from './outcomeMessage';
import { saveWordFile } from './saveWordFile';
import { UnDocumentFieldsEditor } from './UnDocumentFieldsEditor';

const CITATION_STYLES: readonly CitationStyle[] = ['footnote', 'inline'];
const CHANGES: readonly ChangesMode[] = ['clean', 'marked'];

/** Today in the delegate's time zone, as a date input gives it (YYYY-MM-DD). */
function localIsoDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The options of "Export to Word"; the draft is read when Export is pressed, with everything typed so far. */
export function DraftExportDialog({ onSaved, onClose }: { onSaved(location: string): void; onClose(): void }) {
  const { t } = useTranslation('export');
  const paragraphs = useParagraphCache();
  const current = useCurrentDraft();
  const name = useId();
  const [choices, setChoices] = useSetting(DRAFT_EXPORT_KEY, parseDraftExportChoices);
  const [citationStyle, setCitationStyle] = useState<CitationStyle>(() => current.read()?.citationStyle ?? 'footnote');
  const [withCheckReport, setWithCheckReport] = useState(false);
  // A negotiating text is exported as one of its three views; an ordinary draft as it always was.
  const [negotiated] = useState(() => {
    const draft = current.read();
    return draft !== null && isNegotiated(draft.content);
  });
  const [view, setView] = useState<NegotiationView>('bracketed');
  const [documentFields, setDocumentFields] = useState<UnDocumentFields>(() => {
    const draft = current.read();
    return draft?.documentFields ?? { ...emptyUnDocumentFields(draft?.lang ?? 'fr'), date: localIsoDate(new Date()) };
  });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<DialogMessage | null>(null);

  const submit = async () => {
    const draft = current.read();
    if (!draft) return setMessage({ role: 'alert', text: t('draft.noDraft') });
    setBusy(true);
    setMessage(null);
    const { unDocument, ...contents } = choices;
    if (unDocument) current.setDocumentFields(documentFields);
    const options = { citationStyle, ...contents, ...(negotiated ? { view } : {}), ...(unDocument ? { unDocument: documentFields } : {}) };
    const host = getDeskHost();
    const outcome = await saveWordFile(host, async () => {
      // The check runs in the host; a failure is the export's, said in the dialog.
      const checkReport = withCheckReport ? await draftCheckReportInHost(host, draft) : undefined;
      const { draftSaveRequest } = await loadSaveRequests();
      // The paragraphs the draft and its check name, from the host (the window holds no more).
      const index = await paragraphs.indexWith([...draftParagraphIds(draft.content), ...checkParagraphIds(checkReport?.entries.map((entry) => entry.check) ?? [])]);
      const request = await draftSaveRequest(index, draft, { ...options, ...(checkReport ? { checkReport } : {}) });
      if (draft.title.trim() !== '') return request;
      const untitled = t('draft.untitledFile');
      const suffix = options.bilingual ? ' (FR-EN)' : negotiated ? ` (${t(`draft.views.${view}`)})` : '';
      return { ...request, suggestedName: docxFileName(`${untitled}${suffix}`) };
    });
    setBusy(false);
    if (outcome.kind === 'saved') onSaved(outcome.location);
    else setMessage(outcomeMessage(t, outcome, true));
  };

  return (
    <ExportDialogFrame title={t('draft.title')} busy={busy} message={message} onSubmit={() => void submit()} onClose={onClose}>
      <fieldset className="export-dialog__group">
        <legend className="export-dialog__legend">{t('draft.citations.legend')}</legend>
        {CITATION_STYLES.map((style) => (
          <label key={style} className="export-dialog__option">
            <input type="radio" name={`${name}-citations`} checked={citationStyle === style} onChange={() => setCitationStyle(style)} />
            {t(`draft.citations.${style}`)}
          </label>
        ))}
      </fieldset>
      {negotiated && (
        <fieldset className="export-dialog__group">
          <legend className="export-dialog__legend">{t('draft.views.legend')}</legend>
          {NEGOTIATION_VIEWS.map((option) => (
            <label key={option} className="export-dialog__option">
              <input type="radio" name={`${name}-view`} checked={view === option} onChange={() => setView(option)} />
              {t(`draft.views.${option}`)}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="export-dialog__group">
        <legend className="export-dialog__legend">{t('draft.contents')}</legend>
        <label className="export-dialog__option">
          <input type="checkbox" checked={choices.sourcesAnnex} onChange={(event) => setChoices({ ...choices, sourcesAnnex: event.currentTarget.checked })} />
          {t('draft.sourcesAnnex')}
        </label>
        <label className="export-dialog__option">
          <input type="checkbox" checked={choices.bilingual} onChange={(event) => setChoices({ ...choices, bilingual: event.currentTarget.checked })} />
          {t('draft.bilingual')}
        </label>
        <label className="export-dialog__option">
          <input type="checkbox" checked={withCheckReport} onChange={(event) => setWithCheckReport(event.currentTarget.checked)} />
          {t('draft.checkReport')}
        </label>
        <label className="export-dialog__option">
          <input type="checkbox" checked={choices.unDocument} onChange={(event) => setChoices({ ...choices, unDocument: event.currentTarget.checked })} />
          {t('draft.unDocument.option')}
        </label>
      </fieldset>
      {choices.unDocument && <UnDocumentFieldsEditor fields={documentFields} onChange={setDocumentFields} />}
      <fieldset className="export-dialog__group">
        <legend className="export-dialog__legend">{t('draft.changes.legend')}</legend>
        {CHANGES.map((changes) => (
          <label key={changes} className="export-dialog__option">
            <input type="radio" name={`${name}-changes`} checked={choices.changes === changes} onChange={() => setChoices({ ...choices, changes })} />
            {t(`draft.changes.${changes}`)}
          </label>
        ))}
      </fieldset>
    </ExportDialogFrame>
  );
}
