/** Assessors (penguji) of a selection, their roles, and the conflicts of interest they declare. */
import { z } from 'zod';
import { Id } from './selection';

/** What an assessor does on the panel; an observer (pengamat) reads and changes nothing. */
export const AssessorRole = z.enum(['ketua', 'sekretaris', 'penguji', 'pengamat']);
export type AssessorRole = z.infer<typeof AssessorRole>;

/** A NIP: 18 digits; the spaces people write it with ("19850101 201001 1 001") are dropped. */
export const Nip = z
  .string()
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{18}$/, 'NIP is 18 digits'));

/** What a secretary types to enrol an assessor; NIP is null for someone who is not an ASN. */
export const AssessorFields = z.object({
  nama: z.string().trim().min(1).max(200),
  nip: Nip.nullable(),
  role: AssessorRole,
});
export type AssessorFields = z.infer<typeof AssessorFields>;

/** A raw 32-byte Ed25519 public key, base64. */
export const PublicKeyB64 = z.string().regex(/^[A-Za-z0-9+/]{43}=$/);

/** A key fingerprint: 16 bytes of hex in eight groups of four. */
export const Fingerprint = z.string().regex(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);

/** An assessor as stored and shown: public parts only, never the PIN hash or sealed key. */
export const Assessor = AssessorFields.extend({
  id: Id,
  selectionId: Id,
  publicKey: PublicKeyB64,
  fingerprint: Fingerprint,
  keyVersion: z.number().int().positive(),
  enrolledAt: z.string(),
  /** Until when wrong PINs keep this assessor out, or null. */
  lockedUntil: z.string().nullable(),
  /** When the current integrity statement was accepted, or null. */
  integrityAcceptedAt: z.string().nullable(),
});
export type Assessor = z.infer<typeof Assessor>;

/** Why an assessor may not assess a candidate. */
export const ConflictKind = z.enum(['keluarga', 'pekerjaan', 'lainnya']);
export type ConflictKind = z.infer<typeof ConflictKind>;

/** A declared conflict of interest between an assessor and a candidate. */
export const Conflict = z.object({
  id: Id,
  assessorId: Id,
  candidateId: Id,
  kind: ConflictKind,
  note: z.string().trim().max(1000),
  declaredAt: z.string(),
});
export type Conflict = z.infer<typeof Conflict>;
