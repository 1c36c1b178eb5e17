/**
 * The workload of the merge bench (issue 6): one central office with the demo setup, and
 * `offices` office result bundles made through the real commands (enrolment, integrity
 * statement, sessions, panels, attendance, sheets signed with each assessor's own key), each
 * office its own device chain and device key. All offices are written into one generation store,
 * one write context per device id, so a million entries take minutes and not one store copy per
 * office; each bundle holds its office's own chain and checkpoint, signed by its device key.
 */
import { unlockDeviceSigner } from '../../src/main/core/device/device-signer';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { acceptIntegrity, enrolAssessor } from '../../src/main/core/assessors/commands';
import { recordAttendance } from '../../src/main/core/attendance/commands';
import {
  checkpointBytes,
  exportChainBundle,
  type ChainSigner,
  type CheckpointRecord,
  type EntryRecord,
} from '../../src/main/core/bundle/result-bundle';
import { writeBundle } from '../../src/main/core/bundle/write';
import { createDemoSetup, type DemoSetup } from '../../src/main/core/demo/create-demo';
import { officeDemoAssessors } from '../../src/main/core/demo/demo-assessors';
import { demoAbility, demoEntry } from '../../src/main/core/demo/demo-levels';
import { seededRandom, type Random } from '../../src/main/core/demo/random';
import { createDeviceKey, getDeviceKey } from '../../src/main/core/device/device-key';
import { record, type WriteContext } from '../../src/main/core/journal/record';
import { rowToEntry, type JournalRow } from '../../src/main/core/journal/rows';
import { startOffice } from '../../src/main/core/merge/start-office';
import { submitSheet } from '../../src/main/core/scoring/commands';
import { Sittings } from '../../src/main/core/scoring/sittings';
import {
  assignPanel,
  createSession,
  scheduleCandidates,
} from '../../src/main/core/sessions/commands';
import { openStore } from '../../src/main/core/store/open-store';
import { pinKey } from '../../src/main/core/trust/registry';
import type { KdfParams } from '../../src/main/core/crypto/kdf';
import type { RubricContent } from '../../src/shared/rubric/rubric';
import { RESOURCES_DIR } from '../../test/helpers/resources';

/** The passphrase of every bench device key. */
export const BENCH_PASSPHRASE = 'sate kambing pak camat 2024';

/** A cheap scrypt cost for the bench's PINs and passphrases: generation, not the merge, pays it. */
const FAST_KDF: KdfParams = { N: 2 ** 10, r: 8, p: 1 };

/** How big the workload is. */
export interface MergeSize {
  offices: number;
  /** Candidates each office schedules (every seventh absent); five sheets per present one. */
  candidatesPerOffice: number;
}

/** One generated office: its device, key, and the bundle it exported. */
export interface BenchOffice {
  device: string;
  publicKey: string;
  label: string;
  bundle: string;
  entries: number;
  sheets: number;
}

/** What a generation worker needs: the setup package, its signer, and the formasi to score. */
export interface GenerationInput {
  folder: string;
  part: number;
  /** Offices numbered from..to-1 (0-based). */
  from: number;
  to: number;
  candidatesPerOffice: number;
  setupFile: string;
  centralFingerprint: string;
  components: DemoSetup['components'];
  selectionId: string;
}

/** Every seventh candidate of a session, from the fourth, does not come (as in the demo). */
const isAbsent = (j: number) => j % 7 === 3;

/** A clock that starts at `start` and advances one second per call. */
export function benchClock(start: string): () => Date {
  let t = Date.parse(start);
  return () => new Date((t += 1000));
}

/**
 * The central office: a device key and the demo setup with candidates for every office, its
 * setup package exported. Returns what the generation workers need, the store closed.
 */
export async function buildCentral(
  folder: string,
  size: MergeSize,
): Promise<Omit<GenerationInput, 'part' | 'from' | 'to'>> {
  const central = await openStore(join(folder, 'central.db'), {
    now: benchClock('2024-11-01T01:00:00.000Z'),
  });
  createDeviceKey(central, BENCH_PASSPHRASE, FAST_KDF);
  const setup = await createDemoSetup(central, {
    seed: 3,
    candidates: size.offices * size.candidatesPerOffice,
    resourcesDir: RESOURCES_DIR,
    kdf: FAST_KDF,
  });
  const setupFile = join(folder, 'persiapan.panitia');
  await exportChainBundle(
    central,
    unlockDeviceSigner(central, { passphrase: BENCH_PASSPHRASE }),
    setupFile,
    'setup',
    { office: 'semua' },
  );
  const centralFingerprint = getDeviceKey(central.db)!.fingerprint;
  central.close();
  return {
    folder,
    candidatesPerOffice: size.candidatesPerOffice,
    setupFile,
    centralFingerprint,
    components: setup.components,
    selectionId: setup.selection.id,
  };
}

/** Pins every office's key in the central store, as the central office does before merging. */
export async function pinOffices(centralFile: string, offices: BenchOffice[]): Promise<void> {
  const central = await openStore(centralFile, { now: benchClock('2024-11-11T00:00:00.000Z') });
  central.db.transaction(() => {
    for (const o of offices)
      pinKey(central, { publicKey: o.publicKey, label: o.label, role: 'office' });
  })();
  central.close();
}

/**
 * A generation store started from the setup package, and offices from..to-1 scored and
 * exported in it, each under its own device id and key.
 */
export async function generateOffices(input: GenerationInput): Promise<BenchOffice[]> {
  const gen = await openStore(join(input.folder, `generation-${input.part}.db`), {
    now: benchClock('2024-11-11T00:00:00.000Z'),
  });
  // Generation only: a crash here is a bench rerun, so commits need not wait for the disk.
  gen.db.pragma('synchronous = OFF');
  createDeviceKey(gen, BENCH_PASSPHRASE, FAST_KDF);
  await startOffice(gen, input.setupFile, {
    office: `Kantor Induk ${input.part}`,
    confirmedFingerprint: input.centralFingerprint,
    centralLabel: 'BKPSDM Kabupaten Grobogan',
    signer: unlockDeviceSigner(gen, { passphrase: BENCH_PASSPHRASE }),
  });
  const { office: _office, ...received } = JSON.parse(
    gen.db
      .prepare("SELECT payload FROM journal WHERE kind = 'setup.received'")
      .pluck()
      .get() as string,
  ) as {
    office: string;
    bundleHash: string;
    signerFingerprint: string;
    basis: { device: string; seq: number }[];
  };
  const offices: BenchOffice[] = [];
  const all = gen.db
    .prepare(
      'SELECT id, formasi_id AS formasiId FROM candidates ORDER BY formasi_id, nomor_peserta',
    )
    .all() as { id: string; formasiId: string }[];
  for (let i = input.from; i < input.to; i += 1) {
    const context: WriteContext = {
      db: gen.db,
      deviceId: randomUUID(),
      now: benchClock('2024-11-12T00:00:00.000Z'),
    };
    const label = `Kantor ${i + 1}`;
    const key = createDeviceKey(context, BENCH_PASSPHRASE, FAST_KDF);
    record(context, 'setup.received', { ...received, office: label });
    const run = all.slice(i * input.candidatesPerOffice, (i + 1) * input.candidatesPerOffice);
    const sheets = scoreSlice(
      context,
      input.selectionId,
      slicesOf(run, input.components),
      i + 1,
      seededRandom(100 + i),
    );
    const signer = unlockDeviceSigner(context, { passphrase: BENCH_PASSPHRASE });
    const bundle = join(input.folder, `kantor-${String(i + 1).padStart(3, '0')}.panitia`);
    const summary = await writeBundle(
      bundle,
      {
        kind: 'results',
        publicKey: key.publicKey,
        createdBy: { app: 'Panitia', device: context.deviceId },
      },
      ownChain(context, signer),
      (bytes) => Buffer.from(signer.sign(bytes), 'base64'),
    );
    // The records are the entries and one checkpoint.
    offices.push({
      device: context.deviceId,
      publicKey: key.publicKey,
      label,
      bundle,
      entries: summary.count - 1,
      sheets,
    });
    if ((i + 1 - input.from) % 25 === 0)
      console.error(`[merge bench] part ${input.part}: ${i + 1 - input.from} offices`);
  }
  gen.close();
  return offices;
}

interface Slice {
  formasiId: string;
  componentKey: string;
  content: RubricContent;
  candidateIds: string[];
}

/** An office's run of the setup's candidates as one slice per formasi (one session each). */
function slicesOf(
  run: { id: string; formasiId: string }[],
  components: DemoSetup['components'],
): Slice[] {
  const component = new Map(components.map((c) => [c.formasiId, c]));
  const byFormasi = new Map<string, Slice>();
  for (const { id, formasiId } of run) {
    let slice = byFormasi.get(formasiId);
    if (!slice) {
      const c = component.get(formasiId)!;
      slice = {
        formasiId,
        componentKey: c.componentKey,
        content: c.rubric.content as RubricContent,
        candidateIds: [],
      };
      byFormasi.set(formasiId, slice);
    }
    slice.candidateIds.push(id);
  }
  return [...byFormasi.values()];
}

/**
 * Office `office`'s scoring day on its slice, through the real commands: its committee enrolled
 * with their own NIPs, sessions, a panel of the chair and four penguji, attendance, and a signed
 * sheet from every panel member for every present candidate. Returns the sheets submitted.
 */
function scoreSlice(
  context: WriteContext,
  selectionId: string,
  slices: Slice[],
  office: number,
  random: Random,
): number {
  const { db } = context;
  const committee = officeDemoAssessors(office).map(({ pin, ...fields }) => {
    const { id } = enrolAssessor(context, selectionId, fields, pin, FAST_KDF);
    acceptIntegrity(context, id, pin);
    return { id, role: fields.role, pin };
  });
  const panel = committee.filter((a) => a.role === 'ketua' || a.role === 'penguji');
  const sittings = new Sittings();
  const sittingOf = new Map(
    panel.map((a) => [a.id, sittings.open(db, a.id, a.pin, context.now()).sittingId]),
  );
  let sheets = 0;
  for (const [i, slice] of slices.entries()) {
    db.transaction(() => {
      const session = createSession(context, slice.formasiId, slice.componentKey, {
        date: '2024-11-12',
        startTime: ['08:00', '10:00', '13:00', '15:00'][i % 4] as string,
        room: `Ruang Ujian ${1 + (i % 2)}`,
      });
      scheduleCandidates(context, session.id, slice.candidateIds);
      assignPanel(
        context,
        session.id,
        panel.map((a) => a.id),
      );
      slice.candidateIds.forEach((candidateId, j) => {
        recordAttendance(
          context,
          session.id,
          candidateId,
          isAbsent(j)
            ? { status: 'tidak_hadir', identityChecked: false, document: null }
            : {
                status: 'hadir',
                identityChecked: true,
                document: j % 2 ? 'kartu_peserta' : 'ktp_el',
              },
        );
      });
      slice.candidateIds.forEach((candidateId, j) => {
        if (isAbsent(j)) return;
        const ability = demoAbility(random);
        for (const member of panel) {
          const target = {
            sittingId: sittingOf.get(member.id)!,
            sessionId: session.id,
            candidateId,
          };
          submitSheet(
            context,
            sittings,
            target,
            member.pin,
            demoEntry(slice.content, ability, random),
          );
          sheets += 1;
        }
      });
    })();
  }
  for (const sittingId of sittingOf.values()) sittings.close(sittingId);
  return sheets;
}

/** The office's own chain as bundle records, entry by entry, then its signed checkpoint. */
async function* ownChain(
  context: WriteContext,
  signer: ChainSigner,
): AsyncGenerator<EntryRecord | CheckpointRecord> {
  const rows = context.db
    .prepare('SELECT * FROM journal WHERE device_id = ? ORDER BY seq')
    .iterate(context.deviceId) as IterableIterator<JournalRow>;
  let head = { device: context.deviceId, lastSeq: 0, headHash: '' };
  for (const row of rows) {
    head = { device: row.device_id, lastSeq: row.seq, headHash: row.hash };
    yield { type: 'entry', ...rowToEntry(row) };
  }
  const signature = signer.sign(checkpointBytes(head));
  yield { type: 'checkpoint', ...head, publicKey: signer.publicKey, signature };
}
