import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParagraphCache } from '../app/corpus/ParagraphsContext';
import { checkParagraphIds } from '../../shared/check/checkParagraphIds';
import { draftParagraphIds } from '../../shared/draft/draftParagraphIds';
import { useCurrentDraft } from '../drafts/DraftProvider';
import { loadSaveRequests } from '../export/loadSaveRequests';
import { saveWordFile } from '../export/saveWordFile';
import { getDeskHost } from '../host';
import { hostErrorText } from '../messages/hostErrorText';
import { draftCheckReportInHost } from './checkInHost';

/** The draft as a Word document followed by its precedent check, read from the draft as it is now. */
export function ExportReportButton() {
  const { t } = useTranslation('check');
  const paragraphs = useParagraphCache();
  const current = useCurrentDraft();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const exportReport = async () => {
    const draft = current.read();
    if (!draft) return setStatus(t('messages.noDraft'));
    setBusy(true);
    setStatus(t('export.working'));
    const host = getDeskHost();
    const outcome = await saveWordFile(host, async () => {
      const checkReport = await draftCheckReportInHost(host, draft);
      // The paragraphs the draft and its check name, from the host (the window holds no more).
      const index = await paragraphs.indexWith([...draftParagraphIds(draft.content), ...checkParagraphIds(checkReport.entries.map((entry) => entry.check))]);
      return (await loadSaveRequests()).draftSaveRequest(index, draft, { checkReport });
    });
    setBusy(false);
    if (outcome.kind === 'saved') setStatus(t('export.saved', { location: outcome.location }));
    else setStatus(outcome.kind === 'cancelled' ? '' : `${t('export.failed')} ${hostErrorText(t, outcome.error)}`);
  };

  return (
    <div className="check-export">
      <button type="button" className="button" disabled={busy} onClick={() => void exportReport()}>
        {t('export.button')}
      </button>
      <span role="status">{status}</span>
    </div>
  );
}
