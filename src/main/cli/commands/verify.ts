/**
 * `panitia verify F.panitia [--db FILE]`: checks a bundle's every byte and signature, its chains
 * and checkpoints, and with a registry says whether its signer is trusted. Exit 0 valid and trusted, 1 invalid, 3 untrusted.
 */
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { errorMessage } from '../../../shared/i18n/errors';
import { readResultBundle } from '../../core/bundle/read-result-bundle';
import { openStore } from '../../core/store/open-store';
import { trustOf } from '../../core/trust/registry';
import { EXIT } from '../exit-codes';
import { say, type Output } from '../output';
import { roleWord } from './trust';

/** Verifies `file` and, with `db`, looks its signer up in that database's trust registry. */
export async function verifyCommand(
  output: Output,
  file: string,
  options: { db?: string },
): Promise<number> {
  // Opening a missing database would create an empty one and call every signer unknown.
  if (options.db !== undefined && !existsSync(options.db)) {
    throw new AppError('file.notFound', { file: options.db });
  }
  // Chains, links and checkpoints too, not only the container: what a merge would refuse.
  const reading = await readResultBundle(file, { kinds: ['setup', 'results'] });
  if (!reading.valid) {
    output.err(say(output, 'verifyInvalid', { file, line: reading.line }));
    output.err(errorMessage(reading.code, reading.params, output.language));
    return EXIT.refused;
  }
  const result = reading.bundle;
  output.out(say(output, 'verifyValid', { file }));
  output.out(say(output, 'verifyKind', { kind: say(output, `bundleKind.${result.kind}`) }));
  output.out(say(output, 'verifyCount', { count: result.count }));
  output.out(say(output, 'verifySigner', { fingerprint: result.fingerprint }));
  if (options.db === undefined) {
    output.out(say(output, 'verifyNoRegistry'));
    return EXIT.untrusted;
  }
  const store = await openStore(options.db);
  try {
    const trust = trustOf(store.db, result.fingerprint);
    if (trust.status === 'unknown') {
      output.out(say(output, 'verifyUnknown'));
      return EXIT.untrusted;
    }
    const params = {
      label: trust.entry.label,
      role: roleWord(output, trust.entry),
      revokedAt: trust.entry.revokedAt ?? '',
      reason: trust.entry.revokeReason ?? '',
    };
    if (trust.status === 'revoked') {
      output.out(say(output, 'verifyRevoked', params));
      return EXIT.untrusted;
    }
    output.out(say(output, 'verifyTrusted', params));
    return EXIT.ok;
  } finally {
    store.close();
  }
}
