import { describe, expect, it } from 'vitest';
import { describeEntry } from '../../../../src/main/core/audit/describe';
import { auditEntries, auditEntry } from '../../../../src/main/core/audit/queries';
import { appendEntry } from '../../../../src/main/core/journal/append';
import { AuditFilter } from '../../../../src/shared/audit/audit-view';
import { appErrorOf } from '../../../helpers/app-error';
import { appendSheet, auditDay, SECRET_NOTE, SECRET_TOTAL } from './fixtures';

const ALL = AuditFilter.parse({});

/** Every number and note of the fixture sheet that must not leave the main process. */
const SECRETS = [
  SECRET_NOTE,
  String(SECRET_TOTAL),
  '80.25',
  '93.75',
  'levels',
  'scores"',
  'notes',
  'total',
  'signature',
  'c2lnbmF0dXJl',
];

describe('redaction in the audit view', () => {
  it('shows a sheet entry with candidate, component, assessor, version and a sealed marker only', async () => {
    const { store, sheet, present, penguji, session } = await auditDay();
    const detail = auditEntry(store.db, sheet.device, sheet.seq);
    const text = JSON.stringify(detail);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const candidate = store.db
      .prepare('SELECT nama, nomor_peserta FROM candidates WHERE id = ?')
      .get(present) as { nama: string; nomor_peserta: string };
    expect(detail.fields).toEqual([
      {
        key: 'candidate',
        value: {
          type: 'ref',
          ref: {
            entity: 'candidate',
            id: present,
            name: candidate.nama,
            detail: candidate.nomor_peserta,
          },
        },
      },
      { key: 'componentKey', value: { type: 'code', text: 'wawancara' } },
      {
        key: 'assessor',
        value: {
          type: 'ref',
          ref: { entity: 'assessor', id: penguji.id, name: penguji.nama, detail: 'penguji' },
        },
      },
      { key: 'version', value: { type: 'number', value: 1 } },
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
      {
        key: 'sheet',
        value: {
          type: 'ref',
          ref: {
            entity: 'sheet',
            id: '5b0c0d5e-8f1a-4c1b-9d7e-2a6f7e9b1c01',
            name: null,
            detail: null,
          },
        },
      },
      {
        key: 'signer',
        value: {
          type: 'ref',
          ref: { entity: 'assessor', id: penguji.id, name: penguji.nama, detail: 'penguji' },
        },
      },
      { key: 'keyVersion', value: { type: 'number', value: 1 } },
      { key: 'sealed', value: { type: 'sealed' } },
    ]);
    expect(detail.summary.map((field) => field.key)).toEqual([
      'candidate',
      'componentKey',
      'assessor',
      'version',
      'sealed',
    ]);
    // The list shows the same redacted summary.
    const listed = auditEntries(store.db, AuditFilter.parse({ domain: 'sheet' }), 0, 10).rows;
    for (const secret of SECRETS) expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it('seals every sheet.* kind, also ones this build has never heard of', async () => {
    const { store, present, penguji, session } = await auditDay();
    const ids = { sessionId: session.id, candidateId: present, assessorId: penguji.id };
    for (const kind of ['sheet.amended', 'sheet.transcribed', 'sheet.somethingNew']) {
      const entry = appendSheet(store, ids, kind);
      const detail = auditEntry(store.db, entry.device, entry.seq);
      for (const secret of SECRETS) expect(JSON.stringify(detail)).not.toContain(secret);
      expect(detail.fields.at(-1)).toEqual({ key: 'sealed', value: { type: 'sealed' } });
    }
  });

  it('never finds an entry by a value it hides', async () => {
    const { store } = await auditDay();
    for (const text of [SECRET_NOTE, String(SECRET_TOTAL), '93.75']) {
      expect(auditEntries(store.db, AuditFilter.parse({ text }), 0, 10).total).toBe(0);
    }
    // An id filter is an id, never free text that could probe the raw payload.
    expect(AuditFilter.safeParse({ entityId: SECRET_NOTE }).success).toBe(false);
  });

  it('shows nothing of a kind without a rule, and no field that is not on the list', async () => {
    const { store } = await auditDay();
    const entry = appendEntry(store.db, store.deviceId, store.now(), 'mystery.kind', {
      secret: 'tidak-boleh-tampil',
    });
    const detail = auditEntry(store.db, entry.device, entry.seq);
    expect(detail.fields).toEqual([{ key: 'payload', value: { type: 'hidden' } }]);
    expect(detail.summary).toEqual([{ key: 'payload', value: { type: 'hidden' } }]);
    expect(JSON.stringify(detail)).not.toContain('tidak-boleh-tampil');
    // A known kind with an extra field shows only its listed fields.
    const described = describeEntry('plan.locked', {
      formasiId: '5b0c0d5e-8f1a-4c1b-9d7e-2a6f7e9b1c02',
      note: 'dikunci',
      smuggled: 'rahasia',
    });
    expect(JSON.stringify(described)).not.toContain('rahasia');
    // A listed field of an unexpected shape (an object where text belongs) is left out too.
    const odd = describeEntry('plan.locked', { formasiId: 'x', note: { total: 99 } });
    expect(odd.fields.map((field) => field.key)).toEqual(['formasi']);
  });

  it('never shows the secrets of assessors (they are not in the journal at all)', async () => {
    const { store } = await auditDay();
    const text = JSON.stringify(auditEntries(store.db, ALL, 0, 500));
    expect(text).not.toMatch(/scrypt\$|aes-256-gcm/);
    expect(text).toContain('pengamat');
  });

  it('refuses an entry that does not exist with a message saying what to do', async () => {
    const { store } = await auditDay();
    expect(appErrorOf(() => auditEntry(store.db, store.deviceId, 9999))).toMatchObject({
      code: 'audit.entryNotFound',
      params: { device: store.deviceId, seq: 9999 },
    });
  });
});
