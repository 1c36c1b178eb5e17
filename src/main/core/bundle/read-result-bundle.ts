/**
 * Checking a received result bundle: the container first (verifyBundle), then every journal
 * entry's hash, each chain's continuity, and each chain's signed checkpoint. Nothing is merged.
 */
import type { JsonValue } from '../../../shared/canonical-json';
import { GENESIS_HASH } from '../../../shared/journal/entry';
import { verifyBytes } from '../crypto/sign';
import { entryHash } from '../journal/hash';
import { checkpointBytes, type CheckpointRecord, type CheckpointStatement } from './result-bundle';
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
const CHECKPOINT_KEYS = ['device', 'headHash', 'lastSeq', 'signature', 'type'];

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
}

/** Verifies the result bundle at `file`; throws only `file.notFound` and I/O errors. */
export async function readResultBundle(file: string): Promise<ResultBundleReading> {
  const checker = new RecordChecker();
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
    if (bundle.kind !== 'results') {
      throw new Problem('resultBundle.wrongKind', 1, { kind: bundle.kind });
    }
    if (problem) throw problem;
    const chains = checker.finish(bundle.publicKey, bundle.count + 2);
    return { valid: true, bundle, entries: checker.entries, chains };
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
      chain = { device, lastSeq: 0, headHash: GENESIS_HASH, line };
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
    this.entries += 1;
  }

  private addCheckpoint(record: Record<string, unknown>, line: number): void {
    const bad = (field: string) => new Problem('resultBundle.badRecord', line, { field });
    const odd = oddKey(record, CHECKPOINT_KEYS);
    if (odd !== undefined) throw bad(odd);
    if (typeof record.device !== 'string') throw bad('device');
    if (!Number.isSafeInteger(record.lastSeq)) throw bad('lastSeq');
    if (typeof record.headHash !== 'string') throw bad('headHash');
    if (typeof record.signature !== 'string') throw bad('signature');
    this.checkpoints.push({ record: record as unknown as CheckpointRecord, line });
  }

  /** Matches each chain with exactly one checkpoint, signed under `publicKey`. */
  finish(publicKey: string, trailerLine: number): CheckpointStatement[] {
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
      if (!verifyBytes(publicKey, checkpointBytes(record), record.signature)) {
        throw new Problem('resultBundle.badCheckpoint', line, { device: record.device });
      }
      if (record.lastSeq !== chain.lastSeq || record.headHash !== chain.headHash) {
        throw new Problem('resultBundle.checkpointMismatch', line, {
          device: record.device,
          expected: record.lastSeq,
          found: chain.lastSeq,
        });
      }
      return { device: record.device, lastSeq: record.lastSeq, headHash: record.headHash };
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
