import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import { printReport } from '../../../../src/main/core/documents/report';
import { reportResults } from '../../../../src/main/core/documents/report-results';
import { displayScore, rankCell } from '../../../../src/main/core/documents/result-cells';
import { rubricCell } from '../../../../src/main/core/documents/reports/rekap';
import { setPlan } from '../../../../src/main/core/plans/commands';
import { findPlan } from '../../../../src/main/core/plans/queries';
import { gatherResultsInput } from '../../../../src/main/core/results/gather-input';
import { resultsHash } from '../../../../src/main/core/results/results-hash';
import { listSelections } from '../../../../src/main/core/selections/queries';
import type { Store } from '../../../../src/main/core/store/open-store';
import type { ReportKind } from '../../../../src/shared/domain/report';
import type { Language } from '../../../../src/shared/i18n/errors';
import { describeResultStatus } from '../../../../src/shared/i18n/result-labels';
import { computeResults } from '../../../../src/shared/results/compute';
import type { FormasiResult } from '../../../../src/shared/results/output';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';
import { flat, pageCount, pagesText, pdfFile } from './fixtures';

const SAMPLE = join(__dirname, '../../../../test-results/documents');

interface World {
  store: Store;
  selectionId: string;
  results: FormasiResult[];
}

/** The demo as it comes: every present candidate is ranked. */
let complete: World;
/** The demo with five assessors required on every rubric component: every ranking provisional. */
let demo: World;

async function world(provisional: boolean): Promise<World> {
  const store = await tempStore();
  await createDemo(store, { seed: 1, resourcesDir: RESOURCES_DIR, kdf: FAST_KDF });
  const selectionId = listSelections(store.db)[0]!.id;
  if (provisional) {
    for (const formasi of gatherResultsInput(store.db, selectionId).formasi) {
      const { plan } = findPlan(store.db, formasi.id)!;
      const components = plan.components.map((c) =>
        c.source.type === 'rubric' ? { ...c, source: { ...c.source, minAssessors: 5 } } : c,
      );
      setPlan(store, formasi.id, { ...plan, components }, 'lima penguji');
    }
  }
  return {
    store,
    selectionId,
    results: computeResults(gatherResultsInput(store.db, selectionId)).formasi,
  };
}

beforeAll(async () => {
  complete = await world(false);
  demo = await world(true);
}, 120_000);

function print(w: World, kind: ReportKind, formasiId?: string, language: Language = 'id') {
  return printReport(w.store.db, kind, { formasiId }, RESOURCES_DIR, language);
}

/** Renders every page to PNG (60 dpi) for a person to look at. */
function render(pdf: Buffer, name: string): void {
  mkdirSync(SAMPLE, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', pdfFile(pdf), join(SAMPLE, name)]);
}

/** Every page says "Halaman i dari n" (or "Page i of n") and carries the hash of the store. */
function expectFrame(pdf: Buffer, w: World, language: Language = 'id'): string[] {
  const pages = pagesText(pdf);
  expect(pages).toHaveLength(pageCount(pdf));
  const pattern = language === 'id' ? /Halaman (\d+) dari (\d+)/ : /Page (\d+) of (\d+)/;
  const hash = resultsHash(w.store.db, w.selectionId);
  const label = language === 'id' ? 'Hash hasil' : 'Results hash';
  pages.forEach((page, i) => {
    const [, number, total] = pattern.exec(page) ?? [];
    expect([Number(number), Number(total)]).toEqual([i + 1, pages.length]);
    expect(flat(page)).toContain(`${label}: ${hash}`);
  });
  return pages;
}

/** The formasi of `w` with the most ranked candidates and, if any, a tie. */
function richest(w: World): FormasiResult {
  const score = (f: FormasiResult) =>
    f.candidates.filter((c) => c.rank !== null).length +
    (f.candidates.some((c) => c.tied) ? 100 : 0);
  return [...w.results].sort((a, b) => score(b) - score(a))[0]!;
}

describe('rekap nilai per formasi', () => {
  it('prints each candidate’s rank, status, final and every assessor’s score, with the hash', async () => {
    const formasi = richest(complete);
    const ranked = formasi.candidates.filter((c) => c.rank !== null);
    expect(ranked.length).toBeGreaterThan(1);
    const { pdf, pages: count, fileName } = await print(complete, 'rekap', formasi.formasiId);
    render(pdf, `rekap-${formasi.code.replace(/[^\w-]/g, '_')}`);
    const pages = expectFrame(pdf, complete);
    expect(pages).toHaveLength(count);
    expect(fileName).toBe(`rekap-nilai-${formasi.code.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.pdf`);
    const whole = flat(pages.join('\n'));
    const lines = layoutLines(pdf);
    expect(whole).toContain('REKAPITULASI NILAI');
    for (const candidate of formasi.candidates) {
      const rank = candidate.rank === null ? '—' : `${candidate.rank}${candidate.tied ? '=' : ''}`;
      const final = displayScore(candidate.final, 'id');
      const word = statusWord(candidate);
      // The first line of the row: no, rank, nomor, …, final, the status's first word.
      expect(
        lines.some((line) =>
          rowPattern(rank, candidate.candidate.nomorPeserta, final, word).test(line),
        ),
      ).toBe(true);
      for (const component of candidate.components.filter((c) => c.source === 'rubric')) {
        for (const sheet of component.sheets) {
          const score = displayScore(
            { n: sheet.total.numerator, d: sheet.total.denominator },
            'id',
          );
          expect(whole).toContain(score);
        }
      }
    }
    expect(whole).toContain('Ketua Panitia');
    expect(whole).toContain('Sekretaris');
  });

  it('marks a disagreement past the threshold with (!), and not below it', () => {
    const formasi = complete.results.find((f) =>
      f.candidates.some((c) => c.components.some((k) => k.spread !== null)),
    )!;
    const results = reportResults(complete.store.db, { formasiId: formasi.formasiId });
    const component = formasi.candidates
      .flatMap((c) => c.components)
      .find((k) => k.spread !== null)!;
    const spread = displayScore(component.spread, 'id');
    const calm = rubricCell(results, { ...component, disagreement: false }, 'id');
    const loud = rubricCell(results, { ...component, disagreement: true }, 'id');
    expect(calm).toMatch(new RegExp(`selisih ${escape(spread)}$`));
    expect(loud).toMatch(new RegExp(`selisih ${escape(spread)} \\(!\\)$`));
    // One line per assessor, by name without the degree, then the mean and spread.
    expect(loud.split('\n')).toHaveLength(component.sheets.length + 1);
    for (const sheet of component.sheets) {
      const nama = results.assessors.get(sheet.assessorId)!.nama.split(',')[0]!;
      expect(loud).toContain(
        `${nama}: ${displayScore({ n: sheet.total.numerator, d: sheet.total.denominator }, 'id')}`,
      );
    }
  });

  it('is printed in English too, and refuses without a formasi', async () => {
    const formasi = richest(complete);
    const { pdf } = await print(complete, 'rekap', formasi.formasiId, 'en');
    expect(flat(expectFrame(pdf, complete, 'en').join(' '))).toContain('SCORE RECAPITULATION');
    const error = await asyncAppErrorOf(() => print(complete, 'rekap'));
    expect(error.code).toBe('document.needsFormasi');
  });
});

describe('result cells', () => {
  it('mark a rank tied after the whole chain with "=", and an unranked candidate with "—"', () => {
    const candidate = complete.results[0]!.candidates.find((c) => c.rank !== null)!;
    expect(rankCell({ ...candidate, rank: 3, tied: true }, 'id')).toBe('3=');
    expect(rankCell({ ...candidate, rank: 3, tied: false }, 'id')).toBe('3');
    expect(rankCell({ ...candidate, rank: null, tied: false }, 'en')).toBe('—');
    expect(displayScore({ n: 144581, d: 2000 }, 'id')).toBe('72,291');
    expect(displayScore({ n: 144581, d: 2000 }, 'en')).toBe('72.291');
  });
});

describe('pengumuman hasil', () => {
  it('prints every formasi’s ranking with its status labels, ties marked, with the hash', async () => {
    const { pdf, fileName } = await print(complete, 'pengumuman');
    render(pdf, 'pengumuman-lengkap');
    const pages = expectFrame(pdf, complete);
    expect(fileName).toBe('pengumuman-hasil-semua-formasi.pdf');
    const whole = flat(pages.join('\n'));
    const lines = layoutLines(pdf);
    for (const formasi of complete.results) {
      expect(whole).toContain(`Formasi ${formasi.code} —`);
      for (const candidate of formasi.candidates) {
        const rank =
          candidate.rank === null ? '—' : `${candidate.rank}${candidate.tied ? '=' : ''}`;
        const pattern = new RegExp(
          `^\\s*\\d+\\s+${candidate.candidate.nomorPeserta}\\s+${escape(candidate.candidate.nama)}\\s+${escape(displayScore(candidate.final, 'id'))}\\s+${escape(rank)}\\s+${escape(statusWord(candidate))}`,
        );
        expect(lines.some((line) => pattern.test(line))).toBe(true);
      }
      if (formasi.needsDecision) expect(whole).toContain('PERLU KEPUTUSAN PANITIA');
    }
    expect(complete.results.some((f) => f.candidates.some((c) => c.status === 'lulus'))).toBe(true);
    expect(whole).toContain('P/L — Lulus');
    const provisional = complete.results.filter((f) => f.provisional).length;
    expect(whole.match(/SEMENTARA:/g) ?? []).toHaveLength(provisional);
    expect(whole).toContain('Ketua Panitia');
  });

  it('marks a provisional ranking, and prints one formasi when asked', async () => {
    const formasi = demo.results[0]!;
    expect(formasi.provisional).toBe(true);
    const { pdf, fileName } = await print(demo, 'pengumuman', formasi.formasiId);
    render(pdf, 'pengumuman-sementara');
    const whole = flat(expectFrame(pdf, demo).join('\n'));
    expect(fileName).toContain(formasi.code.replace(/[^\p{L}\p{N}._-]+/gu, '-'));
    expect(whole).toContain('SEMENTARA: masih ada peserta hadir');
    for (const other of demo.results.slice(1))
      expect(whole).not.toContain(`Formasi ${other.code} —`);
  });
});

describe('the session documents', () => {
  it('carry the results hash of the store, which changes with the results input', async () => {
    const sessionId = demo.store.db
      .prepare('SELECT id FROM sessions LIMIT 1')
      .pluck()
      .get() as string;
    const { pdf } = await printReport(
      demo.store.db,
      'daftar-hadir',
      { sessionId },
      RESOURCES_DIR,
      'id',
    );
    expectFrame(pdf, demo);
    expect(resultsHash(demo.store.db, demo.selectionId)).not.toBe(
      resultsHash(complete.store.db, complete.selectionId),
    );
    const error = await asyncAppErrorOf(() =>
      printReport(demo.store.db, 'berita-acara', {}, RESOURCES_DIR, 'id'),
    );
    expect(error.code).toBe('document.needsSession');
  });
});

/** The lines of `pdf` as laid out on the page, so a table row reads as one line. */
function layoutLines(pdf: Buffer): string[] {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfFile(pdf), '-'], {
    encoding: 'utf8',
  }).split('\n');
}

/** The first word the status cell prints: the announcement code, or the meaning's first word. */
function statusWord(candidate: FormasiResult['candidates'][number]): string {
  return candidate.statusLabel ?? describeResultStatus(candidate.status, 'id').split(' ')[0]!;
}

/** A rekap row's first line: no, rank, nomor, …, final, status. */
function rowPattern(rank: string, nomor: string, final: string, word: string): RegExp {
  return new RegExp(
    `^\\s*\\d+\\s+${escape(rank)}\\s+${nomor}\\s.*\\s${escape(final)}\\s+${escape(word)}`,
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
