/** The dashboard's filters (formasi, incomplete only), the time of the last read and a refresh. */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionProgress } from '../../../shared/contract/scoring-contract';
import type { Formasi } from '../../../shared/domain/selection';
import { useProgress, useSelections } from '../../state/services';
import { formatTimeOfDay } from './dashboard-format';
import { formasiOf, type ProgressFilter } from './progress-view';

const NONE: Formasi[] = [];

/** Renders the toolbar over the session table of `selectionId`. */
export function DashboardToolbar(props: {
  selectionId: string;
  rows: readonly SessionProgress[];
  filter: ProgressFilter;
  onFilter: (filter: ProgressFilter) => void;
  onRefresh: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { selectionId, filter, onFilter } = props;
  const updatedAt = useProgress((state) => state.updatedAt);
  const formasi = useSelections((state) => state.formasi[selectionId] ?? NONE);
  const loadFormasi = useSelections((state) => state.loadFormasi);
  useEffect(() => {
    void loadFormasi(selectionId);
  }, [loadFormasi, selectionId]);
  const jabatan = new Map(formasi.map((item) => [item.id, item.jabatan]));

  return (
    <div className="dashboard-toolbar">
      <div className="dashboard-filters" role="group" aria-label={t('dashboard.filtersLabel')}>
        <div className="field">
          <label htmlFor="dashboard-formasi">{t('dashboard.filterFormasi')}</label>
          <select
            id="dashboard-formasi"
            value={filter.formasiId ?? ''}
            onChange={(event) => onFilter({ ...filter, formasiId: event.target.value || null })}
          >
            <option value="">{t('dashboard.allFormasi')}</option>
            {formasiOf(props.rows).map((item) => (
              <option key={item.id} value={item.id}>
                {jabatan.has(item.id)
                  ? t('dashboard.formasiOption', { code: item.code, jabatan: jabatan.get(item.id) })
                  : item.code}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={filter.incompleteOnly}
            onChange={(event) => onFilter({ ...filter, incompleteOnly: event.target.checked })}
          />
          {t('dashboard.incompleteOnly')}
        </label>
      </div>
      <div className="dashboard-refresh">
        <p className="dashboard-updated" title={t('dashboard.autoRefresh')}>
          {updatedAt
            ? t('dashboard.updated', { time: formatTimeOfDay(updatedAt, i18n.language) })
            : t('dashboard.notUpdated')}
        </p>
        <button type="button" className="button" onClick={props.onRefresh}>
          {t('dashboard.refresh')}
        </button>
      </div>
    </div>
  );
}
