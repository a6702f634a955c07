import { useTranslation } from 'react-i18next';
import type { Paragraph } from '../../../shared/corpus/model';
import { useCatalog } from '../../app/corpus/CatalogContext';
import { useParagraphs } from '../../app/corpus/ParagraphsContext';
import { CompileThemeButton } from '../../export/CompileThemeButton';
import { useFormatters } from '../../i18n/useFormatters';
import { ThemeName } from '../../themes/ThemeName';
import { InsertIntoDraftButton } from '../InsertIntoDraftButton';
import { descendantIds } from '../../../shared/query/ancestors';
import { inheritedWording } from '../../../shared/query/inheritedWording';
import { shownText } from '../model/shownText';
import { usePrecedentView } from '../PrecedentViewContext';
import { useCitations } from './useCitations';
import { useVocabulary } from '../useVocabulary';
import { AlsoAdoptedAs } from './AlsoAdoptedAs';
import { CitationBlock } from './CitationBlock';
import { DetailText } from './DetailText';
import { NeighbourLinks } from './NeighbourLinks';
import { SuggestedThemes } from './SuggestedThemes';
import { TextSource } from './TextSource';
import '../../styles/detail.css';

/** "a)", "ii)": how a sub-item is numbered in its document. */
function itemMark(paragraph: Paragraph): string | null {
  const last = paragraph.locator.items[paragraph.locator.items.length - 1];
  return last === undefined ? null : `${last})`;
}

export function PrecedentDetail({ paragraphId, onOpen }: { paragraphId: string; onOpen(id: string): void }) {
  const { t } = useTranslation('precedents');
  // One call brings the paragraph with all the detail shows of its family (parent, sub-items, chapeau, neighbours).
  const index = useParagraphs([paragraphId]);
  const { themes } = useCatalog();
  const vocabulary = useVocabulary();
  const format = useFormatters();
  const { contentLang, query, showFallback } = usePrecedentView();
  const citations = useCitations();
  const paragraph = index.paragraphs.get(paragraphId);
  const document = paragraph && index.documents.get(paragraph.docId);
  if (!paragraph || !document) return null;

  const parent = paragraph.parentId ? index.paragraphs.get(paragraph.parentId) : undefined;
  const subItems = descendantIds(index, paragraph.id).flatMap((id) => index.paragraphs.get(id) ?? []);
  // The chapeau qualifies the document's adopted text, not its report context.
  const chapeau = paragraph.adopted && document.qualifyingChapeauId && document.qualifyingChapeauId !== paragraph.id ? index.paragraphs.get(document.qualifyingChapeauId) : undefined;
  const wording = inheritedWording(index, paragraph);
  const section = paragraph.section ? shownText(paragraph.section, contentLang) : null;
  const textProps = { lang: contentLang, query, showFallback };

  return (
    <article className="detail" aria-labelledby="detail-heading">
      <header className="detail__header">
        <h2 id="detail-heading" className="detail__title" lang={contentLang}>
          {citations.get(paragraph.id)?.[contentLang] ?? paragraph.id}
        </h2>
        <p className="detail__meta">
          {[
            vocabulary.kind(paragraph.kind),
            paragraph.compendiumRef && t('detail.compendiumRef', { ref: paragraph.compendiumRef }),
            `${vocabulary.body(document.body)}, ${vocabulary.session(document.body, document.meeting)}`,
            document.dates ? format.dateRange(document.dates.start, document.dates.end) : String(document.year),
            document.place,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {!paragraph.adopted && <p className="detail__context-warning">{t('detail.contextWarning')}</p>}
        <InsertIntoDraftButton ids={[paragraph.id]} />
      </header>

      {/* First under the heading: what the delegate copies, in view however short the detail is. */}
      <CitationBlock paragraphId={paragraph.id} />

      {section && (section.text ?? section.fallback) && (
        <p className="detail__section-heading">
          <span className="detail__label">{t('detail.sectionHeading')}</span>{' '}
          <span lang={section.text !== null ? contentLang : section.fallback?.lang}>{section.text ?? section.fallback?.text}</span>
        </p>
      )}

      {chapeau && (
        <section className="detail__section detail__chapeau" aria-labelledby="detail-chapeau-heading">
          <h3 id="detail-chapeau-heading" className="detail__label">
            {t('detail.qualifyingChapeau', { citation: citations.get(chapeau.id)?.[contentLang] ?? chapeau.id })}
          </h3>
          <p>
            <DetailText text={chapeau.text} {...textProps} />
          </p>
        </section>
      )}

      <section className="detail__section" aria-labelledby="detail-text-heading">
        <h3 id="detail-text-heading" className="detail__label">
          {t('detail.text')}
        </h3>
        {parent && (
          <p className="detail__parent">
            <DetailText text={parent.text} {...textProps} />
          </p>
        )}
        <p className="detail__text">
          {itemMark(paragraph) && <span className="detail__item-mark">{itemMark(paragraph)} </span>}
          <DetailText text={paragraph.text} {...textProps} />
        </p>
        {subItems.length > 0 && (
          <ol className="detail__subitems">
            {subItems.map((item) => (
              <li key={item.id} style={{ marginInlineStart: `${(item.locator.items.length - paragraph.locator.items.length - 1) * 1.25}rem` }}>
                <span className="detail__item-mark">{itemMark(item)} </span>
                <DetailText text={item.text} {...textProps} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <AlsoAdoptedAs paragraph={paragraph} onOpen={onOpen} />

      <section className="detail__section" aria-labelledby="detail-wording-heading">
        <h3 id="detail-wording-heading" className="detail__label">
          {t('detail.wording')}
        </h3>
        <dl className="detail__facts">
          <dt>{t('detail.strength')}</dt>
          <dd>{wording.strengths.length > 0 ? wording.strengths.map(vocabulary.strength).join(', ') : t('detail.none')}</dd>
          <dt>{t('detail.addressees')}</dt>
          <dd>{wording.addressees.length > 0 ? wording.addressees.map(vocabulary.addressee).join(', ') : t('detail.none')}</dd>
        </dl>
        {wording.fromId && <p className="muted">{t('detail.wordingFromParent', { citation: citations.get(wording.fromId)?.[contentLang] ?? wording.fromId })}</p>}
      </section>

      <section className="detail__section" aria-labelledby="detail-themes-heading">
        <h3 id="detail-themes-heading" className="detail__label">
          {t('detail.themes')}
        </h3>
        {paragraph.themeIds.length === 0 ? (
          <p className="muted">{t('detail.noTheme')}</p>
        ) : (
          <ul className="detail__themes">
            {paragraph.themeIds.flatMap((id) => {
              const theme = themes.get(id);
              return theme ? [<li key={id}><ThemeName theme={theme} /> <CompileThemeButton themeId={id} /></li>] : [];
            })}
          </ul>
        )}
      </section>

      <SuggestedThemes paragraph={paragraph} />
      <TextSource paragraph={paragraph} />
      <NeighbourLinks paragraph={paragraph} document={document} onOpen={onOpen} />
    </article>
  );
}
