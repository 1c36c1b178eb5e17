import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeReportPdf } from '../../../../src/main/core/documents/merge-report';
import { mergeBundles } from '../../../../src/main/core/merge/merge';
import {
  centralWithSetup,
  exportResults,
  officeFrom,
  pinOffice,
  scoreFormasi,
} from '../../../helpers/merge-fixtures';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempDir } from '../../../helpers/temp-store';
import { asyncAppErrorOf } from '../../../helpers/app-error';
import { flat, pagesText } from './fixtures';

/**
 * A merge with everything a report can hold: two offices that scored the same formasi (their
 * sheets conflict, so they are missing), an office whose key is not pinned (held), and a file
 * that is not a bundle (invalid).
 */
async function eventfulMerge() {
  const central = await centralWithSetup(30);
  const godong = await officeFrom(central.setupFile, central.store, 'Kecamatan Godong');
  const toroh = await officeFrom(central.setupFile, central.store, 'Kecamatan Toroh');
  const wirosari = await officeFrom(central.setupFile, central.store, 'Kecamatan Wirosari');
  scoreFormasi(godong.store, central.setup, [0], 1);
  scoreFormasi(toroh.store, central.setup, [0], 2);
  scoreFormasi(wirosari.store, central.setup, [1], 3);
  const broken = join(tempDir(), 'rusak.panitia');
  writeFileSync(broken, 'bukan bundel\n');
  const files = [
    await exportResults(godong.store, godong.signer, 'godong'),
    await exportResults(toroh.store, toroh.signer, 'toroh'),
    await exportResults(wirosari.store, wirosari.signer, 'wirosari'),
    broken,
  ];
  pinOffice(central.store, godong.store, 'Kecamatan Godong');
  pinOffice(central.store, toroh.store, 'Kecamatan Toroh');
  const outcome = await mergeBundles(central.store, files, { signer: central.signer });
  return { central, outcome };
}

describe('merge report PDF', () => {
  it('prints the bundle hashes, the quarantine reasons, the missing sheets and the signature', async () => {
    const { central, outcome } = await eventfulMerge();
    const { report, reportId, signature } = outcome;
    expect(report.bundles.map((b) => b.outcome)).toEqual(['merged', 'merged', 'held', 'invalid']);
    const missing = report.completeness.flatMap((o) => o.missing);
    expect(missing.length).toBeGreaterThan(0);

    const printed = await mergeReportPdf(central.store.db, reportId!, RESOURCES_DIR, 'id');
    expect(printed.fileName).toBe(`laporan-penggabungan-${reportId}.pdf`);
    const pages = pagesText(printed.pdf);
    expect(pages).toHaveLength(printed.pages);
    const text = flat(pages.join(' '));
    expect(pages[0]).toContain('LAPORAN PENGGABUNGAN DATA');
    for (const bundle of report.bundles.slice(0, 3)) expect(text).toContain(bundle.hash);
    expect(text).toContain('Kecamatan Godong');
    expect(text).toContain('tidak sah, baris 1');
    // The translated reasons, not their codes.
    expect(text).not.toContain('merge.sheetOnTwoDevices');
    expect(text).toContain('tidak tepercaya');
    for (const sheet of missing.slice(0, 3)) {
      expect(text).toContain(sheet.nomorPeserta);
      expect(text).toContain(sheet.nama);
      expect(text).toContain(sheet.assessorNama);
    }
    expect(text.replace(/ /g, '')).toContain(signature!);
    expect(text).toContain(report.results[0]!.inputsHash);
    expect(text).toContain(central.setup.selection.name);
    expect(pages.at(-1)).toContain(`Halaman ${printed.pages} dari ${printed.pages}`);
    expect(text).toContain(`Sidik jari perangkat: ${report.merger.fingerprint}`);

    const english = await mergeReportPdf(central.store.db, reportId!, RESOURCES_DIR, 'en');
    expect(flat(pagesText(english.pdf).join(' '))).toContain('DATA MERGE REPORT');
    // Same report, same device, same language: the same bytes.
    const again = await mergeReportPdf(central.store.db, reportId!, RESOURCES_DIR, 'id');
    expect(again.pdf.equals(printed.pdf)).toBe(true);
  });

  it('refuses a report id the store does not hold', async () => {
    const central = await centralWithSetup(10);
    const error = await asyncAppErrorOf(() =>
      mergeReportPdf(central.store.db, 'tidak-ada', RESOURCES_DIR, 'id'),
    );
    expect(error.code).toBe('mergeReport.notFound');
  });
});
