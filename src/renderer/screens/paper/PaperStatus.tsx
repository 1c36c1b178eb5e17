/** What the flow is doing, and once a check is done what it found, announced politely. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/use-format';
import { readyCount } from '../../state/paper-store';
import { usePaper } from '../../state/services';

/** Renders the status line (always present, so screen readers hear every change of it). */
export function PaperStatus(): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const stage = usePaper((state) => state.stage);
  const report = usePaper((state) => state.report);

  let text = '';
  if (stage === 'checking') text = t('paper.progress.checking');
  if (stage === 'importing' && report) {
    const count = readyCount(report);
    text = t('paper.progress.importing', { count, formatted: format.number(count) });
  }
  if (stage === 'checked' && report) {
    text = t('paper.progress.checked', {
      matched: format.number(report.matched.length),
      mismatches: format.number(report.mismatches.length),
      oneSided: format.number(report.oneSided.length),
      problems: format.number(report.problems.length),
    });
  }
  const busy = stage === 'checking' || stage === 'importing';

  return (
    <div
      className={text === '' ? 'progress progress-idle' : 'progress'}
      role="status"
      aria-live="polite"
      aria-busy={busy}
      data-testid="paper-status"
    >
      {busy ? <span className="spinner" aria-hidden="true" /> : null}
      {text}
    </div>
  );
}
