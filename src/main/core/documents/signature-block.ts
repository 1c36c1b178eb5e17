/**
 * Signature blocks for wet signatures: place and date, the signer's role, room to sign, the name
 * and the NIP, two to a row, each row kept on one page. A lone block sits on the right, where
 * Indonesian letters put the signer.
 */
import type { Language } from '../../../shared/i18n/errors';
import { reportLabel } from '../../../shared/i18n/report-labels';
import { formatNip } from './sheet-format';
import { AREA, ensureSpace, INK, put, WIDTH, type Style, type Writer } from './sheet-page';

/** Who signs one block. A null name prints a dotted line to write it on. */
export interface Signer {
  role: string;
  nama: string | null;
  nip: string | null;
  /** "Purwodadi, 12 November 2024", printed above the role; left out when null. */
  placeDate: string | null;
}

const TEXT: Style = { font: 'regular', size: 9 };
const NAME: Style = { font: 'bold', size: 9 };
const GUTTER = 24;
const SIGN_SPACE = 46;
const BLOCK_HEIGHT = 13 + 13 + SIGN_SPACE + 13 + 13;
const BLOCK_WIDTH = (WIDTH - GUTTER) / 2;

/** Draws `signers` at the cursor, two to a row. */
export function drawSignatureBlocks(writer: Writer, signers: readonly Signer[]): void {
  for (let i = 0; i < signers.length; i += 2) {
    const row = signers.slice(i, i + 2);
    ensureSpace(writer, BLOCK_HEIGHT);
    const lone = row.length === 1;
    row.forEach((signer, j) => {
      const x = lone || j === 1 ? AREA.right - BLOCK_WIDTH : AREA.left;
      drawBlock(writer, signer, x, writer.y);
    });
    writer.y += BLOCK_HEIGHT + 10;
  }
}

/** The place and date line of a signature: the selection's place, the session's date. */
export function placeDate(location: string, date: string): string {
  // A location reads "BKPSDM Kabupaten Grobogan, Purwodadi": the place is its last part.
  const place = location.split(',').at(-1)?.trim() || location;
  return `${place}, ${date}`;
}

function drawBlock(writer: Writer, signer: Signer, x: number, top: number): void {
  const { doc, language } = writer;
  const at = (y: number) => ({ x, y, width: BLOCK_WIDTH });
  let y = top;
  if (signer.placeDate) put(doc, signer.placeDate, at(y), TEXT, 'center');
  y += 13;
  put(doc, signer.role, at(y), TEXT, 'center');
  y += 13 + SIGN_SPACE;
  const name = signer.nama ?? '(.............................................)';
  put(doc, name, at(y), NAME, 'center');
  y += 13;
  doc
    .save()
    .lineWidth(0.6)
    .moveTo(x + 20, y - 2)
    .lineTo(x + BLOCK_WIDTH - 20, y - 2)
    .stroke(INK.frame)
    .restore();
  put(doc, nipLine(signer.nip, signer.nama !== null, language), at(y), TEXT, 'center');
}

function nipLine(nip: string | null, named: boolean, language: Language): string {
  if (nip) return `NIP. ${formatNip(nip)}`;
  return named ? reportLabel(language, 'noNip') : 'NIP. ..........................................';
}
