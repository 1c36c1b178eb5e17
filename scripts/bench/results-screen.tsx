/**
 * The results-screen row of `npm run bench` (issue 5): the ranking of a 2,000-candidate formasi
 * (with its calibration chart) must render in < 300 ms. Rendered by React into jsdom — slower
 * than the app's Chromium, so a pass here is a pass there; the computation and the view are
 * measured apart and not counted in the render.
 */
import { JSDOM } from 'jsdom';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../src/renderer/i18n/create-i18n';
import { CalibrationSection } from '../../src/renderer/screens/results/CalibrationSection';
import { RankingTable } from '../../src/renderer/screens/results/RankingTable';
import { computeResults } from '../../src/shared/results/compute';
import { toResultsView } from '../../src/shared/results/results-view';
import { generateResultsInput } from './results';
import { median, ms, timed, type BenchRow } from './stats';

const CANDIDATES = 2_000;
const TARGET_MS = 300;

/** Measures computing the view of one 2,000-candidate formasi and rendering it, `runs` times. */
export function resultsScreenRows(runs: number): BenchRow[] {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { window: dom.window, document: dom.window.document });
  Object.defineProperty(globalThis, 'navigator', {
    value: dom.window.navigator,
    configurable: true,
  });
  const input = generateResultsInput({ candidates: CANDIDATES, formasi: 1 });
  let view = toResultsView(computeResults(input), input);
  const compute = Array.from({ length: runs }, () =>
    timed(() => {
      view = toResultsView(computeResults(input), input);
    }),
  );
  const formasi = view.formasi[0]!;
  const i18n = createI18n('id', { storage: null, document: null });
  const render = Array.from({ length: runs }, () => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const sample = timed(() =>
      flushSync(() =>
        root.render(
          <I18nextProvider i18n={i18n}>
            <RankingTable formasi={formasi} selectedId={null} onOpen={() => {}} />
            <CalibrationSection calibration={view.calibration} />
          </I18nextProvider>,
        ),
      ),
    );
    if (container.querySelectorAll('.results-table tbody tr').length < 100) {
      throw new Error('the ranking did not render its first 100 candidates');
    }
    root.unmount();
    container.remove();
    return sample;
  });
  return [
    [
      `results screen: compute + view of a ${CANDIDATES.toLocaleString('en')}-candidate formasi (not counted below)`,
      ms(median(compute)),
      '—',
      '—',
    ],
    [
      `results screen: render a ${CANDIDATES.toLocaleString('en')}-candidate formasi (first 100 rank groups, more on request) and calibration (React, jsdom)`,
      ms(median(render)),
      `< ${TARGET_MS} ms`,
      median(render) < TARGET_MS ? 'PASS' : 'FAIL',
    ],
  ];
}
