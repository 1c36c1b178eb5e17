/** The sessions of a selection in the order of the day, each with a link to its desk. */
import type React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionView } from '../../../shared/domain/session-views';
import { sessionPath } from '../../app/paths';
import { useFormat } from '../../format/use-format';
import { PanelSizeCell } from './PanelSizeCell';

/** Renders the table of `sessions`. */
export function SessionTable(props: { sessions: readonly SessionView[] }): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('sessions.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sessions.list.date')}</th>
            <th scope="col">{t('sessions.list.start')}</th>
            <th scope="col">{t('sessions.list.room')}</th>
            <th scope="col">{t('sessions.list.formasi')}</th>
            <th scope="col">{t('sessions.list.component')}</th>
            <th scope="col" className="numeric">
              {t('sessions.list.candidates')}
            </th>
            <th scope="col">{t('sessions.list.panel')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.sessions.map((session) => {
            const component = session.componentLabel ?? session.componentKey;
            return (
              <tr key={session.id}>
                <th scope="row">{format.date(session.date)}</th>
                <td>{session.startTime}</td>
                <td>{session.room}</td>
                <td>
                  {t('sessions.formasiName', {
                    code: session.formasiCode,
                    jabatan: session.jabatan,
                  })}
                </td>
                <td>{component}</td>
                <td className="numeric">{format.number(session.candidateCount)}</td>
                <td>
                  <PanelSizeCell size={session.panelSize} min={session.minAssessors} />
                </td>
                <td className="actions">
                  <Link
                    className="button button-small"
                    to={sessionPath(session.id)}
                    aria-label={t('sessions.list.openNamed', {
                      component,
                      date: format.date(session.date),
                      time: session.startTime,
                      room: session.room,
                    })}
                  >
                    {t('sessions.list.open')}
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
