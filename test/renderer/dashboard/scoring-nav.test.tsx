import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { Navigation } from '../../../src/renderer/app/Navigation';
import { PATHS } from '../../../src/renderer/app/paths';
import { createI18n } from '../../../src/renderer/i18n/create-i18n';
import { ScoringNav } from '../../../src/renderer/screens/dashboard/ScoringNav';
import { renderApp } from '../helpers/render-app';

const SUB_NAV = { name: 'Bagian penilaian' } as const;

function renderNavAt(path: string) {
  const i18n = createI18n('id', { storage: window.localStorage, document });
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <Navigation />
        <ScoringNav />
      </MemoryRouter>
    </I18nextProvider>,
  );
}

const current = (name: string) =>
  screen.getByRole('navigation', { name }).querySelector('[aria-current="page"]')?.textContent;

describe('the scoring sub-navigation', () => {
  it('links every screen of the scoring day, Ringkasan first', async () => {
    renderApp({ path: '/penilaian' });
    const nav = await screen.findByRole('navigation', SUB_NAV);
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Ringkasan', '#/penilaian'],
      ['Penguji', '#/penilaian/penguji'],
      ['Sesi & kehadiran', '#/penilaian/sesi'],
      ['Penilaian', '#/penilaian/nilai'],
      ['Impor lembar kertas', '#/penilaian/kertas'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Ringkasan' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      within(screen.getByRole('navigation', { name: 'Navigasi utama' })).getByRole('link', {
        name: 'Penilaian',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('keeps Penilaian current in the left navigation on every sub-route', () => {
    for (const [path, tab] of [
      [PATHS.scoringAssessors, 'Penguji'],
      [PATHS.scoringSessions, 'Sesi & kehadiran'],
      [`${PATHS.scoringSessions}/0b5c9f7e-1b2a-4c3d-8e9f-0a1b2c3d4e5f`, 'Sesi & kehadiran'],
      [PATHS.scoringEntry, 'Penilaian'],
      [PATHS.scoringPaper, 'Impor lembar kertas'],
    ] as const) {
      renderNavAt(path);
      expect(current('Navigasi utama')).toBe('Penilaian');
      expect(current('Bagian penilaian')).toBe(tab);
      document.body.innerHTML = '';
    }
  });

  it('brings an unknown sub-address back to Ringkasan', async () => {
    renderApp({ path: '/penilaian/tidak-ada' });
    const nav = await screen.findByRole('navigation', SUB_NAV);
    expect(within(nav).getByRole('link', { name: 'Ringkasan' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(window.location.hash).toBe('#/penilaian');
  });

  it('reads in English too', async () => {
    renderApp({ path: '/penilaian', language: 'en' });
    const nav = await screen.findByRole('navigation', { name: 'Scoring sections' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Overview',
      'Assessors',
      'Sessions & attendance',
      'Score entry',
      'Import paper sheets',
    ]);
  });
});
