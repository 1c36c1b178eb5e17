import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { drawPanel } from '../../../../src/main/core/sessions/commands';
import { drawFromSeed } from '../../../../src/main/core/sessions/draw';
import { panelIds } from '../../../../src/main/core/sessions/queries';
import { record } from '../../../../src/main/core/journal/record';
import { DRAW_ALGORITHM } from '../../../../src/shared/domain/session';
import { appErrorOf } from '../../../helpers/app-error';
import { enrol, journalLength } from '../assessors/fixtures';
import { scheduledSession } from './fixtures';

const SEED = 'ab'.repeat(32);

/** The draw as docs/scoring-day.md describes it, written again independently of draw.ts. */
function drawByTheBook(seedHex: string, pool: string[], size: number): string[] {
  const ids = [...pool].sort();
  const words: number[] = [];
  for (let counter = 0; words.length < 64; counter += 1) {
    const suffix = Buffer.alloc(4);
    suffix.writeUInt32BE(counter);
    const block = createHash('sha256').update(Buffer.from(seedHex, 'hex')).update(suffix).digest();
    for (let o = 0; o < 32; o += 4) words.push(block.readUInt32BE(o));
  }
  let w = 0;
  for (let i = ids.length - 1; i >= 1; i -= 1) {
    const limit = Math.floor(2 ** 32 / (i + 1)) * (i + 1);
    while (words[w]! >= limit) w += 1;
    const j = words[w]! % (i + 1);
    w += 1;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.slice(0, size);
}

describe('drawing a panel by lot', () => {
  it('follows the documented algorithm and ignores the order of the pool', () => {
    const pool = ['d', 'b', 'a', 'e', 'c', 'g', 'f'];
    const drawn = drawFromSeed(SEED, pool, 3);
    expect(drawn).toEqual(drawByTheBook(SEED, pool, 3));
    expect(drawFromSeed(SEED, [...pool].reverse(), 3)).toEqual(drawn);
    expect(new Set(drawn).size).toBe(3);
    expect(drawFromSeed('cd'.repeat(32), pool, 7)).toEqual(drawByTheBook('cd'.repeat(32), pool, 7));
  });

  it('gives every assessor a fair chance over many seeds', () => {
    const counts = new Map<string, number>();
    for (let n = 0; n < 2000; n += 1) {
      const seed = createHash('sha256').update(String(n)).digest('hex');
      for (const id of drawFromSeed(seed, ['a', 'b', 'c', 'd', 'e'], 2)) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    // Each is drawn with probability 2/5: 800 of 2000, well within ±100.
    for (const count of counts.values()) expect(Math.abs(count - 800)).toBeLessThan(100);
  });

  it('journals seed, pool, algorithm and result, and the draw repeats from the journal', async () => {
    const { store, session, selectionId, ketua, penguji, penguji2 } = await scheduledSession();
    const extra = enrol(store, selectionId, 'sekretaris', '602931', 'Dewi Lestari');
    const pool = [ketua.id, penguji.id, penguji2.id, extra.id];
    const after = drawPanel(store, session.id, pool, 2);
    expect(after).toMatchObject({ panelMethod: 'undian', panelSize: 2 });

    const row = store.db
      .prepare("SELECT payload FROM journal WHERE kind = 'panel.drawn'")
      .pluck()
      .get() as string;
    const payload = JSON.parse(row) as {
      seed: string;
      pool: string[];
      size: number;
      algorithm: string;
      assessorIds: string[];
    };
    expect(payload.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(payload).toMatchObject({ algorithm: DRAW_ALGORITHM, pool, size: 2 });
    expect(after.panelSeed).toBe(payload.seed);
    // Anyone holding the journal repeats the draw and gets the seated panel.
    expect(drawByTheBook(payload.seed, payload.pool, payload.size)).toEqual(payload.assessorIds);
    expect(panelIds(store.db, session.id)).toEqual(payload.assessorIds);
  });

  it('draws the same panel from the same given seed', async () => {
    const { store, session, ketua, penguji, penguji2 } = await scheduledSession();
    const pool = [ketua.id, penguji.id, penguji2.id];
    drawPanel(store, session.id, pool, 2, SEED);
    const first = panelIds(store.db, session.id);
    drawPanel(store, session.id, [...pool].reverse(), 2, SEED);
    expect(panelIds(store.db, session.id)).toEqual(first);
    expect(first).toEqual(drawFromSeed(SEED, pool, 2));
  });

  it('refuses a result that does not follow from the seed, an observer in the pool, too many', async () => {
    const { store, session, ketua, penguji, penguji2, pengamat } = await scheduledSession();
    const pool = [ketua.id, penguji.id, penguji2.id];
    const honest = drawFromSeed(SEED, pool, 2);
    const rigged = pool.filter((id) => !honest.includes(id)).concat(honest[0]!);
    const before = journalLength(store);
    const payload = { sessionId: session.id, pool, size: 2, seed: SEED, algorithm: DRAW_ALGORITHM };
    expect(
      appErrorOf(() => record(store, 'panel.drawn', { ...payload, assessorIds: rigged })).code,
    ).toBe('panel.drawMismatch');
    expect(appErrorOf(() => drawPanel(store, session.id, [...pool, pengamat.id], 2)).code).toBe(
      'assessor.observerReadOnly',
    );
    const tooMany = appErrorOf(() => drawPanel(store, session.id, pool, 4));
    expect(tooMany.code).toBe('panel.drawTooLarge');
    expect(tooMany.params).toEqual({ size: 4, pool: 3 });
    expect(appErrorOf(() => drawPanel(store, session.id, pool, 2, 'AB'.repeat(32))).code).toBe(
      'journal.invalidPayload',
    );
    expect(journalLength(store)).toBe(before);
  });
});
