import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declareConflict } from '../../../../src/main/core/assessors/commands';
import {
  blankSheetsFileName,
  blankSheetsPdf,
} from '../../../../src/main/core/documents/blank-sheets';
import { setPlan } from '../../../../src/main/core/plans/commands';
import { findPlan } from '../../../../src/main/core/plans/queries';
import { createRubric } from '../../../../src/main/core/rubrics/commands';
import type { Language } from '../../../../src/shared/i18n/errors';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { PIN } from '../assessors/fixtures';
import {
  candidateFacts,
  flat,
  NIP_PENGUJI_2,
  PIN_PENGUJI_2,
  pageCount,
  pagesText,
  pdfFile,
  printableSession,
} from './fixtures';

const SAMPLE = join(__dirname, '../../../../test-results/documents');

type Printable = Awaited<ReturnType<typeof printableSession>>;

function print(
  day: Printable,
  options: { candidateIds?: string[]; creationDate?: Date; language?: Language } = {},
) {
  const { language = 'id', ...request } = options;
  return blankSheetsPdf(
    day.store.db,
    { sessionId: day.session.id, ...request },
    RESOURCES_DIR,
    language,
  );
}

/** The pages of each sheet, by the "Lembar i dari n" (or "Page i of n") of their footers. */
function sheets(pages: string[]): string[][] {
  const result: string[][] = [];
  for (const page of pages) {
    const [, i] = /(?:Lembar|Page) (\d+) (?:dari|of) (\d+)/.exec(page) ?? [];
    if (i === '1') result.push([]);
    result.at(-1)?.push(page);
  }
  return result;
}

describe('blank score sheets', () => {
  it('prints one sheet per candidate and assessor with every aspect, anchor and identifier', async () => {
    const day = await printableSession();
    const pdf = await print(day);
    const pages = pagesText(pdf);
    expect(pageCount(pdf)).toBe(pages.length);
    const bySheet = sheets(pages);
    // Three candidates × a panel of two; the template needs several pages per sheet.
    expect(bySheet).toHaveLength(6);
    expect(bySheet.every((sheet) => sheet.length > 1)).toBe(true);
    expect(bySheet.reduce((sum, sheet) => sum + sheet.length, 0)).toBe(pages.length);

    const { aspects } = day.rubric.content;
    const expectedOrder = day.scheduled.flatMap((id) => [
      { nomor: candidateFacts(day.store, id).nomor, assessor: day.penguji.nama },
      { nomor: candidateFacts(day.store, id).nomor, assessor: day.penguji2.nama },
    ]);
    bySheet.forEach((sheet, s) => {
      const { nomor, assessor } = expectedOrder[s] as { nomor: string; assessor: string };
      const whole = flat(sheet.join(' '));
      const nama = candidateFacts(day.store, day.scheduled[Math.floor(s / 2)] as string).nama;
      expect(whole).toContain(nomor);
      expect(whole).toContain(nama);
      expect(whole).toContain(assessor);
      expect(whole).toContain(day.rubric.contentHash);
      expect(whole).toContain('Nilai dihitung oleh aplikasi');
      for (const aspect of aspects) {
        expect(whole).toContain(`${aspect.code} ${aspect.title}`);
        for (const level of aspect.levels) {
          expect(whole).toContain(flat(level.anchor).split(' ').slice(0, 6).join(' '));
        }
      }
      sheet.forEach((page, p) => {
        const text = flat(page);
        expect(text).toContain(`Lembar ${p + 1} dari ${sheet.length}`);
        expect(text).toContain(`nomor_peserta: ${nomor}`);
        expect(text).toContain('komponen: wawancara');
        expect(text).toContain(
          assessor === day.penguji2.nama
            ? `nip_penguji: ${NIP_PENGUJI_2}`
            : `id_penguji: ${day.penguji.id}`,
        );
        expect(text).toContain(`aspek: ${aspects.map((a) => a.code).join(' ')}`);
      });
    });

    mkdirSync(SAMPLE, { recursive: true });
    // The first page of the first sheet, as a reviewer sees it (pdftoppm adds ".png").
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdfFile(pdf),
      join(SAMPLE, 'lembar-penilaian-contoh'),
    ]);
  });

  it('never cuts a level in half: each anchor is whole on one page', async () => {
    const day = await printableSession('simulasi-mengajar');
    const [sheet] = sheets(pagesText(await print(day, { candidateIds: [day.scheduled[0]!] })));
    const pages = (sheet ?? []).map(flat);
    expect(pages.length).toBeGreaterThan(1);
    // A level cut over two pages would leave no page holding its whole anchor.
    for (const aspect of day.rubric.content.aspects) {
      for (const level of aspect.levels) {
        const anchor = flat(level.anchor);
        expect(
          pages.some((text) => text.includes(anchor)),
          anchor,
        ).toBe(true);
      }
    }
  });

  it('gives a conflicted assessor no sheet for that candidate', async () => {
    const day = await printableSession('small');
    const [conflicted] = day.scheduled as [string];
    declareConflict(day.store, day.penguji.id, PIN.penguji, conflicted, 'keluarga', 'Adik ipar.');
    const bySheet = sheets(pagesText(await print(day)));
    // 3 candidates × 2 assessors, less the conflicted one.
    expect(bySheet).toHaveLength(5);
    const nomor = candidateFacts(day.store, conflicted).nomor;
    const ofConflicted = bySheet.filter((sheet) => sheet[0]?.includes(`nomor_peserta: ${nomor}`));
    expect(ofConflicted).toHaveLength(1);
    expect(ofConflicted[0]?.join('')).toContain(day.penguji2.nama);
    expect(ofConflicted[0]?.join('')).not.toContain(day.penguji.nama);
  });

  it('prints only the chosen candidates, in English when asked', async () => {
    const day = await printableSession('small');
    const chosen = day.scheduled[2] as string;
    const pdf = await print(day, { candidateIds: [chosen], language: 'en' });
    const bySheet = sheets(pagesText(pdf));
    expect(bySheet).toHaveLength(2);
    for (const sheet of bySheet) {
      const whole = flat(sheet.join(' '));
      expect(whole).toContain(`nomor_peserta: ${candidateFacts(day.store, chosen).nomor}`);
      expect(whole).toContain('SCORE SHEET');
      expect(whole).toContain(`Page 1 of ${sheet.length}`);
      expect(whole).toContain('Scores are computed by the application');
      expect(whole).not.toContain('Lembar');
    }
  });

  it('gives the same bytes for the same input, and the creation date it is given', async () => {
    const day = await printableSession('small');
    const first = await print(day);
    expect((await print(day)).equals(first)).toBe(true);
    const dated = await print(day, { creationDate: new Date('2024-11-01T00:00:00Z') });
    expect(dated.equals(first)).toBe(false);
    const info = execFileSync('pdfinfo', ['-isodates', pdfFile(dated)], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+2024-11-01T00:00:00/);
  });

  it('names the file after the formasi, component and session', async () => {
    const day = await printableSession('small');
    const code = day.store.db
      .prepare('SELECT code FROM formasi WHERE id = ?')
      .pluck()
      .get(day.formasiId) as string;
    expect(blankSheetsFileName(day.store.db, day.session.id, 'id')).toBe(
      `lembar-penilaian-${code}-wawancara-2024-11-12-08-00.pdf`.replace(/[^\p{L}\p{N}._-]+/gu, '-'),
    );
  });

  it('refuses an empty choice, an unknown session, a candidate not scheduled and no panel', async () => {
    const day = await printableSession('small');
    expect((await asyncAppErrorOf(() => print(day, { candidateIds: [] }))).code).toBe(
      'document.noCandidates',
    );
    const outsider = day.candidateIds.find((id) => !day.scheduled.includes(id)) as string;
    expect((await asyncAppErrorOf(() => print(day, { candidateIds: [outsider] }))).code).toBe(
      'session.notScheduled',
    );
    const unknown = blankSheetsPdf(
      day.store.db,
      { sessionId: '7d4f1c36-86a4-4a8f-9a5e-2f8c1b9b2d10' },
      RESOURCES_DIR,
      'id',
    );
    expect((await asyncAppErrorOf(() => unknown)).code).toBe('session.notFound');
    // Both assessors declare a conflict with the one candidate asked for: nobody may score them.
    const [alone] = day.scheduled as [string];
    declareConflict(day.store, day.penguji.id, PIN.penguji, alone, 'pekerjaan', 'Satu kantor.');
    declareConflict(day.store, day.penguji2.id, PIN_PENGUJI_2, alone, 'lainnya', 'Tetangga.');
    expect((await asyncAppErrorOf(() => print(day, { candidateIds: [alone] }))).code).toBe(
      'document.noPanel',
    );
  });

  it('refuses a component the plan no longer scores on a rubric', async () => {
    const day = await printableSession('small');
    const { plan } = findPlan(day.store.db, day.formasiId)!;
    const components = plan.components.map((c) =>
      c.key === 'wawancara'
        ? { ...c, source: { type: 'external_score' as const, maxScore: 100 } }
        : c,
    );
    setPlan(day.store, day.formasiId, { ...plan, components }, 'Wawancara dinilai di luar.');
    expect((await asyncAppErrorOf(() => print(day))).code).toBe('session.componentNotScored');
  });

  it('refuses a component whose plan pins no published version of its rubric', async () => {
    const day = await printableSession('small');
    const draft = createRubric(day.store, makeRubric([makeAspect('A', 100)]));
    // The plan rules refuse such a plan, so it is written to the state table directly: the
    // sheets check again, because the paper must match the scored version exactly.
    const row = day.store.db.prepare('SELECT plan_json FROM formasi_plans WHERE formasi_id = ?');
    const json = (row.pluck().get(day.formasiId) as string).replace(day.rubric.id, draft.id);
    day.store.db
      .prepare('UPDATE formasi_plans SET plan_json = ? WHERE formasi_id = ?')
      .run(json, day.formasiId);
    const refusal = await asyncAppErrorOf(() => print(day));
    expect(refusal.code).toBe('document.noRubric');
    expect(refusal.params).toEqual({ component: 'Wawancara Kompetensi' });
  });
});
