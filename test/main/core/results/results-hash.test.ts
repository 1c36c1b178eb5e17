import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../src/shared/canonical-json';
import { defaultResultsConfig, type ResultsInput } from '../../../../src/shared/results/input';
import {
  canonicalResultsInput,
  hashResultsInput,
} from '../../../../src/main/core/results/results-hash';

const sheet = (id: string, assessorId: string, version: number) => ({
  id,
  componentKey: 'wawancara',
  assessorId,
  version,
  supersedes: null,
  total: { numerator: 80, denominator: 1 },
  submittedAt: '2024-11-12T08:30:00.000Z',
});

const candidate = (id: string, nomorPeserta: string, sheets: ReturnType<typeof sheet>[]) => ({
  id,
  nomorPeserta,
  nama: `Peserta ${nomorPeserta}`,
  formasiId: 'f1',
  tanggalLahir: '1995-01-01',
  ipk: 3.5,
  nilaiIjazah: null,
  skd: null,
  catPppk: null,
  external: {},
  attendance: 'hadir' as const,
  sheets,
});

const input: ResultsInput = {
  config: defaultResultsConfig(),
  formasi: [],
  candidates: [
    candidate('c2', '002', [sheet('s3', 'a2', 1), sheet('s1', 'a1', 1)]),
    candidate('c1', '001', [sheet('s2', 'a1', 1)]),
  ],
};

describe('the results hash', () => {
  it('is the SHA-256 of the canonical JSON of the input in canonical order', () => {
    const ordered = canonicalResultsInput(input);
    expect(ordered.candidates.map((c) => c.nomorPeserta)).toEqual(['001', '002']);
    expect(ordered.candidates[1]!.sheets.map((s) => s.id)).toEqual(['s1', 's3']);
    const expected = createHash('sha256').update(canonicalJson(ordered)).digest('hex');
    expect(hashResultsInput(input)).toBe(expected);
  });

  it('does not depend on the order rows were read in, but on every value', () => {
    const reversed: ResultsInput = {
      ...input,
      candidates: [...input.candidates]
        .reverse()
        .map((c) => ({ ...c, sheets: [...c.sheets].reverse() })),
    };
    expect(hashResultsInput(reversed)).toBe(hashResultsInput(input));
    const changed: ResultsInput = {
      ...input,
      candidates: input.candidates.map((c, i) => (i === 0 ? { ...c, ipk: 3.51 } : c)),
    };
    expect(hashResultsInput(changed)).not.toBe(hashResultsInput(input));
  });
});
