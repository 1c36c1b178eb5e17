import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BlankSheetsButton } from '../../../src/renderer/components/BlankSheetsButton';
import { createI18n } from '../../../src/renderer/i18n/create-i18n';
import type { Language } from '../../../src/renderer/i18n/language';
import { createStores } from '../../../src/renderer/state/create-stores';
import { ServicesContext } from '../../../src/renderer/state/services';
import type { Api } from '../../../src/shared/contract/contract';
import { seedPrintable } from '../../main/core/documents/fixtures';
import { realBackend } from '../helpers/real-backend';

/** What the button handed to the browser's download: the file name and the bytes. */
const downloads: Array<{ name: string; blob: Blob }> = [];
const blobs = new Map<string, Blob>();

beforeEach(() => {
  downloads.length = 0;
  // jsdom has no object URLs and does not download: record what would have been saved.
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

afterEach(() => {
  vi.restoreAllMocks();
});

function renderButton(
  api: Api,
  props: { sessionId: string; candidateIds?: string[] },
  language: Language = 'id',
) {
  const i18n = createI18n(language, { storage: null, document: null });
  const stores = createStores(api, window.localStorage);
  return render(
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={{ api, stores }}>
        <BlankSheetsButton {...props} />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
}

describe('BlankSheetsButton', () => {
  it('downloads the session’s blank sheets as a PDF and says where', async () => {
    const { store, api, calls } = await realBackend();
    const { session } = await seedPrintable(store, 'small');
    renderButton(api, { sessionId: session.id });
    await userEvent.click(
      screen.getByRole('button', { name: 'Cetak lembar penilaian kosong (PDF)' }),
    );
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [download] = downloads;
    expect(download?.name).toMatch(/^lembar-penilaian-.+-wawancara-2024-11-12-08-00\.pdf$/);
    expect(download?.blob.type).toBe('application/pdf');
    const head = new TextDecoder().decode(await download!.blob.slice(0, 5).arrayBuffer());
    expect(head).toBe('%PDF-');
    expect(screen.getByRole('status')).toHaveTextContent(download!.name);
    expect(calls.at(-1)).toEqual({
      channel: 'documents:blankSheets',
      input: { sessionId: session.id, candidateIds: undefined, language: 'id' },
    });
  });

  it('prints the chosen candidates in English, and shows a refusal in words', async () => {
    const { store, api, calls } = await realBackend();
    const { session, scheduled } = await seedPrintable(store, 'small');
    renderButton(api, { sessionId: session.id, candidateIds: [scheduled[0]!] }, 'en');
    await userEvent.click(
      screen.getByRole('button', { name: 'Print blank score sheets for 1 candidate (PDF)' }),
    );
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^score-sheets-/);
    expect(calls.at(-1)?.input).toMatchObject({ candidateIds: [scheduled[0]], language: 'en' });

    renderButton(api, { sessionId: session.id, candidateIds: [] }, 'en');
    await userEvent.click(
      screen.getByRole('button', { name: 'Print blank score sheets for 0 candidates (PDF)' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no candidate to print. Schedule candidates in this session or choose at least one candidate.',
    );
    expect(downloads).toHaveLength(1);
  });
});
