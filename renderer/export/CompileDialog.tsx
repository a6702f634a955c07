import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../shared/corpus/model';
import { selectedParagraphIds, type CompilationGrouping, type CompilationSelection } from '../../shared/export/compilationGroups';
import { useCatalog } from '../app/corpus/CatalogContext';
import { useParagraphs } from '../app/corpus/ParagraphsContext';
import { themeParagraphIds } from '../../shared/query/themeParagraphIds';
import { useSetting } from '../app/settings/SettingsContext';
import { getDeskHost } from '../host';
import { useFormatters } from '../i18n/useFormatters';
import { CONTENT_LANGUAGE_KEY, parseContentLanguage } from '../precedents/contentLanguage';
import { ExportDialogFrame, type DialogMessage } from './ExportDialogFrame';
import { loadSaveRequests } from './loadSaveRequests';
import { outcomeMessage } from './outcomeMessage';
import { saveWordFile } from './saveWordFile';

const GROUPINGS: readonly CompilationGrouping[] = ['theme', 'document'];

interface Props {
  selection: CompilationSelection;
  defaultGroupBy: CompilationGrouping;
  onSaved(location: string): void;
  onClose(): void;
}

/** A briefing document of agreed language: the chosen precedents, grouped, in the language the delegate reads them in unless changed here. */
export function CompileDialog({ selection, defaultGroupBy, onSaved, onClose }: Props) {
  const { t } = useTranslation('export');
  const catalog = useCatalog();
  // The paragraphs compiled come from the host when the dialog opens (a theme's are in the catalog's themes).
  const ids = useMemo(() => ('themeId' in selection ? [...themeParagraphIds(catalog, [selection.themeId])] : selection.paragraphIds), [catalog, selection]);
  const index = useParagraphs(ids);
  const format = useFormatters();
  const name = useId();
  const [contentLang] = useSetting(CONTENT_LANGUAGE_KEY, parseContentLanguage);
  const [lang, setLang] = useState<Lang>(contentLang);
  const [groupBy, setGroupBy] = useState<CompilationGrouping>(defaultGroupBy);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<DialogMessage | null>(null);
  // The library may have changed since the selection was made (a document removed): the export then says so.
  const count = useMemo(() => {
    try {
      return selectedParagraphIds(index, selection).length;
    } catch {
      return null;
    }
  }, [index, selection]);

  const submit = async () => {
    setBusy(true);
    setMessage(null);
    const outcome = await saveWordFile(getDeskHost(), async () => (await loadSaveRequests()).compilationSaveRequest(index, selection, { lang, groupBy }));
    setBusy(false);
    if (outcome.kind === 'saved') onSaved(outcome.location);
    else setMessage(outcomeMessage(t, outcome, false));
  };

  return (
    <ExportDialogFrame title={t('compile.title')} busy={busy} message={message} onSubmit={() => void submit()} onClose={onClose}>
      {count !== null && <p className="export-dialog__hint">{t('compile.summary', { count, formatted: format.number(count) })}</p>}
      <fieldset className="export-dialog__group">
        <legend className="export-dialog__legend">{t('compile.groupBy.legend')}</legend>
        {GROUPINGS.map((grouping) => (
          <label key={grouping} className="export-dialog__option">
            <input type="radio" name={`${name}-group`} checked={groupBy === grouping} onChange={() => setGroupBy(grouping)} />
            {t(`compile.groupBy.${grouping}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-dialog__group">
        <legend className="export-dialog__legend">{t('compile.lang.legend')}</legend>
        {LANGS.map((option) => (
          <label key={option} className="export-dialog__option">
            <input type="radio" name={`${name}-lang`} checked={lang === option} onChange={() => setLang(option)} />
            {t(`compile.lang.${option}`)}
          </label>
        ))}
      </fieldset>
    </ExportDialogFrame>
  );
}
