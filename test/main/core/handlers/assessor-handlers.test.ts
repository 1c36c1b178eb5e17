import { describe, expect, it } from 'vitest';
import { dispatchEnveloped } from '../../../../src/main/core/contract/dispatch';
import { createHandlers } from '../../../../src/main/core/handlers';
import { currentStatement } from '../../../../src/main/core/assessors/statement';
import type { Output } from '../../../../src/shared/contract/contract';
import type { Channel } from '../../../../src/shared/contract/channels';
import type { Envelope } from '../../../../src/shared/contract/envelope';
import type { Language } from '../../../../src/shared/i18n/errors';
import { INTEGRITY_STATEMENT } from '../../../../src/shared/domain/integrity-statement';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { FAST_KDF, PIN, panel } from '../assessors/fixtures';

const NEW_PIN = '402817';
const RESET_PIN = '639205';
const ALL_PINS = [...Object.values(PIN), NEW_PIN, RESET_PIN];

/** The assessor fixture served through the real handlers; every answer is kept to be scanned. */
async function setup() {
  const base = await panel();
  const handlers = createHandlers({
    store: base.store,
    dataDir: '/data',
    resourcesDir: RESOURCES_DIR,
    transport: 'web',
    version: '1',
    kdf: FAST_KDF,
  });
  const answers: Array<Envelope<unknown>> = [];
  const send = async (channel: Channel, input: unknown, language: Language = 'id') => {
    const answer = await dispatchEnveloped(handlers, channel, input, language);
    answers.push(answer);
    return answer;
  };
  /** A call that must succeed; its value. */
  const call = async <C extends Channel>(channel: C, input: unknown): Promise<Output<C>> => {
    const answer = await send(channel, input);
    if (!answer.ok) throw new Error(`${channel} refused: ${answer.error.message}`);
    return answer.value as Output<C>;
  };
  /** A call that must be refused; its wire error. */
  const refused = async (channel: Channel, input: unknown, language: Language = 'id') => {
    const answer = await send(channel, input, language);
    if (answer.ok) throw new Error(`${channel} was not refused`);
    return answer.error;
  };
  return { ...base, answers, call, refused };
}

describe('the assessor channels', () => {
  it('enrol, list, accept the statement, declare a conflict and reset a PIN, never echoing a PIN', async () => {
    const { store, selectionId, candidateIds, ketua, penguji, answers, call, refused } =
      await setup();

    const enrolled = await call('assessor:enrol', {
      selectionId,
      fields: { nama: 'Siti Aminah, S.Psi.', nip: '19850101 201001 2 001', role: 'sekretaris' },
      pin: NEW_PIN,
    });
    expect(enrolled).toMatchObject({
      nip: '198501012010012001',
      role: 'sekretaris',
      keyVersion: 1,
    });
    expect(enrolled.fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){7}$/);
    const listed = await call('assessor:list', { selectionId });
    expect(listed.map((a) => a.nama)).toEqual([
      'Budi Santoso, S.Pd.',
      'Dra. Sri Wahyuni, M.Si.',
      'Rahmat Hidayat',
      'Siti Aminah, S.Psi.',
    ]);

    const statement = await call('assessor:statement', {});
    expect(statement).toEqual({ ...currentStatement(), text: INTEGRITY_STATEMENT.text });
    const accepted = await call('assessor:acceptIntegrity', {
      assessorId: enrolled.id,
      pin: NEW_PIN,
    });
    expect(accepted.integrityAcceptedAt).not.toBeNull();

    const [first, second] = candidateIds as [string, string];
    await call('conflict:declare', {
      assessorId: penguji.id,
      pin: PIN.penguji,
      candidateId: first,
      kind: 'keluarga',
      note: 'Adik ipar',
    });
    const conflict = await call('conflict:declare', {
      assessorId: enrolled.id,
      pin: NEW_PIN,
      candidateId: second,
      kind: 'pekerjaan',
    });
    expect(conflict).toMatchObject({ candidateId: second, kind: 'pekerjaan', note: '' });
    const candidate = store.db
      .prepare('SELECT nomor_peserta AS nomorPeserta, nama FROM candidates WHERE id = ?')
      .get(second) as { nomorPeserta: string; nama: string };
    const conflicts = await call('conflict:list', { selectionId });
    // Newest first, with the names a committee reads them by.
    expect(conflicts.map((c) => [c.assessorNama, c.candidateId])).toEqual([
      ['Siti Aminah, S.Psi.', second],
      ['Budi Santoso, S.Pd.', first],
    ]);
    expect(conflicts[0]).toMatchObject({
      nomorPeserta: candidate.nomorPeserta,
      candidateNama: candidate.nama,
    });
    expect(
      (
        await refused('conflict:declare', {
          assessorId: enrolled.id,
          pin: NEW_PIN,
          candidateId: second,
          kind: 'lainnya',
        })
      ).code,
    ).toBe('assessor.conflictExists');

    const reset = await call('assessor:resetPin', {
      chairId: ketua.id,
      chairPin: PIN.ketua,
      assessorId: enrolled.id,
      newPin: RESET_PIN,
    });
    expect(reset.keyVersion).toBe(2);
    expect(reset.fingerprint).not.toBe(enrolled.fingerprint);
    const detail = await call('assessor:get', { id: enrolled.id });
    expect(detail.keys.map((k) => [k.keyVersion, k.fingerprint, k.resetBy])).toEqual([
      [1, enrolled.fingerprint, null],
      [2, reset.fingerprint, ketua.id],
    ]);
    expect(detail.conflicts.map((c) => c.candidateId)).toEqual([second]);
    // The old PIN no longer opens anything; the new one does.
    expect(
      (await refused('assessor:acceptIntegrity', { assessorId: enrolled.id, pin: NEW_PIN })).code,
    ).toBe('assessor.wrongPin');
    await call('assessor:acceptIntegrity', { assessorId: enrolled.id, pin: RESET_PIN });
    // A refused PIN rule is named, not echoed.
    expect(
      (
        await refused('assessor:enrol', {
          selectionId,
          fields: { nama: 'X', nip: null, role: 'penguji' },
          pin: '456789',
        })
      ).code,
    ).toBe('assessor.pinTooSimple');
    expect(
      (
        await refused('assessor:enrol', {
          selectionId,
          fields: { nama: 'X', nip: null, role: 'penguji' },
          pin: '12ab56',
        })
      ).code,
    ).toBe('request.invalid');

    const everything = JSON.stringify(answers);
    expect(answers.length).toBeGreaterThan(12);
    for (const pin of [...ALL_PINS, '456789', '12ab56']) expect(everything).not.toContain(pin);
    for (const secret of ['scrypt$', 'aes-256-gcm', 'pinHash', 'sealedKey', 'sealed_key']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('refuses an observer’s declaration in the main process, before their PIN is spent', async () => {
    const { store, pengamat, candidateIds, refused, call } = await setup();
    const error = await refused('conflict:declare', {
      assessorId: pengamat.id,
      pin: '999000',
      candidateId: candidateIds[0],
      kind: 'lainnya',
      note: '',
    });
    expect(error.code).toBe('assessor.observerReadOnly');
    expect(error.message).toMatch(/^Pengamat hanya dapat melihat/);
    expect(store.db.prepare('SELECT count(*) FROM conflicts').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM pin_attempts').pluck().get()).toBe(0);
    // They may still accept the statement: it binds them to confidentiality.
    const accepted = await call('assessor:acceptIntegrity', {
      assessorId: pengamat.id,
      pin: PIN.pengamat,
    });
    expect(accepted.integrityAcceptedAt).not.toBeNull();
  });

  it('translates a wrong PIN and a non-chair reset into the caller’s language', async () => {
    const { penguji, pengamat, refused } = await setup();
    const id = await refused('assessor:acceptIntegrity', { assessorId: penguji.id, pin: '000111' });
    expect(id).toMatchObject({ code: 'assessor.wrongPin', params: { remaining: 4 } });
    expect(id.message).toMatch(/^PIN salah\./);
    const en = await refused(
      'assessor:acceptIntegrity',
      { assessorId: penguji.id, pin: '000111' },
      'en',
    );
    expect(en).toMatchObject({ code: 'assessor.wrongPin', params: { remaining: 3 } });
    expect(en.message).toMatch(/^Wrong PIN/);
    const notChair = await refused(
      'assessor:resetPin',
      { chairId: penguji.id, chairPin: PIN.penguji, assessorId: pengamat.id, newPin: NEW_PIN },
      'en',
    );
    expect(notChair.code).toBe('assessor.notChair');
    expect(notChair.message).toBe(
      "Only this selection's committee chair can reset an assessor's PIN.",
    );
  });
});
