import type { CorpusIndex } from '../../../shared/corpus/corpusIndex';
import type { Corpus, CorpusDocument, Paragraph } from '../../../shared/corpus/model';
import type { DeskHost } from '../../../shared/host/DeskHost';
import { HostError } from '../../../shared/host/hostError';
import type { PrecedentCatalog } from '../../../shared/query/PrecedentCatalog';
import { toHostErrorInfo } from '../../messages/hostErrorInfo';

/** The host answers at most this many ids per call. */
export const MAX_IDS_PER_CALL = 5000;

/**
 * The paragraphs the window has asked the host for, each with its family (ancestors, sub-items,
 * chapeau, neighbours), and a CorpusIndex over only them and the catalog's documents and themes:
 * what the citations, the detail, the draft and export read, without the whole library. Ids asked
 * for in the same turn go in one call (several past the host's cap); an id already asked for is
 * not asked again. Paragraphs are only ever added, and a paragraph never changes once here (a new
 * library makes a new cache). The index is a new object after each addition (over the same
 * growing maps), so React can subscribe to it (`subscribe`, `index`) and memos keyed on it redo.
 */
export class ParagraphCache {
  private current: CorpusIndex;
  private readonly listeners = new Set<() => void>();
  private readonly paragraphs = new Map<string, Paragraph>();
  private readonly documents = new Map<string, CorpusDocument>();
  private readonly rows = new Map<string, number>();
  /** Each document's place in the catalog, the corpus's order of documents. */
  private readonly documentOrder = new Map<string, number>();
  /** Ids the host was asked for and answered (present or not): never asked again. */
  private readonly answered = new Set<string>();
  /** Ids asked for and not yet answered, with the call that brings them. */
  private readonly pending = new Map<string, Promise<void>>();
  private queued: { ids: Set<string>; sent: Promise<void> } | null = null;
  /**
   * One promise per list of ids while it loads, so a suspended component waits on the same one; a
   * failed one stays until forgetFailures, so React's `use` sees it rejected and shows the error
   * rather than asking again at every render.
   */
  private readonly loading = new Map<string, Promise<void>>();
  private readonly failed = new Set<string>();

  constructor(
    private readonly host: Pick<DeskHost, 'paragraphsWithFamily'>,
    catalog: Pick<PrecedentCatalog, 'documents' | 'themes' | 'coverage'>,
  ) {
    for (const { paragraphCount: _count, ...document } of catalog.documents) {
      this.documentOrder.set(document.id, this.documentOrder.size);
      this.documents.set(document.id, { ...document, paragraphIds: [] });
    }
    const documentsByKey = new Map<string, CorpusDocument>();
    for (const document of this.documents.values()) {
      documentsByKey.set(document.shortKey, document);
      if (document.symbol) documentsByKey.set(document.symbol, document);
    }
    const corpus: Corpus = { documents: [...this.documents.values()], paragraphs: [], themes: catalog.themes, dataQuality: [], coverage: catalog.coverage };
    this.current = { corpus, paragraphs: this.paragraphs, documents: this.documents, themes: new Map(catalog.themes.map((theme) => [theme.id, theme])), byCompendiumRef: new Map(), documentsByKey };
  }

  /** The paragraphs held, as an index: a new object each time some were added. */
  get index(): CorpusIndex {
    return this.current;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Brings the paragraphs, then gives the index holding them (export, compile: what they read at once). */
  async indexWith(ids: readonly string[]): Promise<CorpusIndex> {
    await this.load(ids);
    return this.current;
  }

  /** Whether every id was answered (found or known not to exist): then the index holds what it can of them. */
  has(ids: readonly string[]): boolean {
    return ids.every((id) => this.answered.has(id));
  }

  /** Resolves once every id is answered; rejects with the host's error (a HostError) if a call failed. */
  load(ids: readonly string[]): Promise<void> {
    const waits = new Set<Promise<void>>();
    for (const id of ids) {
      if (this.answered.has(id)) continue;
      const pending = this.pending.get(id);
      if (pending) {
        waits.add(pending);
        continue;
      }
      const batch = this.queue();
      batch.ids.add(id);
      this.pending.set(id, batch.sent);
      waits.add(batch.sent);
    }
    return Promise.all(waits).then(() => undefined);
  }

  /** The same promise for the same ids until it settles: what React's `use` waits on. */
  loaded(ids: readonly string[]): Promise<void> {
    const key = ids.join('\n');
    let promise = this.loading.get(key);
    if (!promise) {
      promise = this.load(ids);
      this.loading.set(key, promise);
      promise.then(
        () => this.loading.delete(key),
        () => this.failed.add(key),
      );
    }
    return promise;
  }

  /** Lets the lists of ids whose call failed be asked for again (a retry). */
  forgetFailures(): void {
    for (const key of this.failed) this.loading.delete(key);
    this.failed.clear();
  }

  private queue(): { ids: Set<string>; sent: Promise<void> } {
    if (this.queued) return this.queued;
    const ids = new Set<string>();
    // Sent after the current turn, so the ids every component asks for while rendering go together.
    const sent = Promise.resolve().then(() => {
      this.queued = null;
      return this.send([...ids]);
    });
    this.queued = { ids, sent };
    return this.queued;
  }

  private async send(ids: string[]): Promise<void> {
    try {
      const calls: Promise<void>[] = [];
      for (let start = 0; start < ids.length; start += MAX_IDS_PER_CALL) {
        const chunk = ids.slice(start, start + MAX_IDS_PER_CALL);
        calls.push(this.host.paragraphsWithFamily({ ids: chunk }).then(({ paragraphs, rows }) => this.add(chunk, paragraphs, rows)));
      }
      await Promise.all(calls);
    } catch (error) {
      throw error instanceof HostError ? error : HostError.from(toHostErrorInfo(error));
    } finally {
      // Answered ids are kept; failed ones may be asked again.
      for (const id of ids) this.pending.delete(id);
    }
  }

  private add(asked: readonly string[], paragraphs: readonly Paragraph[], rows: readonly number[]): void {
    const changed = new Set<CorpusDocument>();
    paragraphs.forEach((paragraph, at) => {
      this.answered.add(paragraph.id);
      if (this.paragraphs.has(paragraph.id)) return;
      this.paragraphs.set(paragraph.id, paragraph);
      this.rows.set(paragraph.id, rows[at]!);
      this.current.corpus.paragraphs.push(paragraph);
      if (paragraph.compendiumRef && paragraph.compendiumPart) (this.current.byCompendiumRef as Map<string, Paragraph>).set(`${paragraph.compendiumPart}:${paragraph.compendiumRef}`, paragraph);
      const document = this.documents.get(paragraph.docId);
      if (document) {
        document.paragraphIds.push(paragraph.id);
        changed.add(document);
      }
    });
    for (const id of asked) this.answered.add(id);
    // A document's paragraphs held here, in document order: what citations sort by and the neighbours read.
    for (const document of changed) document.paragraphIds.sort((a, b) => this.rows.get(a)! - this.rows.get(b)!);
    if (paragraphs.length === 0) return;
    // In the corpus's order, as the whole corpus lists them (compilations follow it).
    const position = (paragraph: Paragraph) => this.documentOrder.get(paragraph.docId) ?? Infinity;
    this.current.corpus.paragraphs.sort((a, b) => position(a) - position(b) || this.rows.get(a.id)! - this.rows.get(b.id)!);
    this.current = { ...this.current };
    for (const listener of this.listeners) listener();
  }
}
