/**
 * `panitia sheets --db FILE [--candidate NOMOR] [--format table|json]`: every submitted sheet
 * version with its aspect scores, 0–100 total, version, origin and whether its signature verifies.
 */
import { listSheets, type ListedSheet } from '../../core/scoring/sheet-list';
import { openStore } from '../../core/store/open-store';
import { EXIT } from '../exit-codes';
import type { Output } from '../output';
import { paperText } from '../paper-text';

/** Options of the command. */
export interface SheetsOptions {
  db: string;
  candidate?: string;
  format: 'table' | 'json';
}

/** Lists the sheets; exit 1 when a signature does not verify (someone changed the database). */
export async function sheetsCommand(output: Output, options: SheetsOptions): Promise<number> {
  const store = await openStore(options.db);
  try {
    const sheets = listSheets(store.db, options.candidate ?? null);
    if (options.format === 'json') output.out(JSON.stringify(sheets, null, 2));
    else printTable(output, sheets);
    return sheets.every((sheet) => sheet.signatureValid) ? EXIT.ok : EXIT.refused;
  } finally {
    store.close();
  }
}

function printTable(output: Output, sheets: readonly ListedSheet[]): void {
  const say = (key: Parameters<typeof paperText>[1], params = {}) =>
    paperText(output.language, key, params);
  if (sheets.length === 0) {
    output.out(say('sheetsNone'));
    return;
  }
  output.out(say('sheetsHead'));
  for (const sheet of sheets) {
    const total = sheet.total.toFixed(2);
    output.out(
      say('sheetsRow', {
        nomor: sheet.nomorPeserta,
        nama: sheet.nama,
        komponen: sheet.componentKey,
        hash: sheet.rubricHash.slice(0, 8),
        penguji: sheet.assessorNama,
        scores: sheet.scores.map((s) => `${s.aspect}=${s.level}`).join(' '),
        total: output.language === 'id' ? total.replace('.', ',') : total,
        version: sheet.version,
        superseded: sheet.current ? '' : say('superseded'),
        origin: say(`origin.${sheet.origin}`),
        signature: sheet.signatureValid ? say('signatureOk') : say('signatureBad'),
      }),
    );
  }
}
