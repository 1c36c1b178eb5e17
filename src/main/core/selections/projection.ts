/** How selection entries change the `selections` table. */
import { AppError } from '../../../shared/errors';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';

/** Appliers for `selection.*` entries. */
export const selectionAppliers: Appliers<'selection.created' | 'selection.updated'> = {
  'selection.created'(db, { id, fields }, entry) {
    db.prepare(
      `INSERT INTO selections (id, name, year, type, instansi, location, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      fields.name,
      fields.year,
      fields.type,
      fields.instansi,
      fields.location,
      entry.ts,
      entry.ts,
    );
    referenceEntities(db, entry, [id]);
  },
  'selection.updated'(db, { id, fields }, entry) {
    const { changes } = db
      .prepare(
        `UPDATE selections SET name = ?, year = ?, type = ?, instansi = ?, location = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(fields.name, fields.year, fields.type, fields.instansi, fields.location, entry.ts, id);
    if (changes === 0) throw new AppError('selection.notFound');
    referenceEntities(db, entry, [id]);
  },
};
