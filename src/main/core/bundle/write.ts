/** Writing a bundle: lines produced one at a time, streamed to a temporary file, then renamed. */
import { verify } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { publicKeyFromRaw } from '../crypto/sealed-key';
import { writeWholeStream } from '../files/write-whole';
import {
  BUNDLE_FORMAT,
  encodeLine,
  lineHash,
  statementBytes,
  type BundleHeader,
  type SignedStatement,
} from './format';

/** Signs the statement bytes with the key whose public part is in the header; the key stays with the caller. */
export type BundleSigner = (bytes: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** What goes into the header line; `format` is added. */
export type BundleHeaderInput = Omit<BundleHeader, 'format'>;

/** What a written bundle is, for the caller to show or record. */
export interface BundleSummary {
  count: number;
  headerHash: string;
  finalHash: string;
}

/**
 * The bundle's lines in order; the last is the signed trailer. Throws `bundle.signerMismatch` if
 * the signer's signature does not verify under the header's public key (a bundle nobody could verify).
 */
export async function* encodeBundle(
  header: BundleHeaderInput,
  records: AsyncIterable<unknown> | Iterable<unknown>,
  signer: BundleSigner,
  summary?: (summary: BundleSummary) => void,
): AsyncGenerator<Buffer> {
  const headerLine = encodeLine({ ...header, format: BUNDLE_FORMAT });
  const headerHash = lineHash(headerLine);
  yield headerLine;
  let prev = headerHash;
  let i = 0;
  for await (const record of records) {
    const line = encodeLine({ i, prev, record });
    prev = lineHash(line);
    i += 1;
    yield line;
  }
  const statement: SignedStatement = {
    count: i,
    final: prev,
    format: BUNDLE_FORMAT,
    header: headerHash,
  };
  const bytes = statementBytes(statement);
  const signature = Buffer.from(await signer(bytes));
  if (!verify(null, bytes, publicKeyFromRaw(header.publicKey), signature)) {
    throw new AppError('bundle.signerMismatch');
  }
  summary?.({ count: i, headerHash, finalHash: prev });
  yield encodeLine({ ...statement, signature: signature.toString('base64') });
}

/**
 * Streams a bundle to `file` through `file.<pid>.partial`, flushed and renamed, so a crash or a
 * failing record source never leaves a half bundle under the real name.
 */
export async function writeBundle(
  file: string,
  header: BundleHeaderInput,
  records: AsyncIterable<unknown> | Iterable<unknown>,
  signer: BundleSigner,
): Promise<BundleSummary> {
  let result: BundleSummary | undefined;
  await writeWholeStream(
    file,
    encodeBundle(header, records, signer, (s) => (result = s)),
  );
  return result as BundleSummary;
}
