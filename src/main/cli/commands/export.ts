/**
 * `panitia export --db FILE --out F.panitia [--setup --office NAME]`: this office's result bundle,
 * or the central's setup package for one office (docs/bundle-format.md, docs/setup-package.md).
 */
import { exportChainBundle, type ChainSigner } from '../../core/bundle/result-bundle';
import { exportSetupPackage, setupContents } from '../../core/bundle/setup-package';
import { openStore, type Store } from '../../core/store/open-store';
import { deviceSignerFor } from '../device-passphrase';
import { AppError } from '../../../shared/errors';
import { EXIT } from '../exit-codes';
import { reportError, say, type Output } from '../output';

/** The options of `panitia export`. */
export interface ExportOptions {
  db: string;
  out: string;
  setup?: boolean;
  office?: string;
}

/**
 * Writes the result bundle (or, with --setup, the setup package for --office) signed by the device
 * key, its passphrase from PANITIA_PASSPHRASE or a hidden prompt. Exit 2 for --setup without
 * --office or --office without --setup; exit 1 without a device key (checked before asking), a
 * passphrase, or (setup) a selection.
 */
export async function exportCommand(output: Output, options: ExportOptions): Promise<number> {
  if (options.setup && options.office === undefined) {
    output.err(say(output, 'exportSetupNeedsOffice'));
    return EXIT.usage;
  }
  if (!options.setup && options.office !== undefined) {
    output.err(say(output, 'exportOfficeWithoutSetup'));
    return EXIT.usage;
  }
  const store = await openStore(options.db);
  try {
    if (options.setup) {
      if (options.office!.trim() === '')
        return reportError(output, new AppError('setup.officeMissing'));
      if (setupContents(store.db).selections.length === 0) {
        return reportError(output, new AppError('setup.noSelection'));
      }
    }
    const signer = await deviceSignerFor(output, store);
    if (!signer) return EXIT.refused;
    if (options.setup) return await writeSetup(output, store, signer, options, signer.fingerprint);
    await exportChainBundle(store, signer, options.out, 'results');
    const { entries, chains } = setupContents(store.db);
    output.out(
      say(output, 'exportWritten', {
        file: options.out,
        entries,
        chains,
        fingerprint: signer.fingerprint,
      }),
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}

/** Writes the setup package, then prints what went in, per selection, and the fingerprint. */
async function writeSetup(
  output: Output,
  store: Store,
  signer: ChainSigner,
  options: ExportOptions,
  fingerprint: string,
): Promise<number> {
  const office = options.office!.trim();
  await exportSetupPackage(store, signer, options.out, office);
  const contents = setupContents(store.db);
  for (const s of contents.selections) {
    output.out(
      say(output, 'exportSetupSelection', {
        name: s.name,
        type: s.type,
        year: s.year,
        formasi: s.formasi,
        locked: s.formasiLocked,
        unlocked: s.formasiUnlocked,
        candidates: s.candidates,
        rubrics: s.rubrics.length,
        externalScores: s.externalScores,
        externalImports: s.externalImports,
      }),
    );
  }
  output.out(
    say(output, 'exportSetupWritten', {
      office,
      file: options.out,
      entries: contents.entries,
      chains: contents.chains,
      fingerprint,
    }),
  );
  return EXIT.ok;
}
