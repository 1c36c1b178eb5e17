/**
 * Penilaian — the score-entry screen: "Siapa Anda?" until an assessor opens a sitting with their
 * PIN, then their session, their queue and the sheet of the candidate in front of them.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NoActiveSelection } from '../../components/NoActiveSelection';
import { useActiveSelection } from '../../state/use-active-selection';
import { useScoring } from '../../state/services';
import { ScoringQueue } from './ScoringQueue';
import { SessionPicker } from './SessionPicker';
import { SheetPane } from './SheetPane';
import { SittingBar } from './SittingBar';
import { WhoAreYou } from './WhoAreYou';

/** Renders the screen. */
export function ScoringScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const selection = useActiveSelection();
  const sitting = useScoring((state) => state.sitting);
  const loadError = useScoring((state) => state.loadError);
  const sessionsStatus = useScoring((state) => state.sessionsStatus);
  const queueStatus = useScoring((state) => state.queueStatus);
  return (
    <section className="screen screen-wide scoring-screen" aria-labelledby="scoring-title">
      <h1 id="scoring-title" tabIndex={-1}>
        {t('scoring.title')}
      </h1>
      {selection === null ? (
        <NoActiveSelection />
      ) : sitting === null ? (
        <WhoAreYou selectionId={selection.id} />
      ) : (
        <>
          <SittingBar />
          {sessionsStatus === 'error' || queueStatus === 'error' ? (
            <ErrorNotice error={loadError} />
          ) : null}
          <SessionPicker />
          <div className="scoring-desk">
            <ScoringQueue />
            <SheetPane />
          </div>
        </>
      )}
    </section>
  );
}
