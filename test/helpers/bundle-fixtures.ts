/** Fixed Ed25519 test keys and in-memory bundles, so bundle tests need no files unless they want them. */
import { createPrivateKey, sign, type KeyObject } from 'node:crypto';
import { rawPublicKey } from '../../src/main/core/crypto/sealed-key';
import { encodeBundle, type BundleHeaderInput } from '../../src/main/core/bundle/write';
import { verifyBundle, type BundleVerification } from '../../src/main/core/bundle/verify';

// PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A deterministic test key: the seed is `byte` repeated 32 times. Never use outside tests. */
export function testKey(byte: number): { privateKey: KeyObject; publicKey: string } {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, Buffer.alloc(32, byte)]),
    format: 'der',
    type: 'pkcs8',
  });
  return { privateKey, publicKey: rawPublicKey(privateKey) };
}

/** A signer callback holding `privateKey`, as the device key module will provide. */
export function signerOf(privateKey: KeyObject): (bytes: Uint8Array) => Uint8Array {
  return (bytes) => sign(null, bytes, privateKey);
}

/** The header used by most tests. */
export function testHeader(
  publicKey: string,
  kind: 'setup' | 'results' = 'results',
): BundleHeaderInput {
  return { kind, publicKey, createdBy: { app: 'Panitia', version: '0.1.0-test' } };
}

/** A whole bundle in memory. */
export async function bundleBytes(
  header: BundleHeaderInput,
  records: Iterable<unknown>,
  privateKey: KeyObject,
): Promise<Buffer> {
  const lines: Buffer[] = [];
  for await (const line of encodeBundle(header, records, signerOf(privateKey))) lines.push(line);
  return Buffer.concat(lines);
}

/** Verifies bytes held in memory, in chunks of `chunkSize` to exercise line splitting. */
export function verifyBytes(bytes: Uint8Array, chunkSize = 7): Promise<BundleVerification> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  return verifyBundle(chunks());
}

/** The lines of a bundle, each with its LF. */
export function linesOf(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let lf = bytes.indexOf(0x0a); lf !== -1; lf = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, lf + 1));
    start = lf + 1;
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}
