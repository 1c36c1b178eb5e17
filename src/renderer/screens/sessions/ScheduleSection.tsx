/** "Jadwalkan peserta": add the formasi's unscheduled candidates to the session, all or some. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchedulableCandidate } from '../../../shared/domain/session-views';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSessions } from '../../state/services';
import { toggled } from './AssessorChecklist';

const NONE: SchedulableCandidate[] = [];

/** Renders the button and, once opened, the list of candidates to schedule. */
export function ScheduleSection(props: { sessionId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const { sessionId } = props;
  const candidates = useSessions((state) => state.schedulable[sessionId] ?? NONE);
  const loadSchedulable = useSessions((state) => state.loadSchedulable);
  const schedule = useSessions((state) => state.schedule);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  const run = async (ids: string[]) => {
    setBusy(true);
    setError(null);
    try {
      await schedule(sessionId, ids);
      setChosen(new Set());
      setOpen(false);
      setNotice(t('sessions.schedule.done', { count: ids.length }));
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="schedule">
      {open ? null : (
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setNotice('');
            setError(null);
            loadSchedulable(sessionId)
              .then(() => setOpen(true))
              .catch(setError);
          }}
        >
          {t('sessions.schedule.open')}
        </button>
      )}
      <p role="status" className="status-line">
        {notice}
      </p>
      <ErrorNotice error={error} />
      {open ? (
        <div className="panel-inset" role="region" aria-label={t('sessions.schedule.title')}>
          <h3>{t('sessions.schedule.title')}</h3>
          {candidates.length === 0 ? (
            <p className="empty-inline">{t('sessions.schedule.none')}</p>
          ) : (
            <fieldset className="checkbox-list">
              <legend>{t('sessions.schedule.intro')}</legend>
              {candidates.map((candidate) => (
                <label key={candidate.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen.has(candidate.id)}
                    onChange={() => setChosen((set) => toggled(set, candidate.id))}
                  />
                  {t('sessions.schedule.pick', {
                    nomor: candidate.nomorPeserta,
                    nama: candidate.nama,
                  })}
                </label>
              ))}
            </fieldset>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={busy || candidates.length === 0}
              onClick={() => void run(candidates.map((c) => c.id))}
            >
              {t('sessions.schedule.all', { count: candidates.length })}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy || chosen.size === 0}
              onClick={() => void run(candidates.filter((c) => chosen.has(c.id)).map((c) => c.id))}
            >
              {t('sessions.schedule.selected', { count: chosen.size })}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
