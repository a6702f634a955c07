import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

/** Runs every bench/*.bench.ts in name order; each default-exports an async function that prints its figures. */
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !only || name.includes(only))
  .sort();
for (const name of files) {
  console.log(`\n## ${name.replace('.bench.ts', '')}`);
  const module = (await import(pathToFileURL(join(here, name)).href)) as { default: () => Promise<void> };
  await module.default();
}
