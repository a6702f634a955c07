import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftFile } from '../../../shared/draft/model';
import { MAX_IMPORT_BYTES } from '../../../shared/import/importLimits';
import type { WordDraftSummary } from '../../../shared/roundtrip/model';
import { wordFileRefusal } from '../../check/word/wordFileRefusal';
import { getDeskHost } from '../../host';
import { importErrorText } from '../../library/importErrorText';
import { WordDraftSummaryView } from './WordDraftSummaryView';
import { wordDraftFile } from './wordDraftFile';
import { useCommand } from '../../keyboard/CommandsContext';

interface Props {
  /** Saves the file as a new draft and opens it. */
  onOpen: (file: DraftFile) => Promise<void>;
}

/**
 * "Open a Word document as a draft": a .docx (one exported and edited in Word, or any other) read
 * in the host (shared/roundtrip), saved as a new draft; what was recognised is listed beside it.
 */
export function OpenWordDraft({ onOpen }: Props) {
  const { t } = useTranslation('draft');
  const { t: tLibrary } = useTranslation('library');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [opened, setOpened] = useState<{ name: string; summary: WordDraftSummary } | null>(null);

  // From the palette too: choosing the command with Enter is the user action a browser's file chooser needs.
  useCommand('draft.openWord', busy ? null : () => void pickAndOpen());

  const pickAndOpen = async () => {
    const [file] = await getDeskHost().pickImportFiles();
    if (!file) return;
    if (!/\.docx$/i.test(file.name)) return setStatus(t('wordDraft.notDocx', { name: file.name }));
    if (file.base64 === null) return setStatus(tLibrary(file.problem === 'too-large' ? 'errors.too-large' : 'errors.unreadable', { name: file.name, limitMb: MAX_IMPORT_BYTES / 1024 / 1024 }));
    setBusy(true);
    setOpened(null);
    setStatus(t('wordDraft.reading', { name: file.name }));
    try {
      // Read in the host: recognising agreed language needs the whole library's check, which the window does not hold.
      const outcome = await getDeskHost().readWordDraft({ name: file.name, base64: file.base64 });
      if ('refused' in outcome) throw wordFileRefusal(outcome);
      const word = outcome.draft;
      await onOpen(wordDraftFile(word));
      setOpened({ name: file.name, summary: word.summary });
      setStatus('');
    } catch (error) {
      setStatus(importErrorText(tLibrary, file.name, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="open-word-draft">
      <button type="button" className="button" disabled={busy} onClick={() => void pickAndOpen()}>
        {t('wordDraft.open')}
      </button>
      <p className="open-word-draft__status" role="status">
        {status}
      </p>
      {opened && <WordDraftSummaryView name={opened.name} summary={opened.summary} onClose={() => setOpened(null)} />}
    </div>
  );
}
