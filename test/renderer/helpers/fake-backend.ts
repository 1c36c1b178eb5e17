/**
 * An in-memory Panitia for renderer tests: every channel of the contract, validated against the
 * contract's own zod schemas in both directions, refusing with the same error codes as the main
 * process. Tests seed it, drive the UI, then read its state and its call log.
 */
import type { Invoke } from '../../../src/shared/contract/bridge';
import type { Channel } from '../../../src/shared/contract/channels';
import {
  type Api,
  type CandidateRow,
  contract,
  type Handlers,
  type ParsedInput,
} from '../../../src/shared/contract/contract';
import type { Envelope } from '../../../src/shared/contract/envelope';
import type { Candidate } from '../../../src/shared/domain/candidate';
import type {
  ImportReport,
  InvalidRow,
  RowProblem,
} from '../../../src/shared/domain/import-report';
import { formasiCodeKey, searchKey } from '../../../src/shared/domain/normalise';
import type {
  Formasi,
  FormasiFields,
  Selection,
  SelectionFields,
} from '../../../src/shared/domain/selection';
import { AppError, isAppError } from '../../../src/shared/errors';
import { errorMessage } from '../../../src/shared/i18n/errors';
import type { EntrySummary, VerifyReport } from '../../../src/shared/journal/entry';
import { createApi } from '../../../src/renderer/api/create-api';
import type { ScoringPlan } from '../../../src/shared/plan/plan';
import type { RubricDraftContent, RubricVersion } from '../../../src/shared/rubric/rubric';
import { FakeRubrics } from './fake-rubrics';

/** The device id of the fake installation. */
export const DEVICE_ID = '11111111-1111-4111-8111-111111111111';

/** Columns the fake importer requires, in the heading row of a CSV with `,` separators. */
export const IMPORT_COLUMNS = [
  'nomor_peserta',
  'nik',
  'nama',
  'tanggal_lahir',
  'jenis_kelamin',
  'pendidikan',
  'formasi',
] as const;

const FIELD_OF_COLUMN: Record<(typeof IMPORT_COLUMNS)[number], string> = {
  nomor_peserta: 'nomorPeserta',
  nik: 'nik',
  nama: 'nama',
  tanggal_lahir: 'tanggalLahir',
  jenis_kelamin: 'jenisKelamin',
  pendidikan: 'pendidikan',
  formasi: 'formasiCode',
};

/** One recorded call. */
export interface Call {
  channel: Channel;
  input: unknown;
}

/** The fake backend. */
export class FakeBackend {
  readonly selections = new Map<string, Omit<Selection, 'formasiCount' | 'candidateCount'>>();
  readonly formasi = new Map<string, Omit<Formasi, 'candidateCount'>>();
  readonly candidates: Candidate[] = [];
  readonly journal: Array<EntrySummary & { entities: string[] }> = [];
  readonly calls: Call[] = [];
  /** What `journal:verify` answers; computed from the journal when null. */
  verifyReport: VerifyReport | null = null;
  /** Awaited before every call; tests use it to hold a call open. */
  gate: (channel: Channel) => Promise<void> = async () => {};
  private nextId = 1;
  private clock = Date.parse('2025-03-04T05:06:07Z');
  /** Rubrics and scoring plans, with the built-in templates of resources/rubrics. */
  readonly rubrics = new FakeRubrics({
    selections: this.selections,
    formasi: this.formasi,
    journal: this.journal,
    record: (kind, entities) => this.record(kind, entities),
    id: () => this.id(),
    now: () => this.now(),
  });

  readonly invoke: Invoke = async (channel, input) => {
    this.calls.push({ channel, input });
    await this.gate(channel);
    const schema = contract[channel];
    const parsed = schema.input.safeParse(input);
    if (!parsed.success)
      return this.refuse(
        new AppError('request.invalid', { detail: parsed.error.issues[0]?.message ?? '' }),
      );
    try {
      const handler = (this.handlers as Partial<Handlers>)[channel] as
        ((value: unknown) => unknown) | undefined;
      // Screens of the scoring day are tested over the real core (real-backend.ts) instead.
      if (!handler) throw new AppError('request.unknownChannel', { channel });
      const value: unknown = await handler(parsed.data);
      // The fake must not hand the UI anything the real main process could not send.
      return { ok: true, value: schema.output.parse(value) };
    } catch (error) {
      if (isAppError(error)) return this.refuse(error);
      throw error;
    }
  };

  readonly api: Api = createApi(this.invoke);

  /** Calls made on `channel`, with their inputs. */
  callsTo<C extends Channel>(channel: C): Array<ParsedInput<C>> {
    return this.calls
      .filter((call) => call.channel === channel)
      .map((call) => contract[channel].input.parse(call.input) as ParsedInput<C>);
  }

  /** Adds a selection directly (no UI). */
  seedSelection(fields: Partial<SelectionFields> = {}): Selection {
    return this.handlers['selection:create']({
      name: 'Seleksi CPNS Kabupaten Kudus',
      year: 2024,
      type: 'CPNS',
      instansi: 'Pemerintah Kabupaten Kudus',
      location: 'Kantor Kecamatan Jati',
      ...fields,
    }) as Selection;
  }

  /** Adds a formasi directly. */
  seedFormasi(selectionId: string, fields: Partial<FormasiFields> = {}): Formasi {
    return this.handlers['formasi:create']({
      selectionId,
      code: 'G-001',
      jabatan: 'Guru Kelas SD',
      unit: 'SD Negeri 1 Jati',
      pendidikan: 'S1 PGSD',
      quota: 2,
      ...fields,
    }) as Formasi;
  }

  /** Adds `count` deterministic candidates to a formasi; the i-th is named by `name(i)`. */
  seedCandidates(
    formasi: Formasi,
    count: number,
    name: (index: number) => string = (i) => `Peserta ${String(i).padStart(5, '0')}`,
  ): Candidate[] {
    const made: Candidate[] = [];
    const importId = this.id();
    for (let i = 0; i < count; i += 1) {
      const female = i % 2 === 1;
      const candidate: Candidate = {
        id: this.id(),
        selectionId: formasi.selectionId,
        formasiId: formasi.id,
        formasiCode: formasi.code,
        jabatan: formasi.jabatan,
        importId,
        nomorPeserta: `2024${String(this.candidates.length + 1).padStart(8, '0')}`,
        nik: `3319${String(female ? 45 : 5).padStart(2, '0')}0890${String(this.candidates.length + 1).padStart(6, '0')}`.slice(
          0,
          16,
        ),
        nama: name(i),
        tanggalLahir: '1990-08-05',
        jenisKelamin: female ? 'P' : 'L',
        pendidikan: 'S1 Pendidikan',
        ipk: 3.45,
        nilaiIjazah: null,
        skd: { twk: 100, tiu: 110, tkp: 180 },
        skdTotal: 390,
      };
      this.candidates.push(candidate);
      made.push(candidate);
    }
    this.record('candidates.imported', [importId, ...made.map((c) => c.id)]);
    return made;
  }

  /** Adds a rubric version directly (published unless told otherwise). */
  seedRubric(content: RubricDraftContent, status: RubricVersion['status'] = 'published') {
    return this.rubrics.seed(content, status);
  }

  /** Gives a formasi a scoring plan directly, optionally locked. */
  seedPlan(formasiId: string, plan: ScoringPlan, locked = false): void {
    this.rubrics.seedPlan(formasiId, plan, locked);
  }

  /** Encodes a CSV for the file input. */
  static csv(rows: string[][]): string {
    return [IMPORT_COLUMNS.join(','), ...rows.map((row) => row.join(','))].join('\n');
  }

  private readonly handlers = {
    'app:info': () => ({
      version: '0.1.0',
      schemaVersion: 1,
      deviceId: DEVICE_ID,
      dataDir: '/home/panitia/data',
      transport: 'web',
    }),
    'selection:list': () => [...this.selections.values()].map((s) => this.selectionView(s.id)),
    'selection:get': ({ id }) => this.selectionView(id),
    'selection:create': (fields) => {
      const id = this.id();
      const now = this.now();
      this.selections.set(id, { ...fields, id, createdAt: now, updatedAt: now });
      this.record('selection.created', [id]);
      return this.selectionView(id);
    },
    'selection:update': ({ id, ...fields }) => {
      const existing = this.selections.get(id);
      if (!existing) throw new AppError('selection.notFound');
      this.selections.set(id, { ...existing, ...fields, updatedAt: this.now() });
      this.record('selection.updated', [id]);
      return this.selectionView(id);
    },
    'formasi:list': ({ selectionId }) => {
      if (!this.selections.has(selectionId)) throw new AppError('selection.notFound');
      return [...this.formasi.values()]
        .filter((f) => f.selectionId === selectionId)
        .map((f) => this.formasiView(f.id));
    },
    'formasi:create': ({ selectionId, ...fields }) => {
      if (!this.selections.has(selectionId)) throw new AppError('selection.notFound');
      this.refuseDuplicateCode(selectionId, fields.code, null);
      const id = this.id();
      this.formasi.set(id, { ...fields, id, selectionId });
      this.record('formasi.created', [id]);
      return this.formasiView(id);
    },
    'formasi:update': ({ id, ...fields }) => {
      const existing = this.formasi.get(id);
      if (!existing) throw new AppError('formasi.notFound');
      this.refuseDuplicateCode(existing.selectionId, fields.code, id);
      this.formasi.set(id, { ...existing, ...fields });
      this.record('formasi.updated', [id]);
      return this.formasiView(id);
    },
    'formasi:delete': ({ id }) => {
      const existing = this.formasi.get(id);
      if (!existing) throw new AppError('formasi.notFound');
      const count = this.candidates.filter((c) => c.formasiId === id).length;
      if (count > 0) throw new AppError('formasi.hasCandidates', { code: existing.code, count });
      this.formasi.delete(id);
      this.record('formasi.deleted', [id]);
      return { deleted: true as const };
    },
    'candidates:import': (input) => this.importFile(input),
    'candidates:search': (input) => this.search(input),
    'candidates:get': ({ id }) => {
      const candidate = this.candidates.find((c) => c.id === id);
      if (!candidate) throw new AppError('candidate.notFound');
      const history = this.journal
        .filter((e) => e.entities.includes(id))
        .map(({ entities: _e, ...entry }) => entry);
      return { candidate, history };
    },
    ...this.rubrics.handlers,
    'journal:verify': () =>
      this.verifyReport ?? {
        ok: true,
        entries: this.journal.length,
        chains:
          this.journal.length === 0
            ? []
            : [
                {
                  device: DEVICE_ID,
                  entries: this.journal.length,
                  headSeq: this.journal.length,
                  headHash: this.journal.at(-1)?.hash ?? '',
                },
              ],
        firstBreak: null,
      },
    'journal:recent': ({ limit }) =>
      this.journal
        .slice(-limit)
        .reverse()
        .map(({ entities: _e, ...entry }) => entry),
  } satisfies Partial<Handlers>;

  private search(input: ParsedInput<'candidates:search'>) {
    const words = searchKey(input.query).split(/\s+/).filter(Boolean);
    const matches = this.candidates.filter(
      (c) =>
        c.selectionId === input.selectionId &&
        (input.formasiId === null || c.formasiId === input.formasiId) &&
        (input.jenisKelamin === null || c.jenisKelamin === input.jenisKelamin) &&
        words.every((word) => searchKey(`${c.nama} ${c.nomorPeserta} ${c.nik}`).includes(word)),
    );
    const by: Record<typeof input.sort, (a: Candidate, b: Candidate) => number> = {
      nama: (a, b) => a.nama.localeCompare(b.nama) || a.nomorPeserta.localeCompare(b.nomorPeserta),
      nomorPeserta: (a, b) => a.nomorPeserta.localeCompare(b.nomorPeserta),
      formasi: (a, b) => a.formasiCode.localeCompare(b.formasiCode) || a.nama.localeCompare(b.nama),
      skdTotal: (a, b) => (b.skdTotal ?? -1) - (a.skdTotal ?? -1) || a.nama.localeCompare(b.nama),
    };
    matches.sort(by[input.sort]);
    const rows: CandidateRow[] = matches
      .slice(input.offset, input.offset + input.limit)
      .map((c) => ({
        id: c.id,
        nomorPeserta: c.nomorPeserta,
        nik: c.nik,
        nama: c.nama,
        jenisKelamin: c.jenisKelamin,
        tanggalLahir: c.tanggalLahir,
        pendidikan: c.pendidikan,
        formasiId: c.formasiId,
        formasiCode: c.formasiCode,
        jabatan: c.jabatan,
        skdTotal: c.skdTotal,
      }));
    return { total: matches.length, rows };
  }

  // A deliberately small CSV reader (comma-separated, no quoting): enough to drive the UI's flow.
  private importFile(input: ParsedInput<'candidates:import'>): ImportReport {
    if (!this.selections.has(input.selectionId)) throw new AppError('selection.notFound');
    const bytes = Uint8Array.from(atob(input.contentBase64), (ch) => ch.charCodeAt(0));
    const lines = new TextDecoder()
      .decode(bytes)
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
    const headings = (lines[0] ?? '').split(',').map((h) => h.trim());
    const missing = IMPORT_COLUMNS.filter((column) => !headings.includes(column));
    if (missing.length > 0)
      throw new AppError('import.missingColumns', { columns: missing.join(', ') });
    if (lines.length < 2) throw new AppError('import.emptyFile');
    const formasiByCode = new Map(
      [...this.formasi.values()]
        .filter((f) => f.selectionId === input.selectionId)
        .map((f) => [formasiCodeKey(f.code), f]),
    );
    const valid: Candidate[] = [];
    const invalid: InvalidRow[] = [];
    lines.slice(1).forEach((line, index) => {
      const cells = line.split(',');
      const cell = (column: (typeof IMPORT_COLUMNS)[number]) =>
        (cells[headings.indexOf(column)] ?? '').trim();
      const problems: RowProblem[] = [];
      // Real problem codes (src/shared/i18n/import-problems.ts), so the UI's sentences are exercised.
      if (cell('nik').length !== 16)
        problems.push({ field: 'nik', code: 'nik.length', params: { length: cell('nik').length } });
      else if (!/^\d{16}$/.test(cell('nik')))
        problems.push({ field: 'nik', code: 'nik.notDigits', params: { value: cell('nik') } });
      if (cell('nama') === '') problems.push({ field: 'nama', code: 'value.required', params: {} });
      if (!['L', 'P'].includes(cell('jenis_kelamin')))
        problems.push({
          field: 'jenisKelamin',
          code: 'gender.unknown',
          params: { value: cell('jenis_kelamin') },
        });
      const formasi = formasiByCode.get(formasiCodeKey(cell('formasi')));
      if (!formasi)
        problems.push({
          field: 'formasiCode',
          code: 'formasi.unknown',
          params: { code: cell('formasi') },
        });
      if (problems.length > 0 || !formasi) {
        invalid.push({
          line: index + 2,
          nomorPeserta: cell('nomor_peserta') || null,
          nama: cell('nama') || null,
          problems,
        });
        return;
      }
      valid.push({
        id: this.id(),
        selectionId: input.selectionId,
        formasiId: formasi.id,
        formasiCode: formasi.code,
        jabatan: formasi.jabatan,
        importId: '',
        nomorPeserta: cell('nomor_peserta'),
        nik: cell('nik'),
        nama: cell('nama'),
        tanggalLahir: cell('tanggal_lahir'),
        jenisKelamin: cell('jenis_kelamin') as 'L' | 'P',
        pendidikan: cell('pendidikan'),
        ipk: null,
        nilaiIjazah: null,
        skd: null,
        skdTotal: null,
      });
    });
    const report: ImportReport = {
      fileName: input.fileName,
      fileSha256: 'a'.repeat(64),
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      columns: Object.fromEntries(
        IMPORT_COLUMNS.map((column) => [column, FIELD_OF_COLUMN[column]]),
      ),
      totalRows: lines.length - 1,
      validRows: valid.length,
      invalidRows: invalid,
      mode: input.mode,
      importedRows: 0,
      importId: null,
    };
    if (input.mode === 'check') return report;
    if (input.mode === 'all-or-nothing' && invalid.length > 0) {
      throw new AppError(
        'import.invalidRows',
        { invalid: invalid.length, total: report.totalRows },
        invalid,
      );
    }
    if (valid.length === 0) throw new AppError('import.nothingValid');
    const importId = this.id();
    for (const candidate of valid) this.candidates.push({ ...candidate, importId });
    this.record('candidates.imported', [importId, ...valid.map((c) => c.id)]);
    return { ...report, importedRows: valid.length, importId };
  }

  private refuseDuplicateCode(selectionId: string, code: string, except: string | null) {
    const key = formasiCodeKey(code);
    for (const f of this.formasi.values()) {
      if (f.selectionId === selectionId && f.id !== except && formasiCodeKey(f.code) === key) {
        throw new AppError('formasi.duplicateCode', { code });
      }
    }
  }

  private selectionView(id: string): Selection {
    const selection = this.selections.get(id);
    if (!selection) throw new AppError('selection.notFound');
    return {
      ...selection,
      formasiCount: [...this.formasi.values()].filter((f) => f.selectionId === id).length,
      candidateCount: this.candidates.filter((c) => c.selectionId === id).length,
    };
  }

  private formasiView(id: string): Formasi {
    const formasi = this.formasi.get(id);
    if (!formasi) throw new AppError('formasi.notFound');
    return { ...formasi, candidateCount: this.candidates.filter((c) => c.formasiId === id).length };
  }

  private record(kind: string, entities: string[]) {
    const seq = this.journal.length + 1;
    this.journal.push({
      device: DEVICE_ID,
      seq,
      ts: this.now(),
      kind,
      hash: seq.toString(16).padStart(64, 'c'),
      entities,
    });
  }

  private refuse(error: AppError): Envelope<never> {
    return {
      ok: false,
      error: {
        code: error.code,
        params: error.params,
        message: errorMessage(error.code, error.params, 'id'),
        details: error.details,
      },
    };
  }

  private id(): string {
    const n = (this.nextId++).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${n}`;
  }

  private now(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }
}
