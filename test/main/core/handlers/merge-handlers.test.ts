import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../src/main/core/contract/dispatch';
import { holdSigner } from '../../../../src/main/core/device/current-signer';
import { getDeviceKey } from '../../../../src/main/core/device/device-key';
import { unlockDeviceSigner } from '../../../../src/main/core/device/device-signer';
import { readResultBundle } from '../../../../src/main/core/bundle/read-result-bundle';
import type { Store } from '../../../../src/main/core/store/open-store';
import type { Handlers, Output } from '../../../../src/shared/contract/contract';
import { errorMessage } from '../../../../src/shared/i18n/errors';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { handlersOver } from '../../../helpers/handlers';
import {
  centralWithSetup,
  exportResults,
  keyedStore,
  officeFrom,
  PASSPHRASE,
  scoreFormasi,
} from '../../../helpers/merge-fixtures';
import { tempDir } from '../../../helpers/temp-store';

function unlocked(store: Store): Handlers {
  holdSigner(store, unlockDeviceSigner(store, { passphrase: PASSPHRASE }));
  return handlersOver(store);
}

function receive(handlers: Handlers, file: string, name = 'kantor-a.panitia') {
  const contentBase64 = readFileSync(file).toString('base64');
  return dispatch(handlers, 'bundle:receive', { name, contentBase64 }) as Promise<
    Output<'bundle:receive'>
  >;
}

async function settled(handlers: Handlers, jobId: string): Promise<Output<'merge:status'>> {
  for (;;) {
    const job = (await dispatch(handlers, 'merge:status', { jobId })) as Output<'merge:status'>;
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A central with its setup, and an office started from it that scored one formasi. */
async function officeResults() {
  const central = await centralWithSetup();
  const office = await officeFrom(central.setupFile, central.store, 'Kantor A');
  scoreFormasi(office.store, central.setup, [0]);
  const file = await exportResults(office.store, office.signer, 'kantor-a');
  return { central, office, file };
}

describe('Impor channels through dispatch', () => {
  it('receives a bundle from an unpinned office as valid but untrusted, and quarantines it', async () => {
    const { central, file } = await officeResults();
    const handlers = unlocked(central.store);
    const received = await receive(handlers, file);
    expect(received).toMatchObject({
      name: 'kantor-a.panitia',
      valid: true,
      problem: null,
      kind: 'results',
      trust: 'untrusted',
      alreadyMerged: false,
    });
    expect(received.createdBy.office).toBeNull();
    expect(received.entries).toBeGreaterThan(0);
    expect(received.fileId).toMatch(/^[0-9a-f]{64}$/);

    const { jobId } = (await dispatch(handlers, 'merge:start', {
      fileIds: [received.fileId],
    })) as Output<'merge:start'>;
    const job = await settled(handlers, jobId);
    expect(job.state).toBe('done');
    expect(job.error).toBeNull();
    expect(job.progress).toMatchObject({ phase: 'merge', files: 1 });
    expect(job.outcome!.reportId).not.toBeNull();
    const [bundle] = job.outcome!.report.bundles;
    expect(bundle).toMatchObject({ outcome: 'held', trust: 'untrusted' });
    expect(job.outcome!.report.quarantine.some((q) => q.kind === 'untrusted')).toBe(true);
    // The same file again: the receiver says so before any merge.
    expect((await receive(handlers, file)).alreadyMerged).toBe(true);
  });

  it('says in plain words which line of a tampered file is wrong', async () => {
    const { central, file } = await officeResults();
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[3] = lines[3]!.replace(/"seq":(\d+)/, (_, n: string) => `"seq":${Number(n) + 7}`);
    const tampered = join(tempDir(), 'rusak.panitia');
    writeFileSync(tampered, lines.join('\n'));
    const received = await receive(unlocked(central.store), tampered, 'rusak.panitia');
    expect(received.valid).toBe(false);
    expect(received.kind).toBeNull();
    // The container links each line to the one before: the next line is where the break shows.
    expect(received.problem).toMatchObject({ code: 'bundle.badChain', line: 5 });
    const message = errorMessage(received.problem!.code as never, received.problem!.params, 'id');
    expect(message).toContain('5');
    expect(message).not.toContain('{');
  });

  it('cancels a running merge and changes nothing', async () => {
    const { central, file } = await officeResults();
    const handlers = unlocked(central.store);
    const { fileId } = await receive(handlers, file);
    const before = central.store.db.prepare('SELECT count(*) FROM journal').pluck().get();
    const { jobId } = (await dispatch(handlers, 'merge:start', {
      fileIds: [fileId],
    })) as Output<'merge:start'>;
    // One at a time: a second merge while this one runs is refused.
    const busy = await asyncAppErrorOf(() =>
      dispatch(handlers, 'merge:start', { fileIds: [fileId] }),
    );
    expect(busy.code).toBe('merge.busy');
    await dispatch(handlers, 'merge:cancel', { jobId });
    const job = await settled(handlers, jobId);
    expect(job.state).toBe('cancelled');
    expect(job.error!.code).toBe('merge.cancelled');
    expect(job.outcome).toBeNull();
    expect(central.store.db.prepare('SELECT count(*) FROM journal').pluck().get()).toBe(before);
  });

  it('refuses to merge with a locked device key, or a file never received', async () => {
    const { store } = await keyedStore();
    const handlers = handlersOver(store);
    const locked = await asyncAppErrorOf(() =>
      dispatch(handlers, 'merge:start', { fileIds: ['a'.repeat(64)] }),
    );
    expect(locked.code).toBe('deviceKey.locked');
    const unknown = await asyncAppErrorOf(() =>
      dispatch(unlocked(store), 'merge:start', { fileIds: ['a'.repeat(64)] }),
    );
    expect(unknown.code).toBe('bundle.notReceived');
  });
});

describe('first use of a setup package through dispatch', () => {
  it('inspects the package on an empty store, refuses a wrong fingerprint, then starts', async () => {
    const central = await centralWithSetup();
    const { store } = await keyedStore('2024-11-12T00:00:00.000Z');
    const handlers = unlocked(store);
    const received = await receive(handlers, central.setupFile, 'persiapan.panitia');
    expect(received).toMatchObject({ valid: true, kind: 'setup', trust: 'untrusted' });
    expect(received.createdBy.office).toBe('semua');
    const inspected = (await dispatch(handlers, 'setup:inspect', {
      fileId: received.fileId,
    })) as Output<'setup:inspect'>;
    const { fingerprint } = getDeviceKey(central.store.db)!;
    expect(inspected).toEqual({
      fingerprint,
      trust: 'unknown',
      createdBy: { office: 'semua', device: central.store.deviceId },
      storeEmpty: true,
    });
    const input = { fileId: received.fileId, office: 'Kantor A', centralLabel: 'Kantor pusat' };
    const wrong = await asyncAppErrorOf(() =>
      dispatch(handlers, 'setup:start', { ...input, confirmedFingerprint: '0000 1111' }),
    );
    expect(wrong.code).toBe('setup.fingerprintMismatch');
    const started = (await dispatch(handlers, 'setup:start', {
      ...input,
      confirmedFingerprint: fingerprint.replace(/ /g, '').toUpperCase(),
    })) as Output<'setup:start'>;
    expect(started.reportId).not.toBeNull();
    expect(started.selections).toEqual([central.setup.selection.name]);
    expect(started.candidates).toBe(30);
    const after = (await dispatch(handlers, 'setup:inspect', {
      fileId: received.fileId,
    })) as Output<'setup:inspect'>;
    expect(after).toMatchObject({ trust: 'trusted', storeEmpty: false });
  });
});

describe('Ekspor channels through dispatch', () => {
  it('exports a signed setup package and result bundle that verify, and lists the contents', async () => {
    const central = await centralWithSetup();
    const handlers = unlocked(central.store);
    const setup = (await dispatch(handlers, 'bundle:export', {
      kind: 'setup',
      office: 'Kantor Cabang Purwodadi',
    })) as Output<'bundle:export'>;
    expect(setup.fileName).toMatch(/^persiapan-kantor-cabang-purwodadi-\d{4}-\d\d-\d\d\.panitia$/);
    expect(setup.fingerprint).toBe(getDeviceKey(central.store.db)!.fingerprint);
    const file = join(tempDir(), setup.fileName);
    writeFileSync(file, Buffer.from(setup.contentBase64, 'base64'));
    const reading = await readResultBundle(file, { kinds: ['setup'] });
    expect(reading.valid).toBe(true);

    const results = (await dispatch(handlers, 'bundle:export', {
      kind: 'results',
    })) as Output<'bundle:export'>;
    expect(results.fileName).toMatch(/^hasil-/);
    expect(results.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(results.count).toBeGreaterThan(0);

    const contents = (await dispatch(
      handlers,
      'bundle:exportContents',
      {},
    )) as Output<'bundle:exportContents'>;
    expect(contents.chains).toHaveLength(1);
    expect(contents.chains[0]!.device).toBe(central.store.deviceId);
    expect(contents.sheets).toBe(0);

    const noOffice = await asyncAppErrorOf(() =>
      dispatch(handlers, 'bundle:export', { kind: 'setup', office: ' ' }),
    );
    expect(noOffice.code).toBe('setup.officeMissing');
  });
});
