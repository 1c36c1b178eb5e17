/** The one way domain state changes: append a journal entry and apply it, atomically. */
import type { JournalEntry } from '../../../shared/journal/entry';
import type { EventKind, EventPayload } from '../../../shared/journal/events';
import type { Store } from '../store/open-store';
import { appendEntry } from './append';
import { applyValidEntry, parsePayload } from './apply';

/** The parts of a store a write needs. */
export type WriteContext = Pick<Store, 'db' | 'deviceId' | 'now'>;

/**
 * Validates `payload`, appends it to this device's chain and applies it to the state tables in
 * one transaction: either both happen or neither does.
 */
export function record<K extends EventKind>(
  context: WriteContext,
  kind: K,
  payload: EventPayload<K>,
): JournalEntry {
  const { db, deviceId, now } = context;
  const valid = parsePayload(kind, payload);
  return db.transaction(() => {
    const entry = appendEntry(db, deviceId, now(), kind, valid as Record<string, unknown>);
    // Apply what the journal holds (canonical: strings in NFC), exactly as a rebuild will; it is
    // the canonical form of a payload that was just validated, so it needs no second validation.
    applyValidEntry(db, kind, entry.payload as EventPayload<K>, entry);
    return entry;
  })();
}
