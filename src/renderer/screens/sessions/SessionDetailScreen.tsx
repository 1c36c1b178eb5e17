/** One session, named in the address: its panel, its schedule and the attendance desk. */
import type React from 'react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PATHS } from '../../app/paths';
import { BlankSheetsButton } from '../../components/BlankSheetsButton';
import { ReportButtons } from '../../components/ReportButtons';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFormat } from '../../format/use-format';
import { useSessions } from '../../state/services';
import { AttendanceDesk } from './AttendanceDesk';
import { IncidentSection } from './IncidentSection';
import { PanelSection } from './PanelSection';
import { ScheduleSection } from './ScheduleSection';

/** Renders the session detail screen. */
export function SessionDetailScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const format = useFormat();
  const { sessionId = '' } = useParams();
  const detail = useSessions((state) => state.details[sessionId] ?? null);
  const status = useSessions((state) => state.detailStatus[sessionId] ?? 'idle');
  const error = useSessions((state) => state.detailError[sessionId] ?? null);
  const loadDetail = useSessions((state) => state.loadDetail);

  useEffect(() => {
    void loadDetail(sessionId);
  }, [loadDetail, sessionId]);

  const session = detail?.session ?? null;
  return (
    <section className="screen screen-wide" aria-labelledby="session-title">
      <p className="breadcrumb">
        <Link to={PATHS.scoringSessions}>{t('sessions.detail.back')}</Link>
      </p>
      <h1 id="session-title" tabIndex={-1}>
        {session
          ? t('sessions.detail.title', {
              component: session.componentLabel ?? session.componentKey,
            })
          : t('sessions.title')}
        {session ? (
          <span className="title-context">
            {t('sessions.formasiName', { code: session.formasiCode, jabatan: session.jabatan })}
          </span>
        ) : null}
      </h1>
      {session ? (
        <p className="screen-intro">
          {t('sessions.detail.when', {
            date: format.date(session.date),
            time: session.startTime,
            room: session.room,
          })}
        </p>
      ) : null}
      <ErrorNotice error={error} onRetry={() => void loadDetail(sessionId)} />
      {status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {detail ? (
        <>
          <PanelSection detail={detail} />
          {/* Paper sheets for when a laptop or the power fails: one per candidate and assessor. */}
          {/* The official documents sit beside it: a lembar needs submitted sheets, the rest do not. */}
          <div className="screen-actions">
            {detail.candidates.length > 0 && detail.panel.length > 0 ? (
              <BlankSheetsButton sessionId={sessionId} />
            ) : null}
            <ReportButtons sessionId={sessionId} />
          </div>
          <ScheduleSection sessionId={sessionId} />
          <AttendanceDesk detail={detail} />
          <IncidentSection sessionId={sessionId} selectionId={detail.session.selectionId} />
        </>
      ) : null}
    </section>
  );
}
