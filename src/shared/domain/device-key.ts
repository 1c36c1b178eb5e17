/** A device key as shown: public parts only, never the sealed private key; passphrase limits. */

/** The shortest device key passphrase accepted, in characters. */
export const PASSPHRASE_MIN_LENGTH = 12;
/** The longest passphrase accepted: scrypt reads it whole, so a pasted file is refused. */
export const PASSPHRASE_MAX_LENGTH = 1024;

/** The public side of an installation's device key. */
export interface DeviceKeyInfo {
  deviceId: string;
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  /** The same 32 bytes, lowercase hex (what `openssl pkey -text` prints, without colons). */
  publicKeyHex: string;
  /** SHA-256 of the raw public key, first 16 bytes in groups of four hex digits. */
  fingerprint: string;
  /** When the key was created (ISO 8601, the timestamp of its journal entry). */
  createdAt: string;
}
