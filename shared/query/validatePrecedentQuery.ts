import { LANGS } from '../corpus/model';
import type { PrecedentPageRequest, PrecedentQuery } from './model';
import { SORT_COLUMNS } from './model';
import { NO_FILTERS, type PrecedentFilters } from './precedentFilters';

/** Largest page the host serves at once: the table asks for a screenful or two. */
export const MAX_PAGE_ROWS = 1000;

const LIST_FILTERS = ['themeIds', 'bodies', 'sessions', 'strengths', 'addressees'] as const;

/** The query as it arrived over IPC or HTTP, checked field by field; throws with what is wrong. */
export function validatePrecedentQuery(value: unknown): PrecedentQuery {
  const query = asRecord(value, '"query"');
  const filters = asRecord(query.filters, '"query.filters"');
  const checked: PrecedentFilters = { ...NO_FILTERS };
  if (typeof filters.query !== 'string') throw new Error('"query.filters.query" must be a string.');
  checked.query = filters.query;
  for (const key of LIST_FILTERS) {
    const list = filters[key];
    if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string')) throw new Error(`"query.filters.${key}" must be a list of strings.`);
    (checked[key] as string[]) = list;
  }
  for (const key of ['yearFrom', 'yearTo'] as const) {
    const year = filters[key];
    if (year !== null && !Number.isInteger(year)) throw new Error(`"query.filters.${key}" must be a year or null.`);
    checked[key] = year as number | null;
  }
  if (typeof filters.includeContext !== 'boolean') throw new Error('"query.filters.includeContext" must be true or false.');
  checked.includeContext = filters.includeContext;
  if (!LANGS.includes(query.lang as 'fr')) throw new Error('"query.lang" must be "fr" or "en".');
  const sort = query.sort;
  if (sort !== null) {
    const { column, desc } = asRecord(sort, '"query.sort"');
    if (!SORT_COLUMNS.includes(column as 'ref') || typeof desc !== 'boolean') throw new Error(`"query.sort" must be null or { column: ${SORT_COLUMNS.join('|')}, desc: boolean }.`);
  }
  return { filters: checked, lang: query.lang as PrecedentQuery['lang'], sort: sort as PrecedentQuery['sort'] };
}

export function validatePageRequest(value: unknown): PrecedentPageRequest {
  const request = asRecord(value, 'The request');
  const { offset, limit, withCounts } = request;
  if (!Number.isInteger(offset) || (offset as number) < 0) throw new Error('"offset" must be a whole number, 0 or more.');
  if (!Number.isInteger(limit) || (limit as number) < 0 || (limit as number) > MAX_PAGE_ROWS) throw new Error(`"limit" must be a whole number from 0 to ${MAX_PAGE_ROWS}.`);
  if (withCounts !== undefined && typeof withCounts !== 'boolean') throw new Error('"withCounts" must be true or false.');
  return { query: validatePrecedentQuery(request.query), offset: offset as number, limit: limit as number, withCounts: withCounts as boolean | undefined };
}

function asRecord(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${name} must be an object.`);
  return value as Record<string, unknown>;
}
