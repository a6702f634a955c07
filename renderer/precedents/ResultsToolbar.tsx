import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/corpus/model';
import { useSetting } from '../app/settings/SettingsContext';
import { CompileToWordButton } from '../export/CompileToWordButton';
import { useFormatters } from '../i18n/useFormatters';
import { SegmentedChoice } from '../ui/SegmentedChoice';
import { CONTENT_LANGUAGE_KEY, parseContentLanguage } from './contentLanguage';
import { FilterChips } from './filters/FilterChips';
import type { PrecedentFilters } from '../../shared/query/precedentFilters';
import { SearchBox } from './filters/SearchBox';
import type { FilterActions } from './filters/usePrecedentFilters';
import { InsertIntoDraftButton } from './InsertIntoDraftButton';
import type { PrecedentTable } from './table/usePrecedentTable';
import { ViewMenu } from './ViewMenu';

interface ResultsToolbarProps {
  filters: PrecedentFilters;
  actions: FilterActions;
  /** What is typed in the search box. */
  onSearch(query: string): void;
  resultCount: number;
  selectedIds: readonly string[];
  table: PrecedentTable;
  showFallback: boolean;
  onShowFallbackChange(show: boolean): void;
  /** Down from the search box: into the results. */
  onEnterResults(): void;
}

export function ResultsToolbar({ filters, actions, onSearch, resultCount, selectedIds, table, showFallback, onShowFallbackChange, onEnterResults }: ResultsToolbarProps) {
  const { t } = useTranslation('precedents');
  const { t: tExport } = useTranslation('export');
  const format = useFormatters();
  const [contentLang, setContentLang] = useSetting(CONTENT_LANGUAGE_KEY, parseContentLanguage);
  const contentChoices: { value: Lang; label: string }[] = [
    { value: 'fr', label: t('languageName.fr') },
    { value: 'en', label: t('languageName.en') },
  ];
  return (
    <div className="toolbar">
      <div className="toolbar__row toolbar__row--search">
        <SearchBox value={filters.query} onChange={onSearch} onArrowDown={onEnterResults} />
        <InsertIntoDraftButton ids={selectedIds} shortcutHint />
        <CompileToWordButton selection={selectedIds.length > 0 ? { paragraphIds: selectedIds } : null} unavailable={tExport('compile.nothingSelected')} defaultGroupBy="document">
          {tExport('compile.rowsButton')}
        </CompileToWordButton>
      </div>
      <div className="toolbar__row">
        <p role="status" className="toolbar__count">
          {t('results.count', { count: resultCount, formatted: format.number(resultCount) })}
          {selectedIds.length > 1 && ` · ${t('results.selected', { count: selectedIds.length, formatted: format.number(selectedIds.length) })}`}
        </p>
        <SegmentedChoice legend={t('contentLanguage.legend')} value={contentLang} choices={contentChoices} onChange={setContentLang} />
        <span className="toolbar__spacer" />
        <ViewMenu
          table={table}
          showFallback={showFallback}
          onShowFallbackChange={onShowFallbackChange}
          includeContext={filters.includeContext}
          onIncludeContextChange={(include) => actions.set('includeContext', include)}
        />
      </div>
      <FilterChips filters={filters} actions={actions} />
    </div>
  );
}
