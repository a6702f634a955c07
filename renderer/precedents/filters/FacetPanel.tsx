import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorpus } from '../../app/corpus/CorpusContext';
import { useVocabulary } from '../useVocabulary';
import { CheckboxFacet } from './CheckboxFacet';
import { facetOptions } from './facetOptions';
import type { PrecedentFilters } from './precedentFilters';
import type { FilterActions } from './usePrecedentFilters';
import { YearRangeFacet } from './YearRangeFacet';

export function FacetPanel({ filters, actions }: { filters: PrecedentFilters; actions: FilterActions }) {
  const { t } = useTranslation('precedents');
  const vocabulary = useVocabulary();
  const index = useCorpus();
  const options = useMemo(() => facetOptions(index), [index]);
  return (
    <section className="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading" className="sidebar__heading">
        {t('filter.heading')}
      </h2>
      <CheckboxFacet legend={t('filter.body')} choices={options.bodies.map((body) => ({ value: body, label: vocabulary.body(body) }))} checked={filters.bodies} onToggle={(value) => actions.toggle('bodies', value)} />
      <CheckboxFacet
        legend={t('filter.session')}
        choices={options.sessions.map((session) => ({ value: session.key, label: t('filter.sessionChoice', { body: vocabulary.bodyShort(session.body), session: vocabulary.session(session.body, session.meeting), year: String(session.year) }) }))}
        checked={filters.sessions}
        onToggle={(value) => actions.toggle('sessions', value)}
      />
      <YearRangeFacet years={options.years} from={filters.yearFrom} to={filters.yearTo} onChange={(from, to) => {
        actions.set('yearFrom', from);
        actions.set('yearTo', to);
      }} />
      <CheckboxFacet legend={t('filter.strength')} choices={options.strengths.map((strength) => ({ value: strength, label: vocabulary.strength(strength) }))} checked={filters.strengths} onToggle={(value) => actions.toggle('strengths', value)} />
      <CheckboxFacet legend={t('filter.addressee')} choices={options.addressees.map((addressee) => ({ value: addressee, label: vocabulary.addressee(addressee) }))} checked={filters.addressees} onToggle={(value) => actions.toggle('addressees', value)} />
    </section>
  );
}
