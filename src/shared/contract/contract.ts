/**
 * The one typed contract between the renderer and the main process: an input and an output zod
 * schema per channel. Both transports (Electron IPC and loopback HTTP) go through `dispatch`,
 * which validates both directions against these schemas.
 */
import { z } from 'zod';
import { Candidate, Gender } from '../domain/candidate';
import { ImportMode, ImportReport } from '../domain/import-report';
import { Formasi, FormasiFields, Id, Selection, SelectionFields } from '../domain/selection';
import { EntrySummary, VerifyReport } from '../journal/entry';
import { FormasiPlanView } from '../plan/plan-view';
import { ScoringPlan } from '../plan/plan';
import { RubricDraftContent, RubricSummary, RubricVersion } from '../rubric/rubric';
import { MAX_RUBRIC_FILE_BYTES } from '../rubric/rubric-file';
import { RubricTemplateSummary, RubricUse } from '../rubric/rubric-views';
import { assessorContract } from './assessor-contract';
import { auditContract } from './audit-contract';
import type { Channel } from './channels';
import { progressContract } from './progress-contract';
import { resultsContract } from './results-contract';
import { transferContract } from './transfer-contract';
import { quarantineContract } from './quarantine-contract';
import { paperContract } from './paper-contract';
import { scoringContract } from './scoring-contract';
import { sessionContract } from './session-contract';
import { documentContract } from './document-contract';
import { incidentContract } from './incident-contract';
import { externalContract } from './external-contract';
import { deviceContract } from './device-contract';
import { MAX_IMPORT_BYTES } from './import-limit';
import { mergeContract } from './merge-contract';

export { MAX_IMPORT_BYTES } from './import-limit';

const nothing = z.object({}).strict();
const byId = z.object({ id: Id }).strict();

/** A row of the candidate list: enough to show and sort, not the whole record. */
export const CandidateRow = Candidate.pick({
  id: true,
  nomorPeserta: true,
  nik: true,
  nama: true,
  jenisKelamin: true,
  tanggalLahir: true,
  pendidikan: true,
  formasiId: true,
  formasiCode: true,
  jabatan: true,
  skdTotal: true,
});
export type CandidateRow = z.infer<typeof CandidateRow>;

/** How the candidate list can be ordered. */
export const CandidateSort = z.enum(['nama', 'nomorPeserta', 'formasi', 'skdTotal']);
export type CandidateSort = z.infer<typeof CandidateSort>;

/** A page of the search results, with the total that matched. */
export const CandidatePage = z.object({ total: z.number().int(), rows: z.array(CandidateRow) });
export type CandidatePage = z.infer<typeof CandidatePage>;

/** Facts about this installation shown in Pengaturan. */
export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  deviceId: z.string(),
  dataDir: z.string(),
  transport: z.enum(['electron', 'web']),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** Every channel: its input schema and its output schema. */
export const contract = {
  'app:info': { input: nothing, output: AppInfo },
  'selection:list': { input: nothing, output: z.array(Selection) },
  'selection:get': { input: byId, output: Selection },
  'selection:create': { input: SelectionFields.strict(), output: Selection },
  'selection:update': { input: SelectionFields.extend({ id: Id }).strict(), output: Selection },
  'formasi:list': { input: z.object({ selectionId: Id }).strict(), output: z.array(Formasi) },
  'formasi:create': {
    input: FormasiFields.extend({ selectionId: Id }).strict(),
    output: Formasi,
  },
  'formasi:update': { input: FormasiFields.extend({ id: Id }).strict(), output: Formasi },
  'formasi:delete': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'candidates:import': {
    input: z
      .object({
        selectionId: Id,
        fileName: z.string().min(1).max(255),
        contentBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4),
        mode: ImportMode,
        /** The SHA-256 the check reported: importing refuses a file that changed since. */
        expectedSha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .nullable()
          .default(null),
      })
      .strict(),
    output: ImportReport,
  },
  'candidates:search': {
    input: z
      .object({
        selectionId: Id,
        query: z.string().max(100).default(''),
        formasiId: Id.nullable().default(null),
        jenisKelamin: Gender.nullable().default(null),
        sort: CandidateSort.default('nama'),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    output: CandidatePage,
  },
  'candidates:get': {
    input: byId,
    output: z.object({ candidate: Candidate, history: z.array(EntrySummary) }),
  },
  'rubric:list': {
    input: z.object({ includeRetired: z.boolean().default(true) }).strict(),
    output: z.array(RubricSummary),
  },
  'rubric:get': {
    input: byId,
    output: z.object({
      rubric: RubricVersion,
      history: z.array(EntrySummary),
      usedBy: z.array(RubricUse),
    }),
  },
  'rubric:templates': { input: nothing, output: z.array(RubricTemplateSummary) },
  'rubric:fromTemplate': {
    input: z
      .object({ templateId: z.string().min(1).max(100), mode: z.enum(['use', 'copy']) })
      .strict(),
    output: RubricVersion,
  },
  'rubric:create': {
    input: z.object({ content: RubricDraftContent }).strict(),
    output: RubricVersion,
  },
  'rubric:duplicate': { input: byId, output: RubricVersion },
  'rubric:newVersion': { input: byId, output: RubricVersion },
  'rubric:saveDraft': {
    input: z.object({ id: Id, content: RubricDraftContent }).strict(),
    output: RubricVersion,
  },
  'rubric:publish': { input: byId, output: RubricVersion },
  'rubric:retire': { input: byId, output: RubricVersion },
  'rubric:deleteDraft': { input: byId, output: z.object({ deleted: z.literal(true) }) },
  'rubric:export': {
    input: byId,
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
  'rubric:import': {
    input: z
      .object({
        fileName: z.string().min(1).max(255),
        // Twice the file limit, so an oversized file reaches the parser's own clear message.
        text: z.string().max(MAX_RUBRIC_FILE_BYTES * 2),
      })
      .strict(),
    output: z.object({
      rubric: RubricVersion,
      outcome: z.enum(['imported', 'alreadyPresent']),
    }),
  },
  'plan:list': {
    input: z.object({ selectionId: Id }).strict(),
    output: z.array(FormasiPlanView),
  },
  'plan:get': { input: z.object({ formasiId: Id }).strict(), output: FormasiPlanView },
  'plan:set': {
    input: z
      .object({
        formasiId: Id,
        plan: ScoringPlan,
        reason: z.string().trim().min(1).max(1000).nullable().default(null),
      })
      .strict(),
    output: FormasiPlanView,
  },
  'plan:lock': {
    input: z.object({ formasiId: Id, note: z.string().trim().max(1000).default('') }).strict(),
    output: FormasiPlanView,
  },
  'plan:copy': {
    input: z
      .object({
        fromFormasiId: Id,
        toFormasiIds: z.array(Id).min(1).max(1000),
        reason: z.string().trim().min(1).max(1000).nullable().default(null),
      })
      .strict(),
    output: z.array(FormasiPlanView),
  },
  'journal:verify': { input: nothing, output: VerifyReport },
  'journal:recent': {
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
    output: z.array(EntrySummary),
  },
  ...scoringContract,
  ...assessorContract,
  ...sessionContract,
  ...auditContract,
  ...progressContract,
  ...documentContract,
  ...paperContract,
  ...incidentContract,
  ...externalContract,
  ...resultsContract,
  ...deviceContract,
  ...transferContract,
  ...mergeContract,
  ...quarantineContract,
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

/** What a caller passes on `C` (defaults may be left out). */
export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives on `C`, after validation and defaults. */
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
/** What `C` returns. */
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;

/** The renderer's view of the main process: one async function per channel. */
export type Api = { [C in Channel]: (input: Input<C>) => Promise<Output<C>> };

/** The main process's implementation of every channel. */
export type Handlers = {
  [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C>;
};
