import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/renderer/i18n/create-i18n';
import { RankingTable } from '../../../src/renderer/screens/results/RankingTable';
import { computeResults } from '../../../src/shared/results/compute';
import { toResultsView } from '../../../src/shared/results/results-view';
import { candidate, cpnsPlan, formasi, resultsInput, sheet } from '../../helpers/results-fixtures';

/** A formasi of `count` candidates, each with a different final score. */
function bigFormasi(count: number) {
  const input = resultsInput(
    [formasi(1, cpnsPlan(), 10)],
    Array.from({ length: count }, (_, i) =>
      candidate(i + 1, {
        skd: { twk: 100, tiu: 100, tkp: 170 + (i % 50) },
        external: { skb_cat: 300 + (i % 40) * 5 },
        sheets: [sheet('simulasi', 1, 60 + (i % 30)), sheet('simulasi', 2, 70)],
      }),
    ),
  );
  return toResultsView(computeResults(input), input).formasi[0]!;
}

describe('RankingTable', () => {
  it('renders the first 100 of a large formasi and more on request', async () => {
    const view = bigFormasi(150);
    render(
      <I18nextProvider i18n={createI18n('id', { storage: null, document: null })}>
        <RankingTable formasi={view} selectedId={null} onOpen={() => {}} />
      </I18nextProvider>,
    );
    const table = screen.getByRole('table', { name: /^Peringkat formasi/ });
    const bodyRows = () => within(table).getAllByRole('row').length - 1;
    expect(bodyRows()).toBeGreaterThanOrEqual(100);
    expect(bodyRows()).toBeLessThan(150);
    expect(screen.getByText(/^Ditampilkan 1\d\d dari 150\.$/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tampilkan lebih banyak' }));
    expect(bodyRows()).toBe(150);
    expect(screen.queryByRole('button', { name: 'Tampilkan lebih banyak' })).toBeNull();
  });
});
