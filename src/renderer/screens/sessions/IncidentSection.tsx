/**
 * Kejadian khusus of a session: the list the berita acara prints, and a form where the chair
 * (ketua) picks their own name, types what happened and confirms with their PIN. The PIN is
 * checked in the main process; this form only keeps a non-chair from being offered.
 */
import type React from 'react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessor } from '../../../shared/domain/assessor';
import type { Incident } from '../../../shared/domain/incident';
import { MAX_INCIDENT_TEXT } from '../../../shared/domain/incident';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SelectField, TextAreaField } from '../../components/Field';
import { useFormat } from '../../format/use-format';
import { useServices } from '../../state/services';
import { PinField } from '../assessors/PinField';
import { pinTyped } from '../assessors/pin-check';
import { formatClock } from './format-time';

/** The incidents of session `sessionId` of selection `selectionId`, and the chair's form. */
export function IncidentSection(props: {
  sessionId: string;
  selectionId: string;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { api } = useServices();
  const id = useId();
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [chairs, setChairs] = useState<Assessor[]>([]);
  const [chairId, setChairId] = useState('');
  const [text, setText] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  // Bumped after a new incident, to read the list again.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    Promise.all([
      api['incident:list']({ sessionId: props.sessionId }),
      api['assessor:list']({ selectionId: props.selectionId }),
    ]).then(
      ([listed, assessors]) => {
        if (!live) return;
        setIncidents(listed);
        const found = assessors.filter((assessor) => assessor.role === 'ketua');
        setChairs(found);
        setChairId((current) => current || (found[0]?.id ?? ''));
      },
      (failure: unknown) => {
        if (live) setError(failure);
      },
    );
    return () => {
      live = false;
    };
  }, [api, props.sessionId, props.selectionId, version]);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      await api['incident:record']({ sessionId: props.sessionId, chairId, pin, text });
      setText('');
      setNotice(t('sessions.incidents.saved'));
      setVersion((v) => v + 1);
    } catch (failure) {
      setError(failure);
    } finally {
      setPin('');
      setBusy(false);
    }
  };

  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('sessions.incidents.title')}</h2>
      <p className="muted">{t('sessions.incidents.intro')}</p>
      {incidents.length === 0 ? (
        <p>{t('sessions.incidents.none')}</p>
      ) : (
        <ol className="incident-list">
          {incidents.map((incident) => (
            <li key={incident.id}>
              <span className="mono">
                {format.date(incident.at.slice(0, 10))} {formatClock(incident.at, i18n.language)}
              </span>{' '}
              {incident.text}{' '}
              <span className="muted">
                {t('sessions.incidents.by', { nama: incident.recordedByNama })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {chairs.length === 0 ? (
        <p className="muted">{t('sessions.incidents.noChair')}</p>
      ) : (
        <form className="incident-form" onSubmit={(event) => void submit(event)}>
          <TextAreaField
            id={`${id}-text`}
            label={t('sessions.incidents.text')}
            value={text}
            onChange={setText}
            rows={3}
            maxLength={MAX_INCIDENT_TEXT}
            required
          />
          <SelectField
            id={`${id}-chair`}
            label={t('sessions.incidents.chair')}
            value={chairId}
            onChange={setChairId}
            options={chairs.map((chair) => ({ value: chair.id, label: chair.nama }))}
          />
          <PinField
            id={`${id}-pin`}
            label={t('sessions.incidents.pin')}
            value={pin}
            onChange={setPin}
          />
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || text.trim() === '' || chairId === '' || !pinTyped(pin)}
          >
            {busy ? t('sessions.incidents.busy') : t('sessions.incidents.submit')}
          </button>
          <p role="status" className="status-line">
            {notice}
          </p>
        </form>
      )}
      <ErrorNotice error={error} />
    </section>
  );
}
