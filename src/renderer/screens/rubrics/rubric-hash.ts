/** How a rubric's content hash is shown where space is short. */

/** The first 8 hex digits: enough to tell versions apart by eye and to compare with a printout. */
export function shortRubricHash(hash: string): string {
  return hash.slice(0, 8);
}
