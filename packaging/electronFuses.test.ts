import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyElectronFuses, ELECTRON_FUSES, type PackedApp, packedElectronBinary } from './electronFuses';

const flipFuses = vi.hoisted(() => vi.fn(async () => 1));
vi.mock('@electron/fuses', async (importOriginal) => ({ ...(await importOriginal<object>()), flipFuses }));

function packed(platform: string): PackedApp {
  return {
    electronPlatformName: platform,
    appOutDir: '/out/app',
    packager: { appInfo: { productFilename: 'Precedent Desk' }, executableName: 'precedent-desk' },
  };
}

describe('Electron fuses of the packaged app', () => {
  it('turns off running as Node, NODE_OPTIONS, inspect arguments and file:// privileges', () => {
    expect(ELECTRON_FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(ELECTRON_FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(ELECTRON_FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(ELECTRON_FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(ELECTRON_FUSES[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false);
  });

  it('turns on cookie encryption, ASAR integrity and loading only from the ASAR', () => {
    expect(ELECTRON_FUSES[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(ELECTRON_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(ELECTRON_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('decides every fuse @electron/fuses knows, and fails the build on one it does not', () => {
    const known = Object.values(FuseV1Options).filter((value): value is FuseV1Options => typeof value === 'number');
    for (const fuse of known) expect(typeof ELECTRON_FUSES[fuse], FuseV1Options[fuse]).toBe('boolean');
    expect(ELECTRON_FUSES.version).toBe(FuseVersion.V1);
    expect(ELECTRON_FUSES.strictlyRequireAllFuses).toBe(true);
  });
});

describe('afterPack hook', () => {
  beforeEach(() => flipFuses.mockClear());

  it('finds the Electron binary of each platform', () => {
    expect(packedElectronBinary(packed('linux'))).toBe('/out/app/precedent-desk');
    expect(packedElectronBinary(packed('win32'))).toBe('/out/app/Precedent Desk.exe');
    expect(packedElectronBinary(packed('darwin'))).toBe('/out/app/Precedent Desk.app');
    expect(packedElectronBinary(packed('mas'))).toBe('/out/app/Precedent Desk.app');
  });

  it('flips exactly the exported fuse list, re-signing ad hoc on macOS only', async () => {
    await applyElectronFuses(packed('linux'));
    await applyElectronFuses(packed('darwin'));
    expect(flipFuses).toHaveBeenNthCalledWith(1, '/out/app/precedent-desk', { ...ELECTRON_FUSES, resetAdHocDarwinSignature: false });
    expect(flipFuses).toHaveBeenNthCalledWith(2, '/out/app/Precedent Desk.app', { ...ELECTRON_FUSES, resetAdHocDarwinSignature: true });
  });
});
