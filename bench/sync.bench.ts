import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { $getRoot, $isElementNode } from 'lexical';
import { connectTestClient, waitFor, type TestClient } from '../host/sync/testing/syncClient';
import { $getDraftSection, $initDraftStructure } from '../renderer/editor/draftStructure';
import { SharedDraftClient } from '../renderer/editor/testing/sharedDraftClients';
import { formatFigures } from './support/percentiles';

const EDITS = 100;
const DRAFTS = 100;
const CLIENTS_ON_ONE_DRAFT = 10;
const TOKEN = 'bench-token-'.padEnd(43, 'x');

/**
 * The sync server as a delegation runs it (its own process): latency from an edit in one draft
 * editor to the other co-drafter's editor state (two headless Lexical editors bound by
 * @lexical/yjs, each with its Hocuspocus provider), and the server's memory with 100 drafts open
 * and 10 co-drafters on one of them.
 */
export default async function benchSync(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sync-bench-'));
  const server = spawn(process.execPath, ['--import', 'tsx', 'host/sync/main.ts', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let port = 0;
  const connections: TestClient[] = [];
  const connect = (room: string) => {
    const client = connectTestClient(port, room, TOKEN);
    connections.push(client);
    return client;
  };
  try {
    port = await new Promise<number>((resolve) =>
      server.stdout!.on('data', (chunk: Buffer) => {
        const printed = /listening on ws:\/\/[\d.]+:(\d+)/.exec(chunk.toString());
        if (printed) resolve(Number(printed[1]));
      }),
    );
    const idleKb = await residentKb(server.pid!);

    const room = 'bench_latency_room_0001';
    const [a, b] = [connect(room), connect(room)];
    await Promise.all([a.ready, b.ready]);
    const writer = new SharedDraftClient(a.doc);
    const reader = new SharedDraftClient(b.doc);
    writer.editor.update($initDraftStructure, { discrete: true });
    await waitFor(() => reader.editor.getEditorState().read(() => !$getRoot().isEmpty()));
    await writer.startRules();
    await reader.startRules();
    const latencies: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const word = `mot${i} `;
      const seen = new Promise<number>((resolve) => {
        const stop = reader.editor.registerUpdateListener(({ editorState }) => {
          if (!editorState.read(() => $getRoot().getTextContent().includes(word))) return;
          stop();
          resolve(performance.now());
        });
      });
      const start = performance.now();
      writer.editor.update(
        () => {
          const paragraph = $getDraftSection('operative').getFirstChild();
          if ($isElementNode(paragraph)) paragraph.selectEnd().insertText(word);
        },
        { discrete: true },
      );
      latencies.push((await seen) - start);
    }
    console.log(`edit to the other co-drafter's editor, through the server on 127.0.0.1: ${formatFigures(latencies, { digits: 1 })} over ${EDITS} edits`);

    const drafts = Array.from({ length: DRAFTS }, (_, i) => connect(`bench_draft_room_${String(i).padStart(4, '0')}`));
    await Promise.all(drafts.map((client) => client.ready));
    drafts.forEach((client, i) => client.doc.getText('t').insert(0, `Projet ${i}: `.padEnd(2000, 'texte ')));
    const onOne = Array.from({ length: CLIENTS_ON_ONE_DRAFT }, () => connect('bench_draft_room_0000'));
    await Promise.all(onOne.map((client) => client.ready));
    await waitFor(() => [...drafts, ...onOne].every((client) => !client.provider.hasUnsyncedChanges), 30_000);
    const loadedKb = await residentKb(server.pid!);
    console.log(
      `sync server memory (resident): ${(idleKb / 1024).toFixed(0)} MB idle, ${(loadedKb / 1024).toFixed(0)} MB with ${DRAFTS} drafts of 2 kB open and ${CLIENTS_ON_ONE_DRAFT} clients on one (${connections.length} connections)`,
    );
  } finally {
    for (const client of connections) client.destroy();
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Resident memory of a process (Linux /proc); NaN elsewhere. */
async function residentKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
}
