import { useTranslation } from 'react-i18next';
import type { EditionAlignment } from '../../shared/import/compendium/alignEdition';

const EXCERPT = 160;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text);

/** What of a compendium edition does not line up, wording that differs, and the theme labels it gives. */
export function EditionMismatches({ alignment }: { alignment: EditionAlignment }) {
  const { t } = useTranslation('library');
  const { missing, extra, counts, absentSections, differingWording, themes } = alignment;
  return (
    <div className="library-alignment">
      {(missing.length > 0 || extra.length > 0 || counts.length > 0) && (
        <div className="library-problems" role="group" aria-label={t('compendium.mismatches')}>
          <p>{t('compendium.mismatches')}</p>
          <ul>
            {counts.map((count) => (
              <li key={count.section}>{t('compendium.count', { section: count.section, bundled: count.bundled, edition: count.edition })}</li>
            ))}
            {missing.length > 0 && <li>{t('compendium.missing', { count: missing.length, references: missing.join(', ') })}</li>}
            {extra.map((entry) => (
              <li key={entry.reference}>{t('compendium.extra', { reference: entry.reference, text: excerpt(entry.text) })}</li>
            ))}
          </ul>
        </div>
      )}
      {absentSections.length > 0 && <p className="muted">{t('compendium.absentSections', { sections: absentSections.join(', ') })}</p>}
      {differingWording.length > 0 && (
        <details open>
          <summary>{t('compendium.differing', { count: differingWording.length })}</summary>
          <ul className="library-alignment__list">
            {differingWording.map((entry) => (
              <li key={entry.reference}>
                <strong>{entry.reference}</strong>
                <p lang="en">{t('compendium.reportWording', { text: entry.current })}</p>
                <p lang="en">{t('compendium.editionWording', { text: entry.edition })}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
      {themes.matches.length + themes.unmatched.length === 0 ? (
        <p className="muted">{t('compendium.noIndex')}</p>
      ) : (
        <details open>
          <summary>{t('compendium.themes', { count: themes.matches.length })}</summary>
          <ul className="library-alignment__list">
            {themes.matches.map((match) => (
              <li key={match.themeId} lang="en">
                {match.replaces === null ? match.label : match.replaces === match.label ? t('compendium.themeConfirms', { label: match.label }) : t('compendium.themeReplaces', { label: match.label, replaces: match.replaces })}
              </li>
            ))}
            {themes.unmatched.map((theme) => (
              <li key={`unmatched-${theme.line}`}>{t('compendium.themeUnmatched', { label: theme.label })}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
