import { describe, expect, it } from 'vitest';
import { HostError, hostErrorInfoOf, readHostErrorInfo } from './hostError';
import { DESK_HOST_METHODS } from './DeskHost';
import { bridgeDeskHost, forwardDeskHost, unwrapDeskHostReply } from './transport';

describe('host errors across the transport', () => {
  it('keeps a HostError’s code, parameters and detail', () => {
    const error = new HostError('library.languageHeld', 'CTOC/COP/WG.7/2022/2 is already in the library in English.', { symbol: 'CTOC/COP/WG.7/2022/2', lang: 'en' });
    expect(hostErrorInfoOf(error)).toEqual({ code: 'library.languageHeld', params: { symbol: 'CTOC/COP/WG.7/2022/2', lang: 'en' }, detail: error.message });
  });

  it('reads what a file system error means for the delegate from Node’s code, and words anything else generically', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    expect(hostErrorInfoOf(full)).toEqual({ code: 'disk.full', detail: full.message });
    expect(hostErrorInfoOf(new TypeError('x is undefined'))).toEqual({ code: 'host.failed', detail: 'x is undefined' });
  });

  it('rethrows a reply’s error as a HostError, and a code this window does not know as host.failed', () => {
    expect(() => unwrapDeskHostReply({ error: { code: 'disk.full' } })).toThrow(expect.objectContaining({ code: 'disk.full' }) as Error);
    expect(readHostErrorInfo({ code: 'future.code', detail: 'from a newer host' })).toEqual({ code: 'host.failed', detail: 'from a newer host' });
    expect(readHostErrorInfo('plain text')).toEqual({ code: 'host.failed', detail: 'plain text' });
  });

  it('crosses a bridge that only carries replies (as Electron’s contextBridge does) with its code intact', async () => {
    const bridge = bridgeDeskHost(async () => ({ error: new HostError('draft.missing', 'gone').info }));
    expect(Object.keys(bridge).sort()).toEqual([...DESK_HOST_METHODS].sort());
    const host = forwardDeskHost(async (method, argument) => unwrapDeskHostReply(await bridge[method](argument)));
    await expect(host.openDraft({ id: 'x' })).rejects.toMatchObject({ name: 'HostError', code: 'draft.missing', message: 'gone' });
  });
});
