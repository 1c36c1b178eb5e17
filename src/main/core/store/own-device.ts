/** This installation's device id, as `meta` holds it: the code that has only `db` asks here. */
import type { Database } from 'better-sqlite3';

/** The id of the device whose chain this database writes. */
export function ownDeviceId(db: Database): string {
  return db.prepare("SELECT value FROM meta WHERE key = 'device_id'").pluck().get() as string;
}
