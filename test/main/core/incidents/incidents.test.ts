import { describe, expect, it } from 'vitest';
import { readAttempts } from '../../../../src/main/core/assessors/pin-attempts';
import { recordIncident } from '../../../../src/main/core/incidents/commands';
import { listIncidents } from '../../../../src/main/core/incidents/queries';
import { rebuildState } from '../../../../src/main/core/journal/rebuild';
import { appErrorOf } from '../../../helpers/app-error';
import { stateSnapshot } from '../../../helpers/state-snapshot';
import { journalLength, PIN } from '../assessors/fixtures';
import { scheduledSession } from '../sessions/fixtures';

describe('incidents (kejadian khusus)', () => {
  it('records the chair’s incidents after the PIN, in the order they happened', async () => {
    const { store, session, ketua } = await scheduledSession();
    const later = recordIncident(store, session.id, ketua.id, PIN.ketua, {
      text: '  Peserta 0003 meminta izin ke toilet selama 5 menit.  ',
      at: '2024-11-12T02:30:00.000Z',
    });
    recordIncident(store, session.id, ketua.id, PIN.ketua, {
      text: 'Listrik padam 10 menit; wawancara dihentikan sementara.',
      at: '2024-11-12T01:15:00.000Z',
    });
    expect(later.text).toBe('Peserta 0003 meminta izin ke toilet selama 5 menit.');
    expect(later.recordedByNama).toBe(ketua.nama);
    const listed = listIncidents(store.db, session.id);
    expect(listed.map((incident) => incident.at)).toEqual([
      '2024-11-12T01:15:00.000Z',
      '2024-11-12T02:30:00.000Z',
    ]);
    expect(listed.every((incident) => incident.recordedBy === ketua.id)).toBe(true);
    const entry = store.db
      .prepare("SELECT payload FROM journal WHERE kind = 'incident.recorded' ORDER BY seq LIMIT 1")
      .pluck()
      .get() as string;
    expect(JSON.parse(entry)).toMatchObject({ sessionId: session.id, recordedBy: ketua.id });
  });

  it('refuses an assessor or an observer before their PIN is checked, and writes nothing', async () => {
    const { store, session, penguji, pengamat } = await scheduledSession();
    const before = journalLength(store);
    for (const [who, pin] of [
      [penguji, PIN.penguji],
      [pengamat, PIN.pengamat],
    ] as const) {
      const error = appErrorOf(() =>
        recordIncident(store, session.id, who.id, pin, { text: 'Sesuatu terjadi' }),
      );
      expect(error.code).toBe('incident.notChair');
      // Refused before the PIN: even a wrong one would cost nothing.
      expect(readAttempts(store.db, who.id).failures).toBe(0);
    }
    expect(journalLength(store)).toBe(before);
    expect(listIncidents(store.db, session.id)).toEqual([]);
  });

  it('refuses a wrong chair PIN, counting it, and an unknown session', async () => {
    const { store, session, ketua } = await scheduledSession();
    const before = journalLength(store);
    const wrong = appErrorOf(() =>
      recordIncident(store, session.id, ketua.id, '000000', { text: 'x' }),
    );
    expect(wrong.code).toBe('assessor.wrongPin');
    expect(readAttempts(store.db, ketua.id).failures).toBe(1);
    expect(journalLength(store)).toBe(before);
    const unknown = appErrorOf(() =>
      recordIncident(store, 'no-such-session', ketua.id, PIN.ketua, { text: 'x' }),
    );
    expect(unknown.code).toBe('session.notFound');
  });

  it('is rebuilt from the journal exactly', async () => {
    const { store, session, ketua } = await scheduledSession();
    recordIncident(store, session.id, ketua.id, PIN.ketua, { text: 'Mikrofon ruang 2 rusak.' });
    const before = stateSnapshot(store.db);
    rebuildState(store.db);
    expect(stateSnapshot(store.db)).toEqual(before);
    expect(listIncidents(store.db, session.id)).toHaveLength(1);
  });
});
