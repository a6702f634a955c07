import { useTranslation } from 'react-i18next';
import type { Lang, ParagraphKind } from '../../shared/corpus/model';
import { useCatalog } from '../app/corpus/CatalogContext';
import { useInterfaceLang } from '../i18n/useInterfaceLang';
import { themeLabel } from '../themes/themeLabel';
import type { PreviewRow, PreviewView } from './previewModel';

const KINDS: readonly ParagraphKind[] = ['recommendation', 'operative', 'preambular', 'chapeau', 'subitem', 'context'];

/**
 * The detected paragraphs, each correctable: number, kind, section heading, text (edited as plain
 * text in a text area: imported text is never interpreted as markup), whether to import it, and
 * for paragraphs new to the library the theme suggestions to accept.
 */
export function PreviewParagraphs({
  rows,
  view,
  textLang,
  onChange,
}: {
  textLang: Lang;
  rows: readonly PreviewRow[];
  view: PreviewView;
  onChange: (row: number, patch: Partial<PreviewRow> & { text?: string; kind?: ParagraphKind; section?: string }) => void;
}) {
  const { t } = useTranslation('library');
  const lang = useInterfaceLang();
  const { themes } = useCatalog();
  const themeName = (id: string) => {
    const theme = themes.get(id);
    return theme ? themeLabel(theme, lang).text : id;
  };
  return (
    <div className="library-paragraphs" role="region" aria-label={t('preview.paragraphs', { count: rows.length })} tabIndex={0}>
      <table className="library-table">
        <caption className="library-table__caption">{t('preview.paragraphs', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('preview.include')}</th>
            <th scope="col">{t('preview.locator')}</th>
            <th scope="col">{t('preview.paragraphKind')}</th>
            <th scope="col">{t('preview.section')}</th>
            <th scope="col">{t('preview.text')}</th>
            <th scope="col">{t('preview.themes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, position) => {
            const rowView = view.rows[position]!;
            const label = row.path;
            return (
              <tr key={position} className={row.include ? undefined : 'library-table__excluded'}>
                <td>
                  <input type="checkbox" checked={row.include} aria-label={`${t('preview.include')} ${label}`} onChange={(event) => onChange(position, { include: event.target.checked })} />
                </td>
                <td>
                  <input className="input library-form__short" value={row.path} aria-label={`${t('preview.locator')} ${label}`} onChange={(event) => onChange(position, { path: event.target.value })} />
                  <div className="library-table__counterpart">
                    {view.alignment.target ? (rowView.counterpart ? t('preview.linedUp') : <span className="badge badge--warning">{t('preview.noCounterpart')}</span>) : null}
                  </div>
                </td>
                <td>
                  <select className="input" value={row.paragraph.kind} aria-label={`${t('preview.paragraphKind')} ${label}`} onChange={(event) => onChange(position, { kind: event.target.value as ParagraphKind })}>
                    {KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`paragraphKinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input className="input" value={row.paragraph.section ?? ''} aria-label={`${t('preview.section')} ${label}`} onChange={(event) => onChange(position, { section: event.target.value })} />
                </td>
                <td>
                  <textarea
                    className="input library-table__text"
                    value={row.paragraph.text}
                    lang={textLang}
                    rows={Math.min(6, Math.max(2, Math.ceil(row.paragraph.text.length / 50)))}
                    aria-label={`${t('preview.text')} ${label}`}
                    onChange={(event) => onChange(position, { text: event.target.value })}
                  />
                </td>
                <td className="library-table__themes">
                  {rowView.carriedThemes.length > 0 && <p>{t('preview.carried', { themes: rowView.carriedThemes.map(themeName).join(' · ') })}</p>}
                  {rowView.suggestions.length > 0 && (
                    <fieldset className="library-suggestions">
                      <legend>{t('preview.suggestions')}</legend>
                      {rowView.suggestions.map((themeId) => (
                        <label key={themeId}>
                          <input
                            type="checkbox"
                            checked={row.acceptedThemes.includes(themeId)}
                            onChange={(event) =>
                              onChange(position, {
                                acceptedThemes: event.target.checked ? [...row.acceptedThemes, themeId] : row.acceptedThemes.filter((id) => id !== themeId),
                              })
                            }
                          />{' '}
                          {themeName(themeId)}
                        </label>
                      ))}
                    </fieldset>
                  )}
                  {row.include && rowView.counterpart === null && row.paragraph.kind !== 'context' && rowView.suggestions.length === 0 && <span className="muted">{t('preview.noSuggestion')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
