import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFiles } from '../../../../src/main/core/documents/pdf-document';
import { RESOURCES_DIR } from '../../../helpers/resources';

const root = join(__dirname, '../../../..');
// js-yaml comes with electron-builder, as in test/main/electron/electron-builder.test.ts.
const yaml = createRequire(
  createRequire(join(root, 'package.json')).resolve('electron-builder/package.json'),
)('js-yaml') as { load(text: string): unknown };

describe('the fonts of printed documents', () => {
  it('are TrueType files in resources/fonts with their licence beside them', () => {
    for (const file of Object.values(fontFiles(RESOURCES_DIR))) {
      // The TrueType signature: version 1.0 (00 01 00 00).
      expect(readFileSync(file).readUInt32BE(0)).toBe(0x00010000);
    }
    const licence = readFileSync(
      join(RESOURCES_DIR, 'fonts', 'LICENSE-LiberationSans.txt'),
      'utf8',
    );
    expect(licence).toContain(
      'As a special exception, if you create a document which uses this font',
    );
    expect(licence).toContain('GNU GENERAL PUBLIC LICENSE');
  });

  it('ship with the packaged app, where resourcesDir() finds them', () => {
    const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
      extraResources: Array<{ from: string; to: string }>;
    };
    expect(config.extraResources).toContainEqual({
      from: 'resources/fonts',
      to: 'resources/fonts',
    });
    expect(existsSync(join(root, 'resources/fonts'))).toBe(true);
  });
});
