import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundledCorpus } from '../host/corpus/loadBundledCorpus';
import { renderDataQualityReport } from '../shared/corpus/dataQualityReport';

const target = fileURLToPath(new URL('../data/DATA-QUALITY.md', import.meta.url));
writeFileSync(target, renderDataQualityReport(await loadBundledCorpus()));
console.log(`wrote ${target}`);
