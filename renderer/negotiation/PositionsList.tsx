import { useTranslation } from 'react-i18next';
import type { LexicalEditor } from 'lexical';
import type { DraftContent } from '../../shared/draft/model';
import type { CleanTextChoices } from '../../shared/negotiation/model';
import { openPoints } from '../../shared/negotiation/openPoints';
import { updateSetupFromOutside } from './negotiationCommands';
import { sponsorNames } from './useNegotiationCaret';

/** The delegate's position on each open point, which the clean text reads; kept in the draft. */
export function PositionsList({ content, editor }: { content: DraftContent; editor: LexicalEditor | null }) {
  const { t } = useTranslation('negotiation');
  const points = openPoints(content);
  const delegations = content.negotiation?.delegations ?? [];
  const choose = (change: (choices: CleanTextChoices) => CleanTextChoices) => {
    if (editor) updateSetupFromOutside(editor, (setup) => ({ ...setup, choices: change(setup.choices) }));
  };

  return (
    <section className="negotiation-positions" aria-label={t('views.positions')}>
      <h3>{t('views.positions')}</h3>
      <p>{t('views.positionsHint')}</p>
      {points.length === 0 && <p>{t('views.noOpenPoints')}</p>}
      <ul>
        {points.map((point) => {
          if (point.type === 'proposal') {
            const kind = t(`here.kinds.${point.mark.kind}`);
            const name = [point.label, point.mark.sponsors.length > 0 ? t('here.by', { kind, sponsors: sponsorNames(point.mark.sponsors, delegations) }) : kind, `« ${point.text} »`]
              .filter(Boolean)
              .join(' — ');
            return (
              <li key={point.id}>
                <label>
                  <span>{name}</span>
                  <select value={point.choice} onChange={(event) => choose((c) => ({ ...c, marks: { ...c.marks, [point.id]: event.target.value as 'keep' | 'remove' } }))}>
                    <option value="keep">{t('views.keep')}</option>
                    <option value="remove">{t('views.remove')}</option>
                  </select>
                </label>
              </li>
            );
          }
          return (
            <li key={point.key}>
              <label>
                <span>{[point.label, point.options.map((o) => (point.scope === 'wording' ? `Alt ${o.index} « ${o.text} »` : `Alt ${o.index}`)).join(' / ')].filter(Boolean).join(' — ')}</span>
                <select value={point.chosen} onChange={(event) => choose((c) => ({ ...c, alternatives: { ...c.alternatives, [point.key]: Number(event.target.value) } }))}>
                  {point.options.map((option) => (
                    <option key={option.index} value={option.index}>
                      {`Alt ${option.index}${option.sponsors.length > 0 ? ` (${sponsorNames(option.sponsors, delegations)})` : ''} : ${option.text.slice(0, 80)}`}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
