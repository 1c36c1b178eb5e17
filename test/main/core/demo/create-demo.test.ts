import { describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import { DEMO_ASSESSORS } from '../../../../src/main/core/demo/demo-assessors';
import { demoDrawSeed } from '../../../../src/main/core/demo/demo-scoring';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { verifyJournal } from '../../../../src/main/core/journal/verify';
import { DEFAULT_KDF } from '../../../../src/main/core/crypto/kdf';
import { checkPinRules } from '../../../../src/main/core/crypto/pin';
import { findSheet } from '../../../../src/main/core/scoring/sheet-rows';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { FAST_KDF } from '../assessors/fixtures';
import { listPlanViews } from '../../../../src/main/core/plans/queries';
import { listRubrics } from '../../../../src/main/core/rubrics/queries';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';

describe('createDemo', () => {
  it('installs the templates and gives every formasi a plan on the matching rubric', async () => {
    const store = await tempStore();
    const { selection, rubrics } = await createDemo(store, {
      seed: 1,
      resourcesDir: RESOURCES_DIR,
      kdf: FAST_KDF,
    });
    expect(rubrics.map((r) => r.status)).toEqual([
      'published',
      'published',
      'published',
      'published',
    ]);
    const titleOf = new Map(rubrics.map((r) => [r.id, r.content.kind]));
    const views = listPlanViews(store.db, selection.id);
    expect(views).toHaveLength(7);
    const summary = views.map((view) => {
      const tambahan = view.plan?.components.find((c) => c.source.type === 'rubric');
      const source = tambahan?.source.type === 'rubric' ? tambahan.source : null;
      return {
        code: view.formasiCode,
        preset: view.plan?.preset,
        kind: titleOf.get(source?.rubricVersionId ?? ''),
        weights: view.plan?.components.map((c) => `${c.key}:${c.weight}`),
        errors: view.errors,
        warnings: view.warnings.map((w) => w.code),
      };
    });
    const skb = (key: string) => ['skd:100', 'skb_cat:60', `${key}:40`];
    expect(summary).toEqual([
      {
        code: 'ADM-03',
        preset: 'cpns-daerah-2024',
        kind: 'simulasi_administrasi',
        weights: skb('simulasi_administrasi'),
        errors: [],
        warnings: [],
      },
      {
        code: 'AKB-05',
        preset: 'cpns-daerah-2024',
        kind: 'wawancara',
        weights: skb('wawancara'),
        errors: [],
        warnings: ['daerahNoWawancara'],
      },
      {
        code: 'GKS-01',
        preset: 'cpns-daerah-2024',
        kind: 'simulasi_mengajar',
        weights: skb('simulasi_mengajar'),
        errors: [],
        warnings: [],
      },
      {
        code: 'GMT-02',
        preset: 'cpns-daerah-2024',
        kind: 'simulasi_mengajar',
        weights: skb('simulasi_mengajar'),
        errors: [],
        warnings: [],
      },
      {
        code: 'PKM-04',
        preset: 'cpns-daerah-2024',
        kind: 'simulasi_administrasi',
        weights: skb('simulasi_administrasi'),
        errors: [],
        warnings: [],
      },
      {
        code: 'PPT-07',
        preset: 'cpns-daerah-2024',
        kind: 'wawancara',
        weights: skb('wawancara'),
        errors: [],
        warnings: ['daerahNoWawancara'],
      },
      {
        code: 'PRW-06',
        preset: 'cpns-daerah-2024',
        kind: 'wawancara',
        weights: skb('wawancara'),
        errors: [],
        warnings: ['daerahNoWawancara'],
      },
    ]);
  });

  it('reuses the installed templates when a second demo goes into the same store', async () => {
    const store = await tempStore();
    await createDemo(store, { seed: 1, resourcesDir: RESOURCES_DIR, kdf: FAST_KDF });
    await createDemo(store, { seed: 2, resourcesDir: RESOURCES_DIR, kdf: FAST_KDF });
    expect(listRubrics(store.db, true)).toHaveLength(4);
    expect(
      listRubrics(store.db, true)
        .map((r) => r.usedBy)
        .sort(),
    ).toEqual([0, 4, 4, 6]);
  });

  it('runs the scoring day: committee, sessions, a drawn panel, attendance, signed sheets', async () => {
    const store = await tempStore();
    const { db } = store;
    const { scoring } = await createDemo(store, {
      seed: 3,
      resourcesDir: RESOURCES_DIR,
      kdf: FAST_KDF,
    });
    const count = (sql: string, ...params: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...params) as number;

    // The committee, each with a documented demo PIN that passes the PIN rules.
    expect(scoring.assessors.map((a) => a.role)).toEqual([
      'ketua',
      'sekretaris',
      'penguji',
      'penguji',
      'penguji',
      'penguji',
      'pengamat',
    ]);
    expect(scoring.assessors.map((a) => a.pin)).toEqual(DEMO_ASSESSORS.map((a) => a.pin));
    for (const { pin } of DEMO_ASSESSORS) expect(() => checkPinRules(pin)).not.toThrow();
    expect(new Set(DEMO_ASSESSORS.map((a) => a.pin)).size).toBe(DEMO_ASSESSORS.length);
    expect(count('SELECT count(*) FROM integrity_statements')).toBe(7);

    // One session per formasi, each on its formasi's in-person component, one panel drawn.
    expect(scoring.sessions).toBe(7);
    expect(count('SELECT count(*) FROM sessions')).toBe(7);
    const draws = db
      .prepare("SELECT payload FROM journal WHERE kind = 'panel.drawn'")
      .pluck()
      .all() as string[];
    expect(draws.map((p) => JSON.parse(p) as { sessionId: string; seed: string })).toEqual([
      expect.objectContaining({ sessionId: scoring.draw.sessionId, seed: demoDrawSeed(3) }),
    ]);
    expect(
      count(
        "SELECT count(*) FROM session_panel p JOIN assessors a ON a.id = p.assessor_id WHERE a.role = 'pengamat'",
      ),
    ).toBe(0);

    // Every candidate is scheduled and checked in; a few are absent and have no sheet.
    expect(count('SELECT count(*) FROM session_candidates')).toBe(57);
    const absent = db
      .prepare(
        "SELECT session_id AS s, candidate_id AS c FROM attendance WHERE status = 'tidak_hadir'",
      )
      .all() as Array<{ s: string; c: string }>;
    expect(absent.length).toBe(scoring.absent);
    expect(absent.length).toBeGreaterThanOrEqual(3);
    expect(absent.length).toBeLessThan(12);
    for (const { s, c } of absent) {
      expect(
        count('SELECT count(*) FROM score_sheets WHERE session_id = ? AND candidate_id = ?', s, c),
      ).toBe(0);
    }

    // Every present candidate has a sheet from every panel member, except the conflicted one.
    const expected = count(`SELECT count(*) FROM session_candidates sc
      JOIN session_panel p ON p.session_id = sc.session_id
      WHERE NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = sc.session_id
                        AND a.candidate_id = sc.candidate_id AND a.status = 'tidak_hadir')
        AND NOT EXISTS (SELECT 1 FROM conflicts k WHERE k.assessor_id = p.assessor_id
                        AND k.candidate_id = sc.candidate_id)`);
    expect(scoring.sheets).toBe(expected);
    expect(count('SELECT count(*) FROM score_sheets WHERE is_current = 1')).toBe(expected);
    expect(count('SELECT count(*) FROM conflicts')).toBe(1);
    expect(
      count(
        'SELECT count(*) FROM score_sheets WHERE assessor_id = ? AND candidate_id = ?',
        scoring.conflict?.assessorId,
        scoring.conflict?.candidateId,
      ),
    ).toBe(0);

    // One amendment: version 2 with its reason; version 1 stays, no longer current.
    expect(count('SELECT count(*) FROM score_sheets')).toBe(expected + 1);
    const amended = findSheet(db, scoring.amendment?.sheetId ?? '');
    expect(amended?.content).toMatchObject({
      version: 2,
      supersedes: scoring.amendment?.supersedes,
      reason: scoring.amendment?.reason,
    });
    expect(findSheet(db, scoring.amendment?.supersedes ?? '')?.current).toBe(false);

    // Every sheet's signature verifies; the journal chain verifies; a rebuild gives the same state.
    const ids = db.prepare('SELECT id FROM score_sheets').pluck().all() as string[];
    expect(ids.filter((id) => findSheet(db, id)?.signatureValid !== true)).toEqual([]);
    expect(verifyJournal(db).ok).toBe(true);
    const before = stateSnapshot(db);
    rebuildState(db);
    expect(stateSnapshot(db)).toEqual(before);
  });

  it('uses the production scrypt cost for the demo PINs by default', async () => {
    const store = await tempStore();
    await createDemo(store, { seed: 4, resourcesDir: RESOURCES_DIR, candidates: 10 });
    const hashes = store.db.prepare('SELECT pin_hash FROM assessor_secrets').pluck().all();
    expect(hashes).toHaveLength(7);
    for (const hash of hashes) expect(hash).toMatch(new RegExp(`^scrypt\\$${DEFAULT_KDF.N}\\$`));
  });
});
