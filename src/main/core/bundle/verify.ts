/**
 * Verifying a bundle as a stream: one line in memory at a time, every byte checked against the
 * hash chain and the trailer's signature; the first problem is reported with its line number.
 */
import { verify } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { canonicalJson, type JsonValue } from '../../../shared/canonical-json';
import { AppError } from '../../../shared/errors';
import { fingerprintOf, publicKeyFromRaw } from '../crypto/sealed-key';
import {
  BUNDLE_FORMAT,
  BUNDLE_KINDS,
  endsWithLf,
  lineHash,
  statementBytes,
  type BundleKind,
} from './format';
import { LineTooLongError, splitLines } from './lines';

/** Why a bundle is invalid; each code has a message in src/shared/i18n/bundle-errors.ts. */
export type BundleProblemCode =
  | 'bundle.truncated'
  | 'bundle.lineTooLong'
  | 'bundle.notJson'
  | 'bundle.notCanonical'
  | 'bundle.badHeader'
  | 'bundle.badRecord'
  | 'bundle.badIndex'
  | 'bundle.badChain'
  | 'bundle.badTrailer'
  | 'bundle.badCount'
  | 'bundle.badSignature'
  | 'bundle.trailingData';

/** A bundle whose every byte is covered by a good signature. Trust is the receiver's call. */
export interface ValidBundle {
  valid: true;
  kind: BundleKind;
  count: number;
  publicKey: string;
  fingerprint: string;
  createdBy: { [key: string]: JsonValue };
  headerHash: string;
  finalHash: string;
}

/** The first problem found; `line` is 1-based, as editors and `sed -n Np` count. */
export interface InvalidBundle {
  valid: false;
  code: BundleProblemCode;
  line: number;
  params: Record<string, string | number>;
}

/** The outcome of `verifyBundle`. */
export type BundleVerification = ValidBundle | InvalidBundle;

/** Options of `verifyBundle`. */
export interface VerifyOptions {
  /**
   * Called with each record once its line is chained; the signature is checked only at the end,
   * so a caller must stage records and keep them only if the result is valid.
   */
  onRecord?: (record: JsonValue, index: number) => void | Promise<void>;
  /** Longest line accepted, in bytes (a guard against a file that is one endless line). */
  maxLineBytes?: number;
}

/** 64 MiB: far above any record Panitia writes, far below a laptop's memory. */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

const HEX64 = /^[0-9a-f]{64}$/;
const HEADER_KEYS = ['createdBy', 'format', 'kind', 'publicKey'];
const RECORD_KEYS = ['i', 'prev', 'record'];
const TRAILER_KEYS = ['count', 'final', 'format', 'header', 'signature'];
const utf8 = new TextDecoder('utf-8', { fatal: true });

class Problem extends Error {
  constructor(
    readonly code: BundleProblemCode,
    readonly line: number,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/** Verifies the bundle at a path (or in a byte stream); throws only `file.notFound` and I/O errors. */
export async function verifyBundle(
  source: string | AsyncIterable<Uint8Array>,
  options: VerifyOptions = {},
): Promise<BundleVerification> {
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const chunks = typeof source === 'string' ? readFile(source) : source;
  try {
    return await check(splitLines(chunks, maxLineBytes), options);
  } catch (error) {
    if (error instanceof Problem) {
      return {
        valid: false,
        code: error.code,
        line: error.line,
        params: { line: error.line, ...error.params },
      };
    }
    if (error instanceof LineTooLongError) {
      return {
        valid: false,
        code: 'bundle.lineTooLong',
        line: error.line,
        params: { line: error.line, limit: maxLineBytes },
      };
    }
    throw error;
  }
}

async function* readFile(file: string): AsyncGenerator<Uint8Array> {
  try {
    yield* createReadStream(file, { highWaterMark: 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError('file.notFound', { file });
    throw error;
  }
}

async function check(lines: AsyncGenerator<Buffer>, options: VerifyOptions): Promise<ValidBundle> {
  let lineNumber = 0;
  let header: Header | undefined;
  let headerHash = '';
  let prev = '';
  let count = 0;
  let trailerLine = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (trailerLine > 0)
      throw new Problem('bundle.trailingData', lineNumber, { trailer: trailerLine });
    // A last line without LF is a file cut short, whatever it holds.
    if (!endsWithLf(line)) throw new Problem('bundle.truncated', lineNumber);
    const value = parseLine(line, lineNumber);
    if (header === undefined) {
      header = checkHeader(value, lineNumber);
      headerHash = prev = lineHash(line);
      continue;
    }
    if (Object.prototype.hasOwnProperty.call(value, 'signature')) {
      checkTrailer(value, lineNumber, { header, headerHash, prev, count });
      trailerLine = lineNumber;
      continue;
    }
    checkRecordShape(value, lineNumber);
    if (value.i !== count) {
      throw new Problem('bundle.badIndex', lineNumber, { expected: count, found: String(value.i) });
    }
    if (value.prev !== prev)
      throw new Problem('bundle.badChain', lineNumber, { previous: lineNumber - 1 });
    prev = lineHash(line);
    await options.onRecord?.(value.record as JsonValue, count);
    count += 1;
  }
  if (trailerLine === 0) throw new Problem('bundle.truncated', lineNumber + 1);
  const { kind, publicKey, createdBy } = header as Header;
  return {
    valid: true,
    kind,
    count,
    publicKey,
    fingerprint: fingerprintOf(publicKey),
    createdBy,
    headerHash,
    finalHash: prev,
  };
}

type Header = { kind: BundleKind; publicKey: string; createdBy: { [key: string]: JsonValue } };

function parseLine(line: Buffer, lineNumber: number): Record<string, unknown> {
  let text: string;
  let value: unknown;
  try {
    text = utf8.decode(line.subarray(0, line.length - 1));
    value = JSON.parse(text);
  } catch {
    throw new Problem('bundle.notJson', lineNumber);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Problem('bundle.notJson', lineNumber);
  }
  // One byte form per content: no duplicate keys, no lone surrogates, no "1.0", no whitespace.
  let canonical: string | undefined;
  try {
    canonical = canonicalJson(value);
  } catch {
    canonical = undefined;
  }
  if (canonical !== text) throw new Problem('bundle.notCanonical', lineNumber);
  return value as Record<string, unknown>;
}

function sameKeys(value: Record<string, unknown>, keys: string[]): string | undefined {
  const present = Object.keys(value);
  const missing = keys.find((key) => !present.includes(key));
  return missing ?? present.find((key) => !keys.includes(key));
}

function checkHeader(value: Record<string, unknown>, lineNumber: number): Header {
  const bad = (field: string) => new Problem('bundle.badHeader', lineNumber, { field });
  if (value.format !== BUNDLE_FORMAT) throw bad('format');
  const odd = sameKeys(value, HEADER_KEYS);
  if (odd !== undefined) throw bad(odd);
  if (!BUNDLE_KINDS.includes(value.kind as BundleKind)) throw bad('kind');
  if (!isRawPublicKey(value.publicKey)) throw bad('publicKey');
  const createdBy = value.createdBy;
  if (createdBy === null || typeof createdBy !== 'object' || Array.isArray(createdBy)) {
    throw bad('createdBy');
  }
  return {
    kind: value.kind as BundleKind,
    publicKey: value.publicKey,
    createdBy: createdBy as { [key: string]: JsonValue },
  };
}

function isRawPublicKey(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const raw = Buffer.from(value, 'base64');
  // Round trip: base64 decoding silently skips stray characters, which must not pass.
  return raw.length === 32 && raw.toString('base64') === value;
}

function checkRecordShape(value: Record<string, unknown>, lineNumber: number): void {
  const odd = sameKeys(value, RECORD_KEYS);
  if (odd !== undefined) throw new Problem('bundle.badRecord', lineNumber, { field: odd });
  if (!Number.isSafeInteger(value.i))
    throw new Problem('bundle.badRecord', lineNumber, { field: 'i' });
  if (typeof value.prev !== 'string' || !HEX64.test(value.prev)) {
    throw new Problem('bundle.badRecord', lineNumber, { field: 'prev' });
  }
}

function checkTrailer(
  value: Record<string, unknown>,
  lineNumber: number,
  seen: { header: Header; headerHash: string; prev: string; count: number },
): void {
  const bad = (field: string) => new Problem('bundle.badTrailer', lineNumber, { field });
  const odd = sameKeys(value, TRAILER_KEYS);
  if (odd !== undefined) throw bad(odd);
  if (value.format !== BUNDLE_FORMAT) throw bad('format');
  if (!Number.isSafeInteger(value.count)) throw bad('count');
  if (typeof value.signature !== 'string') throw bad('signature');
  if (value.count !== seen.count) {
    throw new Problem('bundle.badCount', lineNumber, {
      expected: value.count as number,
      found: seen.count,
    });
  }
  if (value.header !== seen.headerHash)
    throw new Problem('bundle.badChain', lineNumber, { previous: 1 });
  if (value.final !== seen.prev) {
    throw new Problem('bundle.badChain', lineNumber, { previous: lineNumber - 1 });
  }
  const signature = Buffer.from(value.signature, 'base64');
  const statement = statementBytes({
    count: seen.count,
    final: seen.prev,
    format: BUNDLE_FORMAT,
    header: seen.headerHash,
  });
  const good =
    signature.length === 64 &&
    signature.toString('base64') === value.signature &&
    verify(null, statement, publicKeyFromRaw(seen.header.publicKey), signature);
  if (!good) throw new Problem('bundle.badSignature', lineNumber);
}
