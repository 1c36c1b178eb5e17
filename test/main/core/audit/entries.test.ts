import { describe, expect, it } from 'vitest';
import { auditEntries } from '../../../../src/main/core/audit/queries';
import { AuditFilter, type AuditRow } from '../../../../src/shared/audit/audit-view';
import { auditDay, journalRows } from './fixtures';

const filter = (input: Partial<AuditFilter> = {}) => AuditFilter.parse(input);

function refNames(row: AuditRow): string[] {
  return row.summary.flatMap(({ value }) =>
    value.type === 'ref'
      ? [value.ref.name ?? '']
      : value.type === 'refs'
        ? value.refs.map((r) => r.name ?? '')
        : [],
  );
}

describe('the audit list', () => {
  it('lists every entry newest first with device, seq, time, kind, hash and prev', async () => {
    const { store } = await auditDay();
    const all = journalRows(store);
    const page = auditEntries(store.db, filter(), 0, 500);
    expect(page.total).toBe(all.length);
    expect(page.rows.map((row) => row.seq)).toEqual(all.map((row) => row.seq).reverse());
    const [newest] = page.rows;
    expect(newest).toMatchObject({ device: store.deviceId, kind: 'sheet.submitted', broken: null });
    expect(newest?.prev).toBe(page.rows[1]?.hash);
    expect(newest?.hash).toBe(all.at(-1)?.hash);
  });

  it('pages with offset and limit, the total staying the number that matched', async () => {
    const { store } = await auditDay();
    const every = auditEntries(store.db, filter(), 0, 500).rows.map((row) => row.seq);
    const page = auditEntries(store.db, filter(), 3, 4);
    expect(page.total).toBe(every.length);
    expect(page.rows.map((row) => row.seq)).toEqual(every.slice(3, 7));
  });

  it('narrows by kind domain, keeping candidate and candidates apart', async () => {
    const { store } = await auditDay();
    const kinds = (domain: AuditFilter['domain']) =>
      new Set(auditEntries(store.db, filter({ domain }), 0, 500).rows.map((row) => row.kind));
    expect(kinds('attendance')).toEqual(new Set(['attendance.recorded']));
    expect(kinds('candidates')).toEqual(new Set(['candidates.imported']));
    expect(kinds('candidate')).toEqual(new Set());
    expect(kinds('sheet')).toEqual(new Set(['sheet.submitted']));
    expect(kinds('assessor')).toEqual(new Set(['assessor.enrolled']));
  });

  it('narrows by device (a prefix is enough) and by time range', async () => {
    const { store } = await auditDay();
    const all = journalRows(store).length;
    expect(auditEntries(store.db, filter({ device: store.deviceId.slice(0, 8) }), 0, 1).total).toBe(
      all,
    );
    expect(auditEntries(store.db, filter({ device: 'ffffffff' }), 0, 1).total).toBe(0);
    // The stepping clock writes one entry a second from 01:00:00; seq n is at 01:00:(n-1).
    const ts = store.db.prepare('SELECT ts FROM journal ORDER BY seq').pluck().all() as string[];
    const page = auditEntries(
      store.db,
      filter({ from: ts[2]!.replace('.000Z', 'Z'), to: ts[5]! }),
      0,
      500,
    );
    expect(page.rows.map((row) => row.seq)).toEqual([5, 4, 3]);
  });

  it('narrows to the entries about one entity, score sheets included', async () => {
    const { store, present, session } = await auditDay();
    const kinds = auditEntries(store.db, filter({ entityId: present }), 0, 500).rows.map(
      (row) => row.kind,
    );
    // A candidate's story starts with the import that created them.
    expect(kinds).toEqual([
      'sheet.submitted',
      'attendance.recorded',
      'session.candidatesScheduled',
      'candidates.imported',
    ]);
    const sessionKinds = auditEntries(store.db, filter({ entityId: session.id }), 0, 500).rows;
    expect(sessionKinds.map((row) => row.kind)).toEqual([
      'sheet.submitted',
      'attendance.recorded',
      'attendance.recorded',
      'panel.assigned',
      'session.candidatesScheduled',
      'session.created',
    ]);
  });

  it('finds free text in the readable summary, names resolved from the state', async () => {
    const { store, penguji } = await auditDay();
    const page = auditEntries(store.db, filter({ text: 'budi santoso' }), 0, 500);
    expect(page.total).toBeGreaterThanOrEqual(3);
    for (const row of page.rows) expect(JSON.stringify(row.summary)).toMatch(/Budi Santoso/);
    expect(page.rows.map((row) => row.kind)).toEqual(
      expect.arrayContaining(['sheet.submitted', 'conflict.declared', 'assessor.enrolled']),
    );
    // Several words must all match; a word nowhere in a summary finds nothing.
    const both = auditEntries(store.db, filter({ text: 'BUDI keluarga' }), 0, 500);
    expect(both.rows.map((row) => row.kind)).toEqual(['conflict.declared']);
    expect(auditEntries(store.db, filter({ text: 'tidak-ada-di-mana-pun' }), 0, 10)).toEqual({
      total: 0,
      rows: [],
    });
    // Text and the other filters combine.
    const sheetOnly = auditEntries(store.db, filter({ text: 'budi', domain: 'sheet' }), 0, 10);
    expect(sheetOnly.total).toBe(1);
    expect(refNames(sheetOnly.rows[0]!)).toContain(penguji.nama);
  });

  it('describes entries with ids resolved to names', async () => {
    const { store, session } = await auditDay();
    const rows = auditEntries(store.db, filter(), 0, 500).rows;
    const scheduled = rows.find((row) => row.kind === 'session.candidatesScheduled')!;
    expect(scheduled.summary).toEqual([
      {
        key: 'session',
        value: {
          type: 'ref',
          ref: {
            entity: 'session',
            id: session.id,
            name: 'Ruang Rapat 1',
            detail: '2024-11-12 08:00',
          },
        },
      },
      { key: 'candidates', value: { type: 'count', value: 3 } },
    ]);
    const imported = rows.find((row) => row.kind === 'candidates.imported')!;
    expect(imported.summary).toEqual([
      { key: 'fileName', value: { type: 'text', text: 'peserta.csv' } },
      { key: 'candidates', value: { type: 'count', value: 20 } },
    ]);
    const plan = rows.find((row) => row.kind === 'plan.set')!;
    const formasi = plan.summary[0]!.value;
    expect(formasi.type === 'ref' && formasi.ref.name).toMatch(/\S/);
  });
});
