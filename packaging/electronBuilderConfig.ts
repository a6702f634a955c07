import { applyElectronFuses } from './electronFuses';

/**
 * electron-builder's configuration (https://www.electron.build/configuration), passed to its API
 * by scripts/package.ts. Installers an IT service can deploy to every user of a machine: NSIS and
 * MSI (Windows), DMG (macOS), AppImage and .deb (Linux). No signing identity or publisher is
 * configured: they belong to whoever distributes the installers (README, "Installers").
 */
export const ELECTRON_BUILDER_CONFIG = {
  appId: 'org.precedentdesk.desk',
  productName: 'Precedent Desk',
  directories: { output: 'dist/installers' },
  // What the app reads at run time: the two bundles, the built renderer and the bundled sources.
  // Production dependencies are added by electron-builder itself (native modules among them).
  files: ['package.json', 'dist/electron/**', 'dist/renderer/**', 'data/sources/**', '!**/*.map'],
  // One archive the ASAR integrity fuse can check; native modules cannot be loaded from inside it.
  asar: true,
  asarUnpack: ['**/*.node'],
  // Rebuilds native production dependencies (better-sqlite3) against Electron's ABI, with
  // @electron/rebuild and Electron's headers, before they are packed.
  npmRebuild: true,
  afterPack: applyElectronFuses,
  win: { target: ['nsis', 'msi'] },
  nsis: { oneClick: false, perMachine: true, allowToChangeInstallationDirectory: true },
  msi: { perMachine: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', hardenedRuntime: true },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    maintainer: 'Precedent Desk',
    synopsis: 'Bilingual drafting desk for agreed UN language',
  },
} as const;
