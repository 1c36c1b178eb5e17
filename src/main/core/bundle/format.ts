/**
 * The `.panitia` bundle container, v1: a header line, one hash-chained line per record, and a
 * signed trailer line, all canonical JSON ending in LF. Byte-exact rules: docs/bundle-format.md.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from '../../../shared/canonical-json';

/** The format tag in every header and trailer. */
export const BUNDLE_FORMAT = 'panitia.bundle.v1';
/** What a bundle carries: a setup package (central → office) or results (office → central). */
export const BUNDLE_KINDS = ['setup', 'results'] as const;
/** A bundle kind. */
export type BundleKind = (typeof BUNDLE_KINDS)[number];

/** The first line. `createdBy` is free-form (app, version, device label…), covered like the rest. */
export interface BundleHeader {
  format: typeof BUNDLE_FORMAT;
  kind: BundleKind;
  /** The signer's raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  createdBy: { [key: string]: JsonValue };
}

/** One record line: its 0-based index, the SHA-256 of the line before it, and the record. */
export interface RecordLine {
  i: number;
  prev: string;
  record: JsonValue;
}

/** What the trailer's signature covers: everything in the trailer except the signature. */
export interface SignedStatement {
  count: number;
  /** SHA-256 of the last record line (of the header line when there are no records). */
  final: string;
  format: typeof BUNDLE_FORMAT;
  /** SHA-256 of the header line. */
  header: string;
}

/** The last line. */
export interface Trailer extends SignedStatement {
  /** Ed25519 signature of the canonical JSON of the statement, base64. */
  signature: string;
}

const LF = 0x0a;

/** The bytes of one line: canonical JSON then LF. */
export function encodeLine(value: unknown): Buffer {
  return Buffer.from(`${canonicalJson(value)}\n`, 'utf8');
}

/** Lowercase hex SHA-256 of a line's bytes, its LF included (as `sed -n Np | sha256sum`). */
export function lineHash(line: Uint8Array): string {
  return createHash('sha256').update(line).digest('hex');
}

/** The exact bytes the signer signs: the statement's canonical JSON, no LF (`jq -cj 'del(.signature)'`). */
export function statementBytes(statement: SignedStatement): Buffer {
  return Buffer.from(canonicalJson(statement), 'utf8');
}

/** Whether `line` ends with the LF every line must end with. */
export function endsWithLf(line: Uint8Array): boolean {
  return line.length > 0 && line[line.length - 1] === LF;
}
