import { expect, type Locator } from '@playwright/test';
import type { PrecedentDesk } from '../page-models/PrecedentDesk';

/** Narrows the table to the one row that holds `phrase` (searched as an exact phrase), checks it shows `ref`, and returns it. */
export async function findRow(desk: PrecedentDesk, phrase: string, ref: string): Promise<Locator> {
  await desk.results.search.fill(`"${phrase}"`);
  await expect(desk.results.rows).toHaveCount(1);
  const row = desk.results.rows.first();
  await expect(row).toContainText(ref);
  return row;
}
