/** Reads jenis kelamin in the ways forms write it, into the KTP's L or P. */
import type { Gender } from '../../../shared/domain/candidate';
import type { RawCell } from './raw-table';
import { cellText } from './cell-text';
import { fail, ok, type Parsed } from './parsed';

const NOT_LETTERS = /[^a-z]/g;
// Keys are lower-case letters only, so "Laki-laki", "LAKI LAKI" and "laki2" all meet "lakilaki"/"laki".
// prettier-ignore
const GENDERS = new Map<string, Gender>([
  ['l', 'L'], ['lk', 'L'], ['laki', 'L'], ['lakilaki', 'L'], ['pria', 'L'], ['m', 'L'], ['male', 'L'],
  ['p', 'P'], ['pr', 'P'], ['perempuan', 'P'], ['wanita', 'P'], ['w', 'P'], ['f', 'P'], ['female', 'P'],
]);

/** L or P, or `gender.unknown` with what was written. */
export function parseGender(cell: RawCell | undefined): Parsed<Gender> {
  const text = cellText(cell);
  const gender = GENDERS.get(text.toLowerCase().replace(NOT_LETTERS, ''));
  return gender ? ok(gender) : fail('gender.unknown', { value: text });
}
