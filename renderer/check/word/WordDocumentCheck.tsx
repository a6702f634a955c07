import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCX_MIME_TYPE } from '../../../shared/export/docxFile';
import { MAX_IMPORT_BYTES } from '../../../shared/import/importLimits';
import type { WordDocumentCheck as Report } from '../../../shared/wordCheck/model';
import { saveWordFile } from '../../export/saveWordFile';
import { getDeskHost } from '../../host';
import { importErrorText } from '../../library/importErrorText';
import { WordParagraphResult } from './WordParagraphResult';
import { wordFileRefusal } from './wordFileRefusal';
import { hostErrorText } from '../../messages/hostErrorText';
import './wordCheck.css';

interface Checked {
  name: string;
  base64: string;
  report: Report;
}

/** A file the host's reader refused, as the import's error, so the window words it as for an import. */
/**
 * "Check a Word document": a draft or proposal received as .docx, checked in the host (on this
 * computer: nothing is sent anywhere else), paragraph by paragraph with its citations; then saved
 * as a copy with the check as Word comments on each paragraph.
 */
export function WordDocumentCheck() {
  const { t } = useTranslation('check');
  const { t: tLibrary } = useTranslation('library');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const pickAndCheck = async () => {
    const [file] = await getDeskHost().pickImportFiles();
    if (!file) return;
    if (!/\.docx$/i.test(file.name)) return setStatus(t('word.notDocx', { name: file.name }));
    if (file.base64 === null) return setStatus(tLibrary(file.problem === 'too-large' ? 'errors.too-large' : 'errors.unreadable', { name: file.name, limitMb: MAX_IMPORT_BYTES / 1024 / 1024 }));
    setBusy(true);
    setStatus(t('word.reading', { name: file.name }));
    try {
      const outcome = await getDeskHost().checkWordFile({ name: file.name, base64: file.base64 });
      if ('refused' in outcome) throw wordFileRefusal(outcome);
      const { report } = outcome;
      setChecked({ name: file.name, base64: file.base64, report });
      setStatus(report.paragraphs.length === 0 ? t('word.empty', { name: file.name }) : '');
    } catch (error) {
      setChecked(null);
      setStatus(importErrorText(tLibrary, file.name, error));
    } finally {
      setBusy(false);
    }
  };

  const saveAnnotated = async () => {
    if (!checked) return;
    setStatus(t('export.working'));
    const host = getDeskHost();
    const outcome = await saveWordFile(host, async () => {
      const annotated = await host.annotateWordFile({ name: checked.name, base64: checked.base64 });
      if ('refused' in annotated) throw new Error(importErrorText(tLibrary, checked.name, wordFileRefusal(annotated)));
      return { suggestedName: t('word.annotatedName', { name: checked.name.replace(/\.docx$/i, '') }), mimeType: DOCX_MIME_TYPE, base64: annotated.base64 };
    });
    if (outcome.kind === 'saved') setStatus(t('export.saved', { location: outcome.location }));
    else setStatus(outcome.kind === 'cancelled' ? '' : `${t('export.failed')} ${hostErrorText(t, outcome.error)}`);
  };

  const problems = checked?.report.paragraphs.reduce((sum, paragraph) => sum + paragraph.findings.filter((finding) => finding.kind !== 'correct').length, 0) ?? 0;
  return (
    <section className="word-check" aria-label={t('word.region')}>
      <div className="check-panel__row">
        <button type="button" className="button" disabled={busy} onClick={() => void pickAndCheck()}>
          {t('word.check')}
        </button>
        {checked && (
          <button type="button" className="button" onClick={() => void saveAnnotated()}>
            {t('word.saveAnnotated')}
          </button>
        )}
      </div>
      <p className="word-check__status" role="status">
        {status}
      </p>
      {checked && checked.report.paragraphs.length > 0 && (
        <>
          <h3 className="word-check__heading">{t('word.heading', { name: checked.name })}</h3>
          <p className="check-results__summary">{t('word.summary', { count: checked.report.paragraphs.length, problems })}</p>
          {checked.report.paragraphs.map((paragraph) => (
            <WordParagraphResult key={paragraph.position} paragraph={paragraph} />
          ))}
        </>
      )}
    </section>
  );
}
