import { createHash, createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineHash } from '../../../../src/main/core/bundle/format';
import { verifyBundle } from '../../../../src/main/core/bundle/verify';
import type { BundleHeaderInput } from '../../../../src/main/core/bundle/write';
import { rawPublicKey } from '../../../../src/main/core/crypto/sealed-key';
import { bundleBytes, linesOf } from '../../../helpers/bundle-fixtures';

const DIR = join(__dirname, '../../../fixtures/bundles');
const bytes = readFileSync(join(DIR, 'tiny.panitia'));
const expected = JSON.parse(readFileSync(join(DIR, 'tiny.expected.json'), 'utf8')) as {
  header: BundleHeaderInput;
  records: unknown[];
  publicKey: string;
  fingerprint: string;
  lineHashes: string[];
  headerHash: string;
  finalHash: string;
  signedStatement: Record<string, unknown>;
  signature: string;
  fileSha256: string;
};

describe('bundle test vectors', () => {
  it('tiny.panitia still verifies, with the documented hashes and fingerprint', async () => {
    const records: unknown[] = [];
    const result = await verifyBundle(join(DIR, 'tiny.panitia'), {
      onRecord: (record) => void records.push(record),
    });
    expect(result).toEqual({
      valid: true,
      kind: expected.header.kind,
      count: expected.records.length,
      publicKey: expected.publicKey,
      fingerprint: expected.fingerprint,
      createdBy: expected.header.createdBy,
      headerHash: expected.headerHash,
      finalHash: expected.finalHash,
    });
    expect(records).toEqual(expected.records);
  });

  it('has the documented line hashes, trailer and file hash', () => {
    const lines = linesOf(bytes);
    expect(lines.map((line) => lineHash(line))).toEqual(expected.lineHashes);
    expect(JSON.parse(lines.at(-1)!.toString('utf8'))).toEqual({
      ...expected.signedStatement,
      signature: expected.signature,
    });
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected.fileSha256);
  });

  it('is what Panitia writes today from the same key and records, byte for byte', async () => {
    const privateKey = createPrivateKey(readFileSync(join(DIR, 'test-key.pem')));
    expect(rawPublicKey(privateKey)).toBe(expected.publicKey);
    const again = await bundleBytes(expected.header, expected.records, privateKey);
    expect(again.equals(bytes)).toBe(true);
  });
});
