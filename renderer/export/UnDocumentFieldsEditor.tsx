import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS } from '../../shared/corpus/model';
import { DISTRIBUTIONS, type Distribution, type UnDocumentFields } from '../../shared/export/unDocument/model';

/** The lines under the distribution block, in the order the first page prints them. */
const MEETING_LINES = ['body', 'session', 'agendaItem'] as const;

/** The fields a UN document prints around the text, filled in once per draft (the draft keeps them). */
export function UnDocumentFieldsEditor({ fields, onChange }: { fields: UnDocumentFields; onChange(fields: UnDocumentFields): void }) {
  const { t } = useTranslation('export');
  const id = useId();
  const set = (change: Partial<UnDocumentFields>) => onChange({ ...fields, ...change });
  return (
    <fieldset className="export-dialog__group">
      <legend className="export-dialog__legend">{t('draft.unDocument.legend')}</legend>
      <TextInput id={`${id}-symbol`} label={t('draft.unDocument.symbol')} value={fields.symbol} placeholder={t('draft.unDocument.placeholders.symbol')} onChange={(symbol) => set({ symbol })} />
      <div className="export-dialog__field">
        <label htmlFor={`${id}-distribution`}>{t('draft.unDocument.distribution')}</label>
        <select id={`${id}-distribution`} value={fields.distribution} onChange={(event) => set({ distribution: event.currentTarget.value as Distribution })}>
          {DISTRIBUTIONS.map((distribution) => (
            <option key={distribution} value={distribution}>
              {t(`draft.unDocument.distributions.${distribution}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="export-dialog__field">
        <label htmlFor={`${id}-date`}>{t('draft.unDocument.date')}</label>
        <input id={`${id}-date`} type="date" value={fields.date} onChange={(event) => set({ date: event.currentTarget.value })} />
      </div>
      <div className="export-dialog__field">
        <label htmlFor={`${id}-original`}>{t('draft.unDocument.original')}</label>
        <select id={`${id}-original`} value={fields.original} onChange={(event) => set({ original: event.currentTarget.value === 'en' ? 'en' : 'fr' })}>
          {LANGS.map((lang) => (
            <option key={lang} value={lang}>
              {t(`draft.unDocument.originals.${lang}`)}
            </option>
          ))}
        </select>
      </div>
      {MEETING_LINES.map((key) => (
        <TextInput key={key} id={`${id}-${key}`} label={t(`draft.unDocument.${key}`)} value={fields[key]} placeholder={t(`draft.unDocument.placeholders.${key}`)} onChange={(value) => set({ [key]: value })} />
      ))}
    </fieldset>
  );
}

function TextInput({ id, label, value, placeholder, onChange }: { id: string; label: string; value: string; placeholder: string; onChange(value: string): void }) {
  return (
    <div className="export-dialog__field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} placeholder={placeholder} onChange={(event) => onChange(event.currentTarget.value)} />
    </div>
  );
}
