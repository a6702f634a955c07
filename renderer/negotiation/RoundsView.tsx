import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/corpus/model';
import type { DraftContent, ReadingRound } from '../../shared/draft/model';
import { bracketedParagraphs } from '../../shared/negotiation/bracketedView';
import { compareTexts, paragraphHistory, paragraphKey, type ParagraphComparison } from '../../shared/negotiation/compareTexts';
import { segmentsPlainText } from '../../shared/negotiation/views';
import { ComparisonRows } from '../ui/ComparisonRows';
import { localDate } from './negotiationCommands';

const CURRENT = 'current';

interface Props {
  rounds: readonly ReadingRound[];
  content: DraftContent;
  lang: Lang;
  onTake(round: ReadingRound): void;
}

/** Readings of the text: record the text as it stands, compare any two readings, follow one paragraph through them. */
export function RoundsView({ rounds, content, lang, onTake }: Props) {
  const { t } = useTranslation('negotiation');
  const [name, setName] = useState('');
  const [date, setDate] = useState(() => localDate(new Date()));
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState(CURRENT);
  const [followed, setFollowed] = useState('');
  const [announcement, setAnnouncement] = useState('');

  const contentOf = (id: string) => (id === CURRENT ? content : (rounds.find((round) => round.id === id)?.content ?? content));
  const fromId = from ?? rounds.at(-1)?.id ?? CURRENT;
  const rows = useMemo(() => compareTexts(contentOf(fromId), contentOf(to), lang), [fromId, to, content, rounds, lang]);
  const paragraphs = useMemo(
    () => bracketedParagraphs(content, lang).filter((p) => p.label).map((p) => ({ key: paragraphKey(p.section, p.paragraph, segmentsPlainText(p.segments, (id) => id)), label: p.label! })),
    [content, lang],
  );
  const history = followed ? paragraphHistory(rounds, content, followed, lang) : [];
  const statusText = (row: ParagraphComparison) =>
    row.statusBefore?.value !== row.statusAfter?.value
      ? t('rounds.statusChange', {
          before: row.statusBefore ? t(`paragraph.statuses.${row.statusBefore.value}`) : t('paragraph.none'),
          after: row.statusAfter ? t(`paragraph.statuses.${row.statusAfter.value}`) : t('paragraph.none'),
        })
      : null;

  const take = () => {
    const title = name.trim() || t('rounds.defaultName', { number: rounds.length + 1 });
    onTake({ id: crypto.randomUUID(), title, date, takenAt: new Date().toISOString(), content });
    setName('');
    setFrom(null);
    setAnnouncement(t('rounds.taken', { title }));
  };
  const roundOptions = rounds.map((round) => (
    <option key={round.id} value={round.id}>
      {t('rounds.roundOption', { title: round.title, date: round.date })}
    </option>
  ));

  return (
    <div className="negotiation-view negotiation-rounds">
      <h3>{t('rounds.title')}</h3>
      <form
        className="negotiation-rounds__take"
        onSubmit={(event) => {
          event.preventDefault();
          take();
        }}
      >
        <label>
          <span>{t('rounds.name')}</span>
          <input value={name} placeholder={t('rounds.defaultName', { number: rounds.length + 1 })} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          <span>{t('rounds.date')}</span>
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <button type="submit">{t('rounds.take')}</button>
      </form>
      <p role="status">{announcement}</p>
      {rounds.length === 0 ? (
        <p>{t('rounds.none')}</p>
      ) : (
        <>
          <fieldset className="negotiation-rounds__compare">
            <legend>{t('rounds.compare')}</legend>
            <label>
              <span>{t('rounds.from')}</span>
              <select value={fromId} onChange={(event) => setFrom(event.target.value)}>
                {roundOptions}
                <option value={CURRENT}>{t('rounds.current')}</option>
              </select>
            </label>
            <label>
              <span>{t('rounds.to')}</span>
              <select value={to} onChange={(event) => setTo(event.target.value)}>
                {roundOptions}
                <option value={CURRENT}>{t('rounds.current')}</option>
              </select>
            </label>
          </fieldset>
          <p className="negotiation-rounds__caption">{t('rounds.diffCaption')}</p>
          <ComparisonRows rows={rows} lang={lang} label={t('rounds.compare')} statusText={statusText} />
          <label>
            <span>{t('rounds.historyOf')}</span>
            <select value={followed} onChange={(event) => setFollowed(event.target.value)}>
              <option value="">—</option>
              {paragraphs.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          {followed && (
            <ol className="negotiation-rounds__history" aria-label={t('rounds.history')}>
              {history.map((version, i) => (
                <li key={i}>
                  <strong>{version.round ? t('rounds.roundOption', { title: version.round, date: version.date }) : t('rounds.current')}</strong>
                  <ComparisonRows rows={[version.comparison]} lang={lang} label={version.round ?? t('rounds.current')} statusText={statusText} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}
