import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LexicalEditor } from 'lexical';
import type { CorpusIndex } from '../../shared/corpus/corpusIndex';
import type { Lang } from '../../shared/corpus/model';
import type { DraftContent } from '../../shared/draft/model';
import { bracketedParagraphs } from '../../shared/negotiation/bracketedView';
import { cleanContent } from '../../shared/negotiation/cleanText';
import { compilationRows } from '../../shared/negotiation/compilationView';
import { isOpenParagraph } from '../../shared/negotiation/openPoints';
import { VIEW_WORDS } from '../../shared/negotiation/viewWords';
import { PositionsList } from './PositionsList';
import { RunText, ViewSegments } from './ViewSegments';

export type ReadingView = 'bracketed' | 'compilation' | 'clean';

interface Props {
  view: ReadingView;
  content: DraftContent;
  index: CorpusIndex;
  lang: Lang;
  editor: LexicalEditor | null;
}

/** The negotiating text read three ways, from the draft as it stands (the same model the Word views and `desk render` read). */
export function NegotiationViews({ view, content, index, lang, editor }: Props) {
  const { t } = useTranslation('negotiation');
  const [onlyOpen, setOnlyOpen] = useState(false);
  const words = VIEW_WORDS[lang];
  const paragraphs = useMemo(() => bracketedParagraphs(content, lang), [content, lang]);
  const rows = useMemo(() => compilationRows(content, lang), [content, lang]);
  const shown = (paragraph: (typeof paragraphs)[number]['paragraph']) => !onlyOpen || isOpenParagraph(paragraph);

  const filter = (
    <label className="negotiation-view__filter">
      <input type="checkbox" checked={onlyOpen} onChange={(event) => setOnlyOpen(event.target.checked)} />
      {t('views.onlyOpen')}
    </label>
  );

  switch (view) {
    case 'bracketed': {
      const visible = paragraphs.filter((p) => shown(p.paragraph));
      return (
        <div className="negotiation-view" lang={lang}>
          {filter}
          {visible.length === 0 && <p>{t('views.noParagraphs')}</p>}
          {visible.map((p, i) => (
            <p key={i} className={`negotiation-view__paragraph negotiation-view__paragraph--${p.section}`}>
              {p.label && <span className="negotiation-view__label">{p.label}</span>}
              {p.sponsors.length > 0 && <span className="negotiation-view__sponsors">({p.sponsors.join(', ')})</span>}
              {p.status && <span className="negotiation-view__status">[{words.status[p.status.value]}]</span>}
              <ViewSegments segments={p.segments} index={index} lang={lang} />
            </p>
          ))}
        </div>
      );
    }
    case 'compilation': {
      const visible = rows.filter((row) => shown(row.view.paragraph));
      return (
        <div className="negotiation-view" lang={lang}>
          {filter}
          <table className="negotiation-view__table">
            <thead>
              <tr>
                <th scope="col">{words.compilationHeadings.label}</th>
                <th scope="col">{words.compilationHeadings.text}</th>
                <th scope="col">{words.compilationHeadings.sponsors}</th>
                <th scope="col">{words.compilationHeadings.status}</th>
              </tr>
            </thead>
            <tbody>
              {visible.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{row.view.label ?? ''}</th>
                  <td>
                    <ViewSegments segments={row.view.segments} index={index} lang={lang} />
                  </td>
                  <td>{row.sponsors.join(', ')}</td>
                  <td>{row.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    }
    case 'clean':
      return <CleanView content={content} index={index} lang={lang} editor={editor} />;
  }
}

function CleanView({ content, index, lang, editor }: Omit<Props, 'view'>) {
  const clean = useMemo(() => cleanContent(content), [content]);
  let number = 0;
  return (
    <div className="negotiation-view negotiation-view--clean">
      <div lang={lang}>
        {clean.preamble.map((paragraph, i) => (
          <p key={`p${i}`} className="negotiation-view__paragraph negotiation-view__paragraph--preamble">
            {paragraph.runs.map((run, j) => (
              <RunText key={j} run={run} index={index} lang={lang} />
            ))}
          </p>
        ))}
        {clean.operative.map((paragraph, i) => {
          const numbered = paragraph.style === 'body' && !paragraph.list;
          if (numbered) number += 1;
          return (
            <p key={`o${i}`} className="negotiation-view__paragraph negotiation-view__paragraph--operative">
              {numbered && <span className="negotiation-view__label">{number}.</span>}
              {paragraph.runs.map((run, j) => (
                <RunText key={j} run={run} index={index} lang={lang} />
              ))}
            </p>
          );
        })}
      </div>
      <PositionsList content={content} editor={editor} />
    </div>
  );
}
