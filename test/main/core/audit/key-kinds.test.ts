import { describe, expect, it } from 'vitest';
import { KIND_RULES, kindRule } from '../../../../src/main/core/audit/allow-list';
import { describeEntry } from '../../../../src/main/core/audit/describe';
import idLocale from '../../../../src/renderer/i18n/locales/id.json';
import { EVENT_SCHEMAS } from '../../../../src/shared/journal/events';

const FP = 'a1b2 c3d4 e5f6 0718 293a 4b5c 6d7e 8f90';
const HASH = 'ab'.repeat(32);
const DEVICE = '00000000-0000-4000-8000-000000000001';
const PUBLIC_KEY = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVowMTIzNDU=';

/** The keys and values the viewer shows of `kind` with `payload`. */
function shown(kind: string, payload: Record<string, unknown>) {
  const { fields } = describeEntry(kind, payload);
  return Object.fromEntries(fields.map((f) => [f.key, f.value]));
}

describe('audit rules of the key, bundle and merge kinds', () => {
  it('gives every entry kind this build writes a rule, with labels in the locale', () => {
    const labels = Object.keys(idLocale.audit.fields);
    for (const kind of Object.keys(EVENT_SCHEMAS)) {
      const rule = kindRule(kind);
      expect(rule, kind).not.toBeNull();
      for (const field of rule!.fields)
        expect(labels, `${kind}: ${field.key}`).toContain(field.key);
    }
    for (const rule of Object.values(KIND_RULES)) {
      for (const field of rule.fields) expect(labels, field.key).toContain(field.key);
    }
  });

  it('shows fingerprints, labels, roles and reasons, never public keys, proofs or signatures', () => {
    const device = shown('device.keyCreated', {
      publicKey: PUBLIC_KEY,
      fingerprint: FP,
      proof: 'cHJvb2Y=',
    });
    expect(device).toEqual({ fingerprint: { type: 'code', text: FP } });
    const pinned = shown('trust.pinned', {
      publicKey: PUBLIC_KEY,
      fingerprint: FP,
      label: 'BKN Pusat',
      role: 'central',
    });
    expect(Object.keys(pinned).sort()).toEqual(['fingerprint', 'label', 'role']);
    expect(JSON.stringify(pinned)).not.toContain(PUBLIC_KEY);
    expect(shown('trust.revoked', { fingerprint: FP, reason: 'Laptop hilang' })).toMatchObject({
      fingerprint: { type: 'code', text: FP },
      reason: { type: 'text', text: 'Laptop hilang' },
    });
  });

  it('shows the office, signer and hash of a setup receipt, and the heads of a fork, not the rest', () => {
    const setup = shown('setup.received', {
      office: 'BKPSDM Grobogan',
      bundleHash: HASH,
      signerFingerprint: FP,
      basis: [{ device: DEVICE, seq: 12 }],
    });
    expect(Object.keys(setup).sort()).toEqual(['bundleHash', 'office', 'signerFingerprint']);
    const fork = shown('merge.forkFound', {
      device: DEVICE,
      seq: 7,
      hashes: [HASH, 'cd'.repeat(32)],
    });
    expect(fork).toEqual({
      device: { type: 'code', text: DEVICE },
      seq: { type: 'number', value: 7 },
    });
    const merge = shown('merge.recorded', { id: DEVICE, report: { secret: 1 }, signature: 'c2ln' });
    expect(Object.keys(merge)).toEqual(['mergeId']);
    const resolved = shown('quarantine.resolved', {
      itemId: 'fork:abc',
      decision: 'reject',
      choice: null,
      reason: 'Salinan basis data lama',
    });
    expect(Object.keys(resolved).sort()).toEqual(['decision', 'quarantineItem', 'reason']);
  });
});
