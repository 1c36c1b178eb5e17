import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/main/core/contract/dispatch';
import { createHandlers } from '../../../../src/main/core/handlers';
import { drawFromSeed } from '../../../../src/main/core/sessions/draw';
import type { Output } from '../../../../src/shared/contract/contract';
import { DRAW_ALGORITHM } from '../../../../src/shared/domain/session';
import { isAppError } from '../../../../src/shared/errors';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { journalLength } from '../assessors/fixtures';
import { COMPONENT, FIELDS, scoringDay } from '../sessions/fixtures';

const SEED = '5e'.repeat(32);

async function setup() {
  const day = await scoringDay();
  const handlers = createHandlers({
    store: day.store,
    dataDir: '/data',
    resourcesDir: RESOURCES_DIR,
    transport: 'web',
    version: '1',
  });
  const call = (channel: string, input: unknown) => dispatch(handlers, channel, input);
  /** The error code a call is refused with; fails when it succeeds. */
  const refusal = async (channel: string, input: unknown) => {
    try {
      await call(channel, input);
    } catch (error) {
      if (isAppError(error)) return error.code;
      throw error;
    }
    throw new Error(`${channel} was expected to be refused`);
  };
  const open = async () =>
    (await call('session:create', {
      formasiId: day.formasiId,
      componentKey: COMPONENT,
      fields: FIELDS,
    })) as Output<'session:create'>;
  const detail = async (id: string) => (await call('session:get', { id })) as Output<'session:get'>;
  return { ...day, call, refusal, open, detail };
}

describe('session channels', () => {
  it('offer the rubric components, open a session and list it with its names', async () => {
    const { call, open, selectionId, formasiId } = await setup();
    const components = (await call('session:components', {
      selectionId,
    })) as Output<'session:components'>;
    expect(components).toEqual([
      expect.objectContaining({ formasiId, componentKey: COMPONENT, minAssessors: 2 }),
    ]);
    const session = await open();
    expect(session).toMatchObject({ ...FIELDS, formasiId, componentKey: COMPONENT });
    const list = (await call('session:list', { selectionId })) as Output<'session:list'>;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: session.id,
      formasiCode: components[0]!.code,
      jabatan: components[0]!.jabatan,
      componentLabel: components[0]!.label,
      candidateCount: 0,
      panelSize: 0,
      minAssessors: 2,
    });
  });

  it('refuse a component that is not scored on a rubric and a malformed date', async () => {
    const { refusal, formasiId } = await setup();
    expect(
      await refusal('session:create', { formasiId, componentKey: 'skd', fields: FIELDS }),
    ).toBe('session.componentNotScored');
    expect(
      await refusal('session:create', {
        formasiId,
        componentKey: COMPONENT,
        fields: { ...FIELDS, date: '12/11/2024' },
      }),
    ).toBe('request.invalid');
  });

  it('schedule candidates of the formasi and no longer offer them', async () => {
    const { call, refusal, open, detail, formasiCandidates, otherCandidate } = await setup();
    const session = await open();
    const offered = (await call('session:schedulable', {
      sessionId: session.id,
    })) as Output<'session:schedulable'>;
    expect(offered.map((c) => c.id).sort()).toEqual([...formasiCandidates].sort());
    const first = offered.slice(0, 2).map((c) => c.id);
    const after = (await call('session:schedule', {
      sessionId: session.id,
      candidateIds: first,
    })) as Output<'session:schedule'>;
    expect(after.candidateCount).toBe(2);
    const left = (await call('session:schedulable', {
      sessionId: session.id,
    })) as Output<'session:schedulable'>;
    expect(left.map((c) => c.id)).toEqual(offered.slice(2).map((c) => c.id));
    expect(
      await refusal('session:schedule', { sessionId: session.id, candidateIds: [otherCandidate] }),
    ).toBe('session.candidateOtherFormasi');
    const shown = await detail(session.id);
    expect(shown.candidates.map((c) => [c.candidateId, c.status])).toEqual(
      offered.slice(0, 2).map((c) => [c.id, 'belum']),
    );
  });
});

describe('panel channels', () => {
  it('offer everyone but observers, with public fields only', async () => {
    const { call, open, ketua, penguji, penguji2 } = await setup();
    const session = await open();
    const eligible = (await call('panel:eligible', {
      sessionId: session.id,
    })) as Output<'panel:eligible'>;
    expect(eligible.map((a) => a.id).sort()).toEqual([ketua.id, penguji.id, penguji2.id].sort());
    for (const assessor of eligible) {
      expect(Object.keys(assessor).sort()).toEqual(['id', 'nama', 'nip', 'role']);
    }
  });

  it('assign a panel by hand and report it incomplete below the minimum', async () => {
    const { call, refusal, open, detail, penguji, pengamat, formasiCandidates } = await setup();
    const session = await open();
    await call('session:schedule', { sessionId: session.id, candidateIds: formasiCandidates });
    const small = (await call('panel:assign', {
      sessionId: session.id,
      assessorIds: [penguji.id],
    })) as Output<'panel:assign'>;
    expect(small).toMatchObject({ panelMethod: 'manual', panelSize: 1 });
    const shown = await detail(session.id);
    expect(shown.panelIncomplete).toBe(true);
    expect(shown.draw).toBeNull();
    expect(shown.panel).toEqual([
      { id: penguji.id, nama: penguji.nama, nip: penguji.nip, role: 'penguji' },
    ]);
    expect(shown.candidates.every((c) => c.belowMinimum && c.effectivePanelSize === 1)).toBe(true);
    expect(
      await refusal('panel:assign', { sessionId: session.id, assessorIds: [pengamat.id] }),
    ).toBe('assessor.observerReadOnly');
  });

  it('draw a panel from a given seed, repeatable from what the detail shows', async () => {
    const { store, call, refusal, open, detail, ketua, penguji, penguji2, pengamat } =
      await setup();
    const session = await open();
    const pool = [penguji2.id, ketua.id, penguji.id];
    const drawn = (await call('panel:draw', {
      sessionId: session.id,
      poolAssessorIds: pool,
      size: 2,
      seed: SEED,
    })) as Output<'panel:draw'>;
    expect(drawn).toMatchObject({ panelMethod: 'undian', panelSeed: SEED, panelSize: 2 });
    const shown = await detail(session.id);
    expect(shown.draw).toEqual({ seed: SEED, algorithm: DRAW_ALGORITHM, pool, size: 2 });
    expect(shown.panel.map((a) => a.id)).toEqual(drawFromSeed(SEED, shown.draw!.pool, 2));
    // Without a seed the main process rolls one, and shows it afterwards.
    const random = (await call('panel:draw', {
      sessionId: session.id,
      poolAssessorIds: pool,
      size: 2,
    })) as Output<'panel:draw'>;
    expect(random.panelSeed).toMatch(/^[0-9a-f]{64}$/);
    expect((await detail(session.id)).draw?.seed).toBe(random.panelSeed);
    // A panel by hand afterwards replaces the draw.
    await call('panel:assign', { sessionId: session.id, assessorIds: [ketua.id, penguji.id] });
    expect((await detail(session.id)).draw).toBeNull();
    const before = journalLength(store);
    expect(
      await refusal('panel:draw', {
        sessionId: session.id,
        poolAssessorIds: [...pool, pengamat.id],
        size: 2,
      }),
    ).toBe('assessor.observerReadOnly');
    expect(
      await refusal('panel:draw', {
        sessionId: session.id,
        poolAssessorIds: pool,
        size: 2,
        seed: 'XYZ',
      }),
    ).toBe('request.invalid');
    expect(journalLength(store)).toBe(before);
  });
});

describe('attendance and status channels', () => {
  it('record check-ins and corrections, keeping the history', async () => {
    const { call, refusal, open, detail, formasiCandidates } = await setup();
    const session = await open();
    const [candidate] = formasiCandidates;
    await call('session:schedule', { sessionId: session.id, candidateIds: [candidate] });
    const present = (await call('attendance:record', {
      sessionId: session.id,
      candidateId: candidate,
      fields: { status: 'hadir', identityChecked: true, document: 'ktp_el' },
    })) as Output<'attendance:record'>;
    expect(present).toMatchObject({ status: 'hadir', document: 'ktp_el', candidateId: candidate });
    expect(present.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await detail(session.id)).candidates[0]!.status).toBe('hadir');
    await call('attendance:record', {
      sessionId: session.id,
      candidateId: candidate,
      fields: { status: 'tidak_hadir', identityChecked: false, document: null },
    });
    const shown = (await detail(session.id)).candidates[0]!;
    expect(shown.status).toBe('TH');
    expect(shown.attendance?.status).toBe('tidak_hadir');
    const history = (await call('attendance:history', {
      sessionId: session.id,
      candidateId: candidate,
    })) as Output<'attendance:history'>;
    expect(history.map((a) => a.status)).toEqual(['hadir', 'tidak_hadir']);
    expect(
      await refusal('attendance:record', {
        sessionId: session.id,
        candidateId: candidate,
        fields: { status: 'tidak_hadir', identityChecked: true, document: 'ktp_el' },
      }),
    ).toBe('attendance.absentIdentity');
  });

  it('disqualify with a reason only, and reinstate', async () => {
    const { call, refusal, open, detail, formasiCandidates } = await setup();
    const session = await open();
    const [candidate] = formasiCandidates;
    await call('session:schedule', { sessionId: session.id, candidateIds: [candidate] });
    expect(
      await refusal('candidate:setStatus', { candidateId: candidate, status: 'DIS', reason: ' ' }),
    ).toBe('candidate.reasonRequired');
    const dis = (await call('candidate:setStatus', {
      candidateId: candidate,
      status: 'DIS',
      reason: 'Membawa telepon genggam ke ruang ujian',
    })) as Output<'candidate:setStatus'>;
    expect(dis).toMatchObject({ status: 'DIS', reason: 'Membawa telepon genggam ke ruang ujian' });
    const shown = (await detail(session.id)).candidates[0]!;
    expect(shown.status).toBe('DIS');
    expect(shown.candidateStatus.reason).toBe('Membawa telepon genggam ke ruang ujian');
    await call('candidate:setStatus', {
      candidateId: candidate,
      status: 'aktif',
      reason: 'Salah pilih peserta',
    });
    expect((await detail(session.id)).candidates[0]!.status).toBe('belum');
  });

  it('refuse an unknown session', async () => {
    const { refusal, formasiCandidates } = await setup();
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await refusal('session:get', { id: missing })).toBe('session.notFound');
    expect(
      await refusal('attendance:history', {
        sessionId: missing,
        candidateId: formasiCandidates[0],
      }),
    ).toBe('session.notFound');
  });
});
