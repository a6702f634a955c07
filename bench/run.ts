import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { missedGoals } from './support/goals';

/**
 * Runs every bench/*.bench.ts in name order, or those whose names contain the words given
 * (`npm run bench -- search import`); each default-exports an async function that prints its
 * figures. Exits 2 when a word names no bench, 1 when a figure misses its printed goal.
 */
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const all = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort();
const names = all.map((name) => name.replace('.bench.ts', ''));
const unknown = wanted.filter((word) => !names.some((name) => name.includes(word)));
if (unknown.length > 0) {
  console.error(`No bench named "${unknown.join('", "')}". Benches: ${names.join(', ')}.`);
  process.exit(2);
}
for (const name of names.filter((candidate) => wanted.length === 0 || wanted.some((word) => candidate.includes(word)))) {
  console.log(`\n## ${name}`);
  const module = (await import(pathToFileURL(join(here, `${name}.bench.ts`)).href)) as { default: () => Promise<void> };
  await module.default();
}
const misses = missedGoals();
if (misses.length > 0) {
  console.log(`\n${misses.length} figure${misses.length === 1 ? '' : 's'} missed ${misses.length === 1 ? 'its goal' : 'their goals'}:\n${misses.map((miss) => `- ${miss}`).join('\n')}`);
  process.exitCode = 1;
}
