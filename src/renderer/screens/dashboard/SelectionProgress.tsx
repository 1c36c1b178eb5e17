/**
 * The dashboard of one selection: totals, filters and the table of sessions, kept fresh every
 * 10 seconds and on focus with one `scoring:progress` call.
 */
import type React from 'react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Selection } from '../../../shared/domain/selection';
import { PATHS } from '../../app/paths';
import { ErrorNotice } from '../../components/ErrorNotice';
import { usePlans, useProgress } from '../../state/services';
import { DashboardToolbar } from './DashboardToolbar';
import { ProgressSummary } from './ProgressSummary';
import { ProgressTable } from './ProgressTable';
import { filterRows, type ProgressFilter, totalsOf } from './progress-view';
import { useAutoRefresh } from './use-auto-refresh';

const ALL: ProgressFilter = { formasiId: null, incompleteOnly: false };

/** Renders the dashboard of `selection`. */
export function SelectionProgress(props: { selection: Selection }): React.JSX.Element {
  const { t } = useTranslation();
  const { selection } = props;
  const load = useProgress((state) => state.load);
  const ownRows = useProgress((state) => state.selectionId === selection.id);
  const rows = useProgress((state) => state.rows);
  const status = useProgress((state) => state.status);
  const error = useProgress((state) => state.error);
  const loadPlans = usePlans((state) => state.load);
  const [filter, setFilter] = useState<ProgressFilter>(ALL);

  const refresh = useCallback(() => void load(selection.id), [load, selection.id]);
  useEffect(() => {
    refresh();
    // The component labels come from the plans; they do not change during the day.
    void loadPlans(selection.id);
  }, [refresh, loadPlans, selection.id]);
  useAutoRefresh(refresh);

  const sessions = useMemo(() => (ownRows ? rows : []), [ownRows, rows]);
  const shown = useMemo(() => filterRows(sessions, filter), [sessions, filter]);
  const totals = useMemo(() => totalsOf(sessions), [sessions]);
  const ready = ownRows && status !== 'loading' && status !== 'idle';

  return (
    <section className="screen screen-wide" aria-labelledby="dashboard-title">
      <div className="screen-header">
        <h1 id="dashboard-title" tabIndex={-1}>
          {t('dashboard.title')}
          <span className="title-context">{selection.name}</span>
        </h1>
      </div>
      <p className="screen-intro">{t('dashboard.intro')}</p>
      <ErrorNotice error={ownRows ? error : null} onRetry={refresh} />
      {!ready && sessions.length === 0 ? (
        <p role="status">{t('common.loading')}</p>
      ) : sessions.length === 0 && status === 'ready' ? (
        <div className="empty-state">
          <h2>{t('dashboard.empty.title')}</h2>
          <p>{t('dashboard.empty.body')}</p>
          <Link className="button button-primary" to={PATHS.scoringSessions}>
            {t('dashboard.empty.action')}
          </Link>
        </div>
      ) : sessions.length > 0 ? (
        <>
          <ProgressSummary totals={totals} />
          <DashboardToolbar
            selectionId={selection.id}
            rows={sessions}
            filter={filter}
            onFilter={setFilter}
            onRefresh={refresh}
          />
          <ProgressTable selectionId={selection.id} rows={shown} />
        </>
      ) : null}
    </section>
  );
}
