import { describe, expect, it } from 'vitest';
import { dispatchEnveloped } from '../../../../src/main/core/contract/dispatch';
import { createHandlers } from '../../../../src/main/core/handlers';
import { tamperWithJournal } from '../../../helpers/tamper';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempDir } from '../../../helpers/temp-store';
import { auditDay } from './fixtures';

async function backend() {
  const day = await auditDay();
  const handlers = createHandlers({
    store: day.store,
    dataDir: tempDir(),
    resourcesDir: RESOURCES_DIR,
    transport: 'web',
    version: 'test',
  });
  return {
    ...day,
    call: (channel: string, input: unknown) => dispatchEnveloped(handlers, channel, input),
  };
}

describe('the audit channels', () => {
  it('lists, verifies and opens entries through the contract', async () => {
    const { call, store, sheet } = await backend();
    const list = await call('audit:list', { domain: 'sheet', limit: 10 });
    expect(list).toMatchObject({ ok: true, value: { total: 1 } });
    const verify = await call('audit:verify', {});
    expect(verify).toMatchObject({ ok: true, value: { ok: true, brokenCount: 0, breaks: [] } });
    const entry = await call('audit:entry', { device: sheet.device, seq: sheet.seq });
    expect(entry).toMatchObject({ ok: true, value: { kind: 'sheet.submitted', hash: sheet.hash } });
    tamperWithJournal(store.db, () => store.db.exec('DELETE FROM journal WHERE seq = 2'));
    expect(await call('audit:verify', {})).toMatchObject({
      ok: true,
      value: { ok: false, brokenCount: 1, breaks: [{ seq: 3, reason: 'sequence-gap' }] },
    });
  });

  it('refuses pages above 500 rows, unknown filter fields and a text id filter', async () => {
    const { call } = await backend();
    for (const input of [
      { limit: 501 },
      { query: 'x' },
      { entityId: 'budi' },
      { domain: 'scores' },
    ]) {
      expect(await call('audit:list', input)).toMatchObject({
        ok: false,
        error: { code: 'request.invalid' },
      });
    }
  });

  it('refuses an unknown entry with audit.entryNotFound', async () => {
    const { call, store } = await backend();
    expect(await call('audit:entry', { device: store.deviceId, seq: 12345 })).toMatchObject({
      ok: false,
      error: { code: 'audit.entryNotFound' },
    });
  });
});
