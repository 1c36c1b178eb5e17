/**
 * The announcement table of a results export (CSV and XLSX): the columns of domain.md §6.1,
 * CPNS or PPPK by the selection's type, one row per candidate in ranked order per formasi
 * (docs/results-format.md). Column headings are the Indonesian ones of the official
 * announcement in either language, like the printed documents; they are not translated.
 *
 * Scores are text with three decimals (roundForDisplay on the exact value), so no spreadsheet
 * re-rounds a float; raw integer sub-scores, ranks and IPK are numbers.
 */
import type { Database } from 'better-sqlite3';
import type { Language } from '../../../shared/i18n/errors';
import { describeResultStatus } from '../../../shared/i18n/result-labels';
import { isGate } from '../../../shared/plan/check-plan';
import type { PlanComponent, ScoringPlan } from '../../../shared/plan/plan';
import type { CandidateResult } from '../../../shared/results/output';
import { add, multiply, rational, ZERO, type Rational } from '../../../shared/results/rational';
import { roundForDisplay } from '../../../shared/results/round';
import type { ComputedResults } from './results-document';

/** A cell: text, a number, or empty. */
export type Cell = string | number | null;

/** Headings and rows, ready for a CSV or XLSX writer. */
export interface AnnouncementTable {
  headings: string[];
  rows: Cell[][];
}

/** What the store adds to a candidate and formasi that the results input does not carry. */
interface Extra {
  nik: Map<string, { nik: string; pendidikan: string }>;
  formasi: Map<string, { jabatan: string; unit: string }>;
}

/** A column that depends on the plans: one per distinct label, in first-seen order. */
interface PlanColumn {
  heading: string;
  value: (c: CandidateResult, plan: ScoringPlan) => Cell;
}

/** The table of `results`, with the NIK, education, jabatan and unit read from `db`. */
export function announcementTable(
  db: Database,
  results: ComputedResults,
  language: Language,
): AnnouncementTable {
  const extra = extraOf(db, results.selection.id);
  const planOf = new Map(results.inputs.formasi.map((f) => [f.id, f.plan]));
  const plans = results.inputs.formasi.map((f) => f.plan);
  const scored = componentColumns(plans);
  const parts = partColumns(plans);
  const cpns = results.selection.type === 'CPNS';
  const headings = cpns
    ? [
        'No',
        'Nomor Peserta',
        'NIK',
        'Nama',
        'Tgl Lahir',
        'Pendidikan',
        'IPK/Nilai Ijazah',
        'Jabatan',
        'Unit/Lokasi Formasi',
        'Kode Formasi',
        'TWK',
        'TIU',
        'TKP',
        'Total SKD',
        ...scored.map((c) => c.heading),
        ...parts.map((c) => c.heading),
        'Nilai Integrasi',
        'Peringkat',
        'Keterangan',
      ]
    : [
        'No',
        'Nomor Peserta',
        'Nama',
        'Jabatan',
        'Unit Penempatan',
        'Kode Formasi',
        'Teknis',
        'Manajerial dan Sosial Kultural',
        'Wawancara',
        'Total CAT',
        ...scored.map((c) => c.heading),
        ...parts.map((c) => c.heading),
        'Nilai Akhir',
        'Peringkat',
        'Keterangan',
      ];
  const rows: Cell[][] = [];
  let no = 0;
  for (const formasi of results.output.formasi) {
    const plan = planOf.get(formasi.formasiId) as ScoringPlan;
    const place = extra.formasi.get(formasi.formasiId);
    for (const result of formasi.candidates) {
      no += 1;
      const input = result.candidate;
      const own = extra.nik.get(input.id);
      const tail: Cell[] = [
        ...scored.map((c) => c.value(result, plan)),
        ...parts.map((c) => c.value(result, plan)),
        result.final === null ? null : roundForDisplay(result.final),
        result.rank,
        result.statusLabel ?? describeResultStatus(result.status, language),
      ];
      if (cpns) {
        const skd = input.skd;
        rows.push([
          no,
          input.nomorPeserta,
          own?.nik ?? null,
          input.nama,
          input.tanggalLahir,
          own?.pendidikan ?? null,
          input.ipk ?? input.nilaiIjazah,
          place?.jabatan ?? null,
          place?.unit ?? null,
          formasi.code,
          skd?.twk ?? null,
          skd?.tiu ?? null,
          skd?.tkp ?? null,
          skd ? skd.twk + skd.tiu + skd.tkp : null,
          ...tail,
        ]);
      } else {
        const cat = input.catPppk ?? null;
        rows.push([
          no,
          input.nomorPeserta,
          input.nama,
          place?.jabatan ?? null,
          place?.unit ?? null,
          formasi.code,
          cat?.teknis ?? null,
          cat?.manajerialSosialKultural ?? null,
          cat?.wawancara ?? null,
          cat ? cat.teknis + cat.manajerialSosialKultural + cat.wawancara : null,
          ...tail,
        ]);
      }
    }
  }
  return { headings, rows };
}

/** The NIK and education of every candidate and the jabatan and unit of every formasi. */
function extraOf(db: Database, selectionId: string): Extra {
  const candidates = db
    .prepare('SELECT id, nik, pendidikan FROM candidates WHERE selection_id = ?')
    .all(selectionId) as { id: string; nik: string; pendidikan: string }[];
  const formasi = db
    .prepare('SELECT id, jabatan, unit FROM formasi WHERE selection_id = ?')
    .all(selectionId) as { id: string; jabatan: string; unit: string }[];
  return {
    nik: new Map(candidates.map((c) => [c.id, { nik: c.nik, pendidikan: c.pendidikan }])),
    formasi: new Map(formasi.map((f) => [f.id, { jabatan: f.jabatan, unit: f.unit }])),
  };
}

/** Components that are not the national CAT (shown by sub-score): SKB CAT, SKB tambahan, SKTT. */
const ownColumn = (c: PlanComponent): boolean =>
  c.source.type !== 'skd' && c.source.type !== 'cat_pppk';

/** One column per distinct component label across the plans, showing its 0–100 score or MS/TMS. */
function componentColumns(plans: readonly ScoringPlan[]): PlanColumn[] {
  const labels: string[] = [];
  for (const plan of plans) {
    for (const c of plan.components)
      if (ownColumn(c) && !labels.includes(c.label)) labels.push(c.label);
  }
  return labels.map((heading) => ({
    heading,
    value: (result, plan) => {
      const index = plan.components.findIndex((c) => c.label === heading);
      const component = result.components[index];
      if (index < 0 || !component) return null;
      if (component.gate !== null) return component.gate;
      return component.score === null ? null : roundForDisplay(component.score);
    },
  }));
}

/** "Nilai <part>" for each part made of components with their own column (e.g. Nilai SKB). */
function partColumns(plans: readonly ScoringPlan[]): PlanColumn[] {
  const labels: string[] = [];
  for (const plan of plans) {
    for (const part of plan.parts) {
      const members = plan.components.filter((c) => c.part === part.key);
      if (members.length > 0 && members.every(ownColumn) && !labels.includes(part.label)) {
        labels.push(part.label);
      }
    }
  }
  return labels.map((label) => ({
    heading: `Nilai ${label}`,
    value: (result, plan) => {
      const part = plan.parts.find((p) => p.label === label);
      if (!part) return null;
      const score = partScore(result, plan, part.key);
      return score === null ? null : roundForDisplay(score);
    },
  }));
}

/** The part's 0–100 score Σ (w꜀/100)·score꜀ over its weighted components, or null if one is missing. */
function partScore(result: CandidateResult, plan: ScoringPlan, partKey: string): Rational | null {
  let sum = ZERO;
  for (let i = 0; i < plan.components.length; i++) {
    const c = plan.components[i] as PlanComponent;
    if (c.part !== partKey || isGate(c)) continue;
    const score = result.components[i]?.score ?? null;
    if (score === null) return null;
    sum = add(sum, multiply(rational(Math.round(c.weight * 100), 10_000), score));
  }
  return sum;
}
