/** Setting the panel by hand: tick the assessors and save. */
import type React from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelAssessor } from '../../../shared/domain/session-views';
import { ErrorNotice } from '../../components/ErrorNotice';
import { AssessorChecklist, toggled } from './AssessorChecklist';

/** Renders the form, starting from the current panel; `onSave` gets the ids in list order. */
export function PanelChooser(props: {
  eligible: readonly PanelAssessor[];
  current: readonly string[];
  onSave: (assessorIds: string[]) => Promise<void>;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(props.current));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.onSave(props.eligible.filter((a) => chosen.has(a.id)).map((a) => a.id));
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form panel-inset"
      aria-label={t('sessions.panel.chooseTitle')}
      onSubmit={(event) => void save(event)}
    >
      <h3>{t('sessions.panel.chooseTitle')}</h3>
      <AssessorChecklist
        legend={t('sessions.panel.assessors')}
        assessors={props.eligible}
        chosen={chosen}
        onToggle={(id) => setChosen((set) => toggled(set, id))}
      />
      <ErrorNotice error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('sessions.panel.save')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
