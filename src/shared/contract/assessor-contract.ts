/**
 * The channels of assessors (penguji), their integrity statement and their conflicts of interest.
 * PINs travel only as input, typed by the person they belong to; no output carries a PIN, a PIN
 * hash or a sealed key (docs/assessors.md).
 */
import { z } from 'zod';
import {
  Assessor,
  AssessorFields,
  Conflict,
  ConflictKind,
  Fingerprint,
  PublicKeyB64,
} from '../domain/assessor';
import { Id } from '../domain/selection';

/**
 * A PIN as typed: digits only, at most 12. The length and "too easy" rules are checked in the
 * main process, which answers with a translated `assessor.pinFormat` or `assessor.pinTooSimple`.
 */
export const PinInput = z.string().max(12).regex(/^\d+$/, 'PIN is digits only');

/** One public key an assessor had, from `validFrom` on (the private part never leaves the core). */
export const AssessorKey = z.object({
  keyVersion: z.number().int().positive(),
  publicKey: PublicKeyB64,
  fingerprint: Fingerprint,
  validFrom: z.string(),
  resetBy: Id.nullable(),
});
export type AssessorKey = z.infer<typeof AssessorKey>;

/** A conflict of interest with the names people recognise: the assessor's and the candidate's. */
export const ConflictView = Conflict.extend({
  assessorNama: z.string(),
  nomorPeserta: z.string(),
  candidateNama: z.string(),
});
export type ConflictView = z.infer<typeof ConflictView>;

/** The integrity statement shown before an assessor accepts it. */
export const IntegrityStatementView = z.object({
  version: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
});
export type IntegrityStatementView = z.infer<typeof IntegrityStatementView>;

const bySelection = z.object({ selectionId: Id }).strict();

/** The assessor and conflict channels, spread into the contract. */
export const assessorContract = {
  'assessor:list': { input: bySelection, output: z.array(Assessor) },
  'assessor:get': {
    input: z.object({ id: Id }).strict(),
    output: z.object({
      assessor: Assessor,
      keys: z.array(AssessorKey),
      conflicts: z.array(ConflictView),
    }),
  },
  'assessor:enrol': {
    input: z.object({ selectionId: Id, fields: AssessorFields, pin: PinInput }).strict(),
    output: Assessor,
  },
  'assessor:resetPin': {
    input: z.object({ chairId: Id, chairPin: PinInput, assessorId: Id, newPin: PinInput }).strict(),
    output: Assessor,
  },
  'assessor:statement': { input: z.object({}).strict(), output: IntegrityStatementView },
  'assessor:acceptIntegrity': {
    input: z.object({ assessorId: Id, pin: PinInput }).strict(),
    output: Assessor,
  },
  'conflict:declare': {
    input: z
      .object({
        assessorId: Id,
        pin: PinInput,
        candidateId: Id,
        kind: ConflictKind,
        note: z.string().trim().max(1000).default(''),
      })
      .strict(),
    output: Conflict,
  },
  'conflict:list': { input: bySelection, output: z.array(ConflictView) },
} as const;

/** A channel of {@link assessorContract}. */
export type AssessorChannel = keyof typeof assessorContract;
