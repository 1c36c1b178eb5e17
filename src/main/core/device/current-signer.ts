/**
 * The device signer unlocked for this run of the main process (or the web server), one per open
 * store. It lives only in this process's memory: a restart, or `device:lock`, forgets it.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { DeviceSigner } from './device-signer';

// Keyed by the connection, so a store closed and dropped takes its signer with it.
const held = new WeakMap<Database, DeviceSigner>();

/** Anything that reaches the store: a Store or WriteContext (`db`), or a HandlerContext (`store`). */
export type SignerScope = { db: Database } | { store: { db: Database } };

function dbOf(scope: SignerScope): Database {
  return 'store' in scope ? scope.store.db : scope.db;
}

/** Keeps `signer` as the unlocked device key of this store for the rest of the run. */
export function holdSigner(scope: SignerScope, signer: DeviceSigner): void {
  held.set(dbOf(scope), signer);
}

/** Forgets the unlocked device key of this store. */
export function dropSigner(scope: SignerScope): void {
  held.delete(dbOf(scope));
}

/** Whether this store's device key is unlocked in this process. */
export function isUnlocked(scope: SignerScope): boolean {
  return held.has(dbOf(scope));
}

/**
 * The unlocked device signer of this store; throws `deviceKey.locked` (translated: unlock it on
 * the Perangkat screen first) when it has not been unlocked in this run.
 */
export function currentSigner(scope: SignerScope): DeviceSigner {
  const signer = held.get(dbOf(scope));
  if (!signer) throw new AppError('deviceKey.locked');
  return signer;
}
