/** "Skema penilaian" on the selection screen: each formasi with the state of its plan. */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FormasiPlanView } from '../../../shared/plan/plan-view';
import { planPath } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { usePlans, useSelections } from '../../state/services';
import { PlanStatus } from './PlanStatus';

const NONE: FormasiPlanView[] = [];

/** Renders the section for `selectionId`. */
export function PlanSection(props: { selectionId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const { selectionId } = props;
  const views = usePlans((state) => state.plans[selectionId] ?? NONE);
  const status = usePlans((state) => state.status[selectionId] ?? 'idle');
  const error = usePlans((state) => state.error[selectionId] ?? null);
  const load = usePlans((state) => state.load);
  // Adding, renaming or deleting a formasi changes this list too.
  const formasi = useSelections((state) => state.formasi[selectionId]);

  useEffect(() => {
    void load(selectionId);
  }, [load, selectionId, formasi]);

  return (
    <div className="panel" role="region" aria-labelledby="plans-title">
      <h2 id="plans-title">{t('plan.section.title')}</h2>
      <p className="muted">{t('plan.section.intro')}</p>
      <ErrorNotice error={error} onRetry={() => void load(selectionId)} />
      {status === 'ready' && views.length === 0 ? (
        <p className="empty-inline">{t('plan.section.noFormasi')}</p>
      ) : null}
      {views.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('plan.section.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('formasi.fields.code')}</th>
                <th scope="col">{t('formasi.fields.jabatan')}</th>
                <th scope="col">{t('plan.section.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {views.map((view) => (
                <tr key={view.formasiId}>
                  <th scope="row">{view.formasiCode}</th>
                  <td>{view.jabatan}</td>
                  <td>
                    <PlanStatus view={view} />
                  </td>
                  <td className="actions">
                    <Link
                      className="button button-small"
                      to={planPath(selectionId, view.formasiId)}
                      aria-label={t('plan.section.openNamed', { code: view.formasiCode })}
                    >
                      {t('plan.section.open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
