/** The sessions of the day, one row each with its counts and a "Lengkap" badge; rows open. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionProgress } from '../../../shared/contract/scoring-contract';
import { usePlans } from '../../state/services';
import { SessionRows } from './SessionRows';

/** Renders the table of `rows` (already filtered and in the order of the day). */
export function ProgressTable(props: {
  selectionId: string;
  rows: readonly SessionProgress[];
}): React.JSX.Element {
  const { t } = useTranslation();
  const plans = usePlans((state) => state.plans[props.selectionId]);
  const componentLabel = (row: SessionProgress) =>
    plans
      ?.find((view) => view.formasiId === row.session.formasiId)
      ?.plan?.components.find((component) => component.key === row.session.componentKey)?.label ??
    row.session.componentKey;

  if (props.rows.length === 0) return <p className="empty-inline">{t('dashboard.noMatch')}</p>;
  return (
    <div className="table-wrap">
      <table
        className="table table-compact dashboard-table"
        aria-label={t('dashboard.table.label')}
      >
        <thead>
          <tr>
            <th scope="col">{t('dashboard.table.when')}</th>
            <th scope="col">{t('dashboard.table.room')}</th>
            <th scope="col">{t('dashboard.table.formasi')}</th>
            <th scope="col">{t('dashboard.table.component')}</th>
            <th scope="col">{t('dashboard.table.status')}</th>
            <th scope="col" className="numeric">
              {t('dashboard.table.scheduled')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.table.present')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.table.waiting')}
            </th>
            <th scope="col" className="numeric" title={t('dashboard.table.absentTitle')}>
              {t('dashboard.table.absent')}
            </th>
            <th scope="col" className="numeric" title={t('dashboard.table.outTitle')}>
              {t('dashboard.table.out')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.table.conflicts')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.table.expected')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.table.drafts')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.table.submitted')}
            </th>
            <th scope="col" className="numeric" title={t('dashboard.table.missingTitle')}>
              {t('dashboard.table.missing')}
            </th>
            <th scope="col">{t('dashboard.table.details')}</th>
          </tr>
        </thead>
        {props.rows.map((row) => (
          <SessionRows key={row.session.id} row={row} componentLabel={componentLabel(row)} />
        ))}
      </table>
    </div>
  );
}
