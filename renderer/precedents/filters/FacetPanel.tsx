import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCounts } from '../../../shared/query/model';
import type { PrecedentFilters } from '../../../shared/query/precedentFilters';
import { useCatalog } from '../../app/corpus/CatalogContext';
import { useVocabulary } from '../useVocabulary';
import { CheckboxFacet } from './CheckboxFacet';
import type { FilterActions } from './usePrecedentFilters';
import { YearRangeFacet } from './YearRangeFacet';

/** The filters the facets show; the search text is not one of them. */
export type FacetFilters = Pick<PrecedentFilters, 'bodies' | 'sessions' | 'yearFrom' | 'yearTo' | 'strengths' | 'addressees'>;

/** Memoised: it renders again when its filters or the counts change, not at each key typed in the search box. */
export const FacetPanel = memo(function FacetPanel({ filters, actions, counts }: { filters: FacetFilters; actions: FilterActions; counts: FacetCounts | null }) {
  const { t } = useTranslation('precedents');
  const vocabulary = useVocabulary();
  const options = useCatalog().catalog.facetOptions;
  // Until the host counted, no count is shown rather than a wrong one.
  const countOf = (facet: 'bodies' | 'sessions' | 'strengths' | 'addressees', value: string) => (counts ? ((counts[facet] as Record<string, number | undefined>)[value] ?? 0) : undefined);
  return (
    <section className="facets" aria-labelledby="facets-heading">
      <h2 id="facets-heading" className="sidebar__heading">
        {t('filter.heading')}
      </h2>
      <CheckboxFacet legend={t('filter.body')} choices={options.bodies.map((body) => ({ value: body, label: vocabulary.body(body), count: countOf('bodies', body) }))} checked={filters.bodies} onToggle={(value) => actions.toggle('bodies', value)} />
      <CheckboxFacet
        legend={t('filter.session')}
        choices={options.sessions.map((session) => ({ value: session.key, label: t('filter.sessionChoice', { body: vocabulary.bodyShort(session.body), session: vocabulary.session(session.body, session.meeting), year: String(session.year) }), count: countOf('sessions', session.key) }))}
        checked={filters.sessions}
        onToggle={(value) => actions.toggle('sessions', value)}
      />
      <YearRangeFacet years={options.years} from={filters.yearFrom} to={filters.yearTo} onChange={(from, to) => {
        actions.set('yearFrom', from);
        actions.set('yearTo', to);
      }} />
      <CheckboxFacet legend={t('filter.strength')} choices={options.strengths.map((strength) => ({ value: strength, label: vocabulary.strength(strength), count: countOf('strengths', strength) }))} checked={filters.strengths} onToggle={(value) => actions.toggle('strengths', value)} />
      <CheckboxFacet legend={t('filter.addressee')} choices={options.addressees.map((addressee) => ({ value: addressee, label: vocabulary.addressee(addressee), count: countOf('addressees', addressee) }))} checked={filters.addressees} onToggle={(value) => actions.toggle('addressees', value)} />
    </section>
  );
});
