/**
 * Checking a received chain bundle (results, or a setup package): the container first
 * (verifyBundle), then every journal entry's hash, each chain's continuity, and each chain's signed
 * checkpoint. Nothing is merged here; a merge stages the entries handed to `onEntry`.
 */
import type { JsonValue } from '../../../shared/canonical-json';
import { GENESIS_HASH } from '../../../shared/journal/entry';
import { verifyBytes } from '../crypto/sign';
import { entryHash } from '../journal/hash';
import type { BundleKind } from './format';
import {
  checkpointBytes,
  type CheckpointRecord,
  type CheckpointStatement,
  type EntryRecord,
} from './result-bundle';
import { verifyBundle, type BundleProblemCode, type ValidBundle } from './verify';

/** Why a valid container is not a valid result bundle; messages in src/shared/i18n/bundle-errors.ts. */
export type ResultBundleProblemCode =
  | 'resultBundle.wrongKind'
  | 'resultBundle.badRecord'
  | 'resultBundle.badOrder'
  | 'resultBundle.gap'
  | 'resultBundle.badLink'
  | 'resultBundle.badEntryHash'
  | 'resultBundle.badCheckpoint'
  | 'resultBundle.checkpointMismatch'
  | 'resultBundle.missingCheckpoint';

/** A result bundle whose container, entries, chains and checkpoints all verify. */
export interface ValidResultBundle {
  valid: true;
  bundle: ValidBundle;
  entries: number;
  chains: CheckpointStatement[];
  /** Each chain's checkpoint record as received, with the key that signed it. */
  checkpoints: CheckpointRecord[];
}

/** Options of {@link readResultBundle}. */
export interface ReadChainOptions {
  /** The kinds accepted (default: results only). */
  kinds?: readonly BundleKind[];
  /**
   * Called with each entry whose hash and link checked out, as the file is read; the whole file's
   * verdict comes at the end, so a caller stages entries and keeps them only if it is valid.
   */
  onEntry?: (entry: EntryRecord, line: number) => void;
}

/** The first problem; `line` is the 1-based line of the file (the header is line 1). */
export interface InvalidResultBundle {
  valid: false;
  code: BundleProblemCode | ResultBundleProblemCode;
  line: number;
  params: Record<string, string | number>;
}

/** The outcome of {@link readResultBundle}. */
export type ResultBundleReading = ValidResultBundle | InvalidResultBundle;

const HEX64 = /^[0-9a-f]{64}$/;
const ENTRY_KEYS = ['device', 'hash', 'kind', 'payload', 'prev', 'seq', 'ts', 'type'];
const CHECKPOINT_KEYS = ['device', 'headHash', 'lastSeq', 'publicKey', 'signature', 'type'];

class Problem extends Error {
  constructor(
    readonly code: ResultBundleProblemCode,
    readonly line: number,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/** A chain as read so far. */
interface Chain {
  device: string;
  lastSeq: number;
  headHash: string;
  /** Line of its last entry. */
  line: number;
  /** The public key its own `device.keyCreated` entry declares, if the bundle holds it. */
  ownKey: string | null;
}

/** Verifies the chain bundle at `file`; throws only `file.notFound` and I/O errors. */
export async function readResultBundle(
  file: string,
  options: ReadChainOptions = {},
): Promise<ResultBundleReading> {
  const checker = new RecordChecker(options.onEntry);
  let problem: Problem | undefined;
  const bundle = await verifyBundle(file, {
    onRecord: (record, index) => {
      if (problem) return;
      try {
        checker.add(record, index + 2);
      } catch (error) {
        if (!(error instanceof Problem)) throw error;
        problem = error;
      }
    },
  });
  // A container that fails says so first: its records cannot be trusted to mean anything.
  if (!bundle.valid) return bundle;
  try {
    if (!(options.kinds ?? ['results']).includes(bundle.kind)) {
      throw new Problem('resultBundle.wrongKind', 1, { kind: bundle.kind });
    }
    if (problem) throw problem;
    const checkpoints = checker.finish(bundle.publicKey, bundle.count + 2);
    const chains = checkpoints.map(({ device, lastSeq, headHash }) => ({
      device,
      lastSeq,
      headHash,
    }));
    return { valid: true, bundle, entries: checker.entries, chains, checkpoints };
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    return {
      valid: false,
      code: error.code,
      line: error.line,
      params: { line: error.line, ...error.params },
    };
  }
}

/** Checks records one at a time, holding only one head per chain and the checkpoints. */
class RecordChecker {
  entries = 0;
  private readonly chains: Chain[] = [];
  private readonly checkpoints: { record: CheckpointRecord; line: number }[] = [];

  constructor(private readonly onEntry?: (entry: EntryRecord, line: number) => void) {}

  add(value: JsonValue, line: number): void {
    const record = asObject(value, line);
    if (record.type === 'entry') this.addEntry(record, line);
    else if (record.type === 'checkpoint') this.addCheckpoint(record, line);
    else throw new Problem('resultBundle.badRecord', line, { field: 'type' });
  }

  private addEntry(record: Record<string, unknown>, line: number): void {
    const bad = (field: string) => new Problem('resultBundle.badRecord', line, { field });
    const odd = oddKey(record, ENTRY_KEYS);
    if (odd !== undefined) throw bad(odd);
    const { device, seq, prev, ts, kind, payload, hash } = record;
    if (typeof device !== 'string') throw bad('device');
    if (!Number.isSafeInteger(seq)) throw bad('seq');
    if (typeof prev !== 'string' || !HEX64.test(prev)) throw bad('prev');
    if (typeof ts !== 'string') throw bad('ts');
    if (typeof kind !== 'string') throw bad('kind');
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
      throw bad('payload');
    }
    if (typeof hash !== 'string' || !HEX64.test(hash)) throw bad('hash');
    if (this.checkpoints.length > 0) {
      throw new Problem('resultBundle.badOrder', line, { device, seq: seq as number });
    }
    let chain = this.chains[this.chains.length - 1];
    if (chain?.device !== device) {
      // Chains come in device order, each once: a device seen again or out of order was moved.
      if (chain && chain.device >= device) {
        throw new Problem('resultBundle.badOrder', line, { device, seq: seq as number });
      }
      chain = { device, lastSeq: 0, headHash: GENESIS_HASH, line, ownKey: null };
      this.chains.push(chain);
    }
    if (seq !== chain.lastSeq + 1) {
      throw new Problem('resultBundle.gap', line, {
        device,
        expected: chain.lastSeq + 1,
        found: seq as number,
      });
    }
    if (prev !== chain.headHash) {
      throw new Problem('resultBundle.badLink', line, { device, seq: seq as number });
    }
    const expected = entryHash({
      device,
      seq: seq as number,
      prev,
      ts,
      kind,
      payload: payload as Record<string, unknown>,
    });
    if (expected !== hash) {
      throw new Problem('resultBundle.badEntryHash', line, { device, seq: seq as number });
    }
    chain.lastSeq = seq as number;
    chain.headHash = hash;
    chain.line = line;
    const declared = (payload as Record<string, unknown>).publicKey;
    if (kind === 'device.keyCreated' && typeof declared === 'string') chain.ownKey = declared;
    this.entries += 1;
    this.onEntry?.(record as unknown as EntryRecord, line);
  }

  private addCheckpoint(record: Record<string, unknown>, line: number): void {
    const bad = (field: string) => new Problem('resultBundle.badRecord', line, { field });
    const odd = oddKey(record, CHECKPOINT_KEYS);
    if (odd !== undefined) throw bad(odd);
    if (typeof record.device !== 'string') throw bad('device');
    if (!Number.isSafeInteger(record.lastSeq)) throw bad('lastSeq');
    if (typeof record.headHash !== 'string') throw bad('headHash');
    if (typeof record.publicKey !== 'string') throw bad('publicKey');
    if (typeof record.signature !== 'string') throw bad('signature');
    this.checkpoints.push({ record: record as unknown as CheckpointRecord, line });
  }

  /**
   * Matches each chain with exactly one checkpoint, signed by the bundle's signer (`publicKey`) or
   * by the key the chain's own `device.keyCreated` entry declares; no other key may vouch for it.
   */
  finish(publicKey: string, trailerLine: number): CheckpointRecord[] {
    if (this.checkpoints.length !== this.chains.length) {
      const unmatched = this.chains.find(
        (chain) => !this.checkpoints.some(({ record }) => record.device === chain.device),
      );
      if (unmatched) {
        throw new Problem('resultBundle.missingCheckpoint', trailerLine, {
          device: unmatched.device,
        });
      }
    }
    return this.checkpoints.map(({ record, line }, index) => {
      const chain = this.chains[index];
      if (chain === undefined || chain.device !== record.device) {
        throw new Problem('resultBundle.checkpointMismatch', line, { device: record.device });
      }
      const signerAllowed = record.publicKey === publicKey || record.publicKey === chain.ownKey;
      if (
        !signerAllowed ||
        !verifyBytes(record.publicKey, checkpointBytes(record), record.signature)
      ) {
        throw new Problem('resultBundle.badCheckpoint', line, { device: record.device });
      }
      if (record.lastSeq !== chain.lastSeq || record.headHash !== chain.headHash) {
        throw new Problem('resultBundle.checkpointMismatch', line, {
          device: record.device,
          expected: record.lastSeq,
          found: chain.lastSeq,
        });
      }
      return record;
    });
  }
}

function asObject(value: JsonValue, line: number): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Problem('resultBundle.badRecord', line, { field: 'type' });
  }
  return value as Record<string, unknown>;
}

function oddKey(value: Record<string, unknown>, keys: string[]): string | undefined {
  const present = Object.keys(value);
  return keys.find((key) => !present.includes(key)) ?? present.find((key) => !keys.includes(key));
}
