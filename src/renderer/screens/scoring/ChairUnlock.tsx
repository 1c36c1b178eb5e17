/**
 * For the chair: who has submitted a sheet for this candidate (no scores: the list comes from
 * `scoring:sheetsMeta`), and "Buka kunci untuk amandemen" on another assessor's sheet, with a
 * reason and the chair's PIN. The chair then amends it from the other assessors' table.
 */
import type React from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetMeta } from '../../../shared/contract/scoring-contract';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useFormat } from '../../format/use-format';
import { useScoring, useServices } from '../../state/services';
import { SignDialog } from './SignDialog';

/** Renders the chair's list of submitted sheets for the open candidate. */
export function ChairUnlock(props: {
  sessionId: string;
  candidateId: string;
  /** Changes whenever the sheet reloads, so the list follows submits and unlocks. */
  revision: unknown;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const { api } = useServices();
  const me = useScoring((state) => state.sitting?.assessor.id);
  const unlock = useScoring((state) => state.unlock);
  const [metas, setMetas] = useState<SheetMeta[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [target, setTarget] = useState<SheetMeta | null>(null);
  const { sessionId, candidateId } = props;

  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    api['scoring:sheetsMeta']({ sessionId, candidateId }).then(
      (list) => {
        if (!live) return;
        setMetas(list);
        setError(null);
      },
      (refusal: unknown) => {
        if (live) setError(refusal);
      },
    );
    return () => {
      live = false;
    };
  }, [api, sessionId, candidateId, props.revision, reloads]);
  const load = () => setReloads((n) => n + 1);

  const others = metas.filter((meta) => meta.assessorId !== me);
  return (
    <section className="chair-unlock" aria-labelledby="chair-unlock-title">
      <h3 id="chair-unlock-title">{t('scoring.unlock.title')}</h3>
      <ErrorNotice error={error} onRetry={load} />
      {others.length === 0 ? (
        <p className="empty-inline">{t('scoring.unlock.none')}</p>
      ) : (
        <ul className="plain-list">
          {others.map((meta) => (
            <li key={meta.sheetId}>
              {t('scoring.unlock.row', {
                nama: meta.assessorNama,
                version: meta.version,
                at: format.dateTime(meta.submittedAt),
              })}{' '}
              {meta.unlocked ? (
                <span className="badge badge-warn">{t('scoring.unlock.unlocked')}</span>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setTarget(meta)}
                >
                  {t('scoring.unlock.action', { nama: meta.assessorNama })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {target ? (
        <SignDialog
          title={t('scoring.unlock.dialogTitle', { nama: target.assessorNama })}
          message={t('scoring.unlock.message')}
          confirmLabel={t('scoring.unlock.confirm')}
          withReason
          onCancel={() => setTarget(null)}
          onConfirm={async (pin, reason) => {
            await unlock(target.sheetId, pin, reason);
            setTarget(null);
            load();
          }}
        />
      ) : null}
    </section>
  );
}
