/** Skema penilaian of one formasi, named in the address (selection and formasi). */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FormasiPlanView } from '../../../shared/plan/plan-view';
import { selectionPath } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { usePlans, useRubrics, useSelections } from '../../state/services';
import { PlanEditor } from './PlanEditor';

// A stable empty list, so the selector below does not return a new array on every render.
const NONE: FormasiPlanView[] = [];

/** Renders the plan editor screen. */
export function PlanEditorScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const { selectionId = '', formasiId = '' } = useParams();
  const selection = useSelections(
    (state) => state.selections.find((s) => s.id === selectionId) ?? null,
  );
  const views = usePlans((state) => state.plans[selectionId] ?? NONE);
  const status = usePlans((state) => state.status[selectionId] ?? 'idle');
  const error = usePlans((state) => state.error[selectionId] ?? null);
  const loadPlans = usePlans((state) => state.load);
  const rubrics = useRubrics((state) => state.rubrics);
  const rubricStatus = useRubrics((state) => state.status);
  const rubricError = useRubrics((state) => state.error);
  const loadRubrics = useRubrics((state) => state.load);

  useEffect(() => {
    void loadPlans(selectionId);
    void loadRubrics();
  }, [loadPlans, loadRubrics, selectionId]);

  const view = views.find((v) => v.formasiId === formasiId) ?? null;
  const ready = view !== null && rubricStatus === 'ready';

  return (
    <section className="screen screen-wide" aria-labelledby="plan-title">
      <p className="breadcrumb">
        <Link to={selectionPath(selectionId)}>
          {t('plan.backToSelection', { name: selection?.name ?? '' })}
        </Link>
      </p>
      <h1 id="plan-title" tabIndex={-1}>
        {t('plan.title')}
        {view ? (
          <span className="title-context">
            {t('plan.formasiContext', { code: view.formasiCode, jabatan: view.jabatan })}
          </span>
        ) : null}
      </h1>
      <p className="screen-intro">{t('plan.intro')}</p>
      <ErrorNotice error={error} onRetry={() => void loadPlans(selectionId)} />
      <ErrorNotice error={rubricError} onRetry={() => void loadRubrics()} />
      {!ready && status !== 'error' ? <p role="status">{t('common.loading')}</p> : null}
      {status === 'ready' && view === null ? (
        <div className="empty-state">
          <p>{t('plan.formasiNotFound')}</p>
        </div>
      ) : null}
      {ready ? (
        <PlanEditor
          key={view.formasiId}
          selectionId={selectionId}
          view={view}
          others={views.filter((v) => v.formasiId !== formasiId)}
          rubrics={rubrics}
        />
      ) : null}
    </section>
  );
}
