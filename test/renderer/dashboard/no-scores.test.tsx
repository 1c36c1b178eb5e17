import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { selectionProgress } from '../../../src/main/core/scoring/progress';
import { realBackend } from '../helpers/real-backend';
import { renderApp } from '../helpers/render-app';
import { seedScoringDay } from './seed';

// Channels that change state or need an assessor's PIN or sitting: the dashboard calls none.
const WRITE_OR_SITTING =
  /:(create|update|delete|set|lock|copy|import|open|close|queue|sheet|saveDraft|submit|amend|unlock|publish|retire)/;

describe('what an observer sees on the dashboard', () => {
  it('shows the same counts with no login, PIN or sitting, and never a score', async () => {
    const backend = await realBackend();
    const day = await seedScoringDay(backend.store);
    const { early, late } = day.sessions;
    // Distinctive levels and notes, so any leak of a sheet's content would show.
    day.submit('a', early.session, early.candidateIds[0]!, [5, 1], 'CATATAN-RAHASIA-A');
    day.submit('b', early.session, early.candidateIds[0]!, [2, 4], 'CATATAN-RAHASIA-B');
    day.submit('a', late.session, late.candidateIds[1]!, [3, 5], 'CATATAN-RAHASIA-C');
    const { user } = renderApp({
      api: backend.api,
      path: '/penilaian',
      activeSelectionId: day.selectionId,
    });
    const table = await screen.findByRole('table', { name: 'Kemajuan per sesi' });
    // Every session open, so the owed-sheet lists are in the DOM too.
    for (const button of within(table).getAllByRole('button', { name: /^Rincian sesi/ }))
      await user.click(button);
    await waitFor(() =>
      expect(screen.getAllByRole('table', { name: /^Lembar yang belum terkirim/ })).toHaveLength(3),
    );

    const progress = selectionProgress(backend.store.db, day.selectionId);
    const submitted = progress.reduce((sum, row) => sum + row.submitted, 0);
    expect(submitted).toBe(3);
    expect(screen.getByText(`${submitted} dari 12 lembar terkirim (25%)`)).toBeInTheDocument();

    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/CATATAN-RAHASIA/);
    // The totals of those sheets (0–100): (5/5·50 + 1/5·50) = 60, 60, 80; none is shown.
    expect(text).not.toMatch(/\b(60|80)([.,]0+)?\b/);
    expect(document.body.innerHTML).not.toMatch(/CATATAN-RAHASIA|"levels"|"scores"/);

    const channels = backend.calls.map((call) => call.channel);
    expect(channels).toContain('scoring:progress');
    expect(channels).toContain('scoring:missing');
    expect(channels.filter((channel) => WRITE_OR_SITTING.test(channel))).toEqual([]);
    for (const call of backend.calls) {
      expect(Object.keys(call.input as object)).not.toContain('pin');
      expect(Object.keys(call.input as object)).not.toContain('sittingId');
    }
  });

  it('gets from the channels it reads no level, note or total', async () => {
    const backend = await realBackend();
    const day = await seedScoringDay(backend.store);
    const { early } = day.sessions;
    day.submit('a', early.session, early.candidateIds[0]!, [5, 1], 'CATATAN-RAHASIA-A');
    const answers = JSON.stringify([
      await backend.api['scoring:progress']({ selectionId: day.selectionId }),
      await backend.api['scoring:missing']({ sessionId: early.session.id }),
    ]);
    expect(answers).not.toMatch(/CATATAN-RAHASIA|"levels"|"scores"|"total"|"signature"/);
  });
});
