/**
 * What to compare: each operator's file and who typed it, then "Periksa". A form, so Enter in it
 * checks; nothing is written by a check.
 */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor } from '../../../shared/domain/assessor';
import { usePaper } from '../../state/services';
import { PaperSideFields } from './PaperSideFields';

/** Renders the two halves and the check button; `assessors` are the selection's. */
export function PaperInputs(props: {
  assessors: readonly Assessor[];
  loading: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const files = usePaper((state) => state.files);
  const operators = usePaper((state) => state.operators);
  const stage = usePaper((state) => state.stage);
  const check = usePaper((state) => state.check);
  // An observer changes nothing, so cannot type, verify or sign sheets.
  const candidates = props.assessors.filter((assessor) => assessor.role !== 'pengamat');
  const busy = stage === 'checking' || stage === 'importing';
  const complete = files.A !== null && files.B !== null && !!operators.A && !!operators.B;

  return (
    <form
      className="panel"
      aria-labelledby="paper-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete && !busy) void check();
      }}
    >
      <h2 id="paper-form-title">{t('paper.form.title')}</h2>
      {props.loading ? <p role="status">{t('paper.form.loadingOperators')}</p> : null}
      {!props.loading && candidates.length < 2 ? (
        <p className="notice notice-warn">{t('paper.form.tooFewOperators')}</p>
      ) : null}
      <div className="form-grid paper-sides">
        <PaperSideFields side="A" operators={candidates} disabled={busy} />
        <PaperSideFields
          side="B"
          // B signs what A typed: the same person cannot be both.
          operators={candidates.filter((assessor) => assessor.id !== operators.A)}
          disabled={busy}
        />
      </div>
      <div className="button-row">
        <button
          type="submit"
          className="button button-primary"
          disabled={!complete || busy}
          aria-describedby={complete ? undefined : 'paper-incomplete'}
        >
          {t('paper.form.check')}
        </button>
        {complete ? null : (
          <span className="muted" id="paper-incomplete">
            {t('paper.form.incomplete')}
          </span>
        )}
      </div>
    </form>
  );
}
