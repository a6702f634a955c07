import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskHost } from '../../shared/host/DeskHost';
import type { CompendiumEdition, ImportedCompendium, NewImportedCompendium } from '../../shared/import/compendium/model';
import { HostErrorNotice } from '../messages/HostErrorNotice';
import { EditionMismatches } from './EditionMismatches';
import { useHostAnswer } from './useHostAnswer';

/**
 * The preview of a compendium edition: what lines up with the bundled paragraphs by compendium
 * reference (and becomes their English text), what does not, wording that differs from English
 * already imported, and the index themes whose official English labels it gives (the host lines
 * the edition up with the library).
 */
export function CompendiumPreview({
  host,
  draft,
  held,
  position,
  total,
  saving,
  onConfirm,
  onSkip,
}: {
  host: Pick<DeskHost, 'previewCompendium'>;
  draft: NewImportedCompendium;
  /** The English edition already in the library, if any. */
  held: ImportedCompendium | null;
  position: number;
  total: number;
  saving: boolean;
  onConfirm: (compendium: NewImportedCompendium) => void;
  onSkip: () => void;
}) {
  const { t } = useTranslation('library');
  const headingId = useId();
  const { edition } = draft;
  const ask = useCallback((asked: CompendiumEdition) => host.previewCompendium({ edition: asked }), [host]);
  const { answer: alignment, failure, retry } = useHostAnswer(ask, edition);
  if (!alignment) {
    if (failure) return <HostErrorNotice lead={t('preview.failed', { name: draft.source.name })} error={failure} onRetry={retry} />;
    return <p role="status">{t('common:corpus.loading')}</p>;
  }
  const refusal = edition.lang === 'fr' ? t('compendium.french') : held ? t('compendium.held', { name: held.source.name }) : alignment.linedUp.length === 0 ? t('compendium.nothingLinesUp') : null;
  const blocked = refusal !== null || saving;

  return (
    <section className="library-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('import.fileOf', { current: position, total, name: draft.source.name })}</h3>
      <p className="muted">{t('preview.source', { name: draft.source.name, format: draft.source.format })}</p>
      <p className="library-alignment">{t('compendium.recognised', { lang: t(`versionLang.${edition.lang}`) })}</p>
      {refusal && (
        <p className="library-alignment library-alignment--problem" role="alert">
          {refusal}
        </p>
      )}
      <p>{t(edition.lang === 'en' ? 'compendium.linedUpEnglish' : 'compendium.linedUp', { count: alignment.linedUp.length, total: edition.entries.length })}</p>
      <EditionMismatches alignment={alignment} />
      <details>
        <summary>{t('compendium.linedUpList', { count: alignment.linedUp.length })}</summary>
        <p className="library-alignment__ids">{alignment.linedUp.map((entry) => `${entry.reference} → ${entry.paragraphId}`).join(', ')}</p>
      </details>
      <div className="library-actions">
        <button type="button" className="button button--primary" aria-disabled={blocked} onClick={blocked ? undefined : () => onConfirm(draft)}>
          {saving ? t('import.saving') : t('compendium.confirm')}
        </button>
        <button type="button" className="button" onClick={onSkip} disabled={saving}>
          {t('import.skip')}
        </button>
      </div>
    </section>
  );
}
