import { beforeAll, describe, expect, it } from 'vitest';
import { createDemo } from '../../../../src/main/core/demo/create-demo';
import { createDeviceKey } from '../../../../src/main/core/device/device-key';
import { blankSheetsPdf } from '../../../../src/main/core/documents/blank-sheets';
import { printReport } from '../../../../src/main/core/documents/report';
import { REPORTS } from '../../../../src/main/core/documents/reports';
import { findSheet } from '../../../../src/main/core/scoring/sheet-rows';
import type { Store } from '../../../../src/main/core/store/open-store';
import type { ReportKind } from '../../../../src/shared/domain/report';
import type { Language } from '../../../../src/shared/i18n/errors';
import { RESOURCES_DIR } from '../../../helpers/resources';
import { tempStore } from '../../../helpers/temp-store';
import { FAST_KDF } from '../assessors/fixtures';
import { flat, pageCount, pagesText } from './fixtures';

let store: Store;
let sessionId: string;
let formasiId: string;

beforeAll(async () => {
  store = await tempStore();
  const demo = await createDemo(store, { seed: 1, resourcesDir: RESOURCES_DIR, kdf: FAST_KDF });
  const sheet = findSheet(store.db, demo.scoring.amendment!.sheetId)!;
  sessionId = sheet.content.sessionId;
  formasiId = store.db
    .prepare('SELECT formasi_id FROM sessions WHERE id = ?')
    .pluck()
    .get(sessionId) as string;
}, 120_000);

/** Every document Panitia prints, as PDF bytes: each report kind and the blank score sheets. */
async function everyDocument(language: Language): Promise<[string, Buffer][]> {
  const kinds = Object.keys(REPORTS) as ReportKind[];
  const reports = await Promise.all(
    kinds.map(async (kind) => {
      const request = REPORTS[kind].scope === 'session' ? { sessionId } : { formasiId };
      const { pdf } = await printReport(store.db, kind, request, RESOURCES_DIR, language);
      return [kind, pdf] as [string, Buffer];
    }),
  );
  const blank = await blankSheetsPdf(store.db, { sessionId }, RESOURCES_DIR, language);
  return [...reports, ['blank sheets', blank]];
}

/** The documents' pages that do not carry `line` in their text. */
function pagesWithout(documents: [string, Buffer][], line: string): string[] {
  return documents.flatMap(([name, pdf]) => {
    const pages = pagesText(pdf);
    expect(pages).toHaveLength(pageCount(pdf));
    return pages.flatMap((page, i) => (flat(page).includes(line) ? [] : [`${name} p.${i + 1}`]));
  });
}

describe('the device fingerprint on every page of every document', () => {
  it('says that the device has no key, before there is one', async () => {
    const documents = await everyDocument('id');
    expect(documents.map(([name]) => name)).toEqual([...Object.keys(REPORTS), 'blank sheets']);
    expect(pagesWithout(documents, 'Perangkat belum memiliki kunci')).toEqual([]);
    expect(pagesWithout(await everyDocument('en'), 'The device has no key yet')).toEqual([]);
  });

  it('prints the fingerprint, in the document language, once the key exists', async () => {
    const { fingerprint } = createDeviceKey(store, 'kopi tubruk di kantor camat', FAST_KDF);
    const documents = await everyDocument('id');
    expect(pagesWithout(documents, `Sidik jari perangkat: ${fingerprint}`)).toEqual([]);
    expect(pagesWithout(documents, 'Perangkat belum memiliki kunci')).not.toEqual([]);
    const english = await everyDocument('en');
    expect(pagesWithout(english, `Device fingerprint: ${fingerprint}`)).toEqual([]);
  });
});
