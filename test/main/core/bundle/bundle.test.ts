import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeLine, lineHash } from '../../../../src/main/core/bundle/format';
import { verifyBundle, type BundleVerification } from '../../../../src/main/core/bundle/verify';
import { writeBundle } from '../../../../src/main/core/bundle/write';
import { fingerprintOf } from '../../../../src/main/core/crypto/sealed-key';
import { BUNDLE_ERRORS_EN, BUNDLE_ERRORS_ID } from '../../../../src/shared/i18n/bundle-errors';
import { errorMessage, LANGUAGES } from '../../../../src/shared/i18n/errors';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import {
  bundleBytes,
  linesOf,
  signerOf,
  testHeader,
  testKey,
  verifyBytes,
} from '../../../helpers/bundle-fixtures';
import { tempDir } from '../../../helpers/temp-store';

const alice = testKey(1);
const mallory = testKey(2);

const RECORDS = [
  { kind: 'attendance', nomor: '240001', present: true },
  { kind: 'sheet', nama: 'Ñoño Siti Nurhaliza', score: 87.5, items: [1, 2, 3] },
  { kind: 'conflict', note: 'Penilai dan peserta bertetangga — dicatat' },
  { kind: 'status', seq: 4, nested: { a: null, b: false } },
];

async function sample(): Promise<Buffer> {
  return bundleBytes(testHeader(alice.publicKey), RECORDS, alice.privateKey);
}

function invalid(result: BundleVerification) {
  if (result.valid) throw new Error('expected an invalid bundle');
  return result;
}

function join_(lines: Buffer[]): Buffer {
  return Buffer.concat(lines);
}

describe('bundle round trip', () => {
  it('writes a file that verifies, hands back every record in order, and leaves no partial file', async () => {
    const folder = tempDir();
    const file = join(folder, 'kantor.panitia');
    const summary = await writeBundle(
      file,
      testHeader(alice.publicKey, 'setup'),
      RECORDS,
      signerOf(alice.privateKey),
    );
    expect(readdirSync(folder)).toEqual(['kantor.panitia']);
    const seen: unknown[] = [];
    const result = await verifyBundle(file, {
      onRecord: (record, index) => void seen.push([index, record]),
    });
    expect(result).toEqual({
      valid: true,
      kind: 'setup',
      count: 4,
      publicKey: alice.publicKey,
      fingerprint: fingerprintOf(alice.publicKey),
      createdBy: { app: 'Panitia', version: '0.1.0-test' },
      headerHash: summary.headerHash,
      finalHash: summary.finalHash,
    });
    expect(seen).toEqual(RECORDS.map((record, index) => [index, record]));
    expect(readFileSync(file).toString('utf8').split('\n')).toHaveLength(4 + 2 + 1);
  });

  it('streams an async source of many records to a file and back', async () => {
    const file = join(tempDir(), 'besar.panitia');
    async function* many() {
      for (let n = 0; n < 5000; n += 1) yield { n, pad: 'x'.repeat(n % 300) };
    }
    const summary = await writeBundle(
      file,
      testHeader(alice.publicKey),
      many(),
      signerOf(alice.privateKey),
    );
    expect(summary.count).toBe(5000);
    let last = -1;
    const result = await verifyBundle(file, { onRecord: (_record, index) => void (last = index) });
    expect(result).toMatchObject({ valid: true, count: 5000, finalHash: summary.finalHash });
    expect(last).toBe(4999);
  });

  it('accepts an empty bundle, whose final hash is the header hash', async () => {
    const result = await verifyBytes(
      await bundleBytes(testHeader(alice.publicKey), [], alice.privateKey),
    );
    expect(result).toMatchObject({ valid: true, count: 0 });
    if (result.valid) expect(result.finalHash).toBe(result.headerHash);
  });

  it('verifies the same whatever the chunk boundaries', async () => {
    const bytes = await sample();
    for (const size of [1, 2, 3, 64, bytes.length]) {
      expect((await verifyBytes(bytes, size)).valid).toBe(true);
    }
  });
});

describe('bundle writer failures', () => {
  it('leaves no file when the record source fails half way', async () => {
    const folder = tempDir();
    function* failing() {
      yield { ok: 1 };
      throw new Error('disk of records gone');
    }
    await expect(
      writeBundle(
        join(folder, 'x.panitia'),
        testHeader(alice.publicKey),
        failing(),
        signerOf(alice.privateKey),
      ),
    ).rejects.toThrow('disk of records gone');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a signer whose key is not the one in the header, and writes nothing', async () => {
    const folder = tempDir();
    const error = await asyncAppErrorOf(() =>
      writeBundle(
        join(folder, 'x.panitia'),
        testHeader(alice.publicKey),
        RECORDS,
        signerOf(mallory.privateKey),
      ),
    );
    expect(error.code).toBe('bundle.signerMismatch');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('names a missing folder', async () => {
    const folder = join(tempDir(), 'tidak-ada');
    const error = await asyncAppErrorOf(() =>
      writeBundle(
        join(folder, 'x.panitia'),
        testHeader(alice.publicKey),
        RECORDS,
        signerOf(alice.privateKey),
      ),
    );
    expect(error).toMatchObject({ code: 'file.notFound', params: { file: folder } });
  });

  it('names a missing bundle on verification', async () => {
    const file = join(tempDir(), 'tidak-ada.panitia');
    const error = await asyncAppErrorOf(() => verifyBundle(file));
    expect(error).toMatchObject({ code: 'file.notFound', params: { file } });
    expect(existsSync(file)).toBe(false);
  });
});

describe('every byte is covered', () => {
  it('fails on every single-byte change, at the changed line or the line whose chain it breaks', async () => {
    const bytes = await sample();
    const lineOfByte: number[] = [];
    linesOf(bytes).forEach((line, index) => line.forEach(() => lineOfByte.push(index + 1)));
    const codes = new Set<string>();
    let tried = 0;
    for (let position = 0; position < bytes.length; position += 1) {
      const original = bytes[position] as number;
      const variants = new Set([original ^ 0x01, original ^ 0x20, original ^ 0x80, 0x0a, 0x20]);
      variants.delete(original);
      for (const value of variants) {
        const changed = Buffer.from(bytes);
        changed[position] = value;
        const result = invalid(await verifyBytes(changed, 64));
        const line = lineOfByte[position] as number;
        codes.add(result.code);
        tried += 1;
        if (result.line !== line) {
          // A changed line that still parses is caught where the next line points back at it.
          expect([position, result.code, result.line, result.params.previous]).toEqual([
            position,
            'bundle.badChain',
            line + 1,
            line,
          ]);
        }
      }
    }
    expect(tried).toBeGreaterThan(bytes.length * 3);
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'bundle.badChain',
        'bundle.badHeader',
        'bundle.badIndex',
        'bundle.badSignature',
        'bundle.notCanonical',
        'bundle.notJson',
        'bundle.truncated',
      ]),
    );
  });

  it('fails when a record is changed and the whole chain is rebuilt without the key', async () => {
    const lines = linesOf(await sample());
    const header = lines[0] as Buffer;
    let prev = lineHash(header);
    const rebuilt = [header];
    RECORDS.forEach((record, i) => {
      const forged = i === 1 ? { ...record, score: 100 } : record;
      const line = encodeLine({ i, prev, record: forged });
      prev = lineHash(line);
      rebuilt.push(line);
    });
    const trailer = JSON.parse((lines.at(-1) as Buffer).toString('utf8')) as Record<
      string,
      unknown
    >;
    rebuilt.push(encodeLine({ ...trailer, final: prev }));
    const result = invalid(await verifyBytes(join_(rebuilt)));
    expect(result).toMatchObject({ code: 'bundle.badSignature', line: 6 });
  });

  it('rejects a line in a non-canonical form even with its chain intact', async () => {
    const lines = linesOf(await sample());
    lines[1] = Buffer.from((lines[1] as Buffer).toString('utf8').replace('{"i":0,', '{"i": 0,'));
    expect(invalid(await verifyBytes(join_(lines)))).toMatchObject({
      code: 'bundle.notCanonical',
      line: 2,
    });
  });
});

describe('deleted, duplicated and reordered records are named with their line', () => {
  // Line 1 is the header; record k is on line k + 2; the trailer is on line 6.
  it.each([0, 1, 2])('deleting record %i', async (k) => {
    const lines = linesOf(await sample());
    lines.splice(k + 1, 1);
    expect(invalid(await verifyBytes(join_(lines)))).toMatchObject({
      code: 'bundle.badIndex',
      line: k + 2,
      params: { expected: k, found: String(k + 1) },
    });
  });

  it('deleting the last record', async () => {
    const lines = linesOf(await sample());
    lines.splice(4, 1);
    expect(invalid(await verifyBytes(join_(lines)))).toMatchObject({
      code: 'bundle.badCount',
      line: 5,
      params: { expected: 4, found: 3 },
    });
  });

  it.each([0, 1, 2, 3])('duplicating record %i', async (k) => {
    const lines = linesOf(await sample());
    lines.splice(k + 1, 0, lines[k + 1] as Buffer);
    expect(invalid(await verifyBytes(join_(lines)))).toMatchObject({
      code: 'bundle.badIndex',
      line: k + 3,
      params: { expected: k + 1, found: String(k) },
    });
  });

  it.each([0, 1, 2])('swapping records %i and the next', async (k) => {
    const lines = linesOf(await sample());
    [lines[k + 1], lines[k + 2]] = [lines[k + 2] as Buffer, lines[k + 1] as Buffer];
    expect(invalid(await verifyBytes(join_(lines)))).toMatchObject({
      code: 'bundle.badIndex',
      line: k + 2,
      params: { expected: k, found: String(k + 1) },
    });
  });

  it('moving the trailer up or duplicating the header', async () => {
    const lines = linesOf(await sample());
    const early = [...lines.slice(0, 3), lines[5] as Buffer, ...lines.slice(3, 5)];
    expect(invalid(await verifyBytes(join_(early)))).toMatchObject({
      code: 'bundle.badCount',
      line: 4,
    });
    const twice = [lines[0] as Buffer, ...lines];
    expect(invalid(await verifyBytes(join_(twice)))).toMatchObject({
      code: 'bundle.badRecord',
      line: 2,
    });
  });

  it('anything after the trailer, such as a second bundle appended', async () => {
    const bytes = await sample();
    expect(invalid(await verifyBytes(Buffer.concat([bytes, bytes])))).toMatchObject({
      code: 'bundle.trailingData',
      line: 7,
      params: { trailer: 6 },
    });
  });
});

describe('truncation', () => {
  it('is detected at every line boundary, naming the first missing line', async () => {
    const lines = linesOf(await sample());
    for (let kept = 0; kept < lines.length; kept += 1) {
      expect(invalid(await verifyBytes(join_(lines.slice(0, kept))))).toMatchObject({
        code: 'bundle.truncated',
        line: kept + 1,
      });
    }
  });

  it('is detected at every byte', async () => {
    const bytes = await sample();
    for (let length = 0; length < bytes.length; length += 1) {
      expect([length, invalid(await verifyBytes(bytes.subarray(0, length))).code]).toEqual([
        length,
        'bundle.truncated',
      ]);
    }
  });
});

describe('signer', () => {
  it('a bundle re-signed with another key verifies but names that key', async () => {
    const records: unknown[] = [];
    const original = await verifyBundle(
      (async function* () {
        yield await sample();
      })(),
      { onRecord: (record) => void records.push(record) },
    );
    const resigned = await bundleBytes(testHeader(mallory.publicKey), records, mallory.privateKey);
    const result = await verifyBytes(resigned);
    expect(result).toMatchObject({
      valid: true,
      count: 4,
      fingerprint: fingerprintOf(mallory.publicKey),
    });
    expect(original).toMatchObject({ valid: true, fingerprint: fingerprintOf(alice.publicKey) });
    expect(fingerprintOf(mallory.publicKey)).not.toBe(fingerprintOf(alice.publicKey));
  });

  it('swapping only the header key breaks the chain at the first record', async () => {
    const lines = linesOf(await sample());
    lines[0] = Buffer.from(
      (lines[0] as Buffer).toString('utf8').replace(alice.publicKey, mallory.publicKey),
    );
    expect(invalid(await verifyBytes(join_(lines)))).toMatchObject({
      code: 'bundle.badChain',
      line: 2,
      params: { previous: 1 },
    });
  });
});

describe('header and line limits', () => {
  it.each([
    ['format', '"format":"panitia.bundle.v1"', '"format":"panitia.bundle.v2"'],
    ['kind', '"kind":"results"', '"kind":"rapor"'],
    ['publicKey', /"publicKey":"[^"]+"/, '"publicKey":"AAAA"'],
  ])('names a bad header field: %s', async (field, from, to) => {
    const lines = linesOf(await sample());
    lines[0] = Buffer.from((lines[0] as Buffer).toString('utf8').replace(from, to));
    expect(invalid(await verifyBytes(join_(lines)))).toMatchObject({
      code: 'bundle.badHeader',
      line: 1,
      params: { field },
    });
  });

  it('refuses a line longer than the limit without reading it whole', async () => {
    const bytes = await sample();
    async function* chunks() {
      yield bytes;
    }
    expect(invalid(await verifyBundle(chunks(), { maxLineBytes: 100 }))).toMatchObject({
      code: 'bundle.lineTooLong',
      line: 1,
      params: { limit: 100 },
    });
  });
});

describe('bundle messages', () => {
  const placeholders = (message: string) =>
    [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('exist in both languages with the same placeholders', () => {
    expect(Object.keys(BUNDLE_ERRORS_EN).sort()).toEqual(Object.keys(BUNDLE_ERRORS_ID).sort());
    for (const [code, message] of Object.entries(BUNDLE_ERRORS_ID)) {
      expect([code, placeholders(BUNDLE_ERRORS_EN[code as keyof typeof BUNDLE_ERRORS_EN])]).toEqual(
        [code, placeholders(message)],
      );
    }
  });

  it('fill every placeholder from the parameters the verifier reports', async () => {
    const lines = linesOf(await sample());
    const cases = [
      join_(lines.slice(0, 3)),
      join_([lines[0] as Buffer, lines[2] as Buffer, ...lines.slice(3)]),
      Buffer.concat([join_(lines), join_(lines)]),
      join_([lines[0] as Buffer, lines[1] as Buffer, lines[1] as Buffer, ...lines.slice(2)]),
    ];
    for (const bytes of cases) {
      const result = invalid(await verifyBytes(bytes));
      for (const language of LANGUAGES) {
        expect(errorMessage(result.code, result.params, language)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
