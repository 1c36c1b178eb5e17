import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../src/main/core/bundle/verify';
import { bundleBytes, linesOf, testHeader, testKey } from '../../../helpers/bundle-fixtures';
import { tempDir } from '../../../helpers/temp-store';

const DOC = readFileSync(join(__dirname, '../../../../docs/bundle-format.md'), 'utf8');
const VECTOR = join(__dirname, '../../../fixtures/bundles/tiny.panitia');

/** The auditor script exactly as docs/bundle-format.md shows it. */
function auditorScript(): string {
  const block = DOC.split('<!-- auditor-script:begin -->')[1]?.split(
    '<!-- auditor-script:end -->',
  )[0];
  const script = block?.match(/```sh\n([\s\S]*?)```/)?.[1];
  if (!script) throw new Error('docs/bundle-format.md has no auditor script between its markers');
  return script;
}

/** The output the document promises for the test vector. */
function documentedOutput(): string {
  const after = DOC.split('On the test vector')[1] ?? '';
  const output = after.match(/```text\n([\s\S]*?)```/)?.[1];
  if (!output) throw new Error('docs/bundle-format.md shows no output for the test vector');
  return output;
}

/** Runs the documented script with `sh` on `bytes` in a fresh folder. */
function audit(bytes: Uint8Array): { status: number | null; stdout: string; stderr: string } {
  const folder = tempDir('panitia-audit-');
  writeFileSync(join(folder, 'bundle.panitia'), bytes);
  const result = spawnSync('sh', ['-c', auditorScript()], { cwd: folder, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function fromChunk(bytes: Uint8Array) {
  return verifyBundle(
    (async function* () {
      yield bytes;
    })(),
  );
}

describe('standard tools are present', () => {
  it.each([
    ['openssl', ['version']],
    ['jq', ['--version']],
    ['sha256sum', ['--version']],
    ['base64', ['--version']],
  ])('%s runs', (tool, args) => {
    let output = '';
    try {
      output = execFileSync(tool, args, { encoding: 'utf8' });
    } catch (error) {
      throw new Error(
        `${tool} is needed to check docs/bundle-format.md: install it (${String(error)})`,
      );
    }
    expect(output.length).toBeGreaterThan(0);
  });
});

describe('the auditor walk-through in docs/bundle-format.md', () => {
  it('prints on the test vector exactly what the document shows', () => {
    const result = audit(readFileSync(VECTOR));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(documentedOutput());
  });

  it('agrees with Panitia on a bundle Panitia writes, tricky strings included', async () => {
    const key = testKey(7);
    const records = [
      { text: ' leading and trailing spaces ', back: 'a\\b', quote: '"x"', tab: 'a\tb\nc\r' },
      { emoji: 'Rp 10.000 👍', nfc: 'e\u0301', nested: [{ z: 1, a: [null, true, -0.5] }] },
      'a bare string',
      12345,
      ...Array.from({ length: 20 }, (_, n) => ({ n })),
    ];
    const bytes = await bundleBytes(testHeader(key.publicKey, 'setup'), records, key.privateKey);
    const panitia = await fromChunk(bytes);
    if (!panitia.valid) throw new Error(`Panitia rejects its own bundle: ${panitia.code}`);
    const result = audit(bytes);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`fingerprint: ${panitia.fingerprint}\n`);
    expect(result.stdout).toContain(`line 1 header ${panitia.headerHash}\n`);
    expect(result.stdout).toContain(`line 25 record 23 ${panitia.finalHash}\n`);
    expect(result.stdout).toContain('Signature Verified Successfully\n');
    expect(result.stdout).toMatch(/records: 24\n$/);
  });

  it('fails, naming the line, wherever Panitia fails', async () => {
    const vector = readFileSync(VECTOR);
    const lines = linesOf(vector);
    const other = testKey(9);
    const resignedTrailer = (await bundleBytes(testHeader(other.publicKey), [], other.privateKey))
      .toString('utf8')
      .trim()
      .split('\n')
      .at(-1) as string;
    const signature = (JSON.parse(resignedTrailer) as { signature: string }).signature;
    const cases: [string, Buffer, RegExp][] = [
      [
        'a changed record',
        Buffer.from(vector.toString('utf8').replace('87.5', '88.5')),
        /line 4: prev/,
      ],
      [
        'a deleted record',
        Buffer.concat([lines[0], lines[2], lines[3], lines[4]] as Buffer[]),
        /line 2: record index/,
      ],
      [
        'swapped records',
        Buffer.concat([lines[0], lines[2], lines[1], lines[3], lines[4]] as Buffer[]),
        /line 2: record index/,
      ],
      [
        'a duplicated record',
        Buffer.concat([lines[0], lines[1], ...lines.slice(1)] as Buffer[]),
        /line 3: record index/,
      ],
      ['a missing final LF', vector.subarray(0, vector.length - 1), /truncated/],
      ['a missing trailer', Buffer.concat(lines.slice(0, 4)), /line 4: not a trailer/],
      [
        'a foreign signature',
        Buffer.from(
          vector.toString('utf8').replace(/"signature":"[^"]+"/, `"signature":"${signature}"`),
        ),
        /line 5: bad signature/,
      ],
      [
        'a changed header',
        Buffer.from(vector.toString('utf8').replace('test-vector', 'test-vectos')),
        /line 2: prev/,
      ],
    ];
    const text = vector.toString('utf8');
    cases.push(
      [
        'a space in the trailer',
        Buffer.from(text.replace('{"count":3,', '{"count": 3,')),
        /line 5: trailer is not exactly/,
      ],
      // Only the unused low bits of the last base64 digit: same signature bytes, different file.
      [
        'a base64 variant of the signature',
        Buffer.from(text.replace('Bw=="}', 'Bx=="}')),
        /line 5: trailer is not exactly/,
      ],
    );
    for (const [name, bytes, message] of cases) {
      expect([name, (await fromChunk(bytes)).valid]).toEqual([name, false]);
      const result = audit(bytes);
      expect([name, result.status === 0]).toEqual([name, false]);
      expect([name, result.stderr]).toEqual([name, expect.stringMatching(message)]);
    }
  });

  it('fails on a single flipped bit at sampled positions across every line', async () => {
    const vector = readFileSync(VECTOR);
    for (let position = 3; position < vector.length; position += 61) {
      const changed = Buffer.from(vector);
      changed[position] = (changed[position] as number) ^ 0x01;
      expect([position, (await fromChunk(changed)).valid]).toEqual([position, false]);
      expect([position, audit(changed).status === 0]).toEqual([position, false]);
    }
  });
});

describe('the key as an auditor rebuilds it', () => {
  it('is the same PEM that OpenSSL derives from the test private key', () => {
    const folder = tempDir('panitia-pem-');
    mkdirSync(join(folder, 'k'));
    copyFileSync(
      join(__dirname, '../../../fixtures/bundles/test-key.pem'),
      join(folder, 'k/key.pem'),
    );
    const fromPrivate = execFileSync('openssl', ['pkey', '-in', 'k/key.pem', '-pubout'], {
      cwd: folder,
      encoding: 'utf8',
    });
    const header = JSON.parse(linesOf(readFileSync(VECTOR))[0]!.toString('utf8')) as {
      publicKey: string;
    };
    expect(fromPrivate).toBe(
      `-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA${header.publicKey}\n-----END PUBLIC KEY-----\n`,
    );
  });
});
