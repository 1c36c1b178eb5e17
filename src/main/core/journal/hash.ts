/** The hash that links journal entries: SHA-256 over the canonical JSON of the unhashed entry. */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/canonical-json';
import type { UnhashedEntry } from '../../../shared/journal/entry';

/** Hex SHA-256 of a UTF-8 string. */
export function sha256Hex(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The hash of an entry, from its device, seq, prev, ts, kind and payload. */
export function entryHash(entry: UnhashedEntry): string {
  const { device, seq, prev, ts, kind, payload } = entry;
  return sha256Hex(canonicalJson({ device, seq, prev, ts, kind, payload }));
}
