/** A session ready to print: a published rubric pinned by the plan, candidates and a panel. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPlan } from '../../../../src/main/core/demo/demo-plans';
import { setPlan } from '../../../../src/main/core/plans/commands';
import {
  createRubric,
  publishRubric,
  rubricFromTemplate,
} from '../../../../src/main/core/rubrics/commands';
import {
  assignPanel,
  createSession,
  scheduleCandidates,
} from '../../../../src/main/core/sessions/commands';
import type { Store } from '../../../../src/main/core/store/open-store';
import type { RubricVersion } from '../../../../src/shared/rubric/rubric';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { tempDir, tempStore } from '../../../helpers/temp-store';
import { enrol, PIN, selectionWithCandidates } from '../assessors/fixtures';

/** The session fields of the printed session. */
export const FIELDS = { date: '2024-11-12', startTime: '08:00', room: 'Ruang Rapat 1' } as const;

/** The second assessor's PIN. */
export const PIN_PENGUJI_2 = '815240';

/** The second assessor's NIP; the first has none (a non-ASN assessor). */
export const NIP_PENGUJI_2 = '198501012010012001';

/**
 * Seeds `store` with a selection, candidates and assessors, and a session of the `wawancara`
 * component on the formasi with the most candidates, scored on the built-in template `template`
 * (or a small two-aspect rubric for `'small'`), with its first three candidates scheduled and a
 * panel of two assessors: one without a NIP, one with.
 */
export async function seedPrintable(store: Store, template = 'wawancara-kompetensi-asn') {
  const { selectionId, candidateIds } = await selectionWithCandidates(store);
  const penguji = enrol(store, selectionId, 'penguji', PIN.penguji, 'Budi Santoso, S.Pd.');
  const rubric: RubricVersion =
    template === 'small'
      ? publishRubric(
          store,
          createRubric(store, makeRubric([makeAspect('A', 50), makeAspect('B', 50)])).id,
        )
      : rubricFromTemplate(store, RESOURCES_DIR, template, 'use');
  const { formasiId } = store.db
    .prepare(
      `SELECT formasi_id AS formasiId FROM candidates WHERE selection_id = ?
       GROUP BY formasi_id ORDER BY count(*) DESC, formasi_id LIMIT 1`,
    )
    .get(selectionId) as { formasiId: string };
  setPlan(store, formasiId, demoPlan('wawancara', rubric), null);
  const penguji2 = enrol(
    store,
    selectionId,
    'penguji',
    PIN_PENGUJI_2,
    'Siti Aminah, S.Psi.',
    NIP_PENGUJI_2,
  );
  const session = createSession(store, formasiId, 'wawancara', FIELDS);
  const scheduled = store.db
    .prepare('SELECT id FROM candidates WHERE formasi_id = ? ORDER BY nomor_peserta LIMIT 3')
    .pluck()
    .all(formasiId) as string[];
  scheduleCandidates(store, session.id, scheduled);
  assignPanel(store, session.id, [penguji.id, penguji2.id]);
  return {
    store,
    selectionId,
    candidateIds,
    penguji,
    penguji2,
    rubric,
    formasiId,
    session,
    scheduled,
  };
}

/** {@link seedPrintable} on a fresh temporary store. */
export async function printableSession(template?: string) {
  return seedPrintable(await tempStore(), template);
}

/** The nomor peserta and nama of a candidate. */
export function candidateFacts(store: Store, id: string) {
  return store.db
    .prepare('SELECT nomor_peserta AS nomor, nama FROM candidates WHERE id = ?')
    .get(id) as { nomor: string; nama: string };
}

/** Writes `pdf` to a temporary file and returns its path. */
export function pdfFile(pdf: Buffer): string {
  const file = join(tempDir('panitia-pdf-'), 'lembar.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** The text of each page of `pdf`, read back by poppler's pdftotext. */
export function pagesText(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile(pdf), '-'], {
    encoding: 'utf8',
  });
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** The number of pages poppler's pdfinfo reports. */
export function pageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', [pdfFile(pdf)], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
}

/** Collapses runs of white space, as the text of a wrapped paragraph reads. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
