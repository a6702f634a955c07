import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetadataNotice } from '../../shared/import/detect/readMetadata';
import type { ImportMetadata } from '../../shared/import/model';

const NOTICE_OF: Partial<Record<keyof ImportMetadata, MetadataNotice>> = { symbol: 'no-symbol', title: 'no-title', dates: 'no-dates', meeting: 'no-meeting' };

/** The detected metadata as a form: every field can be corrected; a field detection missed says so. */
export function PreviewMetadata({ metadata, notices, onChange }: { metadata: ImportMetadata; notices: readonly MetadataNotice[]; onChange: (patch: Partial<ImportMetadata>) => void }) {
  const { t } = useTranslation('library');
  const id = useId();
  const missing = (field: keyof ImportMetadata, empty: boolean) =>
    empty && notices.includes(NOTICE_OF[field]!) ? (
      <span className="badge badge--warning" id={`${id}-${field}-missing`}>
        {t('preview.notFound')}
      </span>
    ) : null;
  const text = (field: 'symbol' | 'place' | 'title' | 'number', label: string) => {
    const value = metadata[field] ?? '';
    return (
      <div className="library-form__field">
        <label htmlFor={`${id}-${field}`}>{label}</label>
        <input
          id={`${id}-${field}`}
          className="input"
          value={value}
          aria-describedby={value === '' && NOTICE_OF[field] ? `${id}-${field}-missing` : undefined}
          onChange={(event) => onChange({ [field]: field === 'title' ? event.target.value : event.target.value.trim() === '' ? null : event.target.value })}
        />
        {missing(field, value === '')}
      </div>
    );
  };
  const setDate = (end: 'start' | 'end', value: string) => {
    if (!value) return onChange({ dates: null });
    const dates = metadata.dates ?? { start: value, end: value };
    onChange({ dates: { ...dates, [end]: value } });
  };
  return (
    <fieldset className="library-form">
      <legend>{t('preview.metadata')}</legend>
      {text('symbol', t('preview.symbol'))}
      <div className="library-form__field">
        <label htmlFor={`${id}-lang`}>{t('preview.language')}</label>
        <select id={`${id}-lang`} className="input" value={metadata.lang} onChange={(event) => onChange({ lang: event.target.value as ImportMetadata['lang'] })}>
          <option value="fr">{t('lang.fr')}</option>
          <option value="en">{t('lang.en')}</option>
        </select>
      </div>
      <div className="library-form__field">
        <label htmlFor={`${id}-body`}>{t('preview.body')}</label>
        <select id={`${id}-body`} className="input" value={metadata.body} onChange={(event) => onChange({ body: event.target.value as ImportMetadata['body'] })}>
          <option value="wg">{t('bodies.wg')}</option>
          <option value="cop">{t('bodies.cop')}</option>
        </select>
      </div>
      <div className="library-form__field">
        <label htmlFor={`${id}-kind`}>{t('preview.kind')}</label>
        <select id={`${id}-kind`} className="input" value={metadata.kind} onChange={(event) => onChange({ kind: event.target.value as ImportMetadata['kind'] })}>
          <option value="report">{t('kinds.report')}</option>
          <option value="decision">{t('kinds.decision')}</option>
          <option value="resolution">{t('kinds.resolution')}</option>
        </select>
      </div>
      <div className="library-form__field">
        <label htmlFor={`${id}-meeting`}>{t('preview.meeting')}</label>
        <input
          id={`${id}-meeting`}
          className="input library-form__short"
          type="number"
          min={1}
          value={metadata.meeting ?? ''}
          onChange={(event) => onChange({ meeting: event.target.value === '' ? null : Number(event.target.value) })}
        />
        {missing('meeting', metadata.meeting === null)}
      </div>
      {metadata.kind !== 'report' && text('number', t('preview.number'))}
      <div className="library-form__field">
        <label htmlFor={`${id}-start`}>{t('preview.start')}</label>
        <input id={`${id}-start`} className="input" type="date" value={metadata.dates?.start ?? ''} onChange={(event) => setDate('start', event.target.value)} />
        <label htmlFor={`${id}-end`}>{t('preview.end')}</label>
        <input id={`${id}-end`} className="input" type="date" value={metadata.dates?.end ?? ''} onChange={(event) => setDate('end', event.target.value)} />
        {missing('dates', metadata.dates === null)}
      </div>
      {text('place', t('preview.place'))}
      {text('title', t('preview.docTitle'))}
      <div className="library-form__field">
        <label htmlFor={`${id}-scheme`}>{t('preview.scheme')}</label>
        <select
          id={`${id}-scheme`}
          className="input"
          value={metadata.locatorScheme}
          onChange={(event) => onChange({ locatorScheme: event.target.value as ImportMetadata['locatorScheme'] })}
        >
          {(['paragraph', 'recommendation', 'decision', 'resolution'] as const).map((scheme) => (
            <option key={scheme} value={scheme}>
              {t(`schemes.${scheme}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
