/** The forks merges have found (`merge.forkFound` entries), one per device and sequence. */
import type { Database } from 'better-sqlite3';

/** A fork: the device, the first sequence whose entries differ, and every entry hash seen there. */
export interface ForkMarker {
  device: string;
  seq: number;
  hashes: string[];
}

/** Every fork marker in the journal, merged per device and sequence, in device and sequence order. */
export function forkMarkers(db: Database): ForkMarker[] {
  const payloads = db
    .prepare("SELECT payload FROM journal WHERE kind = 'merge.forkFound'")
    .pluck()
    .all() as string[];
  const markers = new Map<string, ForkMarker>();
  for (const payload of payloads) {
    const { device, seq, hashes } = JSON.parse(payload) as ForkMarker;
    const key = `${device} ${seq}`;
    const marker = markers.get(key) ?? { device, seq, hashes: [] };
    marker.hashes = [...new Set([...marker.hashes, ...hashes])].sort();
    markers.set(key, marker);
  }
  return [...markers.values()].sort((a, b) =>
    a.device === b.device ? a.seq - b.seq : a.device < b.device ? -1 : 1,
  );
}
