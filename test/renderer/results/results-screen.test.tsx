import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDemo } from '../../../src/main/core/demo/create-demo';
import {
  DEMO_TIE_FORMASI,
  storedDisagreement,
  storedTiePairs,
} from '../../../src/main/core/demo/demo-ties';
import type { Store } from '../../../src/main/core/store/open-store';
import { RESOURCES_DIR } from '../../helpers/resources';
import { FAST_KDF } from '../../main/core/assessors/fixtures';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';

/** What the screen handed to the browser's download. */
const downloads: Array<{ name: string; blob: Blob }> = [];

beforeEach(() => {
  downloads.length = 0;
  const blobs = new Map<string, Blob>();
  // jsdom neither makes object URLs nor downloads: record what would have been saved.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});

afterEach(() => vi.restoreAllMocks());

/** The demo in a real store behind the real handlers, the Hasil screen open on it. */
async function openDemoResults(language: 'id' | 'en' = 'id') {
  const backend = await realBackend();
  const { selection } = await createDemo(backend.store, {
    seed: 1,
    resourcesDir: RESOURCES_DIR,
    kdf: FAST_KDF,
  });
  const app = renderApp({
    api: backend.api,
    path: '/hasil',
    activeSelectionId: selection.id,
    language,
  });
  await screen.findByRole('table', { name: /^Peringkat formasi|^Ranking of formasi/ });
  return { ...backend, ...app, selectionId: selection.id };
}

function namaOf(store: Store, id: string): string {
  return store.db.prepare('SELECT nama FROM candidates WHERE id = ?').pluck().get(id) as string;
}

async function pickFormasi(user: ReturnType<typeof renderApp>['user'], code: string) {
  const picker = screen.getByRole('combobox', { name: /Formasi/ });
  const option = within(picker)
    .getAllByRole('option')
    .find((o) => o.textContent?.startsWith(code)) as HTMLOptionElement;
  await user.selectOptions(picker, option);
  return screen.findByRole('table', { name: `Peringkat formasi ${code}` });
}

describe('the results screen', () => {
  it('ranks a formasi with its ties and opens a tied pair along the tie-break order', async () => {
    const { store, user, selectionId } = await openDemoResults();
    const ranking = await pickFormasi(user, DEMO_TIE_FORMASI);
    // The pair the whole chain leaves tied shares a rank, as one marked group.
    const group = within(ranking).getByRole('rowgroup', { name: /^Seri di peringkat \d+$/ });
    expect(within(group).getAllByRole('row')).toHaveLength(2);
    expect(within(group).getAllByText(/^=\d+$/)).toHaveLength(2);
    expect(within(ranking).getAllByText('ditentukan oleh Nilai TKP')).toHaveLength(2);

    const pairs = storedTiePairs(store.db, selectionId);
    const bySkd = pairs.find((p) => p.level === 'skd_total')!;
    await user.click(within(ranking).getByRole('button', { name: namaOf(store, bySkd.second.id) }));
    const detail = screen.getByRole('complementary', {
      name: `Rincian nilai ${namaOf(store, bySkd.second.id)}`,
    });
    const comparison = within(detail).getByRole('table', { name: 'Urutan penentu peringkat' });
    const decisive = within(comparison).getByRole('rowheader', { name: /menentukan/ });
    expect(decisive).toHaveTextContent('1. Total nilai SKD — menentukan');
    // 480 against 381 SKD points; the 99 fewer are made up by 100 more SKB CAT points.
    expect(
      within(decisive.closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['480', '381']);
    expect(within(detail).getByText(/nilai akhir yang sama/)).toBeInTheDocument();

    const shared = pairs.find((p) => p.level === 'shared')!;
    await user.click(within(ranking).getByRole('button', { name: namaOf(store, shared.first.id) }));
    expect(
      await screen.findByText(
        /Masih sama pada seluruh urutan penentu: peserta ini berbagi peringkat \d+\./,
      ),
    ).toBeInTheDocument();
  });

  it('shows the disagreement, the counted sheets with the version they replaced, and calibration', async () => {
    const { store, user, selectionId } = await openDemoResults();
    const ranking = await pickFormasi(user, 'GKS-01');
    const disagreeing = namaOf(store, storedDisagreement(store.db, selectionId)!);
    const row = within(ranking).getByRole('button', { name: disagreeing }).closest('tr')!;
    expect(within(row).getByText('Perbedaan besar')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: disagreeing }));
    const detail = screen.getByRole('complementary', { name: `Rincian nilai ${disagreeing}` });
    expect(
      within(detail).getByText(/Selisih antarpenguji: \d+,\d{3} — Perbedaan besar/),
    ).toBeVisible();
    expect(within(detail).getAllByRole('row').length).toBeGreaterThan(3);

    // The demo's amendment: one counted sheet replaced version 1.
    const amendedId = store.db
      .prepare('SELECT candidate_id FROM score_sheets WHERE version = 2')
      .pluck()
      .get() as string;
    await user.click(within(ranking).getByRole('button', { name: namaOf(store, amendedId) }));
    expect(
      await screen.findByText(/^Menggantikan versi 1 \(total \d+,\d{3}, dikirim /),
    ).toBeVisible();

    const calibration = screen.getByRole('table', { name: 'Kalibrasi penguji' });
    const assessors = store.db
      .prepare(`SELECT count(DISTINCT assessor_id) FROM score_sheets`)
      .pluck()
      .get() as number;
    expect(within(calibration).getAllByRole('row')).toHaveLength(assessors + 1);
    expect(screen.getByRole('img', { name: /rata-rata selisih/ })).toBeInTheDocument();
  });

  it('exports the results and prints the results documents, naming the input hash', async () => {
    const { user, calls } = await openDemoResults();
    const exports = screen.getByRole('group', { name: 'Ekspor hasil' });
    await user.click(within(exports).getByRole('button', { name: /JSON/ }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^hasil-2024-[0-9a-f]{12}\.json$/);
    const json = JSON.parse(await downloads[0]!.blob.text()) as { inputsHash: string };
    expect(within(exports).getByRole('status')).toHaveTextContent(
      `Hash masukan: ${json.inputsHash}.`,
    );
    await user.click(within(exports).getByRole('button', { name: /XLSX/ }));
    await waitFor(() => expect(downloads).toHaveLength(2));
    expect(downloads[1]!.blob.type).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );

    const documents = screen.getByRole('group', { name: 'Dokumen hasil' });
    await user.click(within(documents).getByRole('button', { name: /rekap nilai/ }));
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(downloads[2]!.blob.type).toBe('application/pdf');
    expect(calls.filter((c) => c.channel === 'documents:report').at(-1)?.input).toMatchObject({
      kind: 'rekap',
      language: 'id',
    });
  });

  it('speaks English', async () => {
    await openDemoResults('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Results' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Results export' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Final score' })).toBeInTheDocument();
  });
});
