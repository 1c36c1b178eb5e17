import { describe, expect, it } from 'vitest';
import type { Api } from '../../../src/shared/contract/contract';
import type { SheetEntry } from '../../../src/shared/domain/sheet';
import { createScoringStore, nextInQueue } from '../../../src/renderer/state/scoring-store';
import { PINS, seedMorning } from './scoring-fixtures';

// The real backend with draft saves held at a gate, so the test decides when each one lands.
function gatedSaves(api: Api) {
  const gates: Array<() => void> = [];
  const sent: unknown[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const gated: Api = {
    ...api,
    'scoring:saveDraft': async (input) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      sent.push(input.entry);
      await new Promise<void>((release) => gates.push(release));
      try {
        return await api['scoring:saveDraft'](input);
      } finally {
        inFlight -= 1;
      }
    },
  };
  const releaseNext = async () => {
    while (gates.length === 0) await new Promise((r) => setTimeout(r, 1));
    gates.shift()!();
  };
  return { api: gated, sent, releaseNext, maxInFlight: () => maxInFlight };
}

const entry = (a: number, b?: number): SheetEntry => ({
  levels: b === undefined ? { A: a } : { A: a, B: b },
  notes: {},
  note: '',
});

describe('the scoring store', { timeout: 30_000 }, () => {
  it('keeps one draft save in flight at a time, and the latest entry wins', async () => {
    const morning = await seedMorning();
    const gate = gatedSaves(morning.api);
    const store = createScoringStore(gate.api);
    await store.getState().open(morning.budi.id, PINS.budi);
    expect(store.getState().sessionId).toBe(morning.session.id);
    const candidateId = morning.candidates[0]!.id;
    await store.getState().openSheet(candidateId);

    store.getState().edit(entry(1));
    store.getState().edit(entry(2));
    store.getState().edit(entry(3, 4));
    expect(store.getState().save.status).toBe('saving');
    await gate.releaseNext();
    await gate.releaseNext();
    await store.getState().flush();

    // The first save went out at once; the two edits typed meanwhile became one save, the last.
    expect(gate.sent).toEqual([entry(1), entry(3, 4)]);
    expect(gate.maxInFlight()).toBe(1);
    expect(store.getState().save.status).toBe('saved');
    const row = morning.store.db
      .prepare('SELECT entry_json FROM sheet_drafts WHERE candidate_id = ? AND assessor_id = ?')
      .pluck()
      .get(candidateId, morning.budi.id) as string;
    expect(JSON.parse(row)).toMatchObject(entry(3, 4));
  });

  it('keeps the sitting id in memory only and forgets it on close', async () => {
    const morning = await seedMorning();
    const store = createScoringStore(morning.api);
    await store.getState().open(morning.siti.id, PINS.siti);
    const { sittingId } = store.getState().sitting!;
    expect(JSON.stringify({ ...window.localStorage })).not.toContain(sittingId);
    await store.getState().close();
    expect(store.getState().sitting).toBeNull();
    expect(store.getState().ended).toBeNull();
    await expect(
      morning.api['scoring:queue']({ sittingId, sessionId: morning.session.id }),
    ).rejects.toMatchObject({ code: 'sitting.expired' });
  });

  it('moves on to the next candidate still waiting, skipping absent and submitted ones', () => {
    const item = (candidateId: string, status: 'hadir' | 'TH', own: 'kosong' | 'terkirim') => ({
      candidateId,
      nomorPeserta: candidateId,
      nama: candidateId,
      status,
      own,
      version: own === 'terkirim' ? 1 : null,
    });
    const queue = [
      item('a', 'hadir', 'kosong'),
      item('b', 'hadir', 'terkirim'),
      item('c', 'hadir', 'terkirim'),
      item('d', 'TH', 'kosong'),
      item('e', 'hadir', 'kosong'),
    ];
    expect(nextInQueue(queue, 'b')).toBe('e');
    expect(nextInQueue(queue, 'e')).toBe('a');
    expect(nextInQueue(queue.slice(1, 4), 'c')).toBe('d');
  });
});
