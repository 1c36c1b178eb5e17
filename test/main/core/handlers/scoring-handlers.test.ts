import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/main/core/contract/dispatch';
import { createHandlers } from '../../../../src/main/core/handlers';
import type { Output } from '../../../../src/shared/contract/contract';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempDir } from '../../../helpers/temp-store';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { PIN } from '../assessors/fixtures';
import { PIN_PENGUJI_2 } from '../sessions/fixtures';
import { entry, scoringSession } from '../scoring/fixtures';

async function over() {
  const day = await scoringSession();
  const handlers = createHandlers({
    store: day.store,
    dataDir: tempDir(),
    resourcesDir: RESOURCES_DIR,
    transport: 'web',
    version: 'test',
  });
  const call = <C extends Parameters<typeof dispatch>[1]>(channel: C, input: unknown) =>
    dispatch(handlers, channel, input) as Promise<unknown>;
  return { ...day, call };
}

describe('score entry through dispatch', () => {
  it('opens a sitting, queues, drafts, submits, and seals the others until then', async () => {
    const { call, penguji, penguji2, session, scheduled } = await over();
    const sessions = (await call('scoring:sessions', {
      assessorId: penguji.id,
    })) as Output<'scoring:sessions'>;
    expect(sessions.map((s) => s.id)).toEqual([session.id]);
    expect(sessions[0]!.componentLabel).not.toBe('');
    const a = (await call('scoring:open', {
      assessorId: penguji.id,
      pin: PIN.penguji,
    })) as Output<'scoring:open'>;
    const b = (await call('scoring:open', {
      assessorId: penguji2.id,
      pin: PIN_PENGUJI_2,
    })) as Output<'scoring:open'>;
    expect(JSON.stringify(a)).not.toContain(PIN.penguji);
    const candidateId = scheduled[0]!;
    const target = (sittingId: string) => ({ sittingId, sessionId: session.id, candidateId });
    const queue = (await call('scoring:queue', {
      sittingId: a.sittingId,
      sessionId: session.id,
    })) as Output<'scoring:queue'>;
    expect(queue).toHaveLength(3);
    await call('scoring:saveDraft', {
      ...target(a.sittingId),
      entry: entry(5, 5, 'catatan rahasia'),
    });
    await call('scoring:submit', {
      ...target(a.sittingId),
      pin: PIN.penguji,
      entry: entry(5, 5, 'catatan rahasia'),
    });
    const sealed = (await call('scoring:sheet', target(b.sittingId))) as Output<'scoring:sheet'>;
    expect(sealed.others).toBeNull();
    expect(JSON.stringify(sealed)).not.toContain('catatan rahasia');
    // The chair's meta view names who submitted, never what.
    const meta = (await call('scoring:sheetsMeta', {
      sessionId: session.id,
      candidateId,
    })) as Output<'scoring:sheetsMeta'>;
    expect(meta.map((m) => m.assessorId)).toEqual([penguji.id]);
    expect(JSON.stringify(meta)).not.toContain('catatan rahasia');
    await call('scoring:submit', {
      ...target(b.sittingId),
      pin: PIN_PENGUJI_2,
      entry: entry(3, 4),
    });
    const open = (await call('scoring:sheet', target(b.sittingId))) as Output<'scoring:sheet'>;
    expect(open.others?.map((s) => s.assessorNama)).toEqual([penguji.nama]);
    expect(open.current?.total).toBe(70);
  });

  it('lists who may pick themselves: everyone but observers', async () => {
    const { call, selectionId, pengamat, penguji } = await over();
    const list = (await call('scoring:assessors', { selectionId })) as Output<'scoring:assessors'>;
    expect(list.map((a) => a.id)).toContain(penguji.id);
    expect(list.map((a) => a.id)).not.toContain(pengamat.id);
  });

  it('refuses a closed sitting and reports progress in counts only', async () => {
    const { call, penguji, session, scheduled, selectionId } = await over();
    const a = (await call('scoring:open', {
      assessorId: penguji.id,
      pin: PIN.penguji,
    })) as Output<'scoring:open'>;
    await call('scoring:close', { sittingId: a.sittingId });
    const error = await asyncAppErrorOf(() =>
      call('scoring:queue', { sittingId: a.sittingId, sessionId: session.id }),
    );
    expect(error.code).toBe('sitting.expired');
    const progress = (await call('scoring:progress', {
      selectionId,
    })) as Output<'scoring:progress'>;
    expect(progress[0]).toMatchObject({
      scheduled: scheduled.length,
      present: 3,
      expected: 9,
      submitted: 0,
      missing: 9,
      complete: false,
    });
  });
});
