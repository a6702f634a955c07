import { useTranslation } from 'react-i18next';
import type { LexicalEditor } from 'lexical';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import type { DraftContent, ReadingRound } from '../../shared/draft/model';
import { NegotiationViews } from './NegotiationViews';
import { RoundsView } from './RoundsView';

export const DRAFT_VIEWS = ['edit', 'bracketed', 'compilation', 'clean', 'rounds'] as const;
export type DraftView = (typeof DRAFT_VIEWS)[number];

/** Drafting, the three readings of the negotiating text, and the reading rounds, as tabs over the draft. */
export function DraftViewTabs({ value, onChange }: { value: DraftView; onChange(view: DraftView): void }) {
  const { t } = useTranslation('negotiation');
  return (
    <div className="draft-view-tabs" role="tablist" aria-label={t('views.label')}>
      {DRAFT_VIEWS.map((view) => (
        <button key={view} type="button" role="tab" aria-selected={view === value} onClick={() => onChange(view)}>
          {t(`views.${view}`)}
        </button>
      ))}
    </div>
  );
}

interface PanelProps {
  view: Exclude<DraftView, 'edit'>;
  content: DraftContent;
  rounds: readonly ReadingRound[];
  index: CorpusIndex;
  lang: Lang;
  editor: LexicalEditor | null;
  onRounds(rounds: ReadingRound[]): void;
}

export function DraftViewPanel({ view, content, rounds, index, lang, editor, onRounds }: PanelProps) {
  const { t } = useTranslation('negotiation');
  return (
    <div className="draft-view-panel" role="tabpanel" aria-label={t(`views.${view}`)}>
      {view === 'rounds' ? (
        <RoundsView rounds={rounds} content={content} lang={lang} onTake={(round) => onRounds([...rounds, round])} />
      ) : (
        <NegotiationViews view={view} content={content} index={index} lang={lang} editor={editor} />
      )}
    </div>
  );
}
