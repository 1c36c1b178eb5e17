import { unlockDeviceSigner } from '../../../../src/main/core/device/device-signer';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSetupPackage, setupContents } from '../../../../src/main/core/bundle/setup-package';
import { verifyBundle } from '../../../../src/main/core/bundle/verify';
import { importCandidates } from '../../../../src/main/core/candidates/import';
import { importExternalScores } from '../../../../src/main/core/external/import-external';
import { createDeviceKey } from '../../../../src/main/core/device/device-key';
import { listFormasi } from '../../../../src/main/core/formasi/queries';
import { lockPlan, setPlan } from '../../../../src/main/core/plans/commands';
import { createRubric, publishRubric } from '../../../../src/main/core/rubrics/commands';
import type { Store } from '../../../../src/main/core/store/open-store';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { demoCsv, demoSelection } from '../../../helpers/demo-fixtures';
import { daerahPlan } from '../../../helpers/plan-fixtures';
import { makeAspect, makeRubric } from '../../../helpers/rubric-fixtures';
import { tempDir, tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';
import { csv, externalFixture } from '../external/fixtures';

const PASSPHRASE = 'sate kambing pak camat 2024';

/** A central store: the demo selection, 40 candidates, two rubrics published, one plan locked. */
async function centralStore(): Promise<{ store: Store; selectionId: string }> {
  const store = await tempStore();
  createDeviceKey(store, PASSPHRASE, FAST_KDF);
  const selectionId = demoSelection(store);
  await importCandidates(store, {
    selectionId,
    fileName: 'peserta.csv',
    bytes: Buffer.from(demoCsv(40)),
    mode: 'all-or-nothing',
  });
  const aspects = [makeAspect('A', 50, 1, 4), makeAspect('B', 50, 1, 4)];
  const used = publishRubric(store, createRubric(store, makeRubric(aspects, 'Simulasi')).id);
  publishRubric(store, createRubric(store, makeRubric(aspects, 'Tidak dipakai')).id);
  createRubric(store, makeRubric(aspects, 'Draf'));
  const [first, second] = listFormasi(store.db, selectionId);
  setPlan(store, first!.id, daerahPlan(used), null);
  lockPlan(store, first!.id, 'Bobot diumumkan 1 November.');
  setPlan(store, second!.id, daerahPlan(used), null);
  return { store, selectionId };
}

describe('setup package', () => {
  it('lists what goes in, per selection, and the chains that carry it', async () => {
    const { store, selectionId } = await centralStore();
    const entries = store.db.prepare('SELECT count(*) FROM journal').pluck().get() as number;
    const contents = setupContents(store.db);
    expect(contents).toMatchObject({ publishedRubrics: 2, chains: 1, entries });
    expect(contents.selections).toHaveLength(1);
    expect(contents.selections[0]).toMatchObject({
      id: selectionId,
      name: 'Seleksi CPNS Kabupaten Grobogan 2024',
      year: 2024,
      type: 'CPNS',
      formasi: 7,
      formasiLocked: 1,
      formasiUnlocked: 6,
      candidates: 40,
      externalImports: 0,
      externalScores: 0,
    });
    expect(contents.selections[0]!.rubrics).toEqual([
      expect.objectContaining({ title: 'Simulasi', version: 1 }),
    ]);
  });

  it('counts the external score imports and their scores', async () => {
    const { store, selectionId, of } = await externalFixture();
    const [one, two] = of('GKS-01');
    const file = csv('nomor_peserta,komponen,nilai', [
      `${one!.nomor},skb_cat,352.5`,
      `${two!.nomor},skb_cat,410`,
    ]);
    await importExternalScores(store, { selectionId, fileName: 'skb.csv', bytes: file });
    const [selection] = setupContents(store.db).selections;
    expect(selection).toMatchObject({ externalImports: 1, externalScores: 2 });
  });

  it('is empty for a store that has recorded nothing', async () => {
    const store = await tempStore();
    expect(setupContents(store.db)).toEqual({
      selections: [],
      publishedRubrics: 0,
      chains: 0,
      entries: 0,
    });
  });

  it('writes a signed setup bundle naming the office, with every journal entry', async () => {
    const { store } = await centralStore();
    const file = join(tempDir(), 'persiapan.panitia');
    const signer = unlockDeviceSigner(store, { passphrase: PASSPHRASE });
    const summary = await exportSetupPackage(store, signer, file, '  BKPSDM Grobogan  ');
    const { entries, chains } = setupContents(store.db);
    expect(summary.count).toBe(entries + chains);
    const verified = await verifyBundle(file);
    expect(verified).toMatchObject({
      valid: true,
      kind: 'setup',
      publicKey: signer.publicKey,
      createdBy: { app: 'Panitia', office: 'BKPSDM Grobogan', device: store.deviceId },
    });
  });

  it('refuses an empty office name and a store without a selection, writing nothing', async () => {
    const folder = tempDir();
    const { store } = await centralStore();
    const signer = unlockDeviceSigner(store, { passphrase: PASSPHRASE });
    const noOffice = join(folder, 'a.panitia');
    const error = await asyncAppErrorOf(() => exportSetupPackage(store, signer, noOffice, '  '));
    expect(error.code).toBe('setup.officeMissing');
    expect(existsSync(noOffice)).toBe(false);

    const empty = await tempStore();
    createDeviceKey(empty, PASSPHRASE, FAST_KDF);
    const noSelection = join(folder, 'b.panitia');
    const refused = await asyncAppErrorOf(() =>
      exportSetupPackage(
        empty,
        unlockDeviceSigner(empty, { passphrase: PASSPHRASE }),
        noSelection,
        'Kantor',
      ),
    );
    expect(refused.code).toBe('setup.noSelection');
    expect(existsSync(noSelection)).toBe(false);
  });
});
