/**
 * "Siapa Anda?": the assessors of the active selection as large buttons; pick yourself, type
 * your PIN, Enter opens your sitting. After a sitting idled out, a calm word that the drafts are
 * safe and the assessor only needs to sign in again.
 */
import type React from 'react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useScoring } from '../../state/services';
import { PinField } from './PinField';
import { PinNotice } from './PinNotice';

/** Renders the sign-in step for the selection `selectionId`. */
export function WhoAreYou(props: { selectionId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const assessors = useScoring((state) => state.assessors);
  const status = useScoring((state) => state.assessorsStatus);
  const loadError = useScoring((state) => state.assessorsError);
  const ended = useScoring((state) => state.ended);
  const load = useScoring((state) => state.loadAssessors);
  const open = useScoring((state) => state.open);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const pinRef = useRef<HTMLInputElement>(null);
  const { selectionId } = props;

  useEffect(() => {
    void load(selectionId);
  }, [load, selectionId]);

  const chosen = assessors.find((assessor) => assessor.id === chosenId) ?? null;

  const choose = (id: string) => {
    setChosenId(id);
    setPin('');
    setError(null);
    // The PIN field appears with the choice; typing can start at once.
    setTimeout(() => pinRef.current?.focus(), 0);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosen || pin === '' || busy) return;
    setBusy(true);
    setError(null);
    try {
      await open(chosen.id, pin);
    } catch (refusal) {
      setError(refusal);
      setPin('');
      pinRef.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="scoring-door">
      <h2 id="who-title">{t('scoring.who.title')}</h2>
      {ended === 'expired' ? (
        <div className="notice notice-info" role="status">
          <p>{t('scoring.who.expired')}</p>
        </div>
      ) : null}
      <p className="screen-intro">{t('scoring.who.intro')}</p>
      <ErrorNotice error={loadError} onRetry={() => void load(selectionId)} />
      {status === 'loading' ? <p role="status">{t('common.loading')}</p> : null}
      {status === 'ready' && assessors.length === 0 ? (
        <div className="empty-state">
          <p>{t('scoring.who.none')}</p>
        </div>
      ) : null}
      <ul className="assessor-choices" aria-labelledby="who-title">
        {assessors.map((assessor) => (
          <li key={assessor.id}>
            <button
              type="button"
              className="assessor-choice"
              aria-pressed={assessor.id === chosenId}
              onClick={() => choose(assessor.id)}
            >
              <span className="assessor-choice-name">{assessor.nama}</span>
              <span className="assessor-choice-role">{t(`scoring.roles.${assessor.role}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      {chosen ? (
        <form className="pin-form" onSubmit={(event) => void submit(event)}>
          <PinField
            ref={pinRef}
            id="scoring-pin"
            label={t('scoring.who.pinLabel', { nama: chosen.nama })}
            value={pin}
            invalid={error !== null}
            describedBy={error !== null ? 'scoring-pin-error' : 'scoring-pin-hint'}
            onChange={setPin}
          />
          <p className="field-hint" id="scoring-pin-hint">
            {t('scoring.who.pinHint')}
          </p>
          <PinNotice error={error} id="scoring-pin-error" />
          <div className="button-row">
            <button
              type="submit"
              className="button button-primary button-large"
              disabled={pin === '' || busy}
            >
              {busy ? t('scoring.who.opening') : t('scoring.who.open')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
