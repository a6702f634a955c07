import { encodeBase64 } from '../../shared/export/docxFile';
import type { DeskHost, DeskHostMethod, PickedImportFile, PickImportFilesRequest, SaveFileRequest, SaveFileResult } from '../../shared/host/DeskHost';
import { IMPORTABLE_EXTENSIONS, isImportableName } from '../../shared/import/importableFiles';
import { MAX_IMPORT_BYTES } from '../../shared/import/importLimits';
import { DESK_HOST_API_PREFIX, DESK_HOST_TOKEN_HEADER, type DeskHostReply, forwardDeskHost, unwrapDeskHostReply } from '../../shared/host/transport';
import { HostError, hostErrorInfoOf } from '../../shared/host/hostError';
import type { HostSocket } from './HostSocket';

/**
 * The web mode's DeskHost: each method is a call over the page's socket to the server that served
 * it, or, while that socket is not open, `POST /api/<method>`.
 */
export function createWebDeskHost(token: string, socket: HostSocket | null): DeskHost {
  const remote = forwardDeskHost(async (method, argument) => unwrapDeskHostReply(await (socket?.call(method, argument) ?? callOverHttp(token, method, argument))));
  return { ...remote, saveFile: downloadFile, pickImportFiles: pickFilesInPage };
}

async function callOverHttp(token: string, method: DeskHostMethod, argument: unknown): Promise<DeskHostReply> {
  let response: Response;
  try {
    response = await fetch(`${DESK_HOST_API_PREFIX}${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [DESK_HOST_TOKEN_HEADER]: token },
      body: argument === undefined ? '' : JSON.stringify(argument),
    });
  } catch (error) {
    // The same port and token come back when the web mode restarts: the caller can simply try again.
    throw new HostError('host.unreachable', error instanceof Error ? error.message : String(error));
  }
  const reply = (await response.json().catch(() => null)) as DeskHostReply | null;
  if (reply === null) throw new HostError('host.failed', `The server answered ${response.status} without a readable reply.`);
  return reply;
}

/** In a browser the host cannot show a save dialog: the bytes are handed to the browser as a download. */
async function downloadFile(request: SaveFileRequest): Promise<SaveFileResult> {
  try {
    const bytes = Uint8Array.from(atob(request.base64), (char) => char.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: request.mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = request.suggestedName;
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is ample for a local blob.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { saved: true, location: request.suggestedName };
  } catch (error) {
    return { saved: false, reason: 'error', error: hostErrorInfoOf(error) };
  }
}

/**
 * In a browser the page chooses files itself, through a file input (several at once, or a folder
 * in the input's directory mode), and reads them; the server never sees them. Must be called from
 * the click that asked for it.
 */
function pickFilesInPage(request: PickImportFilesRequest = {}): Promise<PickedImportFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = IMPORTABLE_EXTENSIONS.map((extension) => `.${extension}`).join(',');
    // A folder's files come with its other files (pictures, spreadsheets): only importable ones are kept.
    input.webkitdirectory = request.folder === true;
    const chosen = () => [...(input.files ?? [])].filter((file) => !input.webkitdirectory || isImportableName(file.name));
    input.style.display = 'none';
    const finish = (files: PickedImportFile[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('cancel', () => finish([]));
    input.addEventListener('change', () => void Promise.all(chosen().map(readPicked)).then(finish));
    document.body.append(input);
    input.click();
  });
}

async function readPicked(file: File): Promise<PickedImportFile> {
  if (file.size > MAX_IMPORT_BYTES) return { name: file.name, size: file.size, base64: null, problem: 'too-large' };
  try {
    return { name: file.name, size: file.size, base64: encodeBase64(new Uint8Array(await file.arrayBuffer())), problem: null };
  } catch {
    return { name: file.name, size: file.size, base64: null, problem: 'unreadable' };
  }
}
