import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import type { DraftRun } from '../../shared/draft/model';
import type { ViewSegment } from '../../shared/negotiation/bracketedView';
import { citationText } from '../editor/citationText';

/** A paragraph of a view: its words, the brackets and sponsors the view adds, proposed deletions struck, insertions set apart. */
export function ViewSegments({ segments, index, lang }: { segments: readonly ViewSegment[]; index: CorpusIndex; lang: Lang }) {
  return (
    <>
      {segments.map((segment, i) => {
        if (segment.type === 'added') {
          return (
            <span key={i} className={`negotiation-view__added negotiation-view__added--${segment.role}`}>
              {segment.text}
            </span>
          );
        }
        const text = <RunText run={segment.run} index={index} lang={lang} />;
        if (segment.proposal === 'deletion') return <del key={i}>{text}</del>;
        if (segment.proposal === 'insertion') return <ins key={i}>{text}</ins>;
        return <span key={i}>{text}</span>;
      })}
    </>
  );
}

export function RunText({ run, index, lang }: { run: DraftRun; index: CorpusIndex; lang: Lang }) {
  if (run.type === 'citation') return <span className="negotiation-view__citation"> ({citationText(index, run.paragraphId, lang).citation})</span>;
  if (run.type === 'precedent') return <span lang={run.lang}>{run.text}</span>;
  return <>{run.text}</>;
}
