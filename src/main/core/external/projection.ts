/** How `externalScores.imported` changes the `external_score_imports` and `external_scores` tables. */
import { AppError } from '../../../shared/errors';
import type { Appliers } from '../journal/apply';
import { referenceEntities } from '../journal/apply';

/** Appliers for `externalScores.*` entries. */
export const externalScoreAppliers: Appliers<'externalScores.imported'> = {
  'externalScores.imported'(db, payload, entry) {
    const { importId, selectionId, fileName, fileSha256, scores } = payload;
    db.prepare(
      `INSERT INTO external_score_imports
         (id, selection_id, file_name, file_sha256, row_count, imported_at, device_id, seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      importId,
      selectionId,
      fileName,
      fileSha256,
      scores.length,
      entry.ts,
      entry.device,
      entry.seq,
    );
    // One row per candidate and component: a later import replaces the score, the journal keeps
    // every earlier one. The SELECT refuses a candidate of another selection.
    const upsert = db.prepare(
      `INSERT OR REPLACE INTO external_scores (candidate_id, component_key, selection_id, source,
         score, teknis, manajerial_sk, wawancara, ms_tms, import_id, file_sha256, imported_at)
       SELECT id, @componentKey, selection_id, @source, @score, @teknis, @manajerialSk,
         @wawancara, @msTms, @importId, @fileSha256, @importedAt
       FROM candidates WHERE id = @candidateId AND selection_id = @selectionId`,
    );
    const common = { importId, fileSha256, importedAt: entry.ts, selectionId };
    for (const value of scores) {
      const row = {
        ...common,
        candidateId: value.candidateId,
        componentKey: value.componentKey,
        source: value.source,
        score: null as number | null,
        teknis: null as number | null,
        manajerialSk: null as number | null,
        wawancara: null as number | null,
        msTms: null as string | null,
      };
      if (value.source === 'external_score') row.score = value.score;
      else if (value.source === 'cat_pppk') {
        row.teknis = value.teknis;
        row.manajerialSk = value.manajerialSk;
        row.wawancara = value.wawancara;
        row.score = value.teknis + value.manajerialSk + value.wawancara;
      } else row.msTms = value.result;
      if (upsert.run(row).changes === 0) throw new AppError('candidate.notFound');
    }
    // Like a candidate import: the scores find this entry through their import_id.
    referenceEntities(db, entry, [importId, selectionId]);
  },
};
