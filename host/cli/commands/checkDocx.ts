import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PrecedentChecker } from '../../../shared/check/createPrecedentChecker';
import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Lang } from '../../../shared/corpus/model';
import { readWordDocument } from '../../../shared/docx/readWordDocument';
import { ImportError } from '../../../shared/import/ImportError';
import { MAX_IMPORT_BYTES } from '../../../shared/import/importLimits';
import { annotatedCopy } from '../../../shared/wordCheck/annotatedCopy';
import { checkWordDocument } from '../../../shared/wordCheck/checkWordDocument';
import { describeParagraphCheck } from '../../../shared/wordCheck/describeParagraphCheck';
import { documentLanguage } from '../../../shared/wordCheck/documentLanguage';
import type { WordDocumentCheck } from '../../../shared/wordCheck/model';
import { writeFileAtomic } from '../../fs/writeFileAtomic';
import { CliError } from '../CliError';
import type { CliIO } from '../command';

const userPath = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);

async function readDocx(path: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (bytes.length === 0) throw new CliError(`${path} is empty; give a Word document (.docx).`);
  if (bytes.length > MAX_IMPORT_BYTES) throw new CliError(`${path} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; a draft is far smaller.`);
  return bytes;
}

export interface DocxCheckRequest {
  file: string;
  lang: Lang | undefined;
  json: boolean;
  out: string | undefined;
}

/** `desk check --docx`: every paragraph's verdict and citation checks, and the annotated copy with --out. */
export async function checkDocx(index: CorpusIndex, checker: PrecedentChecker, request: DocxCheckRequest, io: CliIO, toJson: (report: WordDocumentCheck) => unknown): Promise<void> {
  const path = userPath(request.file);
  const bytes = await readDocx(path);
  let document;
  try {
    document = await readWordDocument(bytes, path);
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(error.message);
    throw error;
  }
  const lang = request.lang ?? documentLanguage(document) ?? 'fr';
  const report = checkWordDocument(index, checker, document, lang);
  if (report.paragraphs.length === 0) throw new CliError(`${path} holds no text to check.`);
  if (request.out !== undefined) {
    const outPath = userPath(request.out);
    try {
      await writeFileAtomic(outPath, await annotatedCopy(index, bytes, report, lang));
    } catch (error) {
      throw new CliError(`Cannot write ${outPath}: ${error instanceof Error ? error.message : String(error)}`, 1);
    }
  }
  if (request.json) {
    io.out(JSON.stringify(toJson(report), null, 2));
    return;
  }
  report.paragraphs.forEach((paragraph, i) => {
    if (i > 0) io.out('');
    const part = paragraph.part ? `, ${paragraph.part}` : '';
    io.out(`Word paragraph ${paragraph.position + 1}${part}: ${paragraph.text.length > 70 ? `${paragraph.text.slice(0, 70)}...` : paragraph.text}`);
    for (const line of describeParagraphCheck(index, paragraph, lang, 'en')) io.out(`  ${line.replace(/\u00a0/g, ' ')}`);
  });
  if (request.out !== undefined) io.out(`\nAnnotated copy: ${userPath(request.out)}`);
}
