/**
 * The panel draw (undian), `fisher-yates-sha256-v1`, written so that anyone can repeat it by
 * hand or in another language from the journaled seed (docs/scoring-day.md):
 *
 * 1. sort the pool's assessor ids ascending (so the order they were picked in does not matter);
 * 2. the random stream is SHA-256(seed ‖ uint32be(0)) ‖ SHA-256(seed ‖ uint32be(1)) ‖ …, where
 *    `seed` is the 32 seed bytes; it is read as big-endian uint32 words;
 * 3. Fisher–Yates: for i = n−1 down to 1, take words until one is below
 *    ⌊2³² / (i+1)⌋ · (i+1) (rejection, so every j is equally likely), let j = word mod (i+1) and
 *    swap positions i and j;
 * 4. the panel is the first `size` ids of the shuffled pool.
 */
import { createHash } from 'node:crypto';

const TWO_32 = 2 ** 32;

/** Draws `size` of `pool` from `seedHex`, deterministically; the pool's order is irrelevant. */
export function drawFromSeed(seedHex: string, pool: readonly string[], size: number): string[] {
  const ids = [...pool].sort();
  const next = wordStream(Buffer.from(seedHex, 'hex'));
  for (let i = ids.length - 1; i >= 1; i -= 1) {
    const range = i + 1;
    const limit = Math.floor(TWO_32 / range) * range;
    let word = next();
    while (word >= limit) word = next();
    const j = word % range;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.slice(0, size);
}

/** The big-endian uint32 words of SHA-256(seed ‖ uint32be(counter)), counter = 0, 1, 2, … */
function wordStream(seed: Buffer): () => number {
  let counter = 0;
  let block = Buffer.alloc(0);
  let offset = 0;
  return () => {
    if (offset >= block.length) {
      const suffix = Buffer.alloc(4);
      suffix.writeUInt32BE(counter);
      counter += 1;
      block = createHash('sha256').update(seed).update(suffix).digest();
      offset = 0;
    }
    const word = block.readUInt32BE(offset);
    offset += 4;
    return word;
  };
}
