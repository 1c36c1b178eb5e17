/** Drawing the panel by lot: the pool, how many to draw, and an optional seed from the room. */
import type React from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelAssessor } from '../../../shared/domain/session-views';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextField } from '../../components/Field';
import { AssessorChecklist, toggled } from './AssessorChecklist';

/** Renders the form; the pool starts with everyone eligible and the size at the minimum. */
export function PanelDrawForm(props: {
  eligible: readonly PanelAssessor[];
  minAssessors: number | null;
  onDraw: (pool: string[], size: number, seed: string | null) => Promise<void>;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [pool, setPool] = useState<Set<string>>(() => new Set(props.eligible.map((a) => a.id)));
  const [size, setSize] = useState(String(props.minAssessors ?? 2));
  const [seed, setSeed] = useState('');
  const [problems, setProblems] = useState<{ pool?: string; size?: string; seed?: string }>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const draw = async (event: React.FormEvent) => {
    event.preventDefault();
    const count = Number(size);
    const cleanSeed = seed.trim().toLowerCase();
    const found: typeof problems = {};
    if (pool.size === 0) found.pool = t('sessions.panel.poolEmpty');
    if (!Number.isInteger(count) || count < 1 || count > Math.max(pool.size, 1)) {
      found.size = t('sessions.panel.sizeInvalid', { max: Math.max(pool.size, 1) });
    }
    if (cleanSeed !== '' && !/^[0-9a-f]{64}$/.test(cleanSeed)) {
      found.seed = t('sessions.panel.seedInvalid');
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      const ids = props.eligible.filter((a) => pool.has(a.id)).map((a) => a.id);
      await props.onDraw(ids, count, cleanSeed || null);
    } catch (refusal) {
      setError(refusal);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="form panel-inset"
      aria-label={t('sessions.panel.drawTitle')}
      noValidate
      onSubmit={(event) => void draw(event)}
    >
      <h3>{t('sessions.panel.drawTitle')}</h3>
      <AssessorChecklist
        legend={t('sessions.panel.pool')}
        assessors={props.eligible}
        chosen={pool}
        onToggle={(assessorId) => setPool((set) => toggled(set, assessorId))}
      />
      {problems.pool ? <p className="field-error">{problems.pool}</p> : null}
      <div className="form-grid">
        <TextField
          id={`${id}-size`}
          label={t('sessions.panel.size')}
          value={size}
          onChange={setSize}
          error={problems.size ?? null}
          inputMode="numeric"
          maxLength={2}
        />
        <TextField
          id={`${id}-seed`}
          label={t('sessions.panel.seed')}
          hint={t('sessions.panel.seedHint')}
          value={seed}
          onChange={setSeed}
          error={problems.seed ?? null}
          maxLength={64}
        />
      </div>
      <ErrorNotice error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('sessions.panel.drawSubmit')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
