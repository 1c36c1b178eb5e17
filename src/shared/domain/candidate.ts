/** Candidates (peserta) as imported from the national registration data. */
import { z } from 'zod';
import { Id } from './selection';

/** Jenis kelamin as written on the KTP: L (laki-laki) or P (perempuan). */
export const Gender = z.enum(['L', 'P']);
export type Gender = z.infer<typeof Gender>;

/** An ISO calendar date, yyyy-mm-dd. */
export const IsoDate = z.iso.date();

/** SKD (CAT BKN) sub-scores; all three or none. Maxima: TWK 150, TIU 175, TKP 225. */
export const SkdScores = z.object({
  twk: z.number().int().min(0).max(150),
  tiu: z.number().int().min(0).max(175),
  tkp: z.number().int().min(0).max(225),
});
export type SkdScores = z.infer<typeof SkdScores>;

/** The fields of one candidate, as validated from an import row. */
export const CandidateFields = z.object({
  nomorPeserta: z.string().min(1).max(50),
  nik: z.string().regex(/^\d{16}$/),
  nama: z.string().min(1).max(200),
  tanggalLahir: IsoDate,
  jenisKelamin: Gender,
  pendidikan: z.string().min(1).max(200),
  /** IPK (0–4) for diploma and university graduates. */
  ipk: z.number().min(0).max(4).nullable(),
  /** Average on the ijazah (0–100) for secondary-school graduates. */
  nilaiIjazah: z.number().min(0).max(100).nullable(),
  formasiCode: z.string().min(1).max(50),
  skd: SkdScores.nullable(),
});
export type CandidateFields = z.infer<typeof CandidateFields>;

/** A candidate as stored. */
export const Candidate = CandidateFields.extend({
  id: Id,
  selectionId: Id,
  formasiId: Id,
  jabatan: z.string(),
  skdTotal: z.number().int().nullable(),
  importId: Id,
});
export type Candidate = z.infer<typeof Candidate>;
