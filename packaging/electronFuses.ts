import { type FuseV1Config, FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses';
import { join } from 'node:path';

/**
 * The fuses flipped in every packaged binary (they cannot be set on `npm start`'s Electron, and
 * Playwright's Electron launcher needs the inspect arguments this turns off). Every fuse is
 * decided here: `strictlyRequireAllFuses` fails the build when an Electron upgrade adds one.
 */
export const ELECTRON_FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
  [FuseV1Options.RunAsNode]: false,
  // Cookies are encrypted with the OS keychain; the app keeps none, this costs nothing.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone who can start the app inject code into it.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar checked against the hash electron-builder embeds (macOS and Windows; no effect on Linux)...
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // ...and the app loaded from app.asar only, so the check cannot be sidestepped with a loose folder.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The window loads app://, never file://: file pages need no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
} as const satisfies FuseV1Config;

/** The part of electron-builder's AfterPackContext this hook reads. */
export interface PackedApp {
  electronPlatformName: string;
  appOutDir: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}

/** The Electron binary inside the packed app, before installers are made and before signing. */
export function packedElectronBinary(packed: PackedApp): string {
  const { electronPlatformName: platform, appOutDir, packager } = packed;
  if (platform === 'darwin' || platform === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (platform === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

/** electron-builder's afterPack hook: it runs before signing, so the signature covers the fuses. */
export async function applyElectronFuses(packed: PackedApp): Promise<void> {
  const isMac = packed.electronPlatformName === 'darwin' || packed.electronPlatformName === 'mas';
  // Flipping a fuse breaks the ad-hoc signature Apple silicon requires to launch an unsigned build.
  await flipFuses(packedElectronBinary(packed), { ...ELECTRON_FUSES, resetAdHocDarwinSignature: isMac });
}
