/** The five bundled sources (data/sources), by role. See data/sources/README.md. */
export const SOURCE_FILES = {
  compendium: '000_878720af131edfbf.txt',
  report2012: '001_a35d42232cb30cfc.txt',
  report2015: '002_53e63cfff48a7893.txt',
  resolution63: '003_6e8fe0bb713feb6f.txt',
  report2022: '004_2bf1cd1c1edcf844.txt',
} as const;

export type SourceRole = keyof typeof SOURCE_FILES;
