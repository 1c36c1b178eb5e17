/** Every check-in of one candidate in the session, oldest first: a correction keeps the past. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRecord } from '../../../shared/domain/attendance';
import { useFormat } from '../../format/use-format';

/** Renders the history of `nama` with a button to close it. */
export function AttendanceHistory(props: {
  nama: string;
  records: readonly AttendanceRecord[];
  onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t('sessions.history.title', { nama: props.nama });
  return (
    <div className="panel-inset" role="region" aria-label={title}>
      <div className="panel-header">
        <h3>{title}</h3>
        <button type="button" className="button button-small" onClick={props.onClose}>
          {t('sessions.history.close')}
        </button>
      </div>
      {props.records.length === 0 ? (
        <p className="muted">{t('sessions.history.empty')}</p>
      ) : (
        <table className="table table-compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sessions.history.at')}</th>
              <th scope="col">{t('sessions.history.status')}</th>
              <th scope="col">{t('sessions.history.identity')}</th>
              <th scope="col">{t('sessions.history.recordedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {props.records.map((record) => (
              <tr key={record.id}>
                <td>{format.dateTime(record.at)}</td>
                <td>{t(`sessions.attendanceStatuses.${record.status}`)}</td>
                <td>
                  {record.identityChecked && record.document
                    ? t('sessions.desk.identityChecked', {
                        document: t(`sessions.documents.${record.document}`),
                      })
                    : t('sessions.desk.identityNotChecked')}
                </td>
                <td>{format.dateTime(record.recordedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
