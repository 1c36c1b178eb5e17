import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from '../../src/renderer/format/format';
import { maskNik } from '../../src/renderer/format/mask-nik';
import { bytesToBase64, fileToBase64 } from '../../src/renderer/state/file-to-base64';

describe('formatting', () => {
  it('masks the middle of a NIK', () => {
    expect(maskNik('3315014508900001')).toBe('3315••••••••0001');
  });

  it('writes dates as dd/mm/yyyy without shifting the day', () => {
    expect(formatDate('1968-08-05', 'id')).toBe('05/08/1968');
    expect(formatDate('1968-08-05', 'en')).toBe('05/08/1968');
    expect(formatDate('not a date', 'id')).toBe('not a date');
    expect(formatDateTime('2025-03-04T05:06:07Z', 'id')).toMatch(/^04\/03\/2025/);
  });

  it('writes numbers with the separators of the language', () => {
    expect(formatNumber(20000, 'id')).toBe('20.000');
    expect(formatNumber(3.45, 'id')).toBe('3,45');
    expect(formatNumber(20000, 'en')).toBe('20,000');
  });
});

describe('base64 of a chosen file', () => {
  it('matches a one-shot encoding at every chunk boundary', async () => {
    for (const size of [0, 1, 2, 3, 12287, 12288, 12289, 196607, 196608, 196609, 600_001]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 7919 + 13) & 0xff);
      const expected = Buffer.from(bytes).toString('base64');
      expect(bytesToBase64(bytes)).toBe(expected);
      expect(await fileToBase64(new Blob([bytes]))).toBe(expected);
    }
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await fileToBase64(new Blob([new Uint8Array(500_000)]), (fraction) => seen.push(fraction));
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(2);
  });
});
