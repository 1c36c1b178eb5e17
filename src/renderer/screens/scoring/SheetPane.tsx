/** The open candidate: their sheet (to fill in, or as submitted), the others' scores, history. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useScoring } from '../../state/services';
import { ChairUnlock } from './ChairUnlock';
import { OthersPanel } from './OthersPanel';
import { SheetEditor } from './SheetEditor';
import { SheetHistory } from './SheetHistory';
import { SubmittedSheet } from './SubmittedSheet';

/** Renders the right-hand side of the scoring desk. */
export function SheetPane(): React.JSX.Element {
  const { t } = useTranslation();
  const candidateId = useScoring((state) => state.candidateId);
  const sessionId = useScoring((state) => state.sessionId);
  const sheet = useScoring((state) => state.sheet);
  const status = useScoring((state) => state.sheetStatus);
  const error = useScoring((state) => state.loadError);
  const amending = useScoring((state) => state.amending);
  const role = useScoring((state) => state.sitting?.assessor.role);
  const openSheet = useScoring((state) => state.openSheet);

  if (candidateId === null) {
    return (
      <div className="sheet-pane">
        <p className="empty-inline">{t('scoring.sheet.pick')}</p>
      </div>
    );
  }
  return (
    <div className="sheet-pane">
      {status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {status === 'error' ? (
        <ErrorNotice error={error} onRetry={() => void openSheet(candidateId)} />
      ) : null}
      {sheet && status === 'ready' ? (
        <section aria-labelledby="sheet-candidate">
          <h2 id="sheet-candidate" className="sheet-candidate">
            <span className="mono">{sheet.candidate.nomorPeserta}</span> {sheet.candidate.nama}
          </h2>
          {sheet.current && !amending ? (
            <SubmittedSheet view={sheet.current} content={sheet.rubric.content} />
          ) : (
            <SheetEditor sheet={sheet} />
          )}
          <OthersPanel sheet={sheet} />
          <SheetHistory versions={sheet.versions} />
          {role === 'ketua' && sessionId ? (
            <ChairUnlock sessionId={sessionId} candidateId={candidateId} revision={sheet} />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
