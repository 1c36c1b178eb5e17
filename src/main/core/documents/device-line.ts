/**
 * The footer line naming the device that printed a document: its key's fingerprint, so that a
 * printed page can be matched to the installation whose signatures a receiver pinned.
 */
import type { Database } from 'better-sqlite3';
import type { Language } from '../../../shared/i18n/errors';
import { reportLabel } from '../../../shared/i18n/report-labels';
import { getDeviceKey } from '../device/device-key-read';

/** "Sidik jari perangkat: a1b2 …", or that the device has no key yet. */
export function deviceLine(db: Database, language: Language): string {
  const key = getDeviceKey(db);
  return key
    ? reportLabel(language, 'deviceFingerprint', { fingerprint: key.fingerprint })
    : reportLabel(language, 'deviceNoKey');
}
