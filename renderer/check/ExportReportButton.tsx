import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorpus } from '../app/corpus/CorpusContext';
import { useCurrentDraft } from '../drafts/DraftProvider';
import { loadSaveRequests } from '../export/loadSaveRequests';
import { saveWordFile } from '../export/saveWordFile';
import { getDeskHost } from '../host';
import { hostErrorText } from '../messages/hostErrorText';
import { draftCheckReportInHost } from './checkInHost';

/** The draft as a Word document followed by its precedent check, read from the draft as it is now. */
export function ExportReportButton() {
  const { t } = useTranslation('check');
  const index = useCorpus();
  const current = useCurrentDraft();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const exportReport = async () => {
    const draft = current.read();
    if (!draft) return setStatus(t('messages.noDraft'));
    setBusy(true);
    setStatus(t('export.working'));
    const host = getDeskHost();
    const outcome = await saveWordFile(host, async () => (await loadSaveRequests()).draftSaveRequest(index, draft, { checkReport: await draftCheckReportInHost(host, draft) }));
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
