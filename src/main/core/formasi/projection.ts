/** How formasi entries change the `formasi` table. */
import { formasiCodeKey } from '../../../shared/domain/normalise';
import { AppError } from '../../../shared/errors';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';

/** Appliers for `formasi.*` entries. */
export const formasiAppliers: Appliers<'formasi.created' | 'formasi.updated' | 'formasi.deleted'> =
  {
    'formasi.created'(db, { id, selectionId, fields }, entry) {
      db.prepare(
        `INSERT INTO formasi (id, selection_id, code, code_key, jabatan, unit, pendidikan, quota)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        selectionId,
        fields.code,
        formasiCodeKey(fields.code),
        fields.jabatan,
        fields.unit,
        fields.pendidikan,
        fields.quota,
      );
      referenceEntities(db, entry, [id, selectionId]);
    },
    'formasi.updated'(db, { id, fields }, entry) {
      const { changes } = db
        .prepare(
          `UPDATE formasi SET code = ?, code_key = ?, jabatan = ?, unit = ?, pendidikan = ?, quota = ?
         WHERE id = ?`,
        )
        .run(
          fields.code,
          formasiCodeKey(fields.code),
          fields.jabatan,
          fields.unit,
          fields.pendidikan,
          fields.quota,
          id,
        );
      if (changes === 0) throw new AppError('formasi.notFound');
      referenceEntities(db, entry, [id]);
    },
    'formasi.deleted'(db, { id }, entry) {
      const { changes } = db.prepare('DELETE FROM formasi WHERE id = ?').run(id);
      if (changes === 0) throw new AppError('formasi.notFound');
      referenceEntities(db, entry, [id]);
    },
  };
