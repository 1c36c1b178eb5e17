import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../helpers/render-app';

const ID_LABELS = [
  'Seleksi',
  'Peserta',
  'Rubrik',
  'Penilaian',
  'Jejak audit',
  'Hasil',
  'Ekspor/Impor',
  'Perangkat',
  'Pengaturan',
];
const EN_LABELS = [
  'Selections',
  'Candidates',
  'Rubrics',
  'Scoring',
  'Audit trail',
  'Results',
  'Export/Import',
  'Device',
  'Settings',
];

// Scoped to the left navigation: Penilaian's own sub-navigation has a "Penilaian" link too.
function navLink(label: string): HTMLElement {
  const nav = screen.getByRole('navigation', { name: /navigasi utama|main navigation/i });
  return within(nav).getByRole('link', { name: label });
}

function navLabels(): string[] {
  const nav = screen.getByRole('navigation', { name: /navigasi utama|main navigation/i });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('navigation and language', () => {
  it('shows the sections in Indonesian, in order, by default', async () => {
    renderApp();
    expect(navLabels()).toEqual(ID_LABELS);
    expect(document.documentElement.lang).toBe('id');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seleksi' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Seleksi' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens every section from the navigation', async () => {
    const { user } = renderApp();
    const headings: Record<string, RegExp> = {
      Peserta: /^Peserta/,
      Rubrik: /^Rubrik$/,
      Penilaian: /^Penilaian$/,
      'Jejak audit': /^Jejak audit$/,
      Hasil: /^Hasil$/,
      'Ekspor/Impor': /^Ekspor\/Impor$/,
      Pengaturan: /^Pengaturan$/,
      Seleksi: /^Seleksi$/,
    };
    for (const [label, heading] of Object.entries(headings)) {
      await user.click(navLink(label));
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(navLink(label)).toHaveAttribute('aria-current', 'page');
    }
  });

  it('switches to English at runtime from the header and remembers it', async () => {
    const { user } = renderApp();
    const switcher = screen.getByRole('group', { name: 'Bahasa' });
    await user.click(within(switcher).getByRole('button', { name: 'English' }));
    expect(navLabels()).toEqual(EN_LABELS);
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('panitia.language')).toBe('en');
    expect(
      within(screen.getByRole('group', { name: 'Language' })).getByRole('button', {
        name: 'English',
      }),
    ).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 1, name: 'Selections' })).toBeInTheDocument();
  });

  it('switches language from Pengaturan too', async () => {
    const { user } = renderApp({ path: '/pengaturan' });
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(navLabels()).toEqual(EN_LABELS);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Bahasa Indonesia' }));
    expect(navLabels()).toEqual(ID_LABELS);
    expect(document.documentElement.lang).toBe('id');
  });

  it('shows the active selection in the header', async () => {
    const renderResult = renderApp();
    const selection = renderResult.backend.seedSelection({
      name: 'Seleksi PPPK Guru',
      year: 2025,
      type: 'PPPK',
    });
    renderResult.unmount();
    renderApp({ backend: renderResult.backend, activeSelectionId: selection.id });
    expect(
      await screen.findByRole('link', { name: 'Seleksi PPPK Guru · 2025 · PPPK' }),
    ).toBeInTheDocument();
  });
});
