import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CanonicalJsonError } from '../../src/shared/canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('matches the RFC 8785 number examples', () => {
    expect(canonicalJson([1e-7, 0.1, -0, 100, 1.5, -3, 333333333.3333333, 4.5e-300])).toBe(
      '[1e-7,0.1,0,100,1.5,-3,333333333.3333333,4.5e-300]',
    );
  });

  it('sorts keys by UTF-16 code units as RFC 8785 requires', () => {
    expect(canonicalJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '1': 4, a: 5 })).toBe(
      '{"\\r":2,"1":4,"a":5,"€":1,"😀":3}',
    );
  });

  it('normalises strings and keys to NFC', () => {
    expect(canonicalJson({ 'e\u0301': 'Sit\u0131 e\u0301' })).toBe(canonicalJson({ é: 'Sitı é' }));
  });

  it('escapes control characters as JSON does', () => {
    expect(canonicalJson('a"b\\c\n\u0001')).toBe('"a\\"b\\\\c\\n\\u0001"');
  });

  it('leaves out undefined properties', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an unsafe integer', 2 ** 53],
    ['an integer-valued double beyond 2^53', 1e21],
    ['a Date', new Date(0)],
    ['a lone surrogate', '\ud800'],
    ['undefined in an array', [undefined]],
    ['a bigint', 1n],
    ['keys equal after NFC', { 'e\u0301': 1, é: 2 }],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
  });

  it('is stable under key order and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ noUnicodeString: false }), (value) => {
        let text: string;
        try {
          text = canonicalJson(value);
        } catch (error) {
          // Only values outside the canonical domain may be refused.
          expect(error).toBeInstanceOf(CanonicalJsonError);
          return;
        }
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(text).not.toMatch(/^\s|\s$/);
      }),
    );
  });

  it('gives the same text for objects built in any key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
  });
});
