/** Selections (seleksi) and their formasi: the frame every candidate and score belongs to. */
import { z } from 'zod';

/** An identifier minted on the device (UUID v4). */
export const Id = z.uuid();

/** The recruitment track a selection belongs to. */
export const SelectionType = z.enum(['CPNS', 'PPPK']);
export type SelectionType = z.infer<typeof SelectionType>;

const text = (max: number) => z.string().trim().min(1).max(max);

/** What a secretary types to create or edit a selection. */
export const SelectionFields = z.object({
  name: text(200),
  year: z.number().int().min(2000).max(2100),
  type: SelectionType,
  instansi: text(200),
  location: text(200),
});
export type SelectionFields = z.infer<typeof SelectionFields>;

/** A selection as stored. */
export const Selection = SelectionFields.extend({
  id: Id,
  createdAt: z.string(),
  updatedAt: z.string(),
  formasiCount: z.number().int().nonnegative(),
  candidateCount: z.number().int().nonnegative(),
});
export type Selection = z.infer<typeof Selection>;

/** What a secretary types to create or edit a formasi (jabatan + unit + pendidikan + quota). */
export const FormasiFields = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[\p{L}\p{N}._/-]+$/u, 'letters, digits, . _ / - only'),
  jabatan: text(200),
  unit: text(200),
  pendidikan: text(200),
  quota: z.number().int().min(1).max(100000),
});
export type FormasiFields = z.infer<typeof FormasiFields>;

/** A formasi as stored, with its candidate count. */
export const Formasi = FormasiFields.extend({
  id: Id,
  selectionId: Id,
  candidateCount: z.number().int().nonnegative(),
});
export type Formasi = z.infer<typeof Formasi>;
