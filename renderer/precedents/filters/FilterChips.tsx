import { useTranslation } from 'react-i18next';
import { hasActiveFilters, type PrecedentFilters } from '../../../shared/query/precedentFilters';
import { isBlankQuery } from '../../../shared/search/parseQuery';
import { useCatalog } from '../../app/corpus/CatalogContext';
import { useInterfaceLang } from '../../i18n/useInterfaceLang';
import { themeLabel } from '../../themes/themeLabel';
import { Chip } from '../../ui/Chip';
import { useVocabulary } from '../useVocabulary';
import type { FilterActions } from './usePrecedentFilters';

/**
 * Every active filter as a removable chip, and a way to clear them all. A search alone shows in its
 * box, which clears it: a row of chips coming with the first key typed pushed the table down (34 px)
 * and laid all its rows out again, as the delegate typed.
 */
export function FilterChips({ filters, actions }: { filters: PrecedentFilters; actions: FilterActions }) {
  const { t } = useTranslation('precedents');
  const vocabulary = useVocabulary();
  const lang = useInterfaceLang();
  const { themes } = useCatalog();
  if (!hasActiveFilters({ ...filters, query: '' })) return null;

  const chips: { key: string; label: string; remove(): void }[] = [];
  // A quote just typed narrows nothing yet: no chip for it.
  if (!isBlankQuery(filters.query)) chips.push({ key: 'query', label: t('chips.query', { query: filters.query.trim() }), remove: () => actions.set('query', '') });
  for (const id of filters.themeIds) {
    const theme = themes.get(id);
    chips.push({ key: `theme:${id}`, label: t('chips.theme', { theme: theme ? themeLabel(theme, lang).text : id }), remove: () => actions.toggle('themeIds', id) });
  }
  for (const body of filters.bodies) chips.push({ key: `body:${body}`, label: vocabulary.body(body), remove: () => actions.toggle('bodies', body) });
  for (const key of filters.sessions) {
    const [body, meeting] = key.split(':');
    const label = body === 'wg' || body === 'cop' ? `${vocabulary.bodyShort(body)}, ${vocabulary.session(body, Number(meeting))}` : key;
    chips.push({ key: `session:${key}`, label, remove: () => actions.toggle('sessions', key) });
  }
  if (filters.yearFrom !== null || filters.yearTo !== null) {
    const label =
      filters.yearFrom !== null && filters.yearTo !== null
        ? t('chips.yearRange', { from: String(filters.yearFrom), to: String(filters.yearTo) })
        : filters.yearFrom !== null
          ? t('chips.yearFrom', { from: String(filters.yearFrom) })
          : t('chips.yearTo', { to: String(filters.yearTo) });
    chips.push({
      key: 'years',
      label,
      remove: () => {
        actions.set('yearFrom', null);
        actions.set('yearTo', null);
      },
    });
  }
  for (const strength of filters.strengths) chips.push({ key: `strength:${strength}`, label: vocabulary.strength(strength), remove: () => actions.toggle('strengths', strength) });
  for (const addressee of filters.addressees) chips.push({ key: `addressee:${addressee}`, label: vocabulary.addressee(addressee), remove: () => actions.toggle('addressees', addressee) });
  if (filters.includeContext) chips.push({ key: 'context', label: t('chips.context'), remove: () => actions.set('includeContext', false) });

  return (
    <div className="filter-chips" role="group" aria-label={t('chips.label')}>
      {chips.map((chip) => (
        <Chip key={chip.key} label={chip.label} onRemove={chip.remove} />
      ))}
      <button type="button" className="button button--link" onClick={actions.clearAll}>
        {t('chips.clearAll')}
      </button>
    </div>
  );
}
