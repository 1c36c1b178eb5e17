import { describe, expect, it } from 'vitest';
import en from '../../../src/renderer/i18n/locales/en.json';
import id from '../../../src/renderer/i18n/locales/id.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('locales', () => {
  const ids = flatten(id as Tree);
  const ens = flatten(en as Tree);

  it('have exactly the same keys', () => {
    expect([...ens.keys()].sort()).toEqual([...ids.keys()].sort());
  });

  it('have no empty values', () => {
    for (const [locale, entries] of [
      ['id', ids],
      ['en', ens],
    ] as const) {
      const empty = [...entries]
        .filter(([, value]) => value.trim() === '')
        .map(([key]) => `${locale}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...ids].filter(
      ([key, value]) =>
        JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(ens.get(key) ?? '')),
    );
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });
});
