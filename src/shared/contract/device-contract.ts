/**
 * The device key channels (docs/device-key.md): its status with the fingerprint and QR code,
 * creating it, and unlocking it once per run. The private key never appears in any of them.
 */
import { z } from 'zod';

/** The longest passphrase a channel accepts, in UTF-16 units: the core counts characters. */
const PASSPHRASE_INPUT_MAX = 4096;

/** What the Perangkat screen shows about this installation's device key. */
export const DeviceStatus = z.object({
  hasKey: z.boolean(),
  fingerprint: z.string().nullable(),
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: z.string().nullable(),
  createdAt: z.string().nullable(),
  /** How the key is sealed, or (with no key yet) how a new key would be. */
  protection: z.enum(['passphrase', 'os']),
  /** Whether the key is unlocked in the main process for this run. */
  unlocked: z.boolean(),
  /** Whether the OS can seal the key here (Electron with a real keyring); false in web mode. */
  osProtectionAvailable: z.boolean(),
  /** The QR code of `panitia-device:<fingerprint>:<publicKey>` as an SVG document, or null. */
  qrSvg: z.string().nullable(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

// Electron seals with the OS and ignores the passphrase, so it may be left out there.
const withPassphrase = z
  .object({ passphrase: z.string().max(PASSPHRASE_INPUT_MAX).default('') })
  .strict();

/** Device key channels. */
export const deviceContract = {
  'device:status': { input: z.object({}).strict(), output: DeviceStatus },
  'device:createKey': { input: withPassphrase, output: DeviceStatus },
  'device:unlock': { input: withPassphrase, output: DeviceStatus },
  'device:lock': { input: z.object({}).strict(), output: DeviceStatus },
} as const;
