/** The identity of a rubric version's content. */
import { canonicalJson } from '../../../shared/canonical-json';
import type { RubricDraftContent } from '../../../shared/rubric/rubric';
import { sha256Hex } from '../journal/hash';

/** SHA-256 (hex) of the content's canonical JSON: what score sheets pin and files carry. */
export function rubricContentHash(content: RubricDraftContent): string {
  return sha256Hex(canonicalJson(content));
}
