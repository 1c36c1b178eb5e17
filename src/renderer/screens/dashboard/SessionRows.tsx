/** One session of the dashboard: its row of counts and, when opened, the sheets it still owes. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionProgress } from '../../../shared/contract/scoring-contract';
import { useFormat } from '../../format/use-format';
import { MissingSheets } from './MissingSheets';

/** How many columns a session row has, for the detail row spanning them all. */
const COLUMN_COUNT = 16;

const COUNTS = [
  'scheduled',
  'present',
  'waiting',
  'absent',
  'out',
  'conflicts',
  'expected',
  'drafts',
  'submitted',
  'missing',
] as const satisfies ReadonlyArray<keyof SessionProgress>;

/** Renders the row group of `row`. */
export function SessionRows(props: {
  row: SessionProgress;
  componentLabel: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { row } = props;
  const { session } = row;
  const [open, setOpen] = useState(false);
  const detailId = `dashboard-missing-${session.id}`;
  const where = { room: session.room, date: format.date(session.date), time: session.startTime };
  return (
    <tbody
      className={row.complete ? 'dashboard-session' : 'dashboard-session dashboard-incomplete'}
    >
      <tr>
        <td className="nowrap">
          {format.date(session.date)} <span className="mono">{session.startTime}</span>
        </td>
        <th scope="row">{session.room}</th>
        <td>{row.formasiCode}</td>
        <td>{props.componentLabel}</td>
        <td>
          {row.complete ? (
            <span className="badge">{t('dashboard.complete')}</span>
          ) : (
            <span className="badge badge-warn">{t('dashboard.incomplete')}</span>
          )}
        </td>
        {COUNTS.map((count) => (
          <td
            key={count}
            className={
              count === 'missing' && row.missing > 0 ? 'numeric dashboard-missing' : 'numeric'
            }
          >
            {format.number(row[count])}
          </td>
        ))}
        <td>
          <button
            type="button"
            className="button button-small"
            aria-expanded={open}
            aria-controls={open ? detailId : undefined}
            aria-label={t('dashboard.detailsLabel', where)}
            onClick={() => setOpen(!open)}
          >
            {t('dashboard.showDetails')}
          </button>
        </td>
      </tr>
      {open ? (
        <tr id={detailId} className="dashboard-detail">
          <td colSpan={COLUMN_COUNT}>
            <MissingSheets row={row} label={t('dashboard.missing.label', where)} />
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
