/**
 * Penguji: the assessors of the active selection, their enrolment, their integrity statement,
 * their conflicts of interest and the chair's PIN reset. Every rule (PIN, roles, lock-out) is
 * the main process's; this screen offers what it allows and shows its refusals.
 */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictView } from '../../../shared/contract/assessor-contract';
import type { Assessor } from '../../../shared/domain/assessor';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NoActiveSelection } from '../../components/NoActiveSelection';
import { useAssessors, useSelections } from '../../state/services';
import { useActiveSelection } from '../../state/use-active-selection';
import { type AssessorAction, AssessorTable } from './AssessorTable';
import { ConflictDialog } from './ConflictDialog';
import { ConflictList } from './ConflictList';
import { EnrolForm } from './EnrolForm';
import { Fingerprint } from './Fingerprint';
import { IntegrityDialog } from './IntegrityDialog';
import { ResetPinDialog } from './ResetPinDialog';

// Stable empty lists, so the selectors below do not return a new array on every render.
const NO_ASSESSORS: Assessor[] = [];
const NO_CONFLICTS: ConflictView[] = [];

/** What the last finished action tells the user. */
type Outcome =
  | { kind: 'enrolled' | 'reset'; assessor: Assessor }
  | { kind: 'accepted' | 'declared'; nama: string };

/** Renders the Penguji screen. */
export function AssessorsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const selection = useActiveSelection();
  const selectionsStatus = useSelections((state) => state.status);
  const selectionId = selection?.id ?? '';
  const assessors = useAssessors((state) => state.assessors[selectionId] ?? NO_ASSESSORS);
  const conflicts = useAssessors((state) => state.conflicts[selectionId] ?? NO_CONFLICTS);
  const status = useAssessors((state) => state.status[selectionId] ?? 'idle');
  const error = useAssessors((state) => state.error[selectionId] ?? null);
  const load = useAssessors((state) => state.load);
  const enrol = useAssessors((state) => state.enrol);
  const [enrolling, setEnrolling] = useState(false);
  const [open, setOpen] = useState<{ action: AssessorAction; assessor: Assessor } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (selectionId) void load(selectionId);
  }, [load, selectionId]);

  if (!selection) {
    return (
      <section className="screen">
        <h1 tabIndex={-1}>{t('assessors.title')}</h1>
        {selectionsStatus === 'ready' ? (
          <NoActiveSelection />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
      </section>
    );
  }

  const chairs = assessors.filter((a) => a.role === 'ketua');
  const finish = (next: Outcome) => {
    setOpen(null);
    setOutcome(next);
  };

  return (
    <section className="screen screen-wide" aria-labelledby="assessors-title">
      <div className="screen-header">
        <h1 id="assessors-title" tabIndex={-1}>
          {t('assessors.title')}
          <span className="title-context">{selection.name}</span>
        </h1>
        {enrolling ? null : (
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setEnrolling(true);
              setOutcome(null);
            }}
          >
            {t('assessors.enrol.open')}
          </button>
        )}
      </div>
      <p className="screen-intro">{t('assessors.intro')}</p>

      <div role="status">{outcome ? <OutcomeNotice outcome={outcome} /> : null}</div>

      {enrolling ? (
        <EnrolForm
          onEnrol={(fields, pin) => enrol(selectionId, fields, pin)}
          onDone={(assessor) => {
            setEnrolling(false);
            setOutcome({ kind: 'enrolled', assessor });
          }}
          onCancel={() => setEnrolling(false)}
        />
      ) : null}

      <ErrorNotice error={error} onRetry={() => void load(selectionId)} />
      {status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {status === 'ready' && assessors.length === 0 && !enrolling ? (
        <div className="empty-state">
          <h2>{t('assessors.empty.title')}</h2>
          <p>{t('assessors.empty.body')}</p>
        </div>
      ) : null}
      {assessors.length > 0 ? (
        <>
          {chairs.length === 0 ? (
            <p className="notice notice-warn">{t('assessors.noChair')}</p>
          ) : null}
          <AssessorTable
            assessors={assessors}
            hasChair={chairs.length > 0}
            onAction={(action, assessor) => {
              setOutcome(null);
              setOpen({ action, assessor });
            }}
          />
        </>
      ) : null}
      {status === 'ready' ? <ConflictList conflicts={conflicts} /> : null}

      {open?.action === 'integrity' ? (
        <IntegrityDialog
          assessor={open.assessor}
          onDone={(assessor) => finish({ kind: 'accepted', nama: assessor.nama })}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.action === 'conflict' ? (
        <ConflictDialog
          assessor={open.assessor}
          onDone={() => finish({ kind: 'declared', nama: open.assessor.nama })}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {open?.action === 'reset' ? (
        <ResetPinDialog
          assessor={open.assessor}
          chairs={chairs}
          onDone={(assessor) => finish({ kind: 'reset', assessor })}
          onCancel={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}

/** The confirmation of the last action; after an enrolment or a reset, the new fingerprint. */
function OutcomeNotice(props: { outcome: Outcome }): React.JSX.Element {
  const { t } = useTranslation();
  const { outcome } = props;
  if (!('assessor' in outcome)) {
    return (
      <p className="notice notice-ok">
        {t(`assessors.outcome.${outcome.kind}`, { nama: outcome.nama })}
      </p>
    );
  }
  return (
    <div className="notice notice-ok">
      <p>{t(`assessors.outcome.${outcome.kind}`, { nama: outcome.assessor.nama })}</p>
      <p>
        {t('assessors.outcome.fingerprint')} <Fingerprint value={outcome.assessor.fingerprint} />
      </p>
      <p className="muted">{t('assessors.outcome.fingerprintHint')}</p>
    </div>
  );
}
