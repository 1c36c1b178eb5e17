/**
 * An office starting from a setup package (docs/merge.md): the package verified, its signer's
 * fingerprint compared by a person with what the central office gave out of band (first use: the
 * key is pinned as central, once), then merged and receipted.
 */
import { normalizeFingerprint, trustOf } from '../trust/registry';
import { AppError, type ErrorCode } from '../../../shared/errors';
import { readResultBundle } from '../bundle/read-result-bundle';
import type { WriteContext } from '../journal/record';
import { mergeBundles, type MergeOptions, type MergeOutcome } from './merge';

/** What starting an office needs besides the file. */
export interface StartOfficeInput extends Omit<MergeOptions, 'setupOffice'> {
  office: string;
  /** The fingerprint the person read from the central office (letter, phone), as typed. */
  confirmedFingerprint: string;
  /** How the central key is labelled when it is pinned now. */
  centralLabel: string;
}

/** The signer of a setup package, before anything is decided about it. */
export interface SetupSigner {
  fingerprint: string;
  publicKey: string;
  createdBy: Record<string, unknown>;
  trust: 'trusted' | 'revoked' | 'unknown';
}

/**
 * Verifies a setup package and says who signed it and whether that key is pinned here. Throws the
 * verification problem (a translated bundle error with its line) for an invalid file.
 */
export async function inspectSetup(context: WriteContext, file: string): Promise<SetupSigner> {
  const reading = await readResultBundle(file, { kinds: ['setup'] });
  if (!reading.valid) {
    const code = reading.code === 'resultBundle.wrongKind' ? 'setup.wrongKind' : reading.code;
    throw new AppError(code as ErrorCode, reading.params);
  }
  const { fingerprint, publicKey, createdBy } = reading.bundle;
  return { fingerprint, publicKey, createdBy, trust: trustOf(context.db, fingerprint).status };
}

/**
 * Starts this installation as `office` from the setup package at `file`. Refuses a store that
 * already holds a selection, a fingerprint that differs from the package's, and a signer that is
 * revoked or pinned in another role; nothing is written then.
 */
export async function startOffice(
  context: WriteContext,
  file: string,
  input: StartOfficeInput,
): Promise<MergeOutcome> {
  const { db } = context;
  const office = input.office.trim();
  if (office.length === 0) throw new AppError('setup.officeMissing');
  if (db.prepare('SELECT 1 FROM selections LIMIT 1').get()) throw new AppError('setup.notEmpty');
  const signer = await inspectSetup(context, file);
  if (normalizeFingerprint(input.confirmedFingerprint) !== signer.fingerprint) {
    throw new AppError('setup.fingerprintMismatch', { fingerprint: signer.fingerprint });
  }
  const status = trustOf(db, signer.fingerprint);
  if (status.status === 'revoked') {
    throw new AppError('setup.signerRevoked', { fingerprint: signer.fingerprint });
  }
  if (status.status === 'trusted' && status.entry.role !== 'central') {
    throw new AppError('setup.signerNotCentral', {
      fingerprint: signer.fingerprint,
      role: status.entry.role,
    });
  }
  // Pinning and merging are one decision: the merge pins in its own transaction.
  const pin =
    status.status === 'unknown'
      ? { publicKey: signer.publicKey, label: input.centralLabel, role: 'central' as const }
      : undefined;
  return mergeBundles(context, [file], { ...input, setupOffice: office, pin });
}
