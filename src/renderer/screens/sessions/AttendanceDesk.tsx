/**
 * The attendance desk (meja kehadiran): the scheduled candidates, keyboard-first. ↑/↓ move
 * between rows; on a row H = hadir, T = terlambat, A = tidak hadir, K = identitas diperiksa on
 * the chosen document. The same actions are buttons on each row, for the mouse.
 */
import type React from 'react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceRecord, IdentityDocument } from '../../../shared/domain/attendance';
import { IdentityDocument as DocumentSchema } from '../../../shared/domain/attendance';
import type { SessionCandidateView, SessionDetailView } from '../../../shared/domain/session-views';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField } from '../../components/Field';
import { useSessions } from '../../state/services';
import { AttendanceHistory } from './AttendanceHistory';
import { checkInFor, type DeskAction, deskActionOfKey } from './desk-keys';
import { DeskRow } from './DeskRow';
import { StatusDialog } from './StatusDialog';

/** Renders the desk for the candidates of `detail`. */
export function AttendanceDesk(props: { detail: SessionDetailView }): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const { session, candidates } = props.detail;
  const recordAttendance = useSessions((state) => state.recordAttendance);
  const loadHistory = useSessions((state) => state.history);
  const setStatus = useSessions((state) => state.setStatus);
  const [document, setDocument] = useState<IdentityDocument>('ktp_el');
  const [activeIndex, setActiveIndex] = useState(0);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [history, setHistory] = useState<{
    candidateId: string;
    nama: string;
    records: AttendanceRecord[];
  } | null>(null);
  const [statusFor, setStatusFor] = useState<SessionCandidateView | null>(null);
  const rows = useRef<Array<HTMLTableRowElement | null>>([]);
  const busy = useRef(false);

  const active = Math.min(activeIndex, Math.max(candidates.length - 1, 0));

  const act = async (candidate: SessionCandidateView, action: DeskAction) => {
    // One write at a time: a key held down must not queue a burst of identical entries.
    if (busy.current) return;
    setError(null);
    const outcome = checkInFor(candidate, action, document);
    if ('refused' in outcome) {
      setNotice(
        t(`sessions.desk.${outcome.refused}`, {
          nama: candidate.nama,
          status: t(`sessions.statuses.${candidate.status}`),
        }),
      );
      return;
    }
    if ('unchanged' in outcome) return;
    busy.current = true;
    try {
      await recordAttendance(session.id, candidate.candidateId, outcome.record);
      const { record } = outcome;
      setNotice(
        action === 'identity'
          ? t(record.identityChecked ? 'sessions.desk.identityOn' : 'sessions.desk.identityOff', {
              nama: candidate.nama,
            })
          : t('sessions.desk.recorded', {
              nama: candidate.nama,
              status: t(`sessions.attendanceStatuses.${record.status}`),
            }),
      );
      if (history?.candidateId === candidate.candidateId) await showHistory(candidate);
    } catch (refusal) {
      setError(refusal);
    } finally {
      busy.current = false;
    }
  };

  const showHistory = async (candidate: SessionCandidateView) => {
    try {
      const records = await loadHistory(session.id, candidate.candidateId);
      setHistory({ candidateId: candidate.candidateId, nama: candidate.nama, records });
    } catch (refusal) {
      setError(refusal);
    }
  };

  const move = (index: number) => {
    const next = Math.max(0, Math.min(candidates.length - 1, index));
    setActiveIndex(next);
    rows.current[next]?.focus();
  };

  const onKeyDown = (index: number) => (event: React.KeyboardEvent<HTMLTableRowElement>) => {
    // Keys typed into a field of the row are text, not desk commands.
    const target = event.target as HTMLElement;
    if (target !== event.currentTarget && target.tagName !== 'BUTTON') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(index + (event.key === 'ArrowDown' ? 1 : -1));
      return;
    }
    if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      move(event.key === 'Home' ? 0 : candidates.length - 1);
      return;
    }
    const action = deskActionOfKey(event.key);
    const candidate = candidates[index];
    if (!action || !candidate) return;
    event.preventDefault();
    void act(candidate, action);
  };

  return (
    <div className="panel" role="region" aria-labelledby="desk-title">
      <div className="panel-header">
        <h2 id="desk-title">{t('sessions.desk.title')}</h2>
        <SelectField
          id={`${id}-document`}
          label={t('sessions.desk.document')}
          value={document}
          onChange={(value) => setDocument(DocumentSchema.parse(value))}
          options={DocumentSchema.options.map((value) => ({
            value,
            label: t(`sessions.documents.${value}`),
          }))}
        />
      </div>
      <p className="muted" id={`${id}-keys`}>
        {t('sessions.desk.keys')}
      </p>
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorNotice error={error} />
      {candidates.length === 0 ? (
        <p className="empty-inline">{t('sessions.desk.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-describedby={`${id}-keys`}>
            <caption className="visually-hidden">{t('sessions.desk.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sessions.desk.columns.nomor')}</th>
                <th scope="col">{t('sessions.desk.columns.nama')}</th>
                <th scope="col">{t('sessions.desk.columns.status')}</th>
                <th scope="col">{t('sessions.desk.columns.identity')}</th>
                <th scope="col">{t('sessions.desk.columns.time')}</th>
                <th scope="col">{t('sessions.desk.columns.panel')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((candidate, index) => (
                <DeskRow
                  key={candidate.candidateId}
                  ref={(element) => {
                    rows.current[index] = element;
                  }}
                  candidate={candidate}
                  minAssessors={session.minAssessors}
                  active={index === active}
                  onFocus={() => setActiveIndex(index)}
                  onKeyDown={onKeyDown(index)}
                  onAction={(action) => {
                    setActiveIndex(index);
                    void act(candidate, action);
                  }}
                  onHistory={() => void showHistory(candidate)}
                  onStatus={() => setStatusFor(candidate)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history ? (
        <AttendanceHistory
          nama={history.nama}
          records={history.records}
          onClose={() => setHistory(null)}
        />
      ) : null}
      {statusFor ? (
        <StatusDialog
          candidate={statusFor}
          onCancel={() => setStatusFor(null)}
          onSave={async (status, reason) => {
            await setStatus(session.id, statusFor.candidateId, status, reason);
            setNotice(
              t('sessions.status.changed', {
                nama: statusFor.nama,
                status: t(`sessions.candidateStatuses.${status}`),
              }),
            );
            setStatusFor(null);
          }}
        />
      ) : null}
    </div>
  );
}
