import { describe, expect, it } from 'vitest';
import { journalKindKey } from '../../../src/renderer/components/journal-kind';
import en from '../../../src/renderer/i18n/locales/en.json';
import id from '../../../src/renderer/i18n/locales/id.json';
import { EVENT_SCHEMAS } from '../../../src/shared/journal/events';

type Tree = { [key: string]: string | Tree };

/** The text at a dotted key, or undefined. */
function at(tree: Tree, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}

describe('journal kind labels', () => {
  it('name every entry kind this build writes, in both languages', () => {
    for (const kind of Object.keys(EVENT_SCHEMAS)) {
      const key = journalKindKey(kind);
      expect(key, kind).not.toBeNull();
      expect(typeof at(id as Tree, key!), `id ${kind}`).toBe('string');
      expect(typeof at(en as Tree, key!), `en ${kind}`).toBe('string');
    }
    expect(journalKindKey('mystery.kind')).toBeNull();
  });
});
