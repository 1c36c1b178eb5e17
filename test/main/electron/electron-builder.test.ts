import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
// js-yaml and app-builder-lib come with electron-builder; nothing extra is installed for this test.
const fromBuilder = createRequire(
  createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'),
);
const yaml = fromBuilder('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = fromBuilder('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asarUnpack: string[];
  npmRebuild?: boolean;
  beforeBuild?: string;
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: TargetEntry[] };
  nsis: Record<string, unknown>;
  linux: { icon: string; category: string; maintainer: string; target: TargetEntry[] };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const resources = join(root, config.directories.buildResources);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it("matches electron-builder's own configuration schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('the schema check can fail', async () => {
    const broken = { ...config, nsis: { ...config.nsis, oneClik: false } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /oneClik|nsis/,
    );
  });

  it('names the app and its folders', () => {
    expect(config.appId).toBe('id.go.panitia.app');
    expect(config.productName).toBe('Panitia');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'resources/build' });
  });

  it('builds an assisted per-user NSIS installer and a portable exe for Windows', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds an AppImage and a deb for Linux, filed under Office', () => {
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('flips the hardening fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packs only the build output, never sources, tests or the web transport', () => {
    const included = config.files.filter((f) => !f.startsWith('!'));
    expect(included).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']);
    expect(config.files.join(' ')).not.toMatch(/src\/main\/web|out\/web/);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('rebuilds native modules only at pack time, never on install', () => {
    expect(config.npmRebuild).not.toBe(false);
    expect(config.beforeBuild && existsSync(join(root, config.beforeBuild))).toBe(true);
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.postinstall ?? '').not.toMatch(
      /install-app-deps|electron-rebuild|@electron\/rebuild/,
    );
    expect(scripts.postdist).toBe('npm rebuild better-sqlite3');
  });

  it('has real icons: 512 and 256 px PNGs for Linux, an ICO for Windows', () => {
    expect(pngSize(join(resources, config.linux.icon, '512x512.png'))).toEqual([512, 512]);
    expect(pngSize(join(resources, config.linux.icon, '256x256.png'))).toEqual([256, 256]);
    const ico = readFileSync(join(resources, config.win.icon));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBeGreaterThan(0);
    expect(existsSync(join(resources, 'icon.svg'))).toBe(true);
  });
});

describe('the beforeBuild hook', () => {
  it('drops npm_config_nodedir so node-gyp builds against Electrons headers, and lets the rebuild go on', async () => {
    const hook = createRequire(join(root, 'package.json'))(
      join(root, config.beforeBuild ?? ''),
    ) as () => Promise<boolean>;
    process.env.npm_config_nodedir = '/usr';
    try {
      await expect(hook()).resolves.toBe(true);
      expect(process.env.npm_config_nodedir).toBeUndefined();
    } finally {
      delete process.env.npm_config_nodedir;
    }
  });
});
