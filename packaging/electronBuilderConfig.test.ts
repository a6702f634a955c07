import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELECTRON_BUILDER_CONFIG as config } from './electronBuilderConfig';
import { applyElectronFuses } from './electronFuses';

const rootPackage = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const toolchain = JSON.parse(readFileSync(new URL('./toolchain/package.json', import.meta.url), 'utf8'));
const toolchainLock = JSON.parse(readFileSync(new URL('./toolchain/package-lock.json', import.meta.url), 'utf8'));

describe('electron-builder configuration', () => {
  it('packs the app into one ASAR, native modules unpacked and rebuilt for Electron', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(true);
  });

  it('flips the fuses after packing', () => {
    expect(config.afterPack).toBe(applyElectronFuses);
  });

  it('ships what the main process loads: its bundle, the renderer and the bundled sources', () => {
    expect(rootPackage.main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**', 'data/sources/**']));
    // No sources, tests or tooling inside the installer.
    for (const pattern of config.files) expect(pattern).not.toMatch(/^(electron|host|shared|renderer|e2e|scripts|packaging)\//);
  });

  it('makes installers for Windows, macOS and Linux, per machine where the system allows', () => {
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.nsis.perMachine).toBe(true);
    expect(config.msi.perMachine).toBe(true);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.directories.output).toBe('dist/installers');
  });

  it('builds with one exact electron-builder version, locked, outside the project’s dependencies', () => {
    const version = toolchain.devDependencies['electron-builder'];
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(toolchainLock.packages['node_modules/electron-builder'].version).toBe(version);
    expect(rootPackage.devDependencies).not.toHaveProperty('electron-builder');
    expect(rootPackage.scripts.package).toBe('tsx scripts/package.ts');
  });
});
